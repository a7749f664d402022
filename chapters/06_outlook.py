# %% [markdown]
# # 前景展望
#
# 报告最后一章从{glue:text}`theme_n`个方向展望生成式人工智能的未来：模型集成、开源社区、具身智能、智能体和治理。本章先把这些判断连同报告给出的理由和例子讲完整，再拿两类外部材料做一个小小的对照：量子位智库的年度十大趋势，以及本书收录的几期AI日报。要点如下：
#
# - 报告预期，把多个模型并进一个系统、按需自动调用，会成为产品的主流形态；开源社区为技术进步添了动力，具身智能带来新的人机交互体验，智能体则让人工智能从对话走向办事。
# - 普及越快，风险越受关注。报告列出的治理重点是伪造人脸和声音、训练数据的版权、学术上的滥用和科技伦理。
# - 十大趋势中有{glue:text}`mapped_n`条能对上报告的某个主题（其中{glue:text}`direct_n`条直接对应），{glue:text}`unmapped_n`条对不上（{numref}`tab-crosswalk`）；收录的{glue:text}`digest_count`期日报共{glue:text}`item_count`条新闻，按关键词有{glue:text}`tagged_n`条涉及至少一个主题（{numref}`fig-theme-items`）。这两类对照只说明外部材料里出现了什么，不衡量各主题的分量。

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
walk = facts.crosswalk(data.load("trends"), data.load("trend_theme_map"), themes)
news = facts.digests(data.load("digests"), data.load("digest_items"), themes)
title_of = themes.set_index("theme_id")["title_zh"]
fmt.glue_all(theme_n=fmt.small_number(len(themes)), mapped_n=fmt.number(len(walk.mapped)),
             direct_n=fmt.number(len(walk.direct)), unmapped_n=fmt.number(len(walk.unmapped)))

# %% [markdown]
# ## 报告的五个判断
#
# ### 多模型合一
#
# 技术迭代很快，技术路线和应用场景又越分越细，厂商推出的模型因此越来越多。选择多了，需求是满足了，用户却要花更多心思去弄清每个模型能做什么，面对一长串模型往往无从下手。报告注意到，一些企业已经在考虑把所有模型整合起来，再根据用户的要求自动选用最合适的一个，并预期这会是今后生成式人工智能产品的主流形态。它举的例子是 OpenAI 在2025年8月发布的 GPT-5：这一“统一系统”把 o 系列模型的推理能力和 GPT 系列的快速响应结合起来，能自动切换推理模式，用户不必在几个模型之间来回切换，交互也更接近专业水准。{footcite}`report`
#
# 在报告看来，整合的好处落在用的人和做的人两头。用的人不再需要先了解、再挑选众多模型，直接和人工智能对话就能得到所需的功能。做的人则有了标准化的模型框架：开发更快，不同的技术路线和理念也有望相互融合，算力和数据能用得更充分，模型的整体性能和泛化能力随之提高，为技术的下一步发展打下基础。{footcite}`report`
#
# ### 开源协作
#
# 报告把开源社区看作技术进步的一股新动力。GitHub、Hugging Face、魔搭这样的社区打破了闭门研发的壁垒，把全球的开发者聚到一起，知识的交流和传播变得又快又广。{footcite}`report`
#
# 社区的推动作用，报告从三个角度来看。开发者在社区里互相交流、彼此启发，在别人贡献的模型上改进和二次开发，技术因此迭代得更快；作为开源模型的代表，DeepSeek-R1 为全球开发者提供了高质量、低成本的方案，推动技术走向普惠。开源项目附带大量示例代码和详尽文档，中小企业、创业团队、非专业开发者，乃至学生和爱好者都能参与开发和应用，技术生态更加丰富。开发者把方案和构想发到社区，很快就能收到世界各地同行从不同角度给出的反馈，据此改进，创新成果能更快变成能用的方案。{footcite}`report` DeepSeek 开源代码库、社区帮它优化通信框架的经过，见{doc}`05_environment`一章。
#
# ### 具身智能
#
# 具身智能，是把生成式人工智能用到机器人身上的前沿方向。在{glue:text}`gala_period`的春节联欢晚会上，{glue:text}`gala_robots`人形机器人和真人舞者同台表演歌舞，完成了抛接手绢、旋转等高难度动作，报告视之为我国具身智能发展成果的一次展示；具身智能还首次写进了《政府工作报告》，报告认为这标志着它已成为我国未来产业的重要方向之一。{footcite}`report`
#
# 报告对它的预期，先落在人与机器的交流上：有了生成式人工智能的自然语言和多模态能力，机器人能更准确地理解用户的意图和情感，回应也更恰当。支撑机器人的硬件同样在进步，动作控制、能耗管理、散热等领域日渐成熟，机器人会更稳定、续航更久，能用的地方也会更多。再往后，这类产品会逐步走出实验室，进入生产生活：在课堂上让学习更生动有趣，在医院里有望承担手术辅助、病房服务、康复治疗等工作。{footcite}`report`
#
# ### 智能体
#
# 智能体让人工智能从“会说”走向“会做”：它不只陪用户交谈，还能直接把各种任务做完，人工智能能用在哪里、能做到什么，边界都因此向外推开。{footcite}`report` 报告看重它的几种本领。它能感知环境、分析数据，自己拿出策略，帮用户、乃至替用户把复杂任务办完：网店可以让它按营销需求一键生成宣传素材，工厂可以让它通过传感器获取生产信息、自动给出优化策略，辅助生产决策。凭借多模态能力，它能同时处理文字、语音和图像等多种形式的输入和输出，有的甚至能独立操作电脑——谷歌、OpenAI 和 Anthropic 都已推出这类智能体，OpenAI 的 Operator 就能从屏幕上读取信息，用鼠标和键盘直接操作网页，并凭推理能力自我纠正。它还能根据环境数据实时调整行为策略，无论遇到新任务还是环境突变，都能灵活应对，靠自我纠正不断提高表现。{footcite}`report`
#
# ### 规范治理
#
# 生成式人工智能普及得越快，社会影响就越大，各界对它潜在风险的担忧已经出现。报告认为眼下的治理重点集中在四处。{footcite}`report`
#
# 一处是换脸换声。多模态能力让人可以轻易给视频里的人换脸换声，甚至凭空生成整段虚构的视频，给网络诈骗留下了空子。多位人大代表在2025年全国两会上提议治理“AI换脸换声”；报告成文前不久，相关部门已发布《人工智能生成合成内容标识办法》和《人脸识别技术应用安全管理办法》，后者对人脸信息该怎样处理、这项技术该怎样安全使用、由谁监督管理都作了规定（相关政策另见{doc}`05_environment`一章）。{footcite}`report`
#
# 训练数据的版权是另一处争议。{glue:text}`statement_period`，文学、音乐、电影、戏剧等领域{glue:text}`statement_signers`创意产业人士联名发表声明，谴责“未经许可使用创意作品来训练生成式人工智能”。这类事件越来越多，一些厂商已开始与版权方洽谈合作，寻找合法使用版权内容的办法。{footcite}`report`
#
# 校园和学界也有隐忧：学生和研究者拿生成式人工智能写论文、抄作业，已引起各方注意。{glue:text}`papers_period`，瑞典布罗斯大学学院的研究者发出警告：他们已在谷歌学术上发现{glue:text}`papers`疑似由人工智能生成的文章。报告因此把防止滥用看作治理的一个重要方向。{footcite}`report`
#
# 还有科技伦理问题。大模型的价值观受开发者和训练数据影响，可能带有偏见，或与用户所在地的文化不合，造成不良影响。报告主张在鼓励发展的同时顾及伦理，防止模型放大偏见，或被用来操纵舆论、侵犯隐私，让相关领域健康有序地发展。{footcite}`report`
#
# 这一部分引用的春晚机器人数、联合声明的署名人数和疑似生成的文章数，报告都没有注明出处，后两个还只是约数。

# %%
gala, statement, papers = (stated.loc[key] for key in (
    "gala_humanoid_robots", "creative_professionals_joint_statement", "suspected_ai_generated_papers"))
fmt.glue_all(
    gala_period=fmt.period(gala["as_of"]), gala_robots=fmt.describe(gala),
    statement_period=fmt.period(statement["as_of"]), statement_signers=fmt.describe(statement),
    papers_period=fmt.period(papers["as_of"]), papers=fmt.describe(papers),
)

# %% [markdown]
# ## 与外部材料的对照
#
# {numref}`tab-themes`用一句话概括报告的五个判断（概括是本书的话），后两列是下面两种对照的计数。

# %%
tables.glue_table("tab_themes", pd.DataFrame({
    "主题": themes["title_zh"], "本书概括": themes["summary"],
    "对应的十大趋势": [fmt.with_unit(n, "条") for n in walk.trends_per_theme],
    "涉及的日报新闻（按关键词命中，未经人工判断）": [fmt.with_unit(n, "条") for n in news.items_per_theme],
}), caption="报告的五个展望主题及其外部对照（后两列为本书统计）", name="tab-themes")

# %% [markdown]
# ```{glue:md} tab_themes
# :format: myst
# ```
#
# ### 十大趋势
#
# 量子位智库的《2025年度AI十大趋势报告》分{glue:text}`part_n`个部分列出{glue:text}`trend_n`条年度趋势。{footcite}`qbitai_trends` 本书逐条判断它们与报告五个主题的关系（{numref}`tab-crosswalk`）：“直接”表示趋势讲的就是该主题，“部分”表示话题只部分重合。本书所据只是该报告前几页的 OCR 文字，因此只用趋势的标题；标题的辨读见附录“方法与说明”。
#
# 对照下来，对不上任何主题的是{glue:text}`unmapped_list`，分属{glue:text}`unmapped_parts`部分。{choose}``every_theme_has_a_trend|True=反过来，报告的五个主题在十大趋势里都有对应。|False=反过来，{glue:text}`themes_without_trend`在十大趋势的标题里找不到对应；趋势报告的正文是否讨论这一话题，从本书所据的几页看不出来。``

# %%
STRENGTH_WORDS = {"direct": "直接", "partial": "部分"}
UNREADABLE_SHOWN = "〔一字无法辨认〕"


def linked(rank: int, column: str) -> str:
    links = walk.links(rank)
    if column == "theme_id":
        return "；".join(f"{title_of[t]}（{STRENGTH_WORDS[s]}）" for t, s in zip(links["theme_id"], links["strength"]))
    return "；".join(links[column])


tables.glue_table("tab_crosswalk", pd.DataFrame({
    "趋势": [f"{r}. {t.replace(facts.UNREADABLE, UNREADABLE_SHOWN)}"
           for r, t in zip(walk.trends["rank"], walk.trends["title"])],
    "部分": walk.trends["part_title"],
    "对应主题": [linked(r, "theme_id") or "—（无对应主题）" for r in walk.trends["rank"]],
    "本书的判断理由": [linked(r, "rationale") or "—" for r in walk.trends["rank"]],
}), caption="量子位智库十大趋势与报告五个展望主题的对照（本书判断）", name="tab-crosswalk")
fmt.glue_all(
    trend_n=fmt.number(len(walk.trends)), part_n=fmt.small_number(walk.trends["part"].nunique()),
    unmapped_list=fmt.join((f"趋势{r}" for r in walk.unmapped["rank"]), "和"),
    unmapped_parts=fmt.join((f"“{p}”" for p in walk.unmapped_parts), "和"),
    themes_without_trend=fmt.join(f"“{title_of[t]}”" for t in walk.themes_without_trend),
    every_theme_has_a_trend=not walk.themes_without_trend,
)

# %% [markdown]
# ```{glue:md} tab_crosswalk
# :format: myst
# ```
#
# ### 日报里的同期新闻
#
# 本书收录了{glue:text}`digest_count`期“全球AI新闻速递”日报，日期从{glue:text}`digest_first`到{glue:text}`digest_last`，共{glue:text}`item_count`条新闻（每期依次为{glue:text}`items_per_digest`）。{choose}`digests_after_cutoff|True=这些日报都在报告调查数据截止之后|False=这些日报并不都晚于本版数据的截止月份`{choose}`digests_before_report|True=、报告发布之前，可作为同期新闻的参照。|False=，可作为新闻的参照。`每条新闻按关键词规则标注它涉及的主题（规则见附录“方法与说明”），一条新闻可以涉及几个主题，也可以一个都不涉及。
#
# 按主题计数（{numref}`fig-theme-items`），“{glue:text}`top_theme`”最多，有{glue:text}`top_theme_items`；{choose}``some_theme_without_items|True=“{glue:text}`zero_themes`”没有一条|False=其余主题依次为{glue:text}`other_theme_items` ``；另有{glue:text}`untagged_n`条新闻不涉及任何主题。计数很受日报日期的影响，例如大型展会前后某类新闻会扎堆出现；规则又只看字面，一条券商研报提到“机器人”也会被算进去。因此这些计数只说明日报里出现了什么，不代表主题的重要程度。

# %%
report_published = sources.table().loc["report", "published"]
ranked = news.ranked
fmt.glue_all(
    digest_count=fmt.number(len(news.digests)), item_count=fmt.number(len(news.items)),
    digest_first=fmt.period(news.first_day), digest_last=fmt.period(news.last_day),
    items_per_digest=fmt.join((fmt.with_unit(n, "条") for n in news.per_digest), "和"),
    digests_after_cutoff=news.all_after(as_of), digests_before_report=news.all_before(report_published),
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
# {numref}`tab-digest-items`按日期列出全部新闻及其标注，标题链接到原文。{choose}``shared_links|True=其中有{glue:text}`shared_link_n`条新闻（{glue:text}`shared_link_period`一期）在原日报中指向同一个链接，原文如此，本书照录。|False=``
#
# 与主题相关的新闻里，有几条与报告的判断遥相呼应：智能体方面，腾讯在世界人工智能大会上展示的几大平台里有一个是智能体开发平台；开源方面，中国移动宣布开源“九天”大模型的核心技术，国务院国资委发布了人工智能开源平台；治理方面，我国倡议成立世界人工智能合作组织。{footcite}`digest_20250727` 日报编辑的点评代表其个人观点，本书不转述。

# %%
tables.glue_table("tab_digest_items", pd.DataFrame({
    "日期": news.items["date"].astype(str).map(fmt.period),
    "新闻": news.items["title"], "url": news.items["url"],
    "网站": news.items["domain"],
    "涉及的主题": [("、".join(title_of[t] for t in s.split(";")) if s else "—") for s in news.items["themes"]],
    "cite": [f"{{footcite}}`{d}`" for d in news.items["digest_id"]],
}), caption="AI日报新闻及其涉及的展望主题（按日期）", name="tab-digest-items", links={"新闻": "url"},
    raw_md={"网站": "cite"})
shared = news.shared_links
fmt.glue_all(shared_links=not shared.empty, shared_link_n=fmt.number(len(shared)),
             shared_link_period=fmt.period(str(shared["date"].iloc[0])) if len(shared) else "")

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
