# %% [markdown]
# (sec-users)=
# # 用户普及
#
# 本章依次回答：用生成式人工智能的人有多少、增长有多快；用户最先选用哪款产品、拿它做什么；用户在性别、年龄和受教育程度上是怎样的构成；未成年人用得怎么样，教育部基础教育教学指导委员会的使用指南对中小学使用生成式人工智能提出了哪些原则和要求。
#
# 要点如下{choose}``survey_updated|False=（第一条以外，各条仍是报告截至{glue:text}`fc_period`的调查结果）|True=``：
#
# - 截至{glue:text}`users_period`，用户规模为{glue:text}`users_now`，普及率{glue:text}`penetration_now`{choose}``report_edition|True=|False=（出处见下文）``；比{glue:text}`users_before_period`{glue:text}`users_change_word`{glue:text}`users_change`，普及率{glue:text}`penetration_change_word`{glue:text}`penetration_change`{choose}`change_computed|True=（本书计算，假定两份报告口径一致；|False=（`{numref}`fig-users`）。{choose}``report_edition|True=|False=报告本身写的是截至{glue:text}`users_before_period`的{glue:text}`users_before`和{glue:text}`penetration_before`，较{glue:text}`base_period`{glue:text}`base_users_stated_word`{glue:text}`base_users_stated`、{glue:text}`base_penetration_stated_word`{glue:text}`base_penetration_stated`。``
# - 用户首选的产品以{glue:text}`fc_leader`（{glue:text}`fc_leader_share`）和{glue:text}`fc_second`（{glue:text}`fc_second_share`）为主（{numref}`fig-first-choice`）。
# - {glue:text}`purpose_top_share`的用户用生成式人工智能{glue:text}`purpose_top`，是报告所说最普遍的用途；另有用户用它{glue:text}`purpose_others`（{numref}`fig-purposes`）。
# - 用户{glue:text}`gender_order`为{glue:text}`gender_ratio`，报告认为与整体网民的性别结构差异不大（{numref}`fig-gender`）。
# - 报告认为用户以中低龄人群为主：{glue:text}`age_top`的占比{choose}`age_top_tied|True=并列最高|False=最高`，为{glue:text}`age_top_share`；{glue:text}`age_open_label`合计占{glue:text}`age_open_share`（{numref}`fig-age`）。
# - 用过生成式人工智能产品的未成年网民比例，以{glue:text}`minor_stage_top`阶段最高（{glue:text}`minor_stage_top_share`，{numref}`fig-minors-stage`）。
#
# 报告的调查数字来自样本，局限见本书开篇所引的免责声明。报告只写明了用户规模与普及率的截至月份，其余调查数字都没有注明时间，也没有说明是否出自同一次调查；本书按免责声明所说的数据截止时间（{glue:text}`fc_period`底），一律记作{glue:text}`fc_period`。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
from genai_book import charts, data, fmt, sources
from genai_book.facts import users as facts
from genai_book.texts import users as texts

data.use(data_dir, as_of)

# %% [markdown]
# (sec-users-scale)=
# ## 用户规模与普及率
#
# 报告给“普及率”下的定义是：过去半年内，全国人口中用过生成式人工智能产品或服务的人所占的比例。报告没有单独定义用户规模；按同一口径，它应是过去半年用过的人数（本书判断）{choose}``report_edition|True=。|False=；本书并假定下文的统计报告沿用这一口径。``

# %%
scale = facts.scale(data.load("users_series"), data.load("stated_changes"), as_of)
fmt.glue_all(**texts.scale(scale, as_of))

# %% [markdown]
# {choose}``report_edition|True=|False=本版更新的用户规模与普及率出自{glue:text}`edition_survey`，本书据{glue:text}`users_source_text`的报道转引：``截至{glue:text}`users_period`，用户规模为{glue:text}`users_now`，普及率为{glue:text}`penetration_now`（{numref}`fig-users`）。{choose}``users_source|report={footcite}`report`|stdaily_2026_02_05={footcite}`stdaily_2026_02_05` `` {choose}``change_basis|stated=报告给出的是半年间的变化：用户{glue:text}`users_change_word`{glue:text}`users_change`，普及率{glue:text}`penetration_change_word`{glue:text}`penetration_change`；报告正文没有写出{glue:text}`users_before_period`的用户规模和普及率，图中的{glue:text}`users_before`和{glue:text}`penetration_before`是本书由这两项变化倒推的（浅色柱）。|report=报告所写的{glue:text}`users_before_period`数值是用户规模{glue:text}`users_before`、普及率{glue:text}`penetration_before`。{footcite}`report` 与之相比，用户{glue:text}`users_change_word`{glue:text}`users_change`（增幅{glue:text}`users_growth_rate`），普及率{glue:text}`penetration_change_word`{glue:text}`penetration_change`（本书计算）。|other={glue:text}`users_before_period`的数值是用户规模{glue:text}`users_before`、普及率{glue:text}`penetration_before`；与之相比（假定两份来源的统计口径一致），用户{glue:text}`users_change_word`{glue:text}`users_change`（增幅{glue:text}`users_growth_rate`），普及率{glue:text}`penetration_change_word`{glue:text}`penetration_change`（本书计算）。``
#
# {choose}``report_edition|True=照报告的解释，推动这轮上升的是豆包、DeepSeek等产品：它们在{glue:text}`surge_year`上半年很快普及开来。{footcite}`report` |False=``
#
# {choose}``stated_standing|none=|circular=|checked=据{glue:text}`stated_source`的报道，这份统计报告还写出了与{glue:text}`stated_base`相比的变化：``{choose}``stated_metrics|users+penetration=用户规模{glue:text}`users_stated_word`{glue:text}`users_stated`，普及率{glue:text}`penetration_stated_word`{glue:text}`penetration_stated`。|users=用户规模{glue:text}`users_stated_word`{glue:text}`users_stated`。|penetration=普及率{glue:text}`penetration_stated_word`{glue:text}`penetration_stated`。|none=``{choose}``stated_source_id|none=|report=|grrb_2026_02_07={footcite}`grrb_2026_02_07` `` {choose}``base_kind|derived=本书依据的报告正文没有写出{glue:text}`base_period`的数值，只写了{glue:text}`base_next_period`较它的变化（用户{glue:text}`base_users_stated_word`{glue:text}`base_users_stated`，普及率{glue:text}`base_penetration_stated_word`{glue:text}`base_penetration_stated`），据此推得{glue:text}`base_period`的用户规模为{glue:text}`base_users`、普及率为{glue:text}`base_penetration`（本书倒推）。{footcite}`report` 用倒推值与{glue:text}`users_period`的数值计算，|stated=由两期数值计算，|none=``{choose}``stated_metrics|users+penetration=变化分别是{glue:text}`users_computed`和{glue:text}`penetration_computed`（本书计算），|users=变化是{glue:text}`users_computed`（本书计算），|penetration=变化是{glue:text}`penetration_computed`（本书计算），|none=``{choose}`stated_verdict|consistent=与来源所写的差别在四舍五入的范围之内；这只是算术上的核对，两份报告的口径是否一致，本书无从核对。|differs=与来源所写的差别超出了四舍五入所能解释的幅度，数据表与原文必有一处需要核对。|none=`
#
# {choose}``report_edition|True=|False=报告对{glue:text}`surge_year`上半年那一轮增长的解释是：豆包、DeepSeek等产品在这半年里很快普及开来。{footcite}`report` ``

# %%
charts.period_bars("fig-users", **texts.users_chart(scale))

# %% [markdown]
# ```{glue:figure} fig-users
# :name: fig-users
#
# 生成式人工智能普及率与用户规模（柱高与柱顶数字为普及率，柱内数字为用户规模{choose}`users_has_implied|True=；浅色柱为本书倒推的数值|False=`{choose}``report_edition|True=|False=；{glue:text}`users_period`一柱出自{glue:text}`edition_survey`，据报道转引，不是报告的数值``）
# ```

# %% [markdown]
# (sec-users-products)=
# ## 用户使用的产品

# %%
products = facts.products(data.load("first_choice"), data.load("users_facts"), data.load("figure_catalog"), as_of)
fmt.glue_all(**texts.products(products, as_of))
charts.bar_figure("fig-first-choice", products.choice.ranked, "product", **texts.first_choice_chart(products.choice))

# %% [markdown]
# 据报告，国内市场的格局已初见轮廓：在它调查的各款产品中，论使用率，豆包和DeepSeek明显领先。某款产品的“使用率”，按脚注的说明，指“过去半年使用过某款产品的用户在所有生成式人工智能用户中的比例”。各产品使用率另有一幅图，但{choose}`product_rates_values|none=正文没有写出任何一款产品的数值|partial=正文只写出了其中一部分数值`，本书因此不画这幅图。{footcite}`report`
#
# 报告在这一章特别提到DeepSeek：R1版本在{glue:text}`ds_year`春节期间推出，随即受到全球瞩目。据报告所引新华网{glue:text}`ds_period`的报道，从上线到全球日活跃用户突破{glue:text}`deepseek_dau`，DeepSeek用时{glue:text}`deepseek_days_to_peak`，它还登上了{glue:text}`deepseek_top_markets`国家和地区应用市场的榜首。{footcite}`fn19` 报告还说，它的用户增速已超过ChatGPT，居全球生成式人工智能应用之首。{footcite}`report`
#
# 问到最先会选用哪款产品，{glue:text}`fc_leader_share`的用户选{glue:text}`fc_leader`，{glue:text}`fc_second_share`选{glue:text}`fc_second`；首先选用其他产品的用户合计{glue:text}`fc_others_share`，报告没有细分（{numref}`fig-first-choice`）。{footcite}`report`{choose}``fc_total_fits|exact=|rounding=|differs= 三项合计{glue:text}`fc_total`，与{glue:text}`whole_share`之差超出了四舍五入所能解释的幅度（本书计算），数据表与原文必有一处需要核对。``
#
# ```{glue:figure} fig-first-choice
# :name: fig-first-choice
#
# 用户最先选用哪款产品（调查数据截至{glue:text}`fc_period`；{glue:text}`fc_others`只有合计）
# ```

# %% [markdown]
# (sec-users-purposes)=
# ## 用户拿它做什么

# %%
uses = facts.purposes(data.load("use_purposes"), as_of)
fmt.glue_all(**texts.purposes(uses))
charts.bar_figure("fig-purposes", uses.known, "purpose", **texts.purposes_chart(uses))

# %% [markdown]
# 报告把用户的主要应用场景概括为回答问题、日常办公、休闲娱乐和创作内容（含文字、图片、音频和视频）等，给出比例的却只有{glue:text}`purpose_known_count`项：用它{glue:text}`purpose_top`的用户最普遍，占{glue:text}`purpose_top_share`；另有{glue:text}`purpose_others`（{numref}`fig-purposes`）。{footcite}`report` 后两项看来大致属于“创作内容”（本书判断；“处理文本”也可能包括办公用途），报告没有明说。
#
# 这{glue:text}`purpose_known_count`项相加为{glue:text}`purpose_known_sum`（本书计算），超过{glue:text}`whole_share`，所以这一题很可能允许多选（本书判断）。
#
# ```{glue:figure} fig-purposes
# :name: fig-purposes
#
# 用户拿生成式人工智能做什么（调查数据截至{glue:text}`purpose_period`；只含正文写出比例的用途）
# ```

# %% [markdown]
# (sec-users-profile)=
# ## 谁在用：性别、年龄与受教育程度

# %%
sexes = facts.gender(data.load("user_gender"), as_of)
fmt.glue_all(**texts.gender(sexes))
charts.bar_figure("fig-gender", sexes, "gender", **texts.gender_chart(sexes))

# %% [markdown]
# **性别。** 用户中{glue:text}`gender_order`为{glue:text}`gender_ratio`（{numref}`fig-gender`）。报告认为，这与整体网民的性别结构“差异不大”。{footcite}`report` 报告没有给出整体网民的性别构成，本书无法核对这一判断。
#
# ```{glue:figure} fig-gender
# :name: fig-gender
#
# 用户的性别构成（调查数据截至{glue:text}`gender_period`）
# ```

# %%
ages = facts.age(data.load("user_age"), as_of)
fmt.glue_all(**texts.age(ages))
charts.bar_figure("fig-age", ages.rows, "age_group", **texts.age_chart(ages))

# %% [markdown]
# **年龄。** 报告把“中低龄用户”看作主要的使用群体。{glue:text}`age_top`的用户{choose}`age_top_tied|True=并列最多|False=最多`，占{glue:text}`age_top_share`；往上是{glue:text}`age_middle`；{glue:text}`age_open_label`的用户合计占{glue:text}`age_open_share`，报告正文没有写出其中各年龄段的比例（{numref}`fig-age`）。{footcite}`report`
#
# ```{glue:figure} fig-age
# :name: fig-age
#
# 用户的年龄构成（调查数据截至{glue:text}`age_period`）
# ```

# %%
schooling = facts.education(data.load("user_education"), as_of)
fmt.glue_all(**texts.education(schooling))
charts.bar_figure("fig-education", **texts.education_chart(schooling))

# %% [markdown]
# **受教育程度。** 报告正文只写出了{glue:text}`education_named_count`档的比例：{glue:text}`education_named`。{footcite}`report` 其余各档合计{glue:text}`education_rest`，是本书用{glue:text}`whole_share`减去这两档推算的；这部分包括哪些档次、各占多少，正文没有写明，{numref}`fig-education` 只把它画成一根灰色柱，标作“{glue:text}`education_rest_label`”。
#
# ```{glue:figure} fig-education
# :name: fig-education
#
# 用户的受教育程度（调查数据截至{glue:text}`education_period`；灰色为本书推算的其余各档合计）
# ```

# %% [markdown]
# (sec-users-minors)=
# ## 未成年人：认知与使用

# %%
stages = facts.minor_stages(data.load("minors_by_stage"), as_of)
minor_uses = facts.minor_purposes(data.load("minors_purposes"), as_of)
fmt.glue_all(**texts.minors(stages, minor_uses, products.stated))
charts.bar_figure("fig-minors-stage", stages.rows, "stage", **texts.minor_stages_chart(stages))
charts.bar_figure("fig-minors-purposes", minor_uses, "purpose", **texts.minor_purposes_chart(minor_uses))

# %% [markdown]
# 报告先回顾了我国怎样重视未成年人的人工智能通识教育。所举的举措中最早的是国务院{glue:text}`plan_period`印发的《新一代人工智能发展规划》，它已提出中小学要设置与人工智能相关的课程；教育部{glue:text}`standard_period`印发《义务教育信息科技课程标准》，在课程内容里明确写进了人工智能；{glue:text}`bases_period`，教育部公布了{glue:text}`ai_education_bases`中小学人工智能教育基地，希望借这些基地的试点，为中小学人工智能教育探索新做法、积累可推广的经验。
#
# {glue:text}`literacy_guide_period`，教育部又发布《中小学人工智能通识教育指南（2025年版）》。按报告的概括，指南所说的人工智能素养由知识、技能、思维与价值观四个方面融合而成；指南要培育的是“科技创新思维、批判性思维、人机协作能力、人工智能素养及社会责任意识”。{footcite}`report`
#
# 分学龄段看，{glue:text}`minor_stage_top`阶段网民中用过生成式人工智能产品的占{glue:text}`minor_stage_top_share`，在各学龄段中最高；其后是{glue:text}`minor_stage_others`（{numref}`fig-minors-stage`）。{footcite}`report` 按报告的写法，这些比例的分母是各学龄段的未成年网民。报告所定义的普及率则以全国人口为分母，两者口径不同；本书提醒，不宜直接比较。
#
# ```{glue:figure} fig-minors-stage
# :name: fig-minors-stage
#
# 各学龄段未成年网民中用过生成式人工智能产品的比例（调查数据截至{glue:text}`minor_period`）
# ```
#
# 在正文写出的{glue:text}`minor_purpose_count`种用途中，比例最高的是“{glue:text}`minor_purpose_top`”（{glue:text}`minor_purpose_top_share`），其后依次为{glue:text}`minor_purpose_rest`（{numref}`fig-minors-purposes`）。{footcite}`report` 报告正文逐项写成占“未成年网民”的比例，没有说明分母是否只算用过生成式人工智能的人；按字面，分母更可能是全体未成年网民（本书判断）。
#
# ```{glue:figure} fig-minors-purposes
# :name: fig-minors-purposes
#
# 未成年网民拿生成式人工智能做什么（调查数据截至{glue:text}`minor_purpose_period`；分母见正文）
# ```
#
# (sec-users-column)=
# ### 专栏：防范学生过度依赖生成式人工智能
#
# 报告在这一节末尾附了一个专栏，依据{glue:text}`guide_source`的报道，介绍教育部基础教育教学指导委员会发布的《中小学生成式人工智能使用指南（2025年版）》。按专栏的介绍，指南意在让中小学科学、规范地使用生成式人工智能，也着眼于更大的目标：“加速构建人工智能引领的创新教育生态”，为国家创新体系整体效能的提升出力。{footcite}`report,fn20`
#
# 指南确立了{glue:text}`guide_principles`项应用原则：“坚持育人导向，强化素养本位”“坚持教育公平，尊重学生差异”“坚持价值引领，确保技术向善”“坚持需求驱动，持续稳步推进”和“坚持底线思维，保障安全可控”。育人导向，是让学生在使用中养成智能时代需要的价值观、品格和能力；教育公平，是要“确保技术工具平等地惠及不同地区和个体，无障碍地服务有身体或认知障碍的特殊需求群体”；价值引领，是营造健康、向善的人工智能教育生态；需求驱动，是学校从自身实际出发，有计划地选用工具；底线思维，是靠一套“覆盖数据安全、伦理审查、内容监管和风险防控的全链条保障机制”守住安全。{footcite}`report,fn20`
#
# 指南主张“分学段差异化应用”，并提醒不要让学生过度依赖技术。专栏分学段作了说明：小学生在老师、家长的帮助下“适当使用”开放式的生成功能，免得用得不当，耽误学知识、练思维，课堂上的人机协同由老师来组织；初中生可以试着分析生成内容的逻辑，在老师指导下多方核对它合不合理；到了高中，学生可以从技术原理入手做探究，自己去判断生成的内容会带来怎样的社会影响。{footcite}`report,fn20`
#
# 为了不让学生过度依赖生成式人工智能、削弱独立思考的能力，指南“从制度规范、教学引导与角色定位等维度”建了一套“系统性防范机制”。指南明确禁止学生把生成的内容直接拿来交作业、当考试答案；在创造性的任务里滥用人工智能，也要受到限制。这样做，是要“从源头上杜绝‘代劳式’使用行为”。老师要在教学中多做批判性思维训练，让学生学会质疑、辨别机器的输出，学会自己处理信息。指南还明确了人工智能工具在教育场景中的“辅助定位”，强调它的应用边界，好让“技术赋能与教育本质有机统一”，目标是让学生的思维能力得到全面发展。{footcite}`report,fn20`

# %% [markdown]
# ## 数据与来源

# %%
sources.resource_list(["users_series", "stated_changes", "figure_catalog", "first_choice", "users_facts",
                       "use_purposes", "user_gender", "user_age", "user_education", "minors_by_stage",
                       "minors_purposes"])

# %% [markdown]
# ```{footbibliography}
# ```
