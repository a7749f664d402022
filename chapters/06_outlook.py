# %% [markdown]
# # 前景展望
#
# 报告的最后一章从{glue:text}`theme_n`个方向展望生成式人工智能往后的走向：模型集成、开源社区、具身智能、智能体和治理。本章先按报告的思路，把这些判断连同理由和例子讲清楚，再用两类外部材料作一个简要的对照：量子位智库的年度十大趋势，以及本书收录的几期 AI 日报。要点如下：
#
# - 报告判断，模型集成将带来人工智能的新形态，由系统按用户的需求自动调用最合适的模型，用户不必自己挑选。
# - 报告认为开源社区正给技术进步注入动力；它预期具身智能将让人与机器人交流得更自然；在它看来，智能体不只和用户交互，还能直接替用户完成任务。
# - 报告认为，眼下的治理重点主要在换脸换声、版权侵权、学术滥用和科技伦理。
# - 按本书的对照，十大趋势中有{glue:text}`mapped_n`条能对上报告的某个方向（其中{glue:text}`direct_n`条直接对应），{glue:text}`unmapped_n`条对不上（{numref}`tab-crosswalk`）；收录的{glue:text}`digest_count`期日报共{glue:text}`item_count`条新闻，按本书的关键词规则，有{glue:text}`tagged_n`条涉及至少一个方向（{numref}`fig-theme-items`）。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
from genai_book import charts, data, fmt, sources, tables, texts
from genai_book.facts import outlook as facts

data.use(data_dir, as_of)
themes = data.load("outlook_themes")
FACE_RULES = ["人工智能生成合成内容标识办法", "人脸识别技术应用安全管理办法"]  # named together in the governance section
walk = facts.crosswalk(data.load("trends"), data.load("trend_theme_map"), themes)
news = facts.digests(data.load("digests"), data.load("digest_items"), themes)
fmt.glue_all(**texts.outlook.overview(walk))

# %% [markdown]
# ## 报告的展望
#
# ### 模型集成：产品的新形态
#
# 技术迭代快，技术路线和应用场景越分越细，模型也越出越多。选择是多了，可用户得先弄明白各个模型有什么不同，挑选本身成了负担，报告称之为认知成本的提高。报告写道，一些企业已开始考虑把所有模型集成起来，由系统按用户的需求自动选用最合适的一个，“预期这种方式未来将成为生成式人工智能产品的主要形态”。报告这一节以“模型集成将打造人工智能新形态”为题。报告举的例子是 OpenAI 在{glue:text}`gpt5_period`发布的 GPT-5：它把 o 系列的推理能力和 GPT 系列的快速响应合进同一个系统，由系统自动决定是否进入推理模式，用户不用再自己挑模型；报告认为，交互因此更显专业。{footcite}`report`
#
# 集成的好处，报告从用户和开发者两边来讲。对用户来说，说清要做什么就够了，不必先弄懂、比较各个模型。对开发者，统一的框架能让开发更快；报告认为，这还有望促使不同的技术路线和理念融合，让算力和数据用得更好，使模型更强、更通用，为人工智能的进一步发展打下基础。{footcite}`report`
#
# ### 开源社区：技术进步的新动力
#
# 在报告看来，GitHub、Hugging Face、魔搭等开源社区让研发不再关起门来做：全世界的开发者聚在一处，知识传播得又快又广，技术进步也因此多了一股强劲的动力。{footcite}`report` 报告认为，开源社区主要让新技术来得更快、让更多人能够上手、让成果更快经受检验。
#
# 在社区里，别人放出的模型可以直接拿来改进和二次开发，大家交流、相互启发，新技术就这样一轮轮迭代。报告把开源的 DeepSeek-R1 看作典型：全球开发者用不多的钱就能用上高质量的模型，大模型技术因此惠及更多人。门槛也低了：照着现成的示例代码和文档，不只中小企业和创业团队，非专业的开发者，甚至学生、爱好者，也能动手参与开发和应用，技术生态更丰富。方案和创意放到社区，可以很快收到各地开发者多方面的意见，据此改上几轮，成果就能更快用起来。{footcite}`report` DeepSeek 开源代码库、社区帮它优化通信框架的经过，见{doc}`05_environment`一章。
#
# ### 具身智能：交互的新体验
#
# 报告所说的具身智能，指把生成式人工智能装进机器人产品，属于前沿领域。报告以{glue:text}`gala_period`的春晚为例说明我国具身智能的发展成果：{glue:text}`gala_robots`人形机器人与真人舞者同台歌舞，完成了抛接手绢、旋转等高难度动作。《政府工作报告》也第一次写入了具身智能，报告把这看作它已成为我国未来产业重要方向之一的标志。{footcite}`report` 报告在典型应用部分也提到了这届春晚上的《秧BOT》节目和宇树科技，见{doc}`04_scenarios`一章。
#
# 报告对具身智能往后的预期，涉及交互、技术和应用。借助生成式人工智能的语言和多模态能力，机器人将能准确理解人的意图和情感，回应得体，人与机器人的交流会好得多；随着运动控制、能耗、散热这些硬件环节日益成熟，机器人能去的场景会更多，运行更稳定，续航也更长；产品将慢慢走出实验室，进入生产和生活，例如在教育中让学生学得更生动有趣，在医院里有望协助手术、服务病房、帮助康复等。{footcite}`report`
#
# ### 智能体：能力的新边界
#
# 报告眼中的智能体不只会和用户交互，还能直接把各类任务办完，人工智能能用的场景和能做的事因此都多了。{footcite}`report` 报告看重智能体的几种本事：自己拿主意并动手，用多种方式与人交流、协作，边做边学。
#
# 智能体会自己看情况、拿主意，能协助用户，甚至独立完成复杂任务。报告举的例子：网上零售中，用户提个营销要求，它一键就能做出宣传素材；工厂里，它读取传感器传来的生产信息，给出优化生产的策略，供决策参考。{footcite}`report`
#
# 凭借多模态能力，智能体能综合运用文字、语音、图像与人交流协作，有的还能独立操作电脑，谷歌、OpenAI、Anthropic 等企业都推出了这类产品：OpenAI 的 Operator 会读取屏幕上的信息，用鼠标和键盘操作网页，出了错还能凭推理自己纠正。{footcite}`report`
#
# 报告还看重智能体边做边学的本事：它会依据环境数据随时调整做法，报告认为它因此能在复杂多变的场景中高效完成任务；碰上新任务或情况突变，它也能自己调整、自己纠错，越做越好——报告称之为强大的适应能力。{footcite}`report`
#
# ### 完善治理：让人工智能迈上新台阶
#
# 用的人越来越多，生成式人工智能的社会影响也越来越大，社会各界已经开始担心它可能带来的风险。报告认为，眼下的治理重点主要是这几件事：换脸换声、版权侵权、学术滥用和科技伦理。{footcite}`report`
#
# 先说换脸换声。借助多模态能力，换掉视频里人物的脸和声音并不难，甚至能凭空造出整段视频，这给不法分子的网络诈骗留下了空子。{glue:text}`npc_year`全国两会期间，多名人大代表提出要治理“AI换脸换声”。报告提到，相关部门不久前发布了《人工智能生成合成内容标识办法》和《人脸识别技术应用安全管理办法》（据报告第五章的政策表，两份都由{glue:text}`face_rules_issuer`部门于{glue:text}`face_rules_period`发布），并概述了其中对人脸识别技术应用的规定：处理人脸信息的基本要求和规则、安全规范、监督管理职责等。相关政策另见{doc}`05_environment`一章。{footcite}`report`
#
# 其次是版权侵权。{glue:text}`statement_period`，作家、音乐人、影视和戏剧从业者等{glue:text}`statement_signers`创意产业人士联名发表声明，谴责未经许可就拿创意作品训练生成式人工智能的做法。报告提到，随着这类事件增多，已有厂商开始找版权方洽谈合作，寻找合法使用版权内容的办法。{footcite}`report`
#
# 再次是学术滥用。学生和研究人员用生成式人工智能写论文、抄作业，正引起各界关注。瑞典布罗斯大学学院的研究人员在{glue:text}`papers_period`发出警告：他们在谷歌学术上找到的疑似人工智能生成的文章，已有{glue:text}`papers`。报告据此认为，不让学生和研究人员滥用人工智能工具，也将是相关治理的一个重要方向。{footcite}`report`
#
# 最后是科技伦理。大模型的价值观受开发者和训练数据左右，可能带上偏见，也可能与用户当地的文化格格不入，带来不良影响。报告主张发展与伦理并重，防止模型放大偏见、操纵舆论、侵犯隐私，让这一领域健康、有序地发展。{footcite}`report`
#
# 报告第六章通篇没有脚注：文中的数字和事例，如春晚的人形机器人、联合声明的参与人数、GPT-5 的发布、两会代表的提议、具身智能写入《政府工作报告》、OpenAI 的 Operator、布罗斯大学学院研究人员关于疑似人工智能生成文章的警告，都没有注明出处；其中参与联合声明的人数和文章数只是下限或约数，不是确数。

# %%
fmt.glue_all(**texts.outlook.report_outlook(
    data.load("outlook_facts").set_index("key"), data.load("named_examples").set_index("key"),
    facts.released_together(data.load("policies"), FACE_RULES)))

# %% [markdown]
# ## 与外部材料的对照
#
# 报告的这些展望，在别的材料里是否也看得到？本书找了两类外部材料来对照。下文把报告的这{glue:text}`theme_n`个方向称为展望主题，{numref}`tab-themes`各用一句话概括（概括是本书的话），后两列是两种对照的计数。

# %%
tables.glue_table("tab_themes", texts.outlook.themes_table(walk, news),
                  caption="报告的展望主题及其外部对照（后两列为本书统计）", name="tab-themes")

# %% [markdown]
# ```{glue:md} tab_themes
# :format: myst
# ```
#
# ### 十大趋势
#
# 量子位智库的《2025年度AI十大趋势报告》分{glue:text}`part_n`个部分列出{glue:text}`trend_n`条年度趋势：{glue:text}`parts_list`。{footcite}`qbitai_trends` 各部分的中文名是本书对原文英文名的译法。 本书逐条判断它们与报告展望主题的关系（{numref}`tab-crosswalk`），把对应分两档：直接对应（趋势讲的就是该主题）和部分相关（话题只有部分重合）。本书对照时只看各条的标题（标题的辨读见附录“方法与说明”）。
#
# 对照下来，直接对应的是{glue:text}`direct_list`；部分相关的是{glue:text}`partial_list`。对不上任何主题的是{glue:text}`unmapped_by_part`。趋势标题里的 Agentic 指以智能体为中心，AI4S 指用人工智能做科学研究，AGI 指通用人工智能。{choose}``every_theme_has_a_trend|True=反过来，报告的各个主题在十大趋势里都有对应。|False=反过来，{glue:text}`themes_without_trend`在十大趋势的标题里找不到对应；本书手头只有趋势报告开头几页的扫描文字，它的正文是否谈到这一话题，无从核对。``

# %%
tables.glue_table("tab_crosswalk", texts.outlook.crosswalk_table(walk),
                  caption="量子位智库十大趋势与报告展望主题的对照（本书判断）", name="tab-crosswalk")
fmt.glue_all(**texts.outlook.crosswalk(walk))

# %% [markdown]
# ```{glue:md} tab_crosswalk
# :format: myst
# ```
#
# ### 几期 AI 日报里的新闻
#
# 本书收录了{glue:text}`digest_count`期“全球AI新闻速递”日报，日期从{glue:text}`digest_first`到{glue:text}`digest_last`，共{glue:text}`item_count`条新闻（每期依次为{glue:text}`items_per_digest`）。{choose}``digests_after_cutoff|True=这些日报都晚于本版调查数据截止的{glue:text}`cutoff_period` |False=这些日报并不都晚于本版调查数据截止的{glue:text}`cutoff_period` ``{choose}``digests_before_report|True=，又都早于报告发布的{glue:text}`report_period` 。报告正文也写到{glue:text}`cutoff_period`以后的个别动态（如{glue:text}`gpt5_period`发布的 GPT-5），但没有引用这些日报。|False=。``每条新闻按关键词规则标注它涉及的主题（规则见附录“方法与说明”），一条新闻可以涉及几个主题，也可以一个都不涉及。
#
# 按主题计数（{numref}`fig-theme-items`），“{glue:text}`top_theme`”最多，有{glue:text}`top_theme_items`；{choose}``some_theme_without_items|True=“{glue:text}`zero_themes`”没有一条|False=其余主题依次为{glue:text}`other_theme_items` ``；涉及至少一个主题的共{glue:text}`tagged_n`条，另有{glue:text}`untagged_n`条新闻不涉及任何主题。计数很受日报日期的影响，例如大型展会前后某类新闻会扎堆出现；规则又只看字面，一条券商研报提到“机器人”也会被算进去，一条新闻出现“全家桶”一词也会算进模型集成。因此这些计数只说明日报里出现了什么，不代表主题的重要程度。

# %%
fmt.glue_all(**texts.outlook.digests(news, as_of, sources.table().loc["report", "published"]))
bars = texts.outlook.theme_bars(news)
charts.figure(
    "fig-theme-items",
    charts.bars(bars, "主题", value_title="相关新闻（条）", label="条数", color="类别", sort=list(bars["主题"])),
    bars[["主题", "条数"]], sources=sorted(news.digests["digest_id"]), alt=texts.outlook.theme_bars_alt(news, bars),
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
# 按关键词归到各主题的新闻，举几个例子。具身智能方面，智元机器人在世界人工智能大会上展示了全系列产品，网易发布了用于露天矿山挖掘机装车的具身智能模型“灵掘”。同一届大会上，腾讯集中展示了它的“AI全家桶”，其中有智能体开发平台，也有具身智能平台，“全家桶”一词又命中模型集成的关键词，这条新闻因此同时算进三个主题。开源方面，中国移动宣布开源“九天”大模型的核心技术，国务院国资委发布了人工智能开源平台“焕新社区”。治理方面，我国倡议成立世界人工智能合作组织。{footcite}`digest_20250727` 报告第六章谈治理时没有涉及国际合作机制；报告第五章的一个专栏提到，国家知识产权局将积极参与人工智能领域知识产权的全球治理。{footcite}`report`

# %%
tables.glue_table("tab_digest_items", texts.outlook.digest_items_table(news),
                  caption="AI日报新闻及其涉及的展望主题（按日期）", name="tab-digest-items", links={"新闻": "url"},
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
