# %% [markdown]
# (sec-scenarios)=
# # 典型应用场景
#
# 这一章开篇，报告先给人工智能定位：作为战略性技术，它牵引着新一轮的科技革命和产业变革，对别的行业带动很强（报告称之为“头雁”效应），是发展新质生产力的重要推动力。据人民网报道，我国人工智能产业从基础层、框架层、模型层到应用层已经成体系；大模型正在多个行业加快落地（报道举了电子、原材料、消费品等），从研发设计到运营管理的多个环节都已用上。{footcite}`fn25` 报告称，生成式人工智能是人工智能的重要分支，也是眼下热度最高的研究领域；各行各业都在试着把它接进自己的业务流程，以求把工作做得更好、更快。模型处理多种模态的能力大大增强以后，文字、图片、声音和视频都可以直接交给模型，它能派上用场的地方也就更多了。报告预期，技术迭代加快以后，它会进入更多行业，在经济高质量发展和社会治理中起更大的推动作用。{footcite}`report`
#
# 本章沿着报告的顺序，依次看农业生产、工业制造、生活服务和科学研究四个领域。报告有些日期只写月日，或写“今年”“去年”，本章按所引报道的发布日期或上下文补出年份。本章的三张图各自独立，数字之间不能互相比较：{numref}`fig-industrial-cases`是入选人工智能赋能新型工业化典型应用的{glue:text}`cases_total`案例按类别的分布，其中{glue:text}`cases_top_label`最多，有{glue:text}`cases_top_count`；{numref}`fig-us-ai-search-ads`是市场研究机构 Emarketer 对美国人工智能搜索广告支出的预测，到{glue:text}`ads_last_period`将达{glue:text}`ads_last`；{numref}`fig-science-accuracy`汇集了几款科研大模型在报道中的准确率。
#
# 本章的数字出处各不相同：有全国口径的数字（工业互联网建设指标、工业机器人产量、入选案例数），有省级统计、企业数据和机构预测，更多的是地方部门、企业或媒体公布的单个案例的效果。它们的时点和口径都不一致，不宜相互比较，也不能当作行业的平均水平。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
from genai_book import charts, data, fmt, sources
from genai_book.facts import scenarios
from genai_book.texts import scenarios as texts

data.use(data_dir, as_of)

# %% [markdown]
# (sec-agriculture)=
# ## 农业生产
#
# 我国农业在积极试用生成式人工智能，国家在政策上也很重视。{glue:text}`agri_smart_guidance`，农业农村部发布《农业农村部关于大力发展智慧农业的指导意见》和《全国智慧农业行动计划（2024—2028年）》（书名据报告脚注所链的中国政府网页面，报告正文作“大力发展战略智慧农业”）。{footcite}`fn26,fn27` 两份文件都要求让物联网、人工智能等信息技术普及到农业农村的各个方面、各个环节，也要求大模型尽快用到农业科研、生产经营、管理服务等重点领域。{glue:text}`agri_power_plan`中共中央、国务院印发《加快建设农业强国规划（2024—2035年）》，列出的重要目标里就有“加快农业科技创新水平整体跃升”一条。{footcite}`report`
#
# 科研机构和科技企业都在积极探索农业大模型，还建立了示范基地，想让模型在育种、种植、养殖等环节落地。中国农业大学农业大模型研究团队在{glue:text}`shennong`发布了{glue:text}`shennong_name`。据该校介绍，新版能回答农业问题、理解和概括文字材料、辅助决策推理，在图片、声音、视频、文件等多模态交互和智能推理上也“取得了重要进展”；它的应用场景覆盖育种、种植、养殖、农业遥感和气象等。该校还说，借助多智能体的设计，农业物联网、传感器和智能装备得以连成一体，现代农业在控制和决策上都更智能、更高效。{footcite}`fn28`
#
# 生成式人工智能在田间的应用正逐步铺开，报告认为这让农业生产更精细、更智能。以下几个地方个案出自光明网的一篇报道：{footcite}`fn29`
#
# - 广州市从化区靠生成式人工智能实时监测、分析农田环境，再按数据随时调整灌溉和施肥。从化区农业农村局的统计显示，这项技术用上以后，该区农作物增产{glue:text}`conghua_crop_yield_increase`，品质也有明显改善。
# - 杭州市西湖区引进能自主导航、精准作业的无人驾驶播种机和收割机，生产效率明显提高，也省下了人力。业界的统计称，无人农机一天能不间断作业{glue:text}`unmanned_machinery_daily_hours`，作业效率能提高{glue:text}`unmanned_machinery_efficiency_gain`。
# - 甘肃省张掖市甘州区的农业示范区装了智能灌溉系统，告诉农民什么时候浇、浇多少，灌溉水的利用率随之提高。民乐县三堡镇的“大西洋”品种马铃薯示范基地用上智能灌溉后，每亩地省下了{glue:text}`minle_irrigation_saving_low`至{glue:text}`minle_irrigation_saving_per_mu_high`灌溉水，预计每亩可节水{glue:text}`minle_irrigation_saving_share`，单产也有所增加。
#
# 在销售端，电商平台借图像识别和数据分析辨别农产品的品类和品质，按消费者的浏览和购买记录推荐商品，还开起了虚拟数字人直播。报告认为，这样做让商家和顾客交流得更多、人工成本更低，顾客购物更有沉浸感，农产品也卖得更多、更值钱。广州市番禺区的农产品电商平台按顾客的购物记录和偏好推荐商品，并随季节和市场需求推送时令农产品；同在广州的增城区用数字人直播带货，数字人模仿真人的声音和动作，实时回答顾客的问题。前者提高了浏览转化率，后者让顾客觉得更有互动感，都带动了农产品的销售。{footcite}`fn30`
#
# (sec-agriculture-column)=
# ### 专栏：新疆的“试验田”
#
# 这个专栏转载自中国新闻网的一篇博览会报道（有删减）。{footcite}`fn31` {glue:text}`xinjiang_expo`上，无人驾驶拖拉机、植保无人机和立体农业智能机器人这些智能农机，很受国内外采购商关注。报道接着说，人工智能在农业里已用得很广；被视为人工智能农业重要“试验田”的新疆，既是农业大区，现代农业近年来也进展迅速。在数字农业服务商北京大蚯蚓数字科技有限公司的展位，国内外农机企业的代表正聚在以“人工智能+农机农艺融合”为题的沙龙上，谈人工智能在农业上的用处。这家公司的首席执行官认为，人工智能在农业上的长处在于深度学习和大数据分析：海量数据快速积累、模型随之训练，种植决策得以优化，作业流程走向自动化，环境资源也能管得更有效率；他还说，公司已在多地实践人工智能农业。
#
# 青岛沃途智能科技有限公司是家新兴企业，做的是电气化的智能农业机器人，主打立体果园从头到尾的智能化、机械化作业。公司总经理在现场对几位来自阿克苏地区的苹果种植户说，智能农业机器人正在改变全球果园的管理方式；他们的机器人结合了人工智能、自动驾驶和机械臂，已能完成果园作业的全流程，除草、精准打药、修剪枝条、施肥等{glue:text}`orchard_robot_core_tasks`核心环节都已覆盖。他认为新疆林果面积大、效益好，人工智能加持的智慧果园大有可为；他还说，这两天有不少阿克苏、吐鲁番的苹果和葡萄种植大户来咨询，对公司的机器人兴趣很浓。
#
# 国家农业智能装备工程技术研究中心首席专家、中国工程院院士赵春江回顾说，我国智慧农业技术先后经历了机械化、数字化、自动化和智能化几个阶段；他主张下一步多用人工智能，从技术攻关、产品研发做起，经过集成应用，最终引领农业、培育出产业。

# %%
reported = scenarios.reported(data.load("scenario_facts"), data.load("scenario_examples"))
fmt.glue_all(**texts.agriculture(reported))

# %% [markdown]
# (sec-manufacturing)=
# ## 工业制造
#
# ### 工业互联网的底座
#
# 报告的总体判断是：我国工业制造用生成式人工智能的水平明显提升，制造方式正因此走向智能化。它先讲工业互联网：基础设施在持续升级，正加快各行业的数字化、智能化转型。报告称工业互联网的功能体系已“超前布局”，列出的成果，本书按网络、标识解析、平台、数据与安全归类。网络方面，建成的 5G 行业虚拟专网{glue:text}`private_5g_networks`，5G 工厂{glue:text}`factories_5g`。标识解析方面，注册量{glue:text}`identifier_registrations`。平台方面，已培育的“双跨”平台（“双跨”即跨行业跨领域，本书注）{glue:text}`cross_industry_platforms`，重点平台接入的工业设备{glue:text}`key_platform_connected_devices`。数据和安全方面，国家工业互联网大数据中心正加快成体系地建设，装备制造业的数字供应链平台上汇聚了企业{glue:text}`supply_chain_platform_enterprises`、工业基础产品{glue:text}`supply_chain_platform_products`；负责监测工业互联网安全的国家级平台已基本建成，国家、省、企业三级在这个平台上联动。{footcite}`fn32` 这组数字，报告没有写明统计时点，所注来源（中国工业互联网研究院）也没有给出日期。
#
# 政策上，工业和信息化部等七部门在{glue:text}`equipment_renewal_plan`联合发布《推动工业领域设备更新实施方案》。方案要求新一代信息技术同制造“全过程、全要素深度融合”，在制造技术、工艺、管理和业务流程上求突破、求革新，人工智能、5G、边缘计算这些新技术也要更深地用进制造环节。{footcite}`fn33`

# %%
fmt.glue_all(**texts.industrial_internet(reported, data.load("industrial_internet")))

# %% [markdown]
# ### 入选的典型案例
#
# {glue:text}`cases_period`，工业和信息化部公示了人工智能赋能新型工业化典型应用的入选案例，共{glue:text}`cases_total`：行业应用{glue:text}`cases_industry_application`，装备产品{glue:text}`cases_equipment_product`，技术底座{glue:text}`cases_technology_base`，支撑保障{glue:text}`cases_support_guarantee`（{numref}`fig-industrial-cases`）。{footcite}`fn34`

# %%
cases = scenarios.cases(data.load("industrial_ai_cases"))
fmt.glue_all(**texts.cases(cases))
charts.bar_figure("fig-industrial-cases", **texts.cases_figure(cases))

# %% [markdown]
# ```{glue:figure} fig-industrial-cases
# :name: fig-industrial-cases
#
# 人工智能赋能新型工业化典型应用入选案例（{glue:text}`cases_period`，按类别；占全部入选案例的比例为本书计算）
# ```
#
# ### 工业大模型、机器人与行业合作
#
# 科技企业也凭着自身在人工智能和制造上的积累，做起了面向工业制造场景的专用大模型，报告举的是京东工业：它先后推出数智供应链解决方案“太璞”和一个名为“Joy industrial”的工业大模型。“太璞”要帮企业从头到尾压低成本：五花八门的非标工业品参数被整理成统一标准，采购因此透明、好管，管理成本大幅减少，集中采购也更有议价的底气；履约计划交给产业供应链大模型，由它综合成本、库存地点与供货量、配送时间、物流服务质量和结算期等变量来排；需求则靠大数据预测，做到“算法备货、少而不缺”，从而压低库存成本。Joy industrial 则专攻工业场景，发挥的是供应链方面的长处：它以工业大模型和供应链场景应用为“双引擎”，提供从底层算力、算法、数据直到应用的全栈产品，帮助产业降本增效，同时兼顾合规和供应保障。{footcite}`fn35`
#
# 另一条线是工业机器人。在报告看来，工业机器人与人工智能深度融合以后，能感知环境并自我调整、边用边学，还具备类似人的决策能力，柔性生产和智能协作都做得到，制造更快、更灵活；这种融合已是推动智能制造的重要力量。{glue:text}`ubtech_walker`，优必选发布了新一代{glue:text}`ubtech_walker_name`，还让它进入比亚迪的工厂实训搬运。报告称，这是全球首次让人形机器人同智能制造管理系统、工业移动机器人、无人叉车和无人物流车协同作业，有助于室内外物流走向无人化和规模化商用。优必选还自研了{glue:text}`ubtech_rosa_name`，这是夹在底层操作系统和上层应用之间的一层框架，以统一的内部研发平台为基础，调度机器人上的各类算法；这样底层算法能由自己掌控，也更安全。{footcite}`fn36` 国产机器人“出海”的步子也在加快，颇受外国企业欢迎。深圳炬星科技的仓储机器人能在狭窄空间里运行，承担类似包裹分拣员的工作；靠向炬星订购的{glue:text}`syrius_robots_ordered`机器人，日本一家物流中心把雇员由{glue:text}`syrius_client_staff_before`减为{glue:text}`syrius_client_staff_after`。{footcite}`fn37` 据报告所引的数据，{glue:text}`industrial_robot_output_period`我国工业机器人产量为{glue:text}`industrial_robot_output`，比上年增长{glue:text}`industrial_robot_output_growth`。{footcite}`fn38`
#
# 越来越多的传统制造企业在试着找科技公司合作，用人工智能改造自家业务。比如腾讯云宣布，它和合作伙伴在{glue:text}`tencent_qc_alliance`成立了工业人工智能质检生态联盟，并称已在 3C、锂电、光伏、半导体和汽车等{glue:text}`tencent_qc_industries`行业积累了大量人工智能质检方案，还做出了富驰高科等一批标杆项目。报告另写道，“单一企业”累计完成了{glue:text}`tencent_qc_single_firm_inspections`产品的外观检测；是哪家企业、这些成绩截至何时，报告都没有写，所注报道发表于{glue:text}`tencent_qc_source_period`。{footcite}`fn39` {glue:text}`netease_xcmg`，网易与徐工集团签署战略合作协议，推出两款产品：在搅拌站作业的无人装载机“黑灯工地”，以及让一个人管多台露天矿山挖掘机的“牧羊人”模式，以推动工程机械的智能化。{footcite}`fn40`

# %%
fmt.glue_all(**texts.industry_partners(reported))

# %% [markdown]
# (sec-manufacturing-column)=
# ### 专栏：华东的样板
#
# 这个专栏的标题是“部省政策‘组合拳’激活新型工业化华东样板”，内容转自新华网的一篇报道（有删减）。报道说，工业和信息化部办公厅在{glue:text}`east_china_tour`组织“新型工业化媒体调研行”华东站，到上海、江苏等地考察人工智能赋能新型工业化和国家高新区高质量发展的做法。{footcite}`fn41` 报道从上海的大模型和数智体验馆、苏州工业园区的产业集群、江苏的工业增速几方面展开，称张江高新区的大模型创新“引领潮流”；它认为，华东靠政策协同和科技创新两方面推动，正全力把这里打造成新型工业化的中国典范，人工智能这一新型工业化的“智核”已在这里形成“从基础层到应用层的完整生态”。下面几项做法和成绩都出自这篇报道：
#
# - 上海：按报道所说的“最新数据”，通过国家备案的生成式人工智能服务大模型已有{glue:text}`shanghai_filed_genai_models`，数量居全国{glue:text}`shanghai_rank`。在工业领域，上海试行 AEO（经认证的经营者）政策，企业可以“免申即享”，要过的检查流程少了很多。
# - 苏州与江苏：苏州工业园区的“人工智能+”行动计划“独具特色”，园区已先后推出{glue:text}`suzhou_ai_demo_scenarios`示范性的人工智能应用场景，还建了苏州超算中心等算力基础设施，并发布了大模型创新发展的行动计划。工业和信息化部揭榜挂帅的潜力单位中，有华兴源创、知行科技等企业；同元软控等工业软件企业占江苏入选名单的{glue:text}`jiangsu_list_industrial_software_share`（报道未说明是哪份名单）。报道认为，这些企业已形成“从算法研发到行业应用的完整链条”。江苏{glue:text}`jiangsu_industrial_value_added_growth_period`规模以上工业的增加值增长{glue:text}`jiangsu_industrial_value_added_growth`，工业用电也增长了{glue:text}`jiangsu_industrial_power_growth`，报道拿这两个数字说明“人工智能赋能下的产业活力”。
# - 全国：据工业和信息化部科技司介绍，工业和信息化部与财政部设立了规模{glue:text}`national_ai_industry_fund`的国家人工智能产业投资基金，正加快布局；科技司还提到，开源社区全球参与者数量位居{glue:text}`open_source_rank`（原文未说明统计对象和口径）；中国—金砖国家人工智能合作中心也已落地。部委和省里协同建设的国家人工智能创新应用先导区有{glue:text}`national_ai_pilot_zones`（北京、上海等），正推动相关产业聚到一起。
#
# 报道以部省政策协同的成效作结，认为华东样板正在为经济高质量发展提供动力。
#
# 本书注：专栏里上海的{glue:text}`shanghai_filed_genai_models`“大模型”出自{glue:text}`shanghai_filed_period`的报道；第三章的数字出自报告对截至{glue:text}`sh_filings_period`底全部已备案服务所在地的分析，报告写上海有{glue:text}`sh_filings`（报告前文以“款”计服务，这里写作“家”），{choose}``sh_tied|True=与{glue:text}`sh_filings_peers`并列{glue:text}`sh_filings_rank`|False=居{glue:text}`sh_filings_rank` ``。两处时点不同，口径也未必一致。{footcite}`report`

# %%
shanghai = scenarios.standing(data.load("filings_by_region"), "上海")
fmt.glue_all(**texts.east_china(reported), **texts.shanghai_filings(shanghai))

# %% [markdown]
# (sec-services)=
# ## 生活服务
#
# 报告认为，生活服务是生成式人工智能应用场景最广的领域，它也越来越深地影响着人们怎样生活、怎样工作。{footcite}`report` 下面依次看报告挑出的四个主要方向：智能搜索、内容创作、办公助手和智能硬件。
#
# (sec-search)=
# ### 智能搜索
#
# 报告的判断是，生成式人工智能产品原先是用来聊天的“对话工具”，如今已成了人们找信息的“信息获取工具”：当前主流产品绝大部分都带有智能搜索（即“AI 搜索”），豆包、元宝等产品甚至本质上已渐渐成为“具备内容创作、办公助手等功能的搜索引擎浏览器”。
#
# 各大搜索引擎厂商相继转向智能搜索，把它定为主攻方向。{glue:text}`new_bing`，微软推出接入 GPT 模型的新版搜索引擎 New Bing，报告视之为搜索引擎厂商在智能搜索上的第一次尝试。头部厂商对此比较谨慎：智能搜索赚钱的路子和传统搜索不一样，甚至会冲击原有的搜索广告业务；可用户已经尝到了生成式人工智能带来的全新体验，头部厂商终究只能跟上。百度先后推出“AI 搜”（{glue:text}`baidu_ai_search`）和“深度搜索”（{glue:text}`baidu_deep_search`），向智能搜索转得更快；报告给出的数据是，百度移动搜索结果页中人工智能生成内容的比例，从{glue:text}`baidu_before_period`的{glue:text}`baidu_before`{glue:text}`baidu_word`{glue:text}`baidu_now_period`的{glue:text}`baidu_now`（报告没有注明这组数据的出处和计算口径）。谷歌则在{glue:text}`google_ai_mode`上线了{glue:text}`google_ai_mode_name`。做生成式人工智能的 OpenAI 同样想进入搜索市场：它在{glue:text}`searchgpt_test`宣布了 SearchGPT 服务的测试计划，但到{glue:text}`searchgpt_not_open`，免费用户仍不能完整地用上它。{footcite}`report`
#
# 从使用体验看，报告认为智能搜索彻底改写了人和搜索引擎打交道的方式：搜索引擎原本是用户的“信息获取工具”，如今成了“智能办公助手”。用户可以像说话一样提问，不必先提炼关键词，模型会尽量揣摩其真实意图，反复改关键词的麻烦少了；得到的也不再是一长串链接组成的“瀑布流”，而是依据全网信息直接整理出的答案，还可以是表格、图片或视频，用户筛选和加工信息的时间也省了下来。等智能搜索和各种线上服务进一步打通，搜索引擎就能按用户的需要直接把服务送到手上，也就是所谓“搜索即服务”。{footcite}`report`

# %%
fmt.glue_all(**texts.search(reported))

# %% [markdown]
# (sec-search-column)=
# #### 专栏：美国的人工智能搜索广告
#
# 报告的这个专栏转载了环球网的一篇报道，报道援引路透社。{footcite}`fn42` 按市场研究机构 Emarketer 的数据，美国基于人工智能的搜索广告支出预计将从{glue:text}`ads_first_period`的{glue:text}`ads_first`激增到{glue:text}`ads_last_period`的{glue:text}`ads_last`（{numref}`fig-us-ai-search-ads`）；这部分支出在搜索广告总支出中的比例，预计从{glue:text}`ads_first_period`的{glue:text}`ads_share_first`升到{glue:text}`ads_last_period`的{glue:text}`ads_share_last`。
#
# Emarketer 认为，人工智能搜索广告让用户更方便、参与度更高，随着它日益普及，靠传统关键词搜索广告的公司可能出现收入下滑。报道还提到，越来越多的用户愿意用和聊天机器人对话的方式来搜索，一些公司的商业模式可能被人工智能给出的搜索结果打破。为了同 ChatGPT、Perplexity AI 这类直接给出信息、用户不必逐条点开结果的聊天机器人竞争，谷歌和必应都已加上人工智能功能；苹果则在研究给自家的 Safari 浏览器加进人工智能驱动的搜索。至于各行业，据 Emarketer 的报告，零售业采用得相对迟缓；金融服务、科技、电信、医疗保健等行业则较积极，它们认定这项技术对改进广告策略好处明显。

# %%
outlook = scenarios.ads_outlook(data.load("us_ai_search_ads"))
fmt.glue_all(**texts.search_ads(outlook))
charts.bar_figure("fig-us-ai-search-ads", **texts.search_ads_figure(outlook))

# %% [markdown]
# ```{glue:figure} fig-us-ai-search-ads
# :name: fig-us-ai-search-ads
#
# 美国基于人工智能的搜索广告支出（Emarketer 的估计与预测，经报告专栏转引；“多”“近”为原文约数；{glue:text}`ads_first_period`即原文的“今年”，按报道日期推定）
# ```
#
# (sec-creation)=
# ### 内容创作
#
# 在报告看来，生成式人工智能对内容创作的影响是颠覆性的：写文章、作图、做视频都快了许多，门槛也低了许多，普通用户几句简单的指令就能得到够得上专业水准的作品。视频生成尤其如此，最新的模型甚至能生成以假乱真的动态视频。版权纠纷和内容安全的隐患摆在那里，不过报告预期，它对各类内容创作的影响还会越来越明显。{footcite}`report`
#
# 先看游戏。报告预期，游戏的做法、玩法乃至整个行业赚钱的模式，都可能因这项技术而改变。玩家面对的不再只是预先写好的内容，游戏可以实时、因人而异地生成新内容，与角色的互动丰富得多；开发者则可以让工具自动做出逼真的角色、场景和音效，做游戏不再那么难，周期也大为缩短，小团队也有机会做大型游戏。报告还设想，成本再降、交互再进一步，就可能出现按个人娱乐需求定制的动态虚拟游戏空间，也就是它所说的真正意义上的“元宇宙”产品。{footcite}`report` 网易的游戏《逆水寒》在{glue:text}`nishuihan_npc`推出智能非玩家角色“沈秋索”，由 DeepSeek 驱动；按网易游戏的说法，它是游戏里头一个有喜怒哀乐、有思想，也有自己的成长故事的虚拟角色。{footcite}`fn43` {glue:text}`hunyuan_game`，腾讯推出“混元游戏”，这是一款工业级的游戏内容生产引擎，开发者可以用其中的文生图、图生视频模型来做美术素材，速度快了很多。{footcite}`fn44`
#
# 再看视频。报告认为，视频模型已经大量涌现，传统的制作流程随之被颠覆：用户写一段文字，模型就能生成一条逼真的视频，连剧情动作也一并做好。视频从耗时费力的实景制作变成了数字生成，花的钱少了，对技术的要求也低了，个人创作者也能做出电影级的画面，真正“所想即所得”。{footcite}`report` 拿 Sora 来说：{glue:text}`sora_open`，OpenAI 宣布它正式向用户开放；据所注报道，OpenAI 还和多家电影制片厂、经纪公司及媒体高管展开了合作对话，并让艺术家、知名演员和导演试用这项服务。{footcite}`fn45` 随后，谷歌、快手和字节跳动也各自拿出了视频模型（Veo、可灵 AI、PixelDance 等）；到{glue:text}`video_models_hd`，已有模型能输出{glue:text}`video_models_hd_name`，拍短视频、短剧和营销广告都用上了。{footcite}`report`
#
# (sec-office)=
# ### 办公助手
#
# 报告把办公看作生成式人工智能的又一大用武之地：靠自然语言理解和内容生成，办公软件从单纯的工具变成了能辅助决策的“智能伙伴”，文档、代码和数据分析中的重复劳动大大减少，办公也更智能。{footcite}`report`
#
# 先说文档。生成式人工智能已深度整合进办公软件：起草文档、润色和翻译、处理表格、生成幻灯片都能交给它，办公效率明显提高；更专业的企业级产品可以部署在用户自己的环境里（私有化部署），政企用户对数据安全与合规的要求因此能够满足。报告举的例子是：微软 Office 到{glue:text}`office_ai`已全面支持人工智能功能；金山办公的 WPS AI 主要提供内容创作、智慧助理和知识洞察三方面功能；金山办公还推出了企业级的私有化方案，用户可以把整套系统私有化部署，数据安全更有保障，系统也能自主可控。{footcite}`report`
#
# 再说写代码。软件开发的流程受生成式人工智能的影响越来越大。大模型能根据自然语言描述或一段代码，写出合乎语法、实现所需功能的代码，程序员可以把精力放在架构设计和难题上，开发的效率和质量都有提升；非专业的用户也能用自然语言完成基础的开发任务，技术因此更为普惠。百度、字节、美团等国内公司在{glue:text}`domestic_coding_tools`上半年都推出了自动编程工具：只要用自然语言把需求讲清楚，工具就能给出功能完整的代码。{glue:text}`codex_jules`，OpenAI 和谷歌也各自发布了编程工具 Codex 和 Jules；它们不光能照指令写代码，还能自己在虚拟环境里执行命令、跑测试，并解释和优化代码。{footcite}`report` 按谷歌的说法，到{glue:text}`google_ai_generated_code_share_period`，它有{glue:text}`google_ai_generated_code_share`的新代码出自人工智能。{footcite}`fn46`

# %%
fmt.glue_all(**texts.content_and_office(reported))

# %% [markdown]
# (sec-hardware)=
# ### 智能硬件
#
# 报告认为，多模态的生成式人工智能装进实体设备后，穿戴设备、智能家居和机器人在感知、判断、与人交互和完成复杂任务上都明显进步了。政策也在推动。中共中央办公厅、国务院办公厅于{glue:text}`consumption_plan`印发的《提振消费专项行动方案》提出开展“人工智能+”行动、促进“人工智能+消费”，要让自动驾驶、智能穿戴和机器人这类新产品、新技术更快研发出来、推广开来，培育成长性高的消费新赛道。{footcite}`fn47` 前文华东专栏提到的{glue:text}`national_ai_pilot_zones`国家人工智能创新应用先导区，是中央部委和地方政府一起推动建设的；双方还合作建起了具身智能机器人、人形机器人等领域的制造业创新中心，好让相关产业聚集起来。{footcite}`report`
#
# 机器人方面，{glue:text}`spring_gala`央视春晚的《秧BOT》节目，把具身机器人带到了普通观众面前，节目里的机器人出自宇树科技。{footcite}`report` 宇树的人形机器人已在个人消费、教育科研等场景广泛使用，宇树还占全球四足机器人销量的{glue:text}`unitree_quadruped_sales_share`、市场规模的{glue:text}`unitree_quadruped_market_size_share`。这两个份额所注的出处是{glue:text}`unitree_period`的一篇报道；报告没有交代它们的统计年份和口径，原句的主语还写作“宇树科技的人形机器人”，可份额说的是四足机器人市场，本书把它们归于公司。{footcite}`fn48` 公共服务也用上了机器人：深圳市坪山区在打造人工智能环卫机器人集群的应用示范场景，报告的说法是要做到“全域全时全场景”，坑梓、石井等街道已建成示范区；区里投入的人工智能环卫设备有{glue:text}`pingshan_ai_sanitation_devices`，还配了{glue:text}`pingshan_sanitation_command_centres`运营指挥中心和{glue:text}`pingshan_smart_supply_stations`智能补给站。{footcite}`fn49`
#
# 智能家居方面，美的在{glue:text}`midea_t6`发布人工智能空调“T6”。空调私有化部署了 DeepSeek R1 满血版大模型，由它来推理和决策，温度、湿度、风等多个维度（报告写作“温湿风净鲜”）都能自行感知、学习和调节。T6 还搭起多模型融合的架构，把美的自家的美言大模型同 DeepSeek、讯飞星火和豆包三个模型深度融合在一起；报告称，这重塑了人机交互的方式，用户用起来更方便。{footcite}`report`
#
# (sec-hardware-column)=
# #### 专栏：各地竞逐具身智能
#
# 报告的这个专栏转载了新华网的一篇报道（有删减），它梳理了各地的具身智能和人形机器人规划。受访专家预期，随着技术不断突破、产业生态逐步完善，具身智能和人形机器人这个新兴产业会成为现代化产业体系里的一支重要力量，进入家庭等更多场景的步子也会加快。{footcite}`fn50`
#
# - 北京：在{glue:text}`beijing_embodied_plan`北京市政府新闻办的专场新闻发布会上，北京给出了到{glue:text}`beijing_embodied_year`底的预期：要突破的关键技术有{glue:text}`beijing_embodied_key_tech_target`，国际领先的软硬件产品{glue:text}`beijing_embodied_leading_products_target`；北京还争取让成规模落地的具身智能机器人达到{glue:text}`beijing_embodied_robot_deployment_target`，产业集群的规模达到{glue:text}`beijing_embodied_cluster_scale_target`。同场发布的《北京具身智能科技创新与产业培育行动计划(2025-2027年)》把推动具身智能发展的工作分成四块：技术创新、平台支撑、场景牵引和生态优化。
# - 浙江：这里是“春晚机器人”的“原产地”，动手也早：{glue:text}`zhejiang_humanoid_plan`就印发了《浙江省人形机器人产业创新发展实施方案（2024-2027年）》，为全省的人形机器人产业预先做了布局；{glue:text}`zhejiang_work_report_name`又提出，把人形机器人与量子信息、类脑智能、合成生物、空天信息和低空经济等一起列为要加快布局的新产业新业态。浙江此举意在抢占未来竞争的制高点。
# - 广东：这里的人形机器人已经“组团”进厂“打螺丝”。{glue:text}`guangdong_plan`发布的《广东省建设现代化产业体系2025年行动计划》提出要大力推动人形机器人等具身智能机器人产业：加快突破机器人的“脑”、肢体、机体和关键核心部件，推动应用场景创新，“高标准建设省具身智能机器人创新中心”，独角兽企业和科技型领军企业则要引进、培育{glue:text}`guangdong_embodied_unicorns_target_low`至{glue:text}`guangdong_embodied_unicorns_target_high`。
#
# 按报道的不完全统计，出台扶持政策的省市已有{glue:text}`provinces_with_embodied_policies`，北京、上海、广东、浙江、山东、重庆都在其列；在这些地方，具身智能和人形机器人被看作带动经济高质量发展和产业升级的着力点。

# %%
fmt.glue_all(**texts.hardware(reported))

# %% [markdown]
# (sec-science)=
# ## 科学研究
#
# 报告认为，生成式人工智能在科研上的潜力还在不断被发掘，有望带来新的机遇和变革。用科研信息和实验数据训练出的科研大模型，能替研究者处理大量专业文献、从数据里找线索，让他们更快摸清前沿、找到值得做的方向；到了设计实验的阶段，它还能出主意，甚至先把实验在模型里模拟一遍，把参数调得更好、实验做得更快。{footcite}`report` 按报告的说法，科研大模型已在多个领域有所突破；本节介绍的几款分别涉及月球、地理与遥感、气象、海洋和太阳：
#
# - 中国科学院地球化学研究所与阿里云在{glue:text}`lunar_period`联合发布了国际首个“月球科学多模态专业大模型”。模型以阿里云的通义系列模型为基座，训练和微调在阿里云百炼专属版平台上完成，还用上了检索增强生成（RAG）等技术；判断月球撞击坑的年代和形态，它的准确率已达{glue:text}`crater_recognition_accuracy`。{footcite}`fn51`
# - {glue:text}`kunyuan`，全球首个多模态地理科学大模型“坤元”发布，研发单位有中国科学院地理科学与资源研究所、青藏高原研究所和自动化研究所等。从专业问答、读文献，到查数据、做挖掘分析、画专题地图，它覆盖了地理研究的多个环节，有望为地理科学研究添一把力，让重大发现来得更快。{footcite}`fn52` {glue:text}`kunyuan_follow_ups`，地理科学与资源研究所又发布了两款自研大模型“坤元·感东南”和“坤元·拟千海”（报告只写“8月”，年份按报告所注中国科学院页面的日期补出）。两款模型“分别针对路海构建智能检测与模拟技术体系”（“路海”疑为“陆海”之误），报告把它们看作人工智能进入遥感和海洋研究的一项重要成果，认为它们有望帮助区域遥感做到又准又快的探测，并为全球海洋的模拟提供支撑。{footcite}`fn53`
# - 阿里巴巴达摩院在{glue:text}`baguan_period`发布了“八观气象大模型”。把区域的多源数据叠进全球气象模型以后，它的网格最细可到{glue:text}`max_spatial_resolution`×{glue:text}`max_spatial_resolution`、时间上细到{glue:text}`max_temporal_resolution`。它对温度、辐照、风速等关键气象要素的预报大有改进，最先用在新能源比重高的新型电力系统上。据报道，它帮国网山东电力调控中心成功预报了多次极端天气，新能源发电功率和电力负荷的预测准确率分别升到{glue:text}`renewable_power_forecast_accuracy`和{glue:text}`power_load_forecast_accuracy`。{footcite}`fn54`
# - {glue:text}`yaohua_name`由中国科学院南海海洋研究所在{glue:text}`yaohua_period`发布。它分析了{glue:text}`underwater_images_analysed`水下影像，识别珊瑚种属的准确率为{glue:text}`coral_taxon_recognition_accuracy`；比起人工，效率高出{glue:text}`efficiency_vs_manual`。报告称之为一项技术突破，珊瑚礁调查数据从此能分析得更智能、更高效。珊瑚的覆盖率和健康状况，模型目前也能借助 SAM 图像分割技术量化出来，珊瑚礁研究的范式由此开始转变。{footcite}`fn55`
# - “金乌”是国家天文台{glue:text}`jinwu_period`推出的太阳大模型。对 M5 级耀斑，它的预报准确率{glue:text}`m5_flare_forecast_accuracy`，报告称这是该级别太阳预报的“最高水平”。“金乌”的输入是前一时段的观测图像和太阳物理参数，输出的是未来{glue:text}`flare_forecast_horizon`的耀斑预报；它还能外推下一时段的参数，并用扩散模型生成对应的模拟图像。{footcite}`fn56`
#
# “首个”“最高”这类评价，本书照录报告的说法。这些准确率出自研发方或媒体的报道，其中几项只给了下限（“以上”“超”）。八观的两个数字，是国网山东电力调控中心用上该模型后新能源发电功率和电力负荷的预测准确率（报告未写评测时段）；原文作“{glue:text}`renewable_power_forecast_accuracy`和{glue:text}`power_load_forecast_accuracy`”，“以上”是否也适用于前一个数字，原文没有交代。各项口径不同，{numref}`fig-science-accuracy` 只为便于查阅，不比高下。

# %%
science = data.load("science_models")
fmt.glue_all(**texts.science_models(reported, science))
charts.bar_figure("fig-science-accuracy", **texts.accuracy_figure(scenarios.accuracies(science)))

# %% [markdown]
# ```{glue:figure} fig-science-accuracy
# :name: fig-science-accuracy
#
# 科研大模型报道中的准确率（按模型发布时间排列；表中“时期”为发布年月，不是评测时间）
# ```
#
# (sec-science-column)=
# ### 专栏：AlphaEvolve
#
# 报告的科研专栏转载了环球网的一篇报道，题目说 AlphaEvolve 攻克了一道数学难题；下面的成绩都来自企业的发布和媒体的报道。{footcite}`fn57` {glue:text}`alphaevolve`，谷歌 DeepMind 在官网推出 AlphaEvolve，一个用来设计高级算法的编程智能体。按报道的介绍，它同谷歌的 Gemini 大模型深度集成，通用算法的发现和优化由它自动评估，帮助开发者高效地设计出质量好、运行快的矩阵算法。报道打了个比方：大模型负责出想法、写算法，AlphaEvolve 像“质检员”，按既定标准判断这些想法行不行。
#
# 数学上，谷歌让它挑战有{glue:text}`alphaevolve_kissing_problem_age`历史的“亲吻数”问题——在给定维数的空间里，同样大小的球最多能有几个同时贴住中间那个球，而彼此又不重叠？早在{glue:text}`kissing_problem`就有人讨论它，牛顿也为它争论过、研究过。在{glue:text}`alphaevolve_kissing_dimensions`空间里，AlphaEvolve 找到一个由{glue:text}`alphaevolve_kissing_outer_spheres`外层球体构成的结构，把下界推高到数学家此前的纪录之上（专栏标题说“攻克”，正文说的是刷新下界）。此外，从一个极简的代码框架出发，它给新型的梯度优化程序做出了不少部件，还找到了多种新的矩阵乘法算法，其中一种计算{glue:text}`alphaevolve_matrix_order`复值矩阵乘法只用{glue:text}`alphaevolve_scalar_multiplications`标量乘法，比 Strassen 在{glue:text}`strassen`提出、此前被视为这一场景下最佳的算法更进了一步。
#
# 据介绍，用于 Gemini 的模型架构时，它把大规模矩阵乘法拆成一个个更好算的小问题，核心计算的效率提升了{glue:text}`alphaevolve_gemini_kernel_speedup`，整体训练时间缩短{glue:text}`alphaevolve_training_time_reduction`，报道称这“有效节省了大量成本”；它还优化了 GPU 的底层指令，让 Transformer 类模型里 FlashAttention 的核心计算最多快了{glue:text}`alphaevolve_flashattention_speedup`。
#
# 在接受外媒 VentureBeat 采访时，谷歌 DeepMind 的研究员 Matej Balog 说，AlphaEvolve 能发现极其复杂的算法，代码长达{glue:text}`alphaevolve_algorithm_code_lines`，逻辑结构远比简单函数复杂。据这篇报道，DeepMind 眼下正和 People+AI 研究团队合作，给 AlphaEvolve 做一个好用的交互界面，还打算向选定的学术用户开放早期试用。

# %%
fmt.glue_all(**texts.alphaevolve(reported))

# %% [markdown]
# ## 数据与来源
#
# 本章用到下面几张数据表，其中两张借自本书别的章节：第三章的已备案服务地区分布表，以及第五章的投融资表（本章只用其中国家人工智能基金一项）。报告第五章另提到{glue:text}`other_fund_period`设立的“国家人工智能基金”，规模{glue:text}`other_fund`（所注来源为中国政府网），{choose}`fund_same_size|True=和华东专栏里国家人工智能产业投资基金的规模相同|False=和华东专栏里国家人工智能产业投资基金的规模不同`；两者是不是同一只基金，报告没有说明。

# %%
fmt.glue_all(**texts.other_fund(reported, data.load("financing_facts").set_index("key").loc["national_ai_fund"]))
sources.resource_list(["scenario_facts", "scenario_examples", "industrial_internet", "industrial_ai_cases",
                       "us_ai_search_ads", "science_models", "filings_by_region", "financing_facts"])

# %% [markdown]
# ```{footbibliography}
# ```
