# %% [markdown]
# # 典型应用场景
#
# 报告把人工智能看作引领这一轮科技革命和产业变革的战略性技术，它带动面很广，是发展新质生产力的重要动力。据人民网报道，我国已有覆盖基础层、框架层、模型层和应用层的完整人工智能产业体系，大模型正加快进入电子、原材料、消费品等行业，从研发、中试到生产和运营管理都有应用。{footcite}`fn25` 在人工智能的各个分支中，生成式人工智能眼下最受关注，各行各业都在尝试把它接入业务，以提高工作的质量和效率；多模态能力大幅提升以后，图文音视频都能直接交给模型处理，它的用途随之更广。报告预期，技术迭代加快以后，生成式人工智能会进入更多行业，在经济高质量发展和社会治理中发挥更大的作用。{footcite}`report`
#
# 本章沿着报告的顺序，依次看农业生产、工业制造、生活服务和科学研究四个领域。几组有代表性的数字：
#
# - 工业方面，入选人工智能赋能新型工业化典型应用的案例共{glue:text}`cases_total`，四类中{glue:text}`cases_top_label`最多（本书比较，{numref}`fig-industrial-cases`）。
# - 搜索方面，百度移动搜索结果页中人工智能生成内容的占比，从{glue:text}`baidu_before_period`的{glue:text}`baidu_before`{glue:text}`baidu_word`{glue:text}`baidu_now_period`的{glue:text}`baidu_now`。
# - 广告方面，市场研究机构 Emarketer 预计，到{glue:text}`ads_last_period`美国人工智能搜索广告的支出将达{glue:text}`ads_last`（{numref}`fig-us-ai-search-ads`）。
#
# 本章的数字来源不一：有全国性的统计（工业互联网指标、工业机器人产量、入选案例），有省级统计、企业数据和机构预测，更多的是地方部门、企业或媒体公布的单个案例的效果。它们时点不一，口径各异，既不能相互加总，也不能当作行业的平均水平。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
from genai_book import charts, data, fmt, series, sources
from genai_book.facts import scenarios

data.use(data_dir, as_of)

# %%
facts = data.load("scenario_facts")
examples = data.load("scenario_examples")
single = scenarios.once(facts)
when = scenarios.dates(examples)
named = examples.set_index("key")["example"]


def dates(*keys: str) -> dict[str, str]:
    """The named examples' dates, glued under their keys in scenario_examples."""
    return {key: fmt.period(when[key]) for key in keys}


def later(key: str, after: str) -> str:
    """A named example's date written after another's: the year they share is left out (2025年1月…5月)."""
    return fmt.period(when[key], since=when[after])


# %% [markdown]
# ## 农业生产
#
# 报告先交代背景：农业已在试用生成式人工智能，政策层面也有部署。{glue:text}`agri_smart_guidance`，农业农村部发布《农业农村部关于大力发展智慧农业的指导意见》和《全国智慧农业行动计划（2024—2028年）》（报告正文多“战略”二字，疑为笔误；标题按报告脚注所链的中国政府网原文）。{footcite}`fn26,fn27` 两份文件都要求推动以物联网、人工智能等为代表的信息技术在农业农村全面普及，并加快把人工智能大模型用于农业农村的科研、生产经营和管理服务等重点领域。{glue:text}`agri_power_plan`，中共中央、国务院印发《加快建设农业强国规划（2024—2035年）》，又把“加快农业科技创新水平整体跃升”列为重要目标之一。{footcite}`report`
#
# 模型研发上，报告说科研机构和科技企业都在探索农业大模型，也建了示范基地，推动大模型在种养等领域落地应用。中国农业大学农业大模型研究团队在{glue:text}`shennong`发布了{glue:text}`shennong_name`。据该校介绍，它能答农业问题、理解和摘要文本、辅助决策推理，在图像、声音、视频和文件等多模态交互上也有了重要进展，能用在从育种到养殖的多个场景，还延伸到农业遥感和气象；借助多智能体的设计，它把农业物联网、传感器和智能装备深度融合在一起，显著提升了现代农业的智能控制和决策效率。{footcite}`fn28`
#
# 生产环节的几个例子都出自光明网的同一篇报道，是地方个案，并非全国统计：{footcite}`fn29`
#
# - 广州市从化区用生成式人工智能实时监测和分析农田环境，据此动态调整灌溉和施肥。从化区农业农村局统计，应用后全区农作物增产{glue:text}`conghua_crop_yield_increase`，品质也明显提升。
# - 杭州市西湖区用上了自主导航、精准作业的无人驾驶播种机和收割机，生产效率大为提高，人力成本随之减少。报告引业界统计称，无人农机一天{glue:text}`unmanned_machinery_daily_hours`都能作业，效率提高{glue:text}`unmanned_machinery_efficiency_gain`。
# - 甘肃省张掖市甘州区的农业示范区引入智能灌溉系统，告诉农民何时浇、浇多少，提高了灌溉水的利用率。民乐县三堡镇的大西洋马铃薯示范基地用上同类系统后，每亩少用水{glue:text}`minle_irrigation_saving_low`至{glue:text}`minle_irrigation_saving_per_mu_high`，预计亩均节水{glue:text}`minle_irrigation_saving_share`，亩产也有所提高。
#
# 销售环节，报告没有给出数字。按它的概括，电商平台用图像识别和数据分析判断农产品的品类和品质，按消费者的浏览和购买记录推荐商品，还引入了虚拟数字人直播；报告称这些做法降低了人工成本，改善了购物体验，也提高了农产品的附加值和销量。广州市番禺区的农产品电商平台按顾客的购物记录和偏好推荐商品，并随季节和市场需求推送时令农产品；同在广州的增城区用数字人直播带货，数字人模仿真人的声音和动作，实时回答顾客的问题。据报告，前者提高了浏览转化率，后者增强了顾客的互动感，都带动了销售。{footcite}`fn30`
#
# ### 专栏：新疆的“试验田”
#
# 报告的这个专栏转载了中国新闻网的一篇博览会报道。报道说，新疆农业体量大、现代农业进展快，被视为人工智能用于农业的重要“试验田”。{footcite}`fn31` 在{glue:text}`xinjiang_expo`上，无人驾驶拖拉机、植保无人机、立体农业智能机器人等智能农机前围满了国内外的采购商。在数字农业服务商北京大蚯蚓数字科技有限公司的展位前，国内外农机企业的代表正围绕“人工智能+农机农艺融合”开沙龙，讨论人工智能怎样赋能农业生产。这家公司的首席执行官认为，人工智能靠深度学习和大数据训练模型，能帮农户优化种植决策、让作业自动化，也能更高效地管理环境资源；公司已在多地实践。
#
# 青岛沃途智能科技有限公司研发电气化的智能农业机器人，为立体果园提供智能化、机械化的整体方案。公司总经理向几位来自阿克苏地区的苹果种植户介绍，他们的立体农业智能机器人结合了人工智能、自动驾驶和机械臂，已覆盖果园作业的全流程，包括除草、打药等{glue:text}`orchard_robot_core_tasks`核心环节。他认为新疆林果种植面积大、经济效益好，建设人工智能赋能的智慧果园潜力很大；他还说，这两天有很多来自阿克苏、吐鲁番等地的苹果和葡萄种植大户来咨询，对机器人很感兴趣。中国工程院院士赵春江则回顾说，我国智慧农业技术从最简单的机械化起步，经过数字化、自动化，再到智能化，一直在迭代；他认为今后应加强人工智能在农业上的应用，沿着“技术攻关、产品研发、集成应用、引领农业、培育产业”的路径发展。

# %%
fmt.glue_all(
    **dates("agri_smart_guidance", "agri_power_plan", "shennong"),
    shennong_name=named["shennong"],
    xinjiang_expo=named["xinjiang_expo"],
    **fmt.rows(single, "conghua_crop_yield_increase", "unmanned_machinery_daily_hours",
               "unmanned_machinery_efficiency_gain", "minle_irrigation_saving_per_mu_high",
               "minle_irrigation_saving_share", "orchard_robot_core_tasks"),
    minle_irrigation_saving_low=fmt.number(single.loc["minle_irrigation_saving_per_mu_low", "value"]),
)

# %% [markdown]
# ## 工业制造
#
# ### 工业互联网的底座
#
# 按报告的判断，生成式人工智能在我国制造业里用得越来越深，已经推动制造方式走向智能化。报告先说工业互联网：基础设施在持续升级，正加快各行业的数字化、智能化转型。报告列出的建设成果中，标识解析的注册量{glue:text}`identifier_registrations`，重点平台连接的工业设备{glue:text}`key_platform_connected_devices`，已培育的“双跨”（跨行业跨领域）平台有{glue:text}`cross_industry_platforms`；网络上，5G 行业虚拟专网已建成{glue:text}`private_5g_networks`，5G 工厂{glue:text}`factories_5g`；装备制造业数字供应链平台上已有{glue:text}`supply_chain_platform_enterprises`企业，汇集的工业基础产品{glue:text}`supply_chain_platform_products`。此外，国家工业互联网大数据中心体系在加快建设，国家、省、企业三级联动的国家级工业互联网安全监测平台也已基本建成。{footcite}`fn32` 这组数字，报告没有写明统计时点，所注来源（中国工业互联网研究院）也没有给出日期。
#
# 政策上，工业和信息化部等七部门在{glue:text}`equipment_renewal_plan`联合发布《推动工业领域设备更新实施方案》，要求把人工智能、5G、边缘计算等新技术更深地用到制造的各个环节，让新一代信息技术与制造全面融合。{footcite}`fn33`

# %%
internet = data.load("industrial_internet").set_index("indicator")
fmt.glue_all(
    **dates("equipment_renewal_plan"),
    **fmt.rows(internet, "private_5g_networks", "factories_5g", "identifier_registrations", "cross_industry_platforms",
               "key_platform_connected_devices", "supply_chain_platform_enterprises",
               "supply_chain_platform_products"),
)

# %% [markdown]
# ### 入选的典型案例
#
# {glue:text}`cases_period`，工业和信息化部公示了人工智能赋能新型工业化典型应用的入选案例，共有{glue:text}`cases_total`入选：技术底座{glue:text}`cases_technology_base`，行业应用{glue:text}`cases_industry_application`，装备产品{glue:text}`cases_equipment_product`，支撑保障{glue:text}`cases_support_guarantee`（{numref}`fig-industrial-cases`）。{footcite}`fn34`

# %%
cases = scenarios.cases(data.load("industrial_ai_cases"))
by_category = cases.ranked.set_index("category")
fmt.glue_all(
    cases_period=fmt.period(cases.top["as_of"]),
    cases_total=fmt.with_unit(cases.total, cases.top["unit"]),
    cases_top_label=cases.top["label"],
    cases_technology_base=fmt.describe(by_category.loc["technology_base"]),
    cases_industry_application=fmt.describe(by_category.loc["industry_application"]),
    cases_equipment_product=fmt.describe(by_category.loc["equipment_product"]),
    cases_support_guarantee=fmt.describe(by_category.loc["support_guarantee"]),
)
charts.bar_figure(
    "fig-industrial-cases", cases.ranked, "label", category_title="类别", value_title="入选案例（项）",
    alt_title=f"{fmt.period(cases.top['as_of'])}人工智能赋能新型工业化典型应用入选案例，按类别",
    labels=[f"{fmt.describe(row)}（{fmt.pct(cases.share(row))}）" for _, row in cases.ranked.iterrows()],
    extra_columns={"占全部入选案例": [fmt.pct(cases.share(row)) for _, row in cases.ranked.iterrows()]},
)

# %% [markdown]
# ```{glue:figure} fig-industrial-cases
# :name: fig-industrial-cases
#
# 人工智能赋能新型工业化典型应用入选案例（{glue:text}`cases_period`，按类别；括号内为占全部入选案例的比例，本书计算）
# ```
#
# ### 工业大模型、机器人与行业合作
#
# 模型研发上，报告说科技企业正把自己在人工智能和工业制造上的技术积累，做成专供工业场景的大模型产品。京东工业先后推出数智供应链解决方案“太璞”和工业大模型“Joy industrial”。“太璞”帮企业在整条链路上降本，覆盖采购、履约和运营：靠统一非标工业品的参数、集中采购来节省管理成本、增强议价能力，靠产业供应链大模型综合成本、库存、配送等因素排定履约计划，靠需求预测做到“算法备货、少而不缺”，压低库存成本。“Joy industrial”锁定工业场景、突出供应链优势，以工业大模型加供应链场景应用的“双引擎”驱动，提供从算力、算法、数据到应用的全栈产品，帮助企业降本增效、合规保供。{footcite}`fn35`
#
# 工业生产上，报告认为，接入人工智能的工业机器人能自己感知环境、持续学习、像人一样决策，可以胜任柔性生产和智能协作，制造的效率和灵活性都大为提高。{glue:text}`ubtech_walker`，优必选发布新一代{glue:text}`ubtech_walker_name`，并送进比亚迪的工厂做搬运实训；报告称这是全球首次有人形机器人同无人物流车、无人叉车、工业移动机器人以及智能制造管理系统一起协同作业，有助于室内外物流场景的无人化和规模化商业落地。优必选还自研了{glue:text}`ubtech_rosa_name`，它介于底层操作系统和上层业务应用之间，能调度部署在机器人本体上的各个算法模块，保证底层算法自主可控、安全。{footcite}`fn36` 国产机器人也在走向海外，并受到外国企业的欢迎：深圳炬星科技的仓储机器人能在狭小空间里运行，做类似包裹分拣员的工作，日本一家物流中心向炬星科技订购了{glue:text}`syrius_robots_ordered`机器人后，雇员从{glue:text}`syrius_client_staff_before`减到了{glue:text}`syrius_client_staff_after`。{footcite}`fn37` 报告还引用数据：{glue:text}`industrial_robot_output_period`全国工业机器人产量为{glue:text}`industrial_robot_output`，比上年增长{glue:text}`industrial_robot_output_growth`。{footcite}`fn38`
#
# 行业合作上，报告说传统制造企业越来越多地找科技公司合作做智能化改造，并举了两例。腾讯云宣布，它与合作伙伴在{glue:text}`tencent_qc_alliance`成立了工业人工智能质检生态联盟。据报告，腾讯云和伙伴已在 3C、锂电、光伏、半导体和汽车等{glue:text}`tencent_qc_industries`行业领域积累了人工智能质检方案，其中一家企业累计检测了{glue:text}`tencent_qc_single_firm_inspections`产品的外观（报告原文作“单一企业”，未说明是哪家），还打造了富驰高科等一批标杆项目。报告没有写明这些成绩截至何时，所注来源是{glue:text}`tencent_qc_source_period`的报道。{footcite}`fn39` {glue:text}`netease_xcmg`，网易与徐工集团签署战略合作协议，发布了用于搅拌站的“黑灯工地”无人装载机，以及露天矿山挖掘机“一人多机”的“牧羊人”模式产品，推动工程机械行业的智能化。{footcite}`fn40`

# %%
fmt.glue_all(
    **dates("ubtech_walker", "tencent_qc_alliance", "netease_xcmg"),
    ubtech_walker_name=named["ubtech_walker"],
    ubtech_rosa_name=named["ubtech_rosa"],
    **fmt.rows(single, "syrius_robots_ordered", "syrius_client_staff_before", "syrius_client_staff_after",
               "industrial_robot_output", "industrial_robot_output_growth", "tencent_qc_industries",
               "tencent_qc_single_firm_inspections"),
    industrial_robot_output_period=fmt.period(single.loc["industrial_robot_output", "as_of"]),
    tencent_qc_source_period=fmt.period(single.loc["tencent_qc_single_firm_inspections", "as_of"]),
)

# %% [markdown]
# ### 专栏：华东的样板
#
# 工业和信息化部办公厅在{glue:text}`east_china_tour`组织了“新型工业化媒体调研行”的华东站活动，到上海、江苏等地考察人工智能赋能新型工业化和国家高新区高质量发展的实践，报告转载了新华网对这次调研的报道，题为《部省政策“组合拳”激活新型工业化华东样板》。{footcite}`fn41` 报道举了四个看点：张江高新区的大模型创新（报道称其“引领潮流”）、苏州工业园区产业集群的突破、上海数智体验馆展示的未来场景和江苏工业的强劲增长；它还说，人工智能这个新型工业化的“智核”已在华东形成“从基础层到应用层的完整生态”。在报道看来，华东有政策协同和科技创新两股力量推动，正全力争做新型工业化的中国典范。报道提到的做法和成绩如下：
#
# - 在上海，通过国家备案的生成式人工智能服务大模型已有{glue:text}`shanghai_filed_genai_models`，报道称数量居全国{glue:text}`shanghai_rank`。报道还提到，上海在工业领域试点 AEO（经认证的经营者）政策，企业“免申即享”，少了许多检查环节。
# - 在江苏，苏州工业园区发布了大模型创新发展行动计划，建设苏州超算中心等算力设施，累计推出的示范性人工智能应用场景有{glue:text}`suzhou_ai_demo_scenarios`。华兴源创、知行科技等企业进入了工业和信息化部揭榜挂帅的潜力单位名单；在江苏的入选名单中，工业软件企业（如同元软控）占到{glue:text}`jiangsu_list_industrial_software_share`；报道称，江苏由此形成了从算法研发到行业应用的完整链条。{glue:text}`jiangsu_industrial_value_added_growth_period`，江苏规模以上工业增加值增长{glue:text}`jiangsu_industrial_value_added_growth`，工业用电增速为{glue:text}`jiangsu_industrial_power_growth`，报道认为这两项数字体现了人工智能赋能下的产业活力。
# - 在全国层面，据工业和信息化部科技司介绍，工业和信息化部与财政部设立的{glue:text}`national_ai_fund`国家人工智能产业投资基金正在加快布局；按全球参与者的数量，我国开源社区排在{glue:text}`open_source_rank`；中国—金砖国家人工智能合作中心也已落地。报道还提到，北京、上海等{glue:text}`national_ai_pilot_zones`国家人工智能创新应用先导区由部省协同建设，正在推动产业集聚。
#
# 报道的结语是：部省“组合拳”持续发力，华东样板正为经济高质量发展注入动能。
#
# 专栏里上海的{glue:text}`shanghai_filed_genai_models`“大模型”出自{glue:text}`shanghai_filed_period`的报道；第三章的数字是截至{glue:text}`sh_filings_period`已备案服务的所在地分布，报告写上海有{glue:text}`sh_filings`（报告前文以“款”计服务，这里写作“家”），{choose}``sh_tied|True=与{glue:text}`sh_filings_peers`并列{glue:text}`sh_filings_rank`|False=居{glue:text}`sh_filings_rank` ``。两处时点不同，口径也未必一致，不宜直接比较。{footcite}`report`

# %%
shanghai = scenarios.standing(data.load("filings_by_region"), "上海")
fund = data.load("financing_facts").set_index("key").loc["national_ai_fund"]
fmt.glue_all(
    **dates("east_china_tour"),
    **fmt.rows(single, "shanghai_filed_genai_models", "suzhou_ai_demo_scenarios",
               "jiangsu_list_industrial_software_share", "national_ai_pilot_zones",
               "jiangsu_industrial_value_added_growth", "jiangsu_industrial_power_growth"),
    shanghai_rank=fmt.ordinal(single.loc["shanghai_filed_genai_models_rank", "value"]),
    shanghai_filed_period=fmt.period(single.loc["shanghai_filed_genai_models", "as_of"]),
    national_ai_fund=fmt.describe(fund),
    open_source_rank=fmt.ordinal(single.loc["open_source_participants_rank", "value"]),
    jiangsu_industrial_value_added_growth_period=fmt.period(
        single.loc["jiangsu_industrial_value_added_growth", "as_of"]),
    sh_filings_period=fmt.period(shanghai.row["as_of"]),
    sh_filings=fmt.describe(shanghai.row),
    sh_tied=bool(shanghai.peers),
    sh_filings_peers=fmt.join(shanghai.peers),
    sh_filings_rank=fmt.ordinal(shanghai.rank),
)

# %% [markdown]
# ## 生活服务
#
# 报告认为这是生成式人工智能用得最广的领域，它正在越来越深地改变人们的生活和工作。下面分四块介绍：智能搜索、内容创作、办公助手和智能硬件。
#
# ### 智能搜索
#
# 报告指出，如今绝大部分主流生成式人工智能产品都带有智能搜索（也叫“AI 搜索”）功能，这类产品已经从“对话工具”变成了“信息获取工具”。报告甚至说，豆包、元宝这类产品本质上已逐渐成为“具备内容创作、办公助手等功能的搜索引擎浏览器”。
#
# 报告说，主流搜索引擎厂商已经陆续把智能搜索当作主要的发展方向，不过头部厂商一度态度慎重。{glue:text}`new_bing`，微软发布接入 GPT 模型的新版搜索引擎 New Bing，这是搜索引擎厂商第一次尝试智能搜索。它们的顾虑在于，智能搜索的商业模式和传统搜索不一样，甚至会冲击自家的搜索广告；可生成式人工智能带来的体验与传统搜索截然不同，它们最终不得不跟进。百度{glue:text}`baidu_ai_search`正式上线“AI 搜”，{glue:text}`baidu_deep_search`又推出“深度搜索”，加快向智能搜索转型；据报告引用的数据，其移动搜索结果页中人工智能生成内容所占的比例，已从{glue:text}`baidu_before_period`的{glue:text}`baidu_before`{glue:text}`baidu_word`{glue:text}`baidu_now_period`的{glue:text}`baidu_now`（报告没有注明这组数据的出处和计算口径）。谷歌在{glue:text}`google_ai_mode`正式发布{glue:text}`google_ai_mode_name`。生成式人工智能厂商 OpenAI 也想进入搜索市场：它在{glue:text}`searchgpt_test`宣布了 SearchGPT 服务的测试计划，但到{glue:text}`searchgpt_not_open`，这项服务仍未向免费用户完全开放。{footcite}`report`
#
# 用户的体验也变了。报告认为，智能搜索彻底重构了搜索引擎的交互方式，让它从用户的“信息获取工具”升格为“智能办公助手”。提问可以用口语，不必提炼关键词，模型会尽量猜准用户的真实意图；结果不再是一长串链接的“瀑布流”，而是依据全网信息整理好的答案，还可以是表格、图片或视频。反复改关键词、逐条筛选链接的工夫，都省了不少。等智能搜索与各类线上服务进一步打通，搜索引擎就能按用户的需求直接提供服务，报告称之为“搜索即服务”。{footcite}`report`

# %%
baidu_rows = facts[facts["key"] == "baidu_mobile_search_aigc_share"]
baidu = series.change(baidu_rows, series.periods(baidu_rows)[-1], key="baidu_mobile_search_aigc_share")
fmt.glue_all(
    **dates("new_bing", "baidu_ai_search", "google_ai_mode", "searchgpt_test", "searchgpt_not_open"),
    baidu_deep_search=later("baidu_deep_search", after="baidu_ai_search"),
    google_ai_mode_name=named["google_ai_mode"],
    baidu_before_period=fmt.period(baidu.before_period),
    baidu_now_period=fmt.period(baidu.period, since=baidu.before_period),
    baidu_before=fmt.pct(baidu.before, 0),
    baidu_now=fmt.pct(baidu.now, 0),
    baidu_word=fmt.change_word(baidu.delta, up="升至", down="降至", same="保持在"),
)

# %% [markdown]
# #### 专栏：美国的人工智能搜索广告
#
# 报告的这个专栏转载了环球网的一篇报道，报道援引路透社。{footcite}`fn42` Emarketer 估计，美国基于人工智能的搜索广告支出在{glue:text}`ads_first_period`（原文为“今年”，按报道日期）有{glue:text}`ads_first`，预计到{glue:text}`ads_last_period`将猛增至{glue:text}`ads_last`（{numref}`fig-us-ai-search-ads`）；它在搜索广告总支出中的比例，预计从{glue:text}`ads_first_period`的{glue:text}`ads_share_first`升到{glue:text}`ads_last_period`的{glue:text}`ads_share_last`。
#
# Emarketer 认为，人工智能搜索广告给用户带来更大的便利和更高的参与度，随着它日益普及，依赖传统关键词搜索广告的公司可能出现收入下滑。报道还说，用户越来越习惯用聊天机器人做对话式搜索，人工智能驱动的搜索结果可能颠覆一些公司的商业模式。谷歌、必应都加了人工智能功能，来应对 ChatGPT、Perplexity AI 这类直接给答案、用户不必逐条点开结果的聊天机器人；苹果也在探索给 Safari 浏览器加上人工智能驱动的搜索。Emarketer 的报告还说，金融服务、科技、电信和医疗保健等行业看到了用人工智能优化广告策略的明显好处，正在积极采用，零售业则慢一些。

# %%
ads = data.load("us_ai_search_ads")
outlook = scenarios.ads_outlook(ads)
first, last = outlook.spend.iloc[0], outlook.spend.iloc[-1]
fmt.glue_all(
    ads_first_period=fmt.period(first["as_of"]),
    ads_last_period=fmt.period(last["as_of"]),
    ads_first=fmt.describe(first),
    ads_last=fmt.describe(last),
    ads_share_first=fmt.describe(outlook.share.iloc[0]),
    ads_share_last=fmt.describe(outlook.share.iloc[-1]),
)
charts.bar_figure(
    "fig-us-ai-search-ads", outlook.spend.assign(年份=outlook.spend["as_of"].map(fmt.period)), "年份",
    category_title="年份", value_title="美国基于人工智能的搜索广告支出（亿美元）", sort=list(outlook.spend["as_of"].map(fmt.period)),
    alt_title="美国基于人工智能的搜索广告支出，Emarketer 的估计与预测（柱长按原文数字画出）",
    extra_columns={"占搜索广告总支出": [fmt.describe(row) for _, row in outlook.share.iterrows()]},
)

# %% [markdown]
# ```{glue:figure} fig-us-ai-search-ads
# :name: fig-us-ai-search-ads
#
# 美国基于人工智能的搜索广告支出（Emarketer 的估计与预测，经报告专栏转引；“多”“近”为原文约数）
# ```
#
# ### 内容创作
#
# 在报告看来，生成式人工智能对内容创作的影响是颠覆性的：写文章、作图、做视频都快了许多，门槛也低了许多，普通用户几句简单的指令就能得到够得上专业水准的作品。视频生成尤其如此，最新的模型甚至能生成以假乱真的动态视频。尽管还有版权纠纷和内容安全的隐患，报告仍预期这种影响会在各类内容创作中进一步显现。{footcite}`report`
#
# 先看游戏。报告认为，这项技术有望改变游戏的开发方式和玩家的互动体验，进而推动整个游戏产业商业模式的变革。玩家面对的不再只是预先写好的内容，游戏可以实时、因人而异地生成新内容，与角色的互动丰富得多；开发者则可以让工具自动做出逼真的角色、场景和音效，开发门槛和周期大大降低，小团队也有机会做大型游戏。报告还设想，等创作成本显著下降、交互方式继续进步，按个人娱乐需求量身定做的动态虚拟游戏世界也有望出现，那将是真正意义上的“元宇宙”产品。{footcite}`report` 报告举了两个例子。网易的游戏《逆水寒》在{glue:text}`nishuihan_npc`推出智能非玩家角色“沈秋索”，由 DeepSeek 驱动；网易称它是游戏里第一个有喜怒哀乐、有情绪、有思想、会成长、有故事的虚拟角色。{footcite}`fn43` 同年{glue:text}`hunyuan_game`，腾讯推出面向开发者的“混元游戏”，这款工业级的游戏内容生产引擎带有文生图和图生视频模型，让美术素材的制作快了很多。{footcite}`fn44`
#
# 再看视频。报告认为，大量涌现的视频模型已经颠覆了传统的制作流程：一段文字就能变成带场景、角色、音效乃至剧情动作的逼真视频。拍摄变成了生成，资金和技术门槛大大降低，个人创作者也能做出电影级的画面，真正“所想即所得”。OpenAI 在{glue:text}`sora_open`宣布 Sora 正式向用户开放，还与多家电影制片厂、媒体高管和经纪公司展开了合作对话，让艺术家、知名演员和导演试用这项视频生成服务。{footcite}`fn45` 报告接着提到谷歌 Veo、快手可灵 AI、字节跳动 PixelDance 等视频模型；截至{glue:text}`video_models_hd`，最新的视频模型已能生成{glue:text}`video_models_hd_name`，用在短视频、短剧创作和营销广告等场景。{footcite}`report`
#
# ### 办公助手
#
# 报告把办公列为生成式人工智能的主要应用场景之一：靠自然语言理解和内容生成，办公软件从“工具”变成了能辅助决策的“智能伙伴”，写文档、写代码、做分析时少了许多重复劳动，办公也更智能。{footcite}`report`
#
# 文档处理方面，生成式人工智能已深度整合进办公软件，写文档、改文档、做表格和幻灯片都能帮上忙，办公效率明显提高；企业级产品还能私有化部署，满足政企用户在数据安全与合规上的要求。截至{glue:text}`office_ai`，微软 Office 已全面支持人工智能功能；金山办公的 WPS AI 能写作、当助理、整理知识，并有可以整套私有化部署的企业版，数据安全和系统的自主可控更有保障。{footcite}`report`
#
# 代码方面，报告认为生成式人工智能对软件开发流程的影响日益加深。大模型能根据自然语言描述或一段代码，写出合乎语法、可以运行的代码，程序员可以把精力放在架构设计和难题上，开发的效率和质量都随之提高；不会编程的人也能用日常语言做些基础开发。国内，百度、字节、美团等公司在上半年（报告未写年份）各自发布了自动编程工具，用户只要用自然语言描述需求，就能生成功能完整的代码。海外，OpenAI 和谷歌在{glue:text}`codex_jules`分别发布编程工具 Codex 和 Jules，它们不仅能听自然语言指令写代码，还能在虚拟环境里执行命令、跑测试，并解释和优化代码。{footcite}`report` 谷歌表示，截至{glue:text}`google_ai_generated_code_share_period`，公司{glue:text}`google_ai_generated_code_share`的新代码由人工智能生成。{footcite}`fn46` 报告没有说明这一比例的计算口径。

# %%
fmt.glue_all(
    **dates("nishuihan_npc", "sora_open", "video_models_hd", "office_ai"),
    hunyuan_game=later("hunyuan_game", after="nishuihan_npc"),
    codex_jules=later("codex_jules", after="office_ai"),
    video_models_hd_name=named["video_models_hd"],
    google_ai_generated_code_share_period=fmt.period(single.loc["google_ai_generated_code_share", "as_of"]),
    **fmt.rows(single, "google_ai_generated_code_share"),
)

# %% [markdown]
# ### 智能硬件
#
# 报告说，多模态交互与实体设备结合以后，可穿戴设备、智能家居和机器人变得更会感知、判断、与人交互，也更能完成复杂的任务。政策也在推动。中共中央办公厅、国务院办公厅{glue:text}`consumption_plan`印发的《提振消费专项行动方案》提出开展“人工智能+”行动、促进“人工智能+消费”，加快自动驾驶、智能穿戴、机器人等新产品的开发和推广，开辟成长快的消费新赛道。{footcite}`fn47` 中央部委和地方政府还在协同推进{glue:text}`national_ai_pilot_zones`国家人工智能创新应用先导区的建设，并共建了具身智能机器人、人形机器人等领域的制造业创新中心，推动产业集聚。{footcite}`report`
#
# 机器人方面，{glue:text}`spring_gala`央视春节联欢晚会上的《秧BOT》节目，让具身机器人走进了大众的视野。{footcite}`report` 报告引用{glue:text}`unitree_period`的一篇报道说，节目背后的宇树科技，其人形机器人已广泛用于个人消费、教育科研等场景，它还占全球四足机器人销量的{glue:text}`unitree_quadruped_sales_share`、市场规模的{glue:text}`unitree_quadruped_market_size_share`；报告没有交代这两个份额的统计口径。{footcite}`fn48` 公共服务也用上了机器人：深圳市坪山区正在打造覆盖全区、全天候、全场景的人工智能环卫机器人集群示范，在坑梓、石井等街道建成了人工智能环卫作业示范区，设有{glue:text}`pingshan_sanitation_command_centres`人工智能环卫运营指挥中心、{glue:text}`pingshan_smart_supply_stations`智能补给站，投放的人工智能环卫设备共{glue:text}`pingshan_ai_sanitation_devices`。{footcite}`fn49`
#
# 智能家居方面，美的在{glue:text}`midea_t6`发布人工智能空调“T6”。它私有化部署了 DeepSeek R1 满血版大模型，用来推理和决策，能对温度、湿度、风、净化和新风自行感知、学习和调节（报告写作“温湿风净鲜”）；它还把美的自家的美言大模型与 DeepSeek、讯飞星火、豆包三个模型融合在一起，让人机交互更方便。{footcite}`report`
#
# #### 专栏：各地竞逐具身智能
#
# 报告的这个专栏转载了新华网的一篇报道，它梳理了各地的具身智能和人形机器人规划。受访专家认为，随着技术突破、产业生态完善，这个新兴产业会成为现代化产业体系的一支重要力量，也会更快走进家庭等更多场景。{footcite}`fn50`
#
# - 北京：据{glue:text}`beijing_embodied_plan`北京市政府新闻办专场新闻发布会的介绍，到{glue:text}`beijing_embodied_year`底，北京预计能突破{glue:text}`beijing_embodied_key_tech_target`关键技术，拿出{glue:text}`beijing_embodied_leading_products_target`国际领先的软硬件产品，并力争让{glue:text}`beijing_embodied_robot_deployment_target`具身智能机器人规模落地，培育{glue:text}`beijing_embodied_cluster_scale_target`的产业集群。会上发布的《北京具身智能科技创新与产业培育行动计划(2025-2027年)》从技术、平台、场景和生态四个维度推进。
# - 浙江：作为“春晚机器人”的“原产地”，浙江早在{glue:text}`zhejiang_humanoid_plan`就印发了《浙江省人形机器人产业创新发展实施方案（2024-2027年）》，提前布局全省的人形机器人产业；{glue:text}`zhejiang_work_report_name`又提出，把人形机器人与量子信息、类脑智能等一起列为要加快布局的新产业新业态。报道说，这是为了抢占未来竞争的制高点。
# - 广东：{glue:text}`guangdong_plan`发布的《广东省建设现代化产业体系2025年行动计划》提出发展人形机器人等具身智能机器人，在机器的“脑”“肢”“体”和关键核心部件上加快突破，推动应用场景创新，高标准建设省具身智能机器人创新中心，并引进和培育{glue:text}`guangdong_embodied_unicorns_target_low`至{glue:text}`guangdong_embodied_unicorns_target_high`独角兽或科技型领军企业。
#
# 据报道的不完全统计，已有{glue:text}`provinces_with_embodied_policies`省市出台政策支持具身智能和人形机器人产业，北京、上海、广东、浙江、山东、重庆都在其中；各地把它当作推动经济高质量发展和产业升级的重要抓手。

# %%
unitree_sales, unitree_value = single.loc["unitree_quadruped_sales_share"], single.loc["unitree_quadruped_market_size_share"]
fmt.glue_all(
    **dates("consumption_plan", "spring_gala", "midea_t6", "beijing_embodied_plan", "zhejiang_humanoid_plan",
            "guangdong_plan"),
    zhejiang_work_report_name=named["zhejiang_work_report"],
    unitree_period=fmt.period(unitree_sales["as_of"]),
    unitree_quadruped_sales_share=fmt.describe(unitree_sales),
    unitree_quadruped_market_size_share=fmt.describe(unitree_value),
    **fmt.rows(single, "pingshan_sanitation_command_centres", "pingshan_smart_supply_stations",
               "pingshan_ai_sanitation_devices", "beijing_embodied_leading_products_target",
               "guangdong_embodied_unicorns_target_high"),
    **fmt.rows(single, "beijing_embodied_key_tech_target", "beijing_embodied_robot_deployment_target",
               "beijing_embodied_cluster_scale_target", "provinces_with_embodied_policies", write=fmt.magnitude),
    beijing_embodied_year=fmt.period(single.loc["beijing_embodied_key_tech_target", "as_of"][:4]),
    guangdong_embodied_unicorns_target_low=fmt.number(single.loc["guangdong_embodied_unicorns_target_low", "value"]),
)

# %% [markdown]
# ## 科学研究
#
# 报告认为，科研中生成式人工智能的潜力还在不断显现，它有望带来新的机遇和变革。用科研信息和实验数据训练出来的科研大模型，能帮研究者读文献、挖数据、找准方向，也能在设计实验时提建议，甚至模拟实验、调参数。报告说，科研大模型已在多个领域取得突破。{footcite}`report` 本节介绍的几款涉及月球、地理与遥感、气象、海洋和太阳：
#
# - 国际首个“月球科学多模态专业大模型”由中国科学院地球化学研究所和阿里云在{glue:text}`lunar_period`联合推出。它以通义系列的视觉、多模态和自然语言模型为基础模型，结合检索增强生成（RAG）等技术，在阿里云百炼专属版平台上微调和训练，识别月球撞击坑年代与形态的准确率已达{glue:text}`crater_recognition_accuracy`。{footcite}`fn51`
# - {glue:text}`kunyuan`，中国科学院地理科学与资源研究所、青藏高原研究所、自动化研究所等单位共同研发的全球首个多模态地理科学大模型“坤元”发布。它能回答专业问题、分析文献和数据、绘制专题地图，有望加速重大的地理科学发现。{footcite}`fn52` {glue:text}`kunyuan_follow_ups`（报告正文只写“8月”，年份据所引中国科学院的报道），地理科学与资源研究所又发布了两款自研大模型“坤元·感东南”和“坤元·拟千海”。报告说两款模型“分别针对路海构建智能检测与模拟技术体系”（“路海”疑为“陆海”之误），是遥感、海洋研究与人工智能融合的重要成果，有望为区域遥感的精准快速探测和全球海洋模拟提供支撑。{footcite}`fn53`
# - 阿里巴巴达摩院在{glue:text}`baguan_period`发布“八观气象大模型”。它把区域的多源数据叠加到全球气象模型上，时空精度最高达{glue:text}`max_spatial_resolution`×{glue:text}`max_spatial_resolution`×{glue:text}`max_temporal_resolution`。报告说，它对温度、辐照、风速等关键气象指标的预测性能大幅提升，已率先用于新能源占比高的新型电力系统，帮助国网山东电力调控中心成功预测了多次极端天气；该中心对新能源发电功率和电力负荷的预测准确率分别升到{glue:text}`renewable_power_forecast_accuracy`和{glue:text}`power_load_forecast_accuracy`。{footcite}`fn54`
# - 中国科学院南海海洋研究所在{glue:text}`yaohua_period`推出{glue:text}`yaohua_name`。它分析了{glue:text}`underwater_images_analysed`水下影像，珊瑚种属识别的准确率为{glue:text}`coral_taxon_recognition_accuracy`，效率比人工提高{glue:text}`efficiency_vs_manual`，珊瑚礁调查数据的分析因此更智能、更高效；结合 SAM 图像分割技术，它还能量化珊瑚的覆盖率和健康状况，报告称这初步实现了珊瑚礁研究范式的转变。{footcite}`fn55`
# - 国家天文台在{glue:text}`jinwu_period`发布了太阳大模型“金乌”，M5 级太阳耀斑预报的准确率{glue:text}`m5_flare_forecast_accuracy`，报告称这是该级别太阳预报的最高水平。输入上一时段的太阳物理参数和对应的观测图像，它能预测未来{glue:text}`flare_forecast_horizon`内的耀斑爆发，推算下一时段的物理参数，并调用扩散模型生成下一时段的太阳模拟图像。{footcite}`fn56`
#
# 这些准确率出自研发方或媒体的报道，其中几项只给了下限（“以上”“超”）；八观的两项是电网调控中心的业务预测准确率。各项的任务、数据和评测方法不同，{numref}`fig-science-accuracy`把它们放在一起只为便于查阅，不表示模型之间的高下。

# %%
science = data.load("science_models")
measures = science.set_index("measure")
accuracy = scenarios.accuracies(science)
released = measures["as_of"].map(fmt.period)  # a model's measures share its release month
fmt.glue_all(
    **dates("kunyuan", "kunyuan_follow_ups"),
    **fmt.rows(measures, "crater_recognition_accuracy", "renewable_power_forecast_accuracy",
               "power_load_forecast_accuracy", "coral_taxon_recognition_accuracy", "m5_flare_forecast_accuracy",
               "underwater_images_analysed", "efficiency_vs_manual", "flare_forecast_horizon"),
    **fmt.rows(measures, "max_spatial_resolution", "max_temporal_resolution", write=fmt.plain),  # the sentence says 最高
    lunar_period=released["crater_recognition_accuracy"],
    baguan_period=released["max_spatial_resolution"],
    yaohua_period=released["coral_taxon_recognition_accuracy"],
    yaohua_name=measures.loc["coral_taxon_recognition_accuracy", "model"],
    jinwu_period=released["m5_flare_forecast_accuracy"],
)
charts.bar_figure(
    "fig-science-accuracy", accuracy.assign(模型与指标=accuracy["model"] + "：" + accuracy["label"]), "模型与指标",
    category_title="模型与指标", value_title="公布的准确率（%）", sort=list(accuracy["model"] + "：" + accuracy["label"]),
    alt_title="科研大模型公布的准确率（多为下限，任务与评测方法各不相同）",
)

# %% [markdown]
# ```{glue:figure} fig-science-accuracy
# :name: fig-science-accuracy
#
# 科研大模型公布的准确率（按发布时间；八观的两项是国网山东电力调控中心的预测准确率，原文的“以上”只写在后一项之后，是否也管前一项不明；各项任务与评测方法不同，不宜相互比较）
# ```
#
# ### 专栏：AlphaEvolve
#
# 报告的科研专栏转载了环球网的一篇报道，题目说 AlphaEvolve 攻克了一道数学难题；下面的成绩都来自企业的发布和媒体的报道。{footcite}`fn57` 谷歌 DeepMind {glue:text}`alphaevolve`在官网发布了 AlphaEvolve，这是一个用来设计高级算法的编程智能体。它与谷歌的 Gemini 大模型深度集成，据介绍能自动评估通用算法的发现与优化，帮助开发者高效地设计出优质的矩阵算法。简单说，大模型擅长提出各种想法和算法，AlphaEvolve 则像一名“质检员”，按给定的标准判断它们是否可行。
#
# 数学上，谷歌让它挑战有{glue:text}`alphaevolve_kissing_problem_age`历史的“亲吻数”问题——在给定维数的空间里，同样大小的球最多能有几个同时贴住中间那个球，而彼此又不重叠？这个问题最早可追溯到{glue:text}`kissing_problem`，牛顿也参与过争论。AlphaEvolve 在{glue:text}`alphaevolve_kissing_dimensions`空间里找到了由{glue:text}`alphaevolve_kissing_outer_spheres`外层球体组成的构型，建立了新的下界，超过了数学家此前的纪录（专栏标题说“攻克”，正文说的是刷新下界）。它还在一个极简的代码框架上，为一种新的梯度优化程序设计出多个组件，并发现了多种新的矩阵乘法算法，其中一种计算{glue:text}`alphaevolve_matrix_order`复值矩阵乘法只用{glue:text}`alphaevolve_scalar_multiplications`标量乘法，胜过 Strassen {glue:text}`strassen`提出的算法，后者此前被认为是这一场景下的最佳算法。
#
# 在实际应用上，据介绍，它把大规模矩阵乘法拆成更易处理的子问题，让 Gemini 模型架构中核心计算的效率提高了{glue:text}`alphaevolve_gemini_kernel_speedup`，整体训练时间缩短{glue:text}`alphaevolve_training_time_reduction`，据称省下了大量成本；它还能优化 GPU 的底层指令，在基于 Transformer 的模型中让 FlashAttention 核心计算最多提速{glue:text}`alphaevolve_flashattention_speedup`。
#
# DeepMind 研究员 Matej Balog 接受外媒 VentureBeat 采访时说，AlphaEvolve 能发现极其复杂的算法，代码长达{glue:text}`alphaevolve_algorithm_code_lines`，逻辑结构远比简单函数复杂。据这篇报道，DeepMind 正和 People+AI 研究团队一起，为 AlphaEvolve 开发好用的交互界面，并打算先向选定的学术用户开放试用。

# %%
fmt.glue_all(
    **dates("alphaevolve", "strassen", "kissing_problem"),
    **fmt.rows(single, "alphaevolve_kissing_problem_age", "alphaevolve_kissing_outer_spheres",
               "alphaevolve_kissing_dimensions", "alphaevolve_matrix_order", "alphaevolve_scalar_multiplications",
               "alphaevolve_gemini_kernel_speedup", "alphaevolve_training_time_reduction",
               "alphaevolve_algorithm_code_lines"),
    **fmt.rows(single, "alphaevolve_flashattention_speedup", write=fmt.plain),  # the sentence says 最多
)

# %% [markdown]
# ## 数据与来源

# %%
sources.resource_list(["scenario_facts", "scenario_examples", "industrial_internet", "industrial_ai_cases",
                       "us_ai_search_ads", "science_models", "filings_by_region", "financing_facts"])

# %% [markdown]
# ```{footbibliography}
# ```
