# %% [markdown]
# # 前景展望
#
# 报告的最后一章从{glue:text}`theme_n`个方向展望生成式人工智能往后的走向：模型集成、开源社区、具身智能、智能体和治理。本章先按报告的思路，把这些判断连同理由和例子讲清楚，再用两类外部材料作一个简要的对照：量子位智库的年度十大趋势，以及本书收录的几期 AI 日报。要点如下：
#
# - 模型集成将打造人工智能新形态（报告这一节的标题）：一些企业已在考虑把所有模型集成起来、按用户需求自动调用最合适的那一个，并预期这将成为产品的主要形态。开源社区给技术进步添了新的动力，具身智能让人与机器人的交流有了新体验，智能体则不只能与用户交互，还能直接完成任务。
# - 生成式人工智能普及之后，它的风险也引起了担忧；报告列出的治理重点是换脸换声、版权侵权、学术滥用和科技伦理。
# - 按本书的对照，十大趋势中有{glue:text}`mapped_n`条能对上报告的某个方向（其中{glue:text}`direct_n`条直接对应），{glue:text}`unmapped_n`条对不上（{numref}`tab-crosswalk`）；收录的{glue:text}`digest_count`期日报共{glue:text}`item_count`条新闻，按本书的关键词规则，有{glue:text}`tagged_n`条涉及至少一个方向（{numref}`fig-theme-items`）。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import pandas as pd

from genai_book import charts, data, fmt, sources, tables
from genai_book.facts import outlook as facts

data.use(data_dir, as_of)
themes = data.load("outlook_themes")
stated = data.load("outlook_facts").set_index("key")
named = data.load("named_examples").set_index("key")
FACE_RULES = ["人工智能生成合成内容标识办法", "人脸识别技术应用安全管理办法"]  # named together in the governance section
walk = facts.crosswalk(data.load("trends"), data.load("trend_theme_map"), themes)
news = facts.digests(data.load("digests"), data.load("digest_items"), themes)
title_of = themes.set_index("theme_id")["title_zh"]
fmt.glue_all(theme_n=fmt.small_number(len(themes)), mapped_n=fmt.number(len(walk.mapped)),
             direct_n=fmt.number(len(walk.direct)), unmapped_n=fmt.number(len(walk.unmapped)))

# %% [markdown]
# ## 报告的展望
#
# ### 模型集成：产品的新形态
#
# 模型一个接一个地推出，技术路线和应用场景也越分越细。用户的选择多了，可要弄清每个模型擅长什么却更费心，常常不知从何选起。报告写道，一些企业已开始考虑换一种做法：把所有模型整合起来，由系统看用户要做什么，自动调出最合适的模型，并预期这将是今后生成式人工智能产品的主要形态。报告原句没有点明这是谁的预期，但这一节的标题“模型集成将打造人工智能新形态”是报告自己的判断。报告举的例子是 OpenAI 在{glue:text}`gpt5_period`发布的 GPT-5：它把擅长推理的 o 系列和反应快的 GPT 系列合成一个统一的系统，由系统自己决定何时切换推理模式；用户不用再在几个模型之间换来换去，报告认为交互也因此更接近专业水准。{footcite}`report`
#
# 集成的好处，报告概括为两点：“用户体验进一步提升”和“开发标准更加统一”。对用户来说，不必先弄懂各个模型再挑选，直接提出需求就能得到所需的功能。对开发者，统一的框架能加快开发；报告还期望借此让不同技术路线相互融合，更好地利用算力和数据，进而提升模型的性能与泛化能力。{footcite}`report`
#
# ### 开源社区：技术进步的新动力
#
# 报告认为，开源社区是技术进步的一股强劲动力。魔搭、GitHub、Hugging Face 这些社区不搞闭门研发，把全球的开发者聚到一起，知识因此传得又快又广。{footcite}`report` 报告说开源的好处主要在于：新技术出得快，入门容易，成果也能更快得到检验。
#
# 社区里的人互相交流、启发，还能拿别人贡献的模型接着改、接着做，技术迭代因此加快。报告把 DeepSeek-R1 看作开源模型的典型：它给全球开发者提供了质量高、成本低的方案，让生成式人工智能技术更加普惠。开源还降低了门槛：有了现成的示例代码和详细文档，创业团队、中小企业，甚至不以开发为业的人和学生、爱好者，都能上手开发和使用，技术生态更丰富。方案和想法一发到社区，世界各地的开发者很快就会从不同角度给出反馈，改进和落地都更快。{footcite}`report` DeepSeek 开源代码库、社区帮它优化通信框架的经过，见{doc}`05_environment`一章。
#
# ### 具身智能：交互的新体验
#
# 报告所说的具身智能，是生成式人工智能技术在机器人产品上的应用，属于前沿领域。在{glue:text}`gala_period`的春晚舞台上，{glue:text}`gala_robots`人形机器人和真人舞者一起表演歌舞，连抛接手绢、旋转这样的高难度动作也做到了，报告视之为我国具身智能发展成果的一次展示。具身智能还首次写入了《政府工作报告》，报告认为这说明它已是我国发展未来产业的一个重要方向。{footcite}`report`
#
# 对具身智能今后的发展，报告有几点预期。机器人会更懂人：借助生成式人工智能的自然语言交互和多模态能力，它能听懂用户的意思、看出用户的情绪，回应得体。硬件也会跟上：动作控制、能耗管理、散热等方面的技术日趋成熟，机器人能用的地方会更多，也会更稳、续航更久。它还会逐步走出实验室，进入各种生产生活场景：在教育中，可以让学习更生动有趣；在医疗中，有望用于手术辅助、病房服务和康复治疗。{footcite}`report`
#
# ### 智能体：能力的新边界
#
# 报告认为，智能体和以往的人工智能不同：它不只能和用户交互，还能替人把各种任务办完，人工智能能用在哪里、能做到什么，范围都因此扩大。{footcite}`report` 报告看重它几方面的长处。
#
# 它能自己看情况、拿主意、动手做：复杂的任务可以帮用户做，也可以独立做完。报告举的例子是：在网店，它能按营销需要一下子做出宣传素材；在工厂里，它读取传感器送来的生产信息，自己琢磨出优化办法，供生产决策参考。{footcite}`report`
#
# 它能看、能听，能与人交互协作，还能动手。凭借生成式人工智能的多模态能力，智能体能综合运用文字、语音、视觉等多种输入和输出方式，有的甚至能独立操作电脑。谷歌、OpenAI、Anthropic 等企业已相继推出这类智能体；以 OpenAI 的 Operator 为例，它会“看”电脑屏幕获取信息，用鼠标和键盘直接操作网页，出了错还能凭推理能力自行纠正。{footcite}`report`
#
# 它还能边做边学。它根据实时的环境数据调整做法，在复杂多变的场景里照样把任务高效做完；面对新任务或环境突变，它能灵活调整，并借自我纠正机制改进表现，报告称之为很强的适应能力。{footcite}`report`
#
# ### 完善治理：迈上新台阶
#
# 生成式人工智能普及得很快，社会影响随之扩大，对其潜在风险的担忧也已出现。报告认为，眼下的治理重点主要有换脸换声、版权侵权、学术滥用和科技伦理这几项。{footcite}`report`
#
# 先说换脸换声。凭借生成式人工智能的多模态能力，用户可以轻而易举地替换视频中人物的脸和声音，甚至凭空做出一段完全虚构的视频，不法分子便有了进行网络诈骗的机会。在{glue:text}`npc_year`的全国两会上，有多名人大代表提出要治理“AI换脸换声”。《人工智能生成合成内容标识办法》和《人脸识别技术应用安全管理办法》已经发布（据报告第五章的政策表，两者都由{glue:text}`face_rules_issuer`部门在{glue:text}`face_rules_period`发布）；报告随后概述的内容——人脸信息处理的基本要求和规则、人脸识别技术应用的安全规范、监督管理职责等——从内容看属于《人脸识别技术应用安全管理办法》（这是本书的判断）。相关政策另见{doc}`05_environment`一章。{footcite}`report`
#
# 其次是版权侵权。{glue:text}`statement_period`，文学、音乐、电影、戏剧等领域{glue:text}`statement_signers`创意产业人士联名发表声明，谴责在未经许可的情况下拿创意作品训练生成式人工智能的做法。这类事件越来越多，报告注意到，有的厂商已在和版权方谈合作，想找到合法使用受版权保护内容的办法。{footcite}`report`
#
# 再次是学术滥用。在校园和学术界，有学生和研究人员用生成式人工智能写论文、抄作业，这已引起各界关注。瑞典布罗斯大学学院的研究人员在{glue:text}`papers_period`发出警告：他们在谷歌学术上找到{glue:text}`papers`文章，疑似出自人工智能之手。报告因此把防范学生和研究人员滥用人工智能工具看作今后治理的一个重要方向。{footcite}`report`
#
# 最后是科技伦理。开发者是谁、训练数据是什么，都会影响大模型的价值观；价值观若有偏见，或与用户当地的文化不合，就会带来不良影响。报告主张，鼓励发展之余也要兼顾科技伦理，尤其要防止模型放大偏见、操纵舆论或侵犯隐私，让这一领域健康有序地发展。{footcite}`report`
#
# 报告第六章没有脚注：春晚的机器人数、联合声明的署名人数、疑似生成的文章数以及 GPT-5 的发布，都没有注明出处；署名人数只给了下限，文章数只给了量级。

# %%
gala, statement, papers = (stated.loc[key] for key in (
    "gala_humanoid_robots", "creative_professionals_joint_statement", "suspected_ai_generated_papers"))
face_rules = facts.released_together(data.load("policies"), FACE_RULES)
fmt.glue_all(
    gpt5_period=fmt.period(named.loc["gpt5", "date"]), npc_year=fmt.period(named.loc["npc_face_swap_proposal", "date"]),
    face_rules_period=fmt.period(face_rules["date"]), face_rules_issuer=face_rules["issuer"],
    gala_period=fmt.period(gala["as_of"]), gala_robots=fmt.describe(gala),
    statement_period=fmt.period(statement["as_of"]), statement_signers=fmt.describe(statement),
    papers_period=fmt.period(papers["as_of"]), papers=fmt.describe(papers),
)

# %% [markdown]
# ## 与外部材料的对照
#
# 报告的这些展望，在别的材料里是否也看得到？本书找了两类外部材料来对照。下文把报告的这{glue:text}`theme_n`个方向称为展望主题，{numref}`tab-themes`各用一句话概括（概括是本书的话），后两列是两种对照的计数。

# %%
tables.glue_table("tab_themes", pd.DataFrame({
    "主题": themes["title_zh"], "本书概括": themes["summary"],
    "对应的十大趋势": [fmt.with_unit(n, "条") for n in walk.trends_per_theme],
    "涉及的日报新闻（按关键词命中，未经人工判断）": [fmt.with_unit(n, "条") for n in news.items_per_theme],
}), caption="报告的展望主题及其外部对照（后两列为本书统计）", name="tab-themes")

# %% [markdown]
# ```{glue:md} tab_themes
# :format: myst
# ```
#
# ### 十大趋势
#
# 量子位智库的《2025年度AI十大趋势报告》分{glue:text}`part_n`个部分列出{glue:text}`trend_n`条年度趋势。{footcite}`qbitai_trends` 本书逐条判断它们与报告展望主题的关系（{numref}`tab-crosswalk`），把对应分两档：直接对应（趋势讲的就是该主题）和部分相关（话题只有部分重合）。本书对照时只看各条的标题（标题的辨读见附录“方法与说明”）。
#
# 对照下来，直接对应的是{glue:text}`direct_list`；部分相关的是{glue:text}`partial_list`。对不上任何主题的是{glue:text}`unmapped_by_part`（部分名是本书对原文英文名的译法）。{choose}``every_theme_has_a_trend|True=反过来，报告的各个主题在十大趋势里都有对应。|False=反过来，{glue:text}`themes_without_trend`在十大趋势的标题里找不到对应；趋势报告的正文是否讨论这一话题，仅凭标题看不出来。``

# %%
STRENGTH_WORDS = {"direct": "直接", "partial": "部分"}
UNREADABLE_SHOWN = "〔一字无法辨认〕"


def shown_title(rank: int) -> str:
    return walk.trends.set_index("rank").loc[rank, "title"].replace(facts.UNREADABLE, UNREADABLE_SHOWN)


def linked_trends(strength: str, title) -> str:
    """The trends linked with this strength, each with its title (as `title` gives it) and its theme."""
    links = walk.links_of(strength)
    return fmt.join(f"趋势{r}“{title(r)}”（对应“{title_of[t]}”）" for r, t in zip(links["rank"], links["theme_id"]))


def linked(rank: int, column: str) -> str:
    links = walk.links(rank)
    if column == "theme_id":
        return "；".join(f"{title_of[t]}（{STRENGTH_WORDS[s]}）" for t, s in zip(links["theme_id"], links["strength"]))
    return "；".join(links[column])


tables.glue_table("tab_crosswalk", pd.DataFrame({
    "趋势": [f"{r}. {shown_title(r)}" for r in walk.trends["rank"]],
    "部分": walk.trends["part_title"],
    "对应主题": [linked(r, "theme_id") or "—（无对应主题）" for r in walk.trends["rank"]],
    "本书的判断理由": [linked(r, "rationale") or "—" for r in walk.trends["rank"]],
}), caption="量子位智库十大趋势与报告展望主题的对照（本书判断）", name="tab-crosswalk")
fmt.glue_all(
    trend_n=fmt.number(len(walk.trends)), part_n=fmt.small_number(walk.trends["part"].nunique()),
    unmapped_by_part=fmt.join(
        f"“{part}”部分的" + fmt.join(f"趋势{r}“{facts.title_head(shown_title(r))}”" for r in trends["rank"])
        for part, trends in walk.unmapped.groupby("part_title", sort=False)),
    direct_list=linked_trends("direct", shown_title),
    partial_list=linked_trends("partial", lambda r: facts.title_head(shown_title(r))),
    themes_without_trend=fmt.join(f"“{title_of[t]}”" for t in walk.themes_without_trend),
    every_theme_has_a_trend=not walk.themes_without_trend,
)

# %% [markdown]
# ```{glue:md} tab_crosswalk
# :format: myst
# ```
#
# ### 几期 AI 日报里的新闻
#
# 本书收录了{glue:text}`digest_count`期“全球AI新闻速递”日报，日期从{glue:text}`digest_first`到{glue:text}`digest_last`，共{glue:text}`item_count`条新闻（每期依次为{glue:text}`items_per_digest`）。{choose}``digests_after_cutoff|True=这些日报都晚于本版数据截止的{glue:text}`cutoff_period` |False=这些日报并不都晚于本版数据截止的{glue:text}`cutoff_period` ``{choose}``digests_before_report|True=，又都早于报告发布的{glue:text}`report_period` 。|False=。``每条新闻按关键词规则标注它涉及的主题（规则见附录“方法与说明”），一条新闻可以涉及几个主题，也可以一个都不涉及。
#
# 按主题计数（{numref}`fig-theme-items`），“{glue:text}`top_theme`”最多，有{glue:text}`top_theme_items`；{choose}``some_theme_without_items|True=“{glue:text}`zero_themes`”没有一条|False=其余主题依次为{glue:text}`other_theme_items` ``；涉及至少一个主题的共{glue:text}`tagged_n`条，另有{glue:text}`untagged_n`条新闻不涉及任何主题。计数很受日报日期的影响，例如大型展会前后某类新闻会扎堆出现；规则又只看字面，一条券商研报提到“机器人”也会被算进去。因此这些计数只说明日报里出现了什么，不代表主题的重要程度。

# %%
report_published = sources.table().loc["report", "published"]
ranked = news.ranked
fmt.glue_all(
    digest_count=fmt.number(len(news.digests)), item_count=fmt.number(len(news.items)),
    digest_first=fmt.period(news.first_day), digest_last=fmt.period(news.last_day),
    items_per_digest=fmt.join((fmt.with_unit(n, "条") for n in news.per_digest), "和"),
    digests_after_cutoff=news.all_after(as_of), digests_before_report=news.all_before(report_published),
    cutoff_period=fmt.period(as_of), report_period=fmt.period(report_published),
    tagged_n=fmt.number(len(news.items) - news.untagged), untagged_n=fmt.number(news.untagged),
    top_theme=title_of[ranked.index[0]], top_theme_items=fmt.with_unit(ranked.iloc[0], "条"),
    some_theme_without_items=bool(news.themes_without_items),
    zero_themes="”“".join(title_of[t] for t in news.themes_without_items),
    other_theme_items="、".join(f"“{title_of[t]}”{fmt.with_unit(n, '条')}" for t, n in ranked.iloc[1:].items()),
)

NONE = "（不涉及任何主题）"
bars = pd.DataFrame({"主题": [title_of[t] for t in ranked.index] + [NONE],
                     "value": list(ranked) + [news.untagged],
                     "类别": ["报告的主题"] * len(ranked) + ["无主题"]})
bars["条数"] = bars["value"].map(lambda v: fmt.with_unit(v, "条"))
charts.figure(
    "fig-theme-items",
    charts.bars(bars, "主题", value_title="相关新闻（条）", label="条数", color="类别", sort=list(bars["主题"])),
    bars[["主题", "条数"]],
    sources=sorted(news.digests["digest_id"]),
    alt=f"条形图：{len(news.digests)}期AI日报的{len(news.items)}条新闻按前景主题计数（一条可涉及多个主题），"
        + "，".join(f"{t}{n}" for t, n in zip(bars["主题"], bars["条数"])) + "。",
)

# %% [markdown]
# ```{glue:figure} fig-theme-items
# :name: fig-theme-items
#
# AI日报新闻涉及报告各展望主题的条数（按关键词规则，一条新闻可涉及多个主题）
# ```
#
# {numref}`tab-digest-items`按日期列出全部新闻及其标注，标题链接到原文。
#
# 按关键词归到各主题的新闻，举几个例子。具身智能方面，智元机器人在世界人工智能大会上展示了全系列产品，网易发布了用于露天矿山挖掘机装车的具身智能模型“灵掘”；腾讯在同一大会上集中展示的“AI全家桶”按关键词同时归入模型集成和智能体，它的几大平台中有一个是智能体开发平台；开源方面，中国移动宣布开源“九天”大模型的核心技术，国务院国资委发布了人工智能开源平台“焕新社区”；治理方面，我国倡议成立世界人工智能合作组织。{footcite}`digest_20250727`（对照可见，报告第六章的治理部分并未涉及国际合作机制。）

# %%
tables.glue_table("tab_digest_items", pd.DataFrame({
    "日期": news.items["date"].astype(str).map(fmt.period),
    "新闻": news.items["title"], "url": news.items["url"],
    "网站": news.items["domain"],
    "涉及的主题": [("、".join(title_of[t] for t in s.split(";")) if s else "—") for s in news.items["themes"]],
    "cite": [f"{{footcite}}`{d}`" for d in news.items["digest_id"]],
}), caption="AI日报新闻及其涉及的展望主题（按日期）", name="tab-digest-items", links={"新闻": "url"},
    raw_md={"网站": "cite"})

# %% [markdown]
# ```{glue:md} tab_digest_items
# :format: myst
# ```
#
# ## 数据与来源

# %%
sources.resource_list(["outlook_themes", "outlook_facts", "trends", "trend_theme_map", "digests", "digest_items"])

# %% [markdown]
# ```{footbibliography}
# ```
