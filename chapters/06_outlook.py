# %% [markdown]
# (sec-outlook)=
# # 前景展望
#
# 报告的最后一章从{glue:text}`theme_n`个方向展望生成式人工智能往后的走向：模型集成、开源社区、具身智能、智能体和治理。本章先按报告的思路，把这些判断连同理由和例子讲清楚，再拿{choose}`trends_in_edition|True=两类外部材料|False=几期 AI 日报里的新闻`简要对照。要点如下（前五条是报告的判断）：
#
# - 模型越出越多，挑选成了用户的负担；报告认为模型集成将带来人工智能的新形态，一些企业已在考虑让一个系统统管所有模型、替用户挑选。
# - 开源社区让新技术迭代更快、让更多人能参与开发，方案也能更快经受检验。
# - 具身智能把生成式人工智能用到机器人上，人和机器人的交流预期会更自然，机器人的用途也会更广。
# - 智能体不只和用户交互，还能直接替用户把任务办完，并能随环境变化自己调整。
# - 用的人多了，风险也引人担心；报告点出四个治理重点：换脸换声、版权、学术滥用和科技伦理。
# - {choose}``trends_in_edition|True=外部材料只能粗略对照：只看标题，本书判断量子位智库的十大趋势（本书暂以{glue:text}`trends_news_day`为它的发布日期）里有{glue:text}`mapped_n`条与报告的某个方向相关，{glue:text}`unmapped_n`条对不上（{numref}`tab-crosswalk`）；{glue:text}`digest_count`期 AI 日报的{glue:text}`item_count`条新闻里，有{glue:text}`tagged_direct_n`条直接对应其中某个方向，另有{glue:text}`tagged_partial_n`条只是部分相关（{numref}`tab-digest-items`）。|False=本书只看标题，粗略对照了{glue:text}`digest_count`期 AI 日报：{glue:text}`item_count`条新闻里，有{glue:text}`tagged_direct_n`条直接对应这些方向，另有{glue:text}`tagged_partial_n`条只是部分相关（{numref}`tab-digest-items`）。``

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
from myst_nb import glue

from genai_book import data, editions, fmt, sources, tables
from genai_book.blocks import Rich
from genai_book.facts import outlook as facts
from genai_book.texts import outlook as texts

data.use(data_dir, as_of)
themes = data.load("outlook_themes")
FACE_RULES = ["人工智能生成合成内容标识办法", "人脸识别技术应用安全管理办法"]  # named together in the governance section
TRENDS_NEWS = "stheadline_2025_12_10"  # the news report of the trends report's release, which dates it
walk = facts.crosswalk(data.load("trends"), data.load("trend_theme_map"), themes)
trends_in_edition = not walk.trends.empty  # the trends report came out after the report: later editions only
news = facts.digests(data.load("digests"), data.load("digest_items"), themes, data.load("digest_theme_map"))
fmt.glue_all(**texts.overview(walk))

# %% [markdown]
# ## 报告的展望
#
# (sec-outlook-integration)=
# ### 模型集成：由系统替用户挑模型
#
# 技术迭代快，技术路线和应用场景越分越细，模型也越出越多。选择是多了，可用户得先弄明白各个模型有什么不同，挑选本身成了负担，认知成本随之提高。一些企业于是开始考虑换个思路：把模型都收进一个系统，由系统按用户的要求自己挑最合适的来用。报告认为，模型集成将给人工智能带来新的形态；照报告的写法，这种由系统统一调用各个模型的方式，预期会成为今后生成式人工智能产品的主要形态。例子是 OpenAI 在{glue:text}`gpt5_period`发布的 GPT-5：它把 o 系列的推理能力和 GPT 系列的快速响应合进同一个系统，由系统自动决定是否进入推理模式，用户不用再在几个模型之间来回切换，交互因此“更接近专业水准”。{footcite}`report`
#
# 集成的好处可以从用户和开发者两边来看。对用户来说，说清要做什么就够了，不必先弄懂、比较各个模型。对开发者来说，统一的框架能让开发更快，还有望让不同技术路线互相借鉴、把算力和数据用得更充分，模型也会因此更强、更通用。{footcite}`report`
#
# (sec-outlook-open-source)=
# ### 开源社区：让技术进步得更快
#
# 在报告看来，GitHub、Hugging Face 和魔搭等开源社区让研发不再关起门来做：全世界的开发者聚在一处，知识传播得又快又广，技术进步也因此多了一股强劲的动力。{footcite}`report`
#
# 在社区里，别人放出的模型可以直接拿来改进和二次开发，大家交流、相互启发，新技术就这样一轮轮迭代。开源的 DeepSeek-R1 是个典型：全球开发者花不多的钱就能拿到高质量的模型，大模型技术因此惠及更多人。门槛也低了：有现成的示例代码和详细文档可循，学生和爱好者能上手，不是专业出身的开发者、中小企业和创业团队也能参与开发和应用；参与的人多了，生态也就更丰富。社区还能检验新方案：方案和创意一放进社区，很快就有各地开发者提意见，改进和落地也因此更快。{footcite}`report` DeepSeek 怎样开源代码库、社区又怎样帮它改进通信框架，见{doc}`05_environment`一章。
#
# (sec-outlook-embodied)=
# ### 具身智能：与机器人更自然地交流
#
# 具身智能，就是把生成式人工智能用到机器人产品上；报告称之为前沿领域，并以{glue:text}`gala_period`的春晚为例说明我国的成果：舞台上，{glue:text}`gala_robots`人形机器人和舞者一起表演歌舞，抛接手绢、旋转这类难度很高的动作都做到了。《政府工作报告》也第一次写进了具身智能；报告把这看作一个信号：具身智能已跻身我国未来产业的重要发展方向之列。{footcite}`report` 报告第四章另写到春晚的《秧BOT》节目和宇树科技，见{doc}`04_scenarios`一章。
#
# 往后的走向，报告是这样预期的：有了生成式人工智能的语言和多模态能力，机器人会更准确地听懂人的意图、体会人的情绪，回应也更得体，人与机器人的交流会顺畅得多。运动控制、能耗管理、散热这些硬件环节也会日趋成熟，机器人会因此用得更广、运行更稳、续航更久。这类产品还会逐步走出实验室、进入生产和生活，例如教育和医疗：学生可以借它学得更生动有趣；在医疗领域，辅助手术、服务病房、帮助康复治疗，都有望用上这类产品。{footcite}`report`
#
# (sec-outlook-agents)=
# ### 智能体：不只对话，还能办事
#
# 报告眼中的智能体不只会和用户交互，还能直接把各类任务办完，人工智能能用的场景和能做的事因此都多了。它能自己观察环境、分析数据、拿主意，帮用户做事，有时不用人插手就能把一件复杂的事办完：网上零售中，用户提个营销要求，它一键就能做出宣传素材；工厂里，它读取传感器传来的生产信息，给出优化生产的策略，供决策参考。环境变了，它还能依据实时数据改换做法，出了错自己纠正，新任务也应付得来。{footcite}`report`
#
# 它和人打交道也不只靠文字。凭借多模态能力，智能体能综合运用文字、语音、图像与人交流协作，有的还能自己动手用电脑，这样的智能体谷歌、OpenAI、Anthropic 等企业都已推出。OpenAI 的 Operator 就是这样：要操作网页，它先从屏幕上读取信息，再动用鼠标和键盘，出了错还能凭推理自己纠正。{footcite}`report`
#
# (sec-outlook-governance)=
# ### 完善治理：四个重点
#
# 用的人越来越多，影响也越来越大，各界已经开始担心它潜在的风险。就眼下的情况看，报告认为治理的重点主要有四个：换脸换声、版权侵权、学术滥用和科技伦理。{footcite}`report`
#
# 换脸换声给网络诈骗开了方便之门：有了多模态能力，替换视频里人物的脸和声音并不难，整段视频也能凭空生成。“AI换脸换声”该怎么管，{glue:text}`npc_year`全国两会上已有好几位人大代表提了出来。报告提到，相关部门已发布《人工智能生成合成内容标识办法》和《人脸识别技术应用安全管理办法》；据报告第五章列出的主要政策（见{doc}`05_environment`一章），两份都由{glue:text}`face_rules_issuer`部门于{glue:text}`face_rules_period`发布。报告随后列出的规定说的主要是人脸识别：处理人脸信息要守哪些规矩，技术怎样安全地用，谁来监管，等等；《人工智能生成合成内容标识办法》本身规定了什么，报告没有展开。{footcite}`report`
#
# 版权上的争议也越来越多。{glue:text}`statement_period`的一份联合声明谴责未经许可就拿创意作品训练生成式人工智能的做法，联名的创意产业人士{glue:text}`statement_signers`，来自文学、音乐、电影、戏剧等领域。报告说，这类争议一多，一些厂商已在和版权方谈合作，想找到合法使用这些作品的办法。{footcite}`report`
#
# 学术上的问题是滥用：有学生和研究者用它代写论文和作业，报告说这已引起各界注意。报告举了一例：{glue:text}`papers_period`，瑞典布罗斯大学学院有研究人员在谷歌学术上找到{glue:text}`papers`疑似由人工智能生成的文章，并就此发出警告。报告由此把防止这类工具被滥用，列为今后治理的一个重要方向。{footcite}`report`
#
# 科技伦理方面，报告先谈模型的价值观：开发者是谁、用什么数据训练，都会在模型的价值观上留下痕迹，它可能有偏见，也可能不合用户当地的文化。报告主张，鼓励发展的同时也要顾及科技伦理，防范“放大偏见、操纵舆论、侵犯隐私”。{footcite}`report`
#
# 报告第六章通篇没有脚注：文中的数字和事例，如春晚的人形机器人、联合声明的参与人数、GPT-5 的发布、两会代表的提议、具身智能写入《政府工作报告》、OpenAI 的 Operator、布罗斯大学学院研究人员关于疑似人工智能生成文章的警告，都没有注明出处。

# %%
fmt.glue_all(**texts.report_outlook(
    data.load("outlook_facts").set_index("key"), data.load("named_examples").set_index("key"),
    facts.released_together(data.load("policies"), FACE_RULES)))

# %% [markdown]
# ## 与外部材料的对照
#
# 报告的这些展望，在别的材料里是否也看得到？{choose}``trends_in_edition|True=本书找了两类外部材料来对照：量子位智库列出的十大趋势，和几期 AI 日报里的新闻。下文把报告的这{glue:text}`theme_n`个方向称为展望主题，{numref}`tab-themes` 各用一句话概括（概括是本书的话），后两列是两种对照的计数。|False=本书拿几期 AI 日报里的新闻来对照。下文把报告的这{glue:text}`theme_n`个方向称为展望主题，{numref}`tab-themes` 各用一句话概括（概括是本书的话），最后一列是对照的计数。``

# %%
tables.glue_table("tab_themes", texts.themes_table(walk, news),
                  caption="报告的展望主题及其外部对照（对照的计数是本书的判断）", name="tab-themes")

# %% [markdown]
# ```{glue:md} tab_themes
# :format: myst
# ```
#
# {choose}``trends_in_edition|True=先看十大趋势。量子位智库的《2025年度AI十大趋势报告》分{glue:text}`part_n`个部分列出{glue:text}`trend_n`条年度趋势：{glue:text}`parts_list`。{footcite}`qbitai_trends` 本书所见的只是趋势报告前六页的扫描文字，其中没有发布日期；{glue:text}`trends_news`报道了量子位智库发布这份报告的消息，{footcite}`stheadline_2025_12_10` 本书暂以这一天为它的发布日期（报道只能说明它不晚于这一天），也就把它看作晚于中国互联网络信息中心的报告（{glue:text}`report_period`发布）的材料；下面只比较两者说法的异同，不说明谁影响了谁。|False=``
#
# {choose}``trends_in_edition|True=各部分的中文名是本书对原文英文名的译法。各条趋势与报告展望主题的关系由本书逐条判断（{numref}`tab-crosswalk`），对应分两档：直接对应（趋势讲的就是该主题）和部分相关（话题只有部分重合；标题只是与报告的某个主题谈到同一种能力的，如多模态，也算部分相关），判断时只看各条的标题（标题的辨读见附录“方法与说明”）。|False=``
#
# {choose}``trends_kind|absent=|every_theme=对照下来，直接对应的是{glue:text}`direct_list`，部分相关的是{glue:text}`partial_list`，其余{glue:text}`unmapped_n`条对不上任何主题（{numref}`tab-crosswalk`）。趋势标题里的 AI4S 指用人工智能做科学研究，AGI 指通用人工智能；Agentic 本书理解为以智能体为中心。反过来，报告的各个主题在十大趋势里都有对应。|themes_missing=对照下来，直接对应的是{glue:text}`direct_list`，部分相关的是{glue:text}`partial_list`，其余{glue:text}`unmapped_n`条对不上任何主题（{numref}`tab-crosswalk`）。趋势标题里的 AI4S 指用人工智能做科学研究，AGI 指通用人工智能；Agentic 本书理解为以智能体为中心。反过来，{glue:text}`themes_without_trend`在十大趋势的标题里找不到对应；趋势报告的正文有没有谈到，本书无从核对。``

# %%
fmt.glue_all(**texts.crosswalk(walk, TRENDS_NEWS))
if trends_in_edition:
    tables.glue_table("tab_crosswalk", texts.crosswalk_table(walk),
                      caption="量子位智库十大趋势与报告展望主题的对照（本书判断；标题照扫描文字辨读，"
                              "标点照录；□为认不出的字，星島日報的报道里这个字作“飙”）",
                      name="tab-crosswalk")
else:
    glue("tab_crosswalk", Rich("", ""), display=False)  # the trends report came out after the report

# %% [markdown]
# ```{glue:md} tab_crosswalk
# :format: myst
# ```
#
# {choose}`trends_in_edition|True=再看 AI 日报。|False=`本书手头有{glue:text}`digest_dates`的{glue:text}`digest_count`期“全球AI新闻速递”日报，共{glue:text}`item_count`条新闻（依次为{glue:text}`items_per_digest`）。{footcite}`digest_20250703,digest_20250721,digest_20250727` 本书所据的只是这几期的文字稿，其中没有写明编者和网址，本书也没有找到原刊；每条新闻都附有原文链接（有几条在原日报里共用同一个链接），{numref}`tab-digest-items` 列出链接所在的网站。{choose}``digests_after_cutoff|True=这些日报都晚于报告调查数据的截止时间（{glue:text}`cutoff_period`底）|False=这些日报并不都晚于报告调查数据的截止时间（{glue:text}`cutoff_period`底）``{choose}``digests_before_report|True=，但都早于报告的发布（{glue:text}`report_period`）。报告正文也用到{glue:text}`cutoff_period`以后的一些数据和动态（如{glue:text}`gpt5_period`发布的 GPT-5），但没有引用这些日报。|False=。``
#
# 每条新闻涉及哪个主题，{choose}`trends_in_edition|True=本书用对照十大趋势的办法判断：只看标题，分直接对应和部分相关两档|False=本书只看标题逐条判断，分两档：直接对应（新闻讲的就是该主题）和部分相关（话题只有部分重合）`，见{numref}`tab-digest-items`。自动驾驶、AI 眼镜这类把模型用在汽车、眼镜上的新闻，{choose}`trends_in_edition|True=与趋势8一样只算|False=只算`与具身智能部分相关：报告说的具身智能指机器人，第一章还把无人驾驶当作多模态能力的应用来举例。“灵掘”的标题虽称具身智能模型，点明的却是矿山无人作业，所以也只算部分相关。标题讲市场竞争或投资方向、而不是技术本身的，同样只算部分相关，如京东和美团的竞争延伸到具身智能、中信证券看好 AI Agent 的两条。只数直接对应的，{choose}``top_direct_tied|True=“{glue:text}`top_direct`”并列最多，各{glue:text}`top_direct_items`|False=“{glue:text}`top_direct`”最多，有{glue:text}`top_direct_items` ``；算上部分相关的，条数最多的是“{glue:text}`top_theme`”（{glue:text}`top_theme_items`）{choose}``some_theme_without_items|True=，“{glue:text}`zero_themes`”一条也没有|False=``。几天的新闻说明不了主题的轻重，这些数字只说明日报里出现了什么。
#
# 直接对应的新闻里，具身智能方面有字节被曝两年半造出千台机器人、智元机器人家族在世界人工智能大会上亮相；开源方面，中国移动宣布开源“九天”大模型的核心技术，国务院国资委发布人工智能开源平台“焕新社区”。我国倡议成立世界人工智能合作组织的新闻，本书没有算作治理：标题讲的是国际合作，而报告第六章谈治理，说的是换脸换声、版权等几类风险。

# %%
fmt.glue_all(**texts.digests(news, editions.report_edition(), sources.table().loc["report", "published"]))

# %%
tables.glue_table("tab_digest_items", texts.digest_items_table(news),
                  caption="AI日报新闻及其涉及的展望主题（主题由本书依标题判断；新闻按日期排列）", name="tab-digest-items", links={"新闻": "url"},
                  raw_md={"网站": "cite"})

# %% [markdown]
# ```{glue:md} tab_digest_items
# :format: myst
# ```
#
# ## 数据与来源

# %%
sources.resource_list(["outlook_themes", "outlook_facts", *(["trends", "trend_theme_map"] if trends_in_edition else []),
                       "digests", "digest_items", "digest_theme_map"])

# %% [markdown]
# ```{footbibliography}
# ```
