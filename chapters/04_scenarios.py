# %% [markdown]
# # 典型应用场景
#
# 在报告看来，人工智能是一项带动面极广的战略性技术，也是发展新质生产力的重要动力。按它的描述，我国的人工智能产业已经具备从基础层、框架层、模型层到应用层的完整体系，大模型正在电子、原材料、消费品等行业落地，进入研发设计、中试验证、生产制造和运营管理等环节。{footcite}`fn25` 生成式人工智能是其中最受关注的分支：各行各业都在把它接入自己的业务流程，多模态能力的进步又让文本、图像、音频和视频都能直接交给模型处理，应用场景随之扩大。{footcite}`report`
#
# 本章沿着报告的顺序，依次看农业生产、工业制造、生活服务和科学研究四个领域。要点如下：
#
# - 工业和信息化部公示的人工智能赋能新型工业化典型应用入选案例共{glue:text}`cases_total`，其中{glue:text}`cases_top_label`{glue:text}`cases_top_value`，{glue:text}`cases_top_share_cheng`（{numref}`fig-industrial-cases`）。
# - 百度移动搜索结果页中由人工智能生成的内容，从{glue:text}`baidu_before_period`的{glue:text}`baidu_before`{glue:text}`baidu_word`{glue:text}`baidu_now_period`的{glue:text}`baidu_now`。
# - 市场研究机构 Emarketer 预计，美国基于人工智能的搜索广告支出将从{glue:text}`ads_first_period`的{glue:text}`ads_first`增至{glue:text}`ads_last_period`的{glue:text}`ads_last`（{numref}`fig-us-ai-search-ads`）。
#
# 这些数字大多出自单个地区或企业的案例报道，时点不一，口径各异，既不能相互加总，也不能当作行业的平均水平。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
from genai_book import charts, data, fmt, series, sources, tables
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


# %% [markdown]
# ## 农业生产
#
# 国家在政策上很重视人工智能在农业中的应用。{glue:text}`agri_smart_guidance`，农业农村部同时印发《农业农村部关于大力发展智慧农业的指导意见》和《全国智慧农业行动计划（2024—2028年）》，两份文件都要求让物联网、大数据、人工智能和机器人等信息技术在农业农村全面普及，并推动大模型进入农业科研、生产经营和管理服务。{footcite}`fn26,fn27` {glue:text}`agri_power_plan`，中共中央、国务院印发《加快建设农业强国规划（2024—2035年）》，把农业科技创新水平的整体跃升列为重要目标之一。{footcite}`report`
#
# 模型研发上，科研机构和企业一边训练农业大模型，一边建示范基地。{glue:text}`shennong`，中国农业大学的团队发布了{glue:text}`shennong_name`：它能回答农业问题、理解语义、生成摘要和做决策推理，能处理图像、声音、视频和文件，覆盖育种、种植、养殖、农业遥感和气象等场景，还借助多智能体设计把农业物联网、传感器和智能装备连在一起。{footcite}`fn28`
#
# 生产环节的案例都来自同一篇报道，{footcite}`fn29` 数字是当地部门或业界的说法，并非全国性的统计：
#
# - 广州市从化区用生成式人工智能分析农田的实时监测数据，据此调整灌溉和施肥。从化区农业农村局统计，应用后全区农作物增产{glue:text}`conghua_crop_yield_increase`，品质也明显提高。
# - 杭州市西湖区用上了能自主导航的无人驾驶播种机和收割机，省下了人力。报告随后引用的是业界对无人农机的一般统计：这类机器可以{glue:text}`unmanned_machinery_daily_hours`不停作业，作业效率提高{glue:text}`unmanned_machinery_efficiency_gain`。
# - 甘肃省张掖市甘州区的农业示范区引入智能灌溉系统，告诉农民何时浇、浇多少，提高了灌溉水的利用率。民乐县三堡镇的大西洋马铃薯示范基地用上同类系统后，每亩少用水{glue:text}`minle_irrigation_saving_low`至{glue:text}`minle_irrigation_saving_per_mu_high`，预计亩均节水{glue:text}`minle_irrigation_saving_share`，亩产也有所提高。
#
# 销售环节没有数字，只有做法：电商平台用图像识别判断农产品的品类和品质，按浏览和购买记录推荐商品，还请来虚拟数字人直播。广州市番禺区的农产品电商平台按顾客以往的购物记录和偏好推荐商品，并随季节和市场需求推荐时令产品，增城区则让数字人模仿真人的声音和动作，在直播中即时回答顾客的提问。{footcite}`fn30`
#
# ### 专栏：新疆的“试验田”
#
# 报告转载的一篇博览会报道，把新疆当作人工智能农业的试验场。{footcite}`fn31` 在{glue:text}`xinjiang_expo`上，无人驾驶拖拉机、植保无人机和立体农业智能机器人吸引了国内外采购商。数字农业服务商北京大蚯蚓数字科技有限公司在展位上组织了“人工智能+农机农艺融合”沙龙，公司负责人认为，人工智能的长处在于靠深度学习和大数据不断积累、训练，从而优化种植决策、让作业自动化、更有效地管理环境资源，公司已在多地开展这类实践。青岛沃途智能科技有限公司的立体农业智能机器人把人工智能、自动驾驶和机械臂结合起来，据介绍已覆盖除草、精准打药、枝条修剪、施肥等{glue:text}`orchard_robot_core_tasks`果园核心作业，阿克苏、吐鲁番等地的苹果和葡萄种植大户纷纷前来咨询。中国工程院院士赵春江则把我国智慧农业的演进概括为从机械化走向数字化、自动化，再到智能化，并主张沿着攻关技术、研发产品、集成应用的路子，最终带动农业、培育产业。

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
# 报告认为，生成式人工智能在我国工业制造中的应用水平明显提升，正推动制造模式向智能化转变。报告先用一组工业互联网建设指标说明制造业接入人工智能的基础（{numref}`tab-industrial-internet`）：5G 行业虚拟专网和 5G 工厂、标识解析、“双跨”平台和设备连接，以及汇聚企业和工业基础产品的装备制造业数字供应链平台；国家、省、企业三级联动的工业互联网安全监测平台也已基本建成。{footcite}`fn32` 报告没有写明这组数字的统计时点，所注来源中国工业互联网研究院也没有给出日期；各项指标单位不同，只宜逐项阅读。
#
# ```{glue:md} tab_industrial_internet
# :format: myst
# ```
#
# 政策上，{glue:text}`equipment_renewal_plan`，工业和信息化部等七部门联合发布《推动工业领域设备更新实施方案》，要求新一代信息技术与制造的全过程、全要素深度融合，推动人工智能、5G、边缘计算等新技术深入制造环节。{footcite}`fn33`

# %%
internet = data.load("industrial_internet")
tables.glue_table("tab_industrial_internet", tables.readable(internet, {"label": "指标"})[["指标", "数值"]],
                  caption="工业互联网建设指标（中国工业互联网研究院，未注明统计时点）", name="tab-industrial-internet")
fmt.glue_all(**dates("equipment_renewal_plan"))

# %% [markdown]
# ### 入选的典型案例
#
# {glue:text}`cases_period`，工业和信息化部公示了人工智能赋能新型工业化典型应用的入选案例，共{glue:text}`cases_total`，分为技术底座、行业应用、装备产品和支撑保障{glue:text}`cases_n`类。{footcite}`fn34` 其中{glue:text}`cases_top_label`有{glue:text}`cases_top_value`，{glue:text}`cases_top_share_cheng`，可见入选项目以具体行业里的应用为主（{numref}`fig-industrial-cases`）。

# %%
cases = scenarios.cases(data.load("industrial_ai_cases"))
case_unit = cases.top["unit"]
fmt.glue_all(
    cases_period=fmt.period(cases.top["as_of"]),
    cases_total=fmt.with_unit(cases.total, case_unit),
    cases_n=fmt.small_number(len(cases.ranked)),
    cases_top_label=cases.top["label"],
    cases_top_value=fmt.describe(cases.top),
    cases_top_share_cheng=fmt.cheng(cases.share(cases.top), below=True),
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
# 科技企业把自己在人工智能和工业领域的积累做成了工业专用的大模型产品。京东工业推出了两款产品：数智供应链解决方案“太璞”，以及工业大模型“Joy industrial”。“太璞”着眼于整条链路的降本：采购时把五花八门的非标工业品参数统一起来，让采购过程公开透明，并通过集中采购增强议价能力；履约时由供应链大模型综合成本、库存位置与供货量、配送时间、物流服务质量和结算周期等因素排出计划；运营时依靠大数据预测需求，做到“算法备货、少而不缺”，压低库存成本。“Joy industrial”专注工业场景，以“工业大模型+供应链场景应用”双轮驱动，搭建从算力、算法、数据到应用的全栈产品。{footcite}`fn35`
#
# 工业机器人与人工智能的结合，让柔性生产和智能协作成为可能。{glue:text}`ubtech_walker`，优必选发布{glue:text}`ubtech_walker_name`，并让它进入比亚迪的工厂实训搬运；据称这是全球首次由人形机器人同无人物流车、无人叉车、工业移动机器人和智能制造管理系统协同作业。优必选还自研了{glue:text}`ubtech_rosa_name`，它位于底层操作系统和上层业务应用之间，负责调度机器人本体上的各个算法模块，以保证底层算法自主可控。{footcite}`fn36` 国产机器人也在走向海外：深圳炬星科技的仓储机器人能在狭窄空间里完成类似包裹分拣员的工作，日本一家物流中心向它订购{glue:text}`syrius_robots_ordered`后，雇员从{glue:text}`syrius_client_staff_before`减到了{glue:text}`syrius_client_staff_after`。{footcite}`fn37` 全国的工业机器人产量{glue:text}`industrial_robot_output_period`为{glue:text}`industrial_robot_output`，比上年增长{glue:text}`industrial_robot_output_growth`。{footcite}`fn38`
#
# 传统制造企业也在和科技公司合作改造业务。{glue:text}`tencent_qc_alliance`，腾讯云与合作伙伴成立工业人工智能质检生态联盟，在 3C、锂电、光伏、半导体、汽车等{glue:text}`tencent_qc_industries`行业领域积累了质检方案，其中一家企业累计完成了{glue:text}`tencent_qc_single_firm_inspections`产品的外观检测，富驰高科等标杆项目也由此而来；报告没有写明这两个数字的时点。{footcite}`fn39` {glue:text}`netease_xcmg`，网易与徐工集团签署战略合作协议，推出用于搅拌站的“黑灯工地”无人装载机，以及露天矿山里一人同时操控多台挖掘机的“牧羊人”模式。{footcite}`fn40`

# %%
fmt.glue_all(
    **dates("ubtech_walker", "tencent_qc_alliance", "netease_xcmg"),
    ubtech_walker_name=named["ubtech_walker"],
    ubtech_rosa_name=named["ubtech_rosa"],
    **fmt.rows(single, "syrius_robots_ordered", "syrius_client_staff_before", "syrius_client_staff_after",
               "industrial_robot_output", "industrial_robot_output_growth", "tencent_qc_industries",
               "tencent_qc_single_firm_inspections"),
    industrial_robot_output_period=fmt.period(single.loc["industrial_robot_output", "as_of"]),
)

# %% [markdown]
# ### 专栏：华东的样板
#
# {glue:text}`east_china_tour`，由工业和信息化部办公厅组织的“新型工业化媒体调研行”华东站活动在上海、江苏等地考察人工智能赋能新型工业化和国家高新区的实践，报告转载了这次调研的报道。{footcite}`fn41` 报道的主线是部省政策的协同：
#
# - 上海：张江高新区的大模型创新较为突出，全市已有{glue:text}`shanghai_filed_genai_models`生成式人工智能服务大模型通过国家备案，报道称数量居全国{glue:text}`shanghai_rank`。上海还在工业领域试点 AEO（经认证的经营者）政策，以“免申即享”的方式大幅减少企业接受检查的流程。
# - 苏州工业园区：发布了大模型创新发展行动计划，建设苏州超算中心等算力设施，累计推出{glue:text}`suzhou_ai_demo_scenarios`具有示范意义的人工智能应用场景；在工业和信息化部的揭榜挂帅名单上，华兴源创、知行科技等企业被列为潜力单位；江苏的入选者中，以同元软控为代表的工业软件企业占{glue:text}`jiangsu_list_industrial_software_share`。
# - 全国层面：据工业和信息化部科技司介绍，工业和信息化部与财政部设立的{glue:text}`national_ai_fund`国家人工智能产业投资基金正在加快布局，按全球参与者的数量，我国开源社区排在{glue:text}`open_source_rank`，中国—金砖国家人工智能合作中心也已落地。另外，北京、上海等{glue:text}`national_ai_pilot_zones`国家人工智能创新应用先导区由部省共同建设，正在带动产业聚集。
# - 江苏：{glue:text}`jiangsu_industrial_value_added_growth_period`，规模以上工业增加值增长{glue:text}`jiangsu_industrial_value_added_growth`，工业用电增速为{glue:text}`jiangsu_industrial_power_growth`，报道把它看作人工智能带动下的产业活力。
#
# 上海的备案数可以和第三章对照，但不宜直接比较：专栏里的{glue:text}`shanghai_filed_genai_models`是“大模型”，第三章按所在地统计的是截至{glue:text}`sh_filings_period`的已备案服务，上海有{glue:text}`sh_filings`，两处的时点、量词和统计对象都不同。{footcite}`report` 名次上，第三章中上海{choose}``sh_tied|True=与{glue:text}`sh_filings_peers`并列{glue:text}`sh_filings_rank`|False=居{glue:text}`sh_filings_rank` ``，{choose}`sh_same_rank|True=与专栏的说法一致|False=与专栏的说法不同`。

# %%
shanghai = scenarios.standing(data.load("filings_by_region"), "上海")
column_rank = single.loc["shanghai_filed_genai_models_rank", "value"]
fund = data.load("financing_facts").set_index("key").loc["national_ai_fund"]
fmt.glue_all(
    **dates("east_china_tour"),
    **fmt.rows(single, "shanghai_filed_genai_models", "suzhou_ai_demo_scenarios",
               "jiangsu_list_industrial_software_share", "national_ai_pilot_zones",
               "jiangsu_industrial_value_added_growth", "jiangsu_industrial_power_growth"),
    shanghai_rank=fmt.ordinal(column_rank),
    national_ai_fund=fmt.describe(fund),
    open_source_rank=fmt.ordinal(single.loc["open_source_participants_rank", "value"]),
    jiangsu_industrial_value_added_growth_period=fmt.period(
        single.loc["jiangsu_industrial_value_added_growth", "as_of"]),
    sh_filings_period=fmt.period(shanghai.row["as_of"]),
    sh_filings=fmt.describe(shanghai.row),
    sh_tied=bool(shanghai.peers),
    sh_filings_peers=fmt.join(shanghai.peers),
    sh_filings_rank=fmt.ordinal(shanghai.rank),
    sh_same_rank=shanghai.rank == column_rank,
)

# %% [markdown]
# ## 生活服务
#
# 报告认为，生成式人工智能在生活服务中的应用最广，正在改变人们生活和工作的方式；其中最主要的是智能搜索、内容创作、办公助手和智能硬件四个方向。
#
# ### 智能搜索
#
# 对话式产品正在变成人们获取信息的工具。报告观察到，主流的生成式人工智能产品大多带有智能搜索（“AI 搜索”）功能，豆包、元宝等产品甚至已经近似一个兼具创作和办公功能的搜索浏览器。
#
# 搜索引擎厂商的转向经历了一个由慎重到跟进的过程。{glue:text}`new_bing`，微软推出接入 GPT 模型的 New Bing，这是搜索引擎厂商第一次尝试智能搜索。可是智能搜索的商业模式与传统搜索不同，还可能冲击厂商自己的搜索广告业务，头部厂商起初态度慎重；但生成式人工智能带来的使用体验与传统搜索截然不同，它们终究不得不跟进。百度{glue:text}`baidu_ai_search`上线“AI 搜”，{glue:text}`baidu_deep_search`又推出“深度搜索”；其移动搜索结果页中由人工智能生成的内容，{glue:text}`baidu_before_period`占{glue:text}`baidu_before`，{glue:text}`baidu_now_period`已{glue:text}`baidu_word`{glue:text}`baidu_now`，{glue:text}`baidu_months`个月里{glue:text}`baidu_word_short`{glue:text}`baidu_delta`（报告没有注明这两个数字的出处，也没有说明按什么计算）。谷歌在{glue:text}`google_ai_mode`发布了{glue:text}`google_ai_mode_name`。大模型厂商也想进入搜索市场：OpenAI 在{glue:text}`searchgpt_test`宣布了 SearchGPT 的测试计划，但到{glue:text}`searchgpt_not_open`，这项服务仍未向免费用户全面开放。{footcite}`report`
#
# 在报告看来，智能搜索彻底改变了人和搜索引擎的交互方式，让搜索引擎从获取信息的工具升级为“智能办公助手”。变化在两头：提问一端，用户不必再琢磨关键词，可以像聊天一样直接发问，由模型揣摩真实意图，省去反复改写搜索词的麻烦；结果一端，罗列链接的“瀑布流”让位于根据全网信息直接写成的答案，答案还可以是表格、图片或视频，用户少花了筛选和整理的时间。等到智能搜索与各类线上服务接通，搜索引擎就能按用户的需求直接办事，报告称之为“搜索即服务”。{footcite}`report`

# %%
baidu_rows = facts[facts["key"] == "baidu_mobile_search_aigc_share"]
baidu = series.change(baidu_rows, series.periods(baidu_rows)[-1], key="baidu_mobile_search_aigc_share")
fmt.glue_all(
    **dates("new_bing", "baidu_ai_search", "baidu_deep_search", "google_ai_mode", "searchgpt_test",
            "searchgpt_not_open"),
    google_ai_mode_name=named["google_ai_mode"],
    baidu_before_period=fmt.period(baidu.before_period),
    baidu_now_period=fmt.period(baidu.period),
    baidu_before=fmt.pct(baidu.before, 0),
    baidu_now=fmt.pct(baidu.now, 0),
    baidu_word=fmt.change_word(baidu.delta, up="升至", down="降至", same="保持在"),
    baidu_word_short=fmt.change_word(baidu.delta, up="提高", down="降低", same="变动"),
    baidu_delta=fmt.pp(baidu.delta, 0),
    baidu_months=fmt.number(scenarios.months_between(baidu.before_period, baidu.period)),
)

# %% [markdown]
# 前面提到，智能搜索可能冲击传统的搜索广告；报告转载的一篇报道给出了美国市场的预测（{numref}`fig-us-ai-search-ads`）。{footcite}`fn42` 据路透社援引市场研究机构 Emarketer 的数据，美国基于人工智能的搜索广告支出{glue:text}`ads_first_period`为{glue:text}`ads_first`，预计占搜索广告总支出的{glue:text}`ads_share_first`；到{glue:text}`ads_last_period`，这两个数预计分别达到{glue:text}`ads_last`和{glue:text}`ads_share_last`。按字面值相除，后者是前者的{glue:text}`ads_ratio`；但前一个数是“多”、后一个数是“近”，实际倍数应比这低一些。Emarketer 认为，人工智能搜索广告对用户更方便、参与度更高，依赖传统关键词广告的公司可能因此收入下滑。谷歌和微软的必应都已加入人工智能功能，与 ChatGPT、Perplexity AI 等直接给出答案的聊天机器人竞争，苹果也在探索把人工智能搜索放进 Safari 浏览器。分行业看，金融服务、科技、电信和医疗保健等行业看重人工智能在优化广告策略上的好处，正在积极采用，零售业则慢一些。

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
    ads_ratio=fmt.with_unit(round(outlook.ratio), "倍"),
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
# 报告认为生成式人工智能对内容创作的影响是颠覆性的：文字、图像、视频的创作效率明显提高，门槛大幅降低，普通人给出简单的指令就能做出具有专业水准的作品；最新的视频模型生成的画面已经逼真到难辨真假。版权纠纷和内容安全的隐患仍在，但报告预期这种影响还会继续扩大。{footcite}`report`
#
# 在游戏领域，报告认为生成式人工智能可能重塑开发方式和玩家体验，进而改变整个产业的商业模式。一方面，游戏不再受限于预先写好的内容，可以实时生成因人而异的情节，玩家与角色的互动更丰富；另一方面，开发工具能自动生成逼真的角色、场景和音效，开发门槛和周期随之下降，小团队也有机会做大型游戏。报告更进一步设想，当制作成本足够低、交互方式足够成熟时，按个人喜好定制的动态虚拟空间可能出现，那才是真正意义上的“元宇宙”。{footcite}`report` 报告举了两个例子：{glue:text}`nishuihan_npc`，网易的《逆水寒》推出由 DeepSeek 驱动的智能非玩家角色“沈秋索”，据网易介绍，这是游戏中第一个有喜怒哀乐、会思考、会成长、有故事的虚拟角色；{footcite}`fn43` {glue:text}`hunyuan_game`，腾讯推出面向开发者的“混元游戏”，这款工业级的游戏内容生产引擎带有文生图和图生视频模型，能加快美术资产的制作。{footcite}`fn44`
#
# 在视频领域，报告认为大量涌现的视频模型正在颠覆传统的制作流程：用户只需写下一段文字，模型就能生成场景、角色、音效乃至情节动作，视频制作由耗时费力的实拍变成数字生成，资金和技术门槛都大幅下降，个人也能做出电影般的画面。{glue:text}`sora_open`，OpenAI 宣布视频生成模型 Sora 向用户开放，并与多家电影制片厂、媒体高管和经纪公司洽谈合作，让艺术家、演员和导演试用。{footcite}`fn45` 此后谷歌的 Veo、快手的可灵 AI、字节跳动的 PixelDance 相继问世；到{glue:text}`video_models_hd`，最新的视频模型已能生成{glue:text}`video_models_hd_name`，用在短视频、短剧、营销广告等场合。{footcite}`report`
#
# ### 办公助手
#
# 在办公场景里，生成式人工智能靠理解自然语言和生成内容的能力，让传统的工具软件有了认知和辅助决策的能力，成了“智能伙伴”；文档处理、代码编写、数据分析中的重复劳动因此大为减少，办公的智能化水平也随之提高。{footcite}`report`
#
# 文档处理方面，办公软件已经能自动起草文档，也能润色、翻译、处理表格、生成演示文稿；面向政企客户的版本还支持私有化部署，满足数据安全与合规的要求。到{glue:text}`office_ai`，微软 Office 已全面支持人工智能功能；金山办公发布的 WPS AI 提供内容创作、智慧助理和知识洞察三类功能，也推出了可整套私有化部署的企业版，让用户的数据和系统留在自己手里。{footcite}`report`
#
# 代码编写方面，大模型能读懂自然语言描述或代码片段，写出合乎语法、能实现所需功能的代码，让开发者从重复编码中脱身，专注于架构设计和解决难题；不懂编程的人也能用日常语言完成简单的开发，技术门槛随之降低。国内的百度、字节、美团上半年各自发布了这类自动编程工具。海外，OpenAI 和谷歌在{glue:text}`codex_jules`分别推出 Codex 和 Jules，它们不仅按指令写代码，还能在虚拟环境中执行命令、运行测试，并解释和优化代码。{footcite}`report` 谷歌自己的说法是，截至{glue:text}`google_ai_generated_code_share_period`，公司{glue:text}`google_ai_generated_code_share`的新代码由人工智能生成；{footcite}`fn46` 这是企业自述的比例，没有说明按代码行数还是提交次数计算。

# %%
fmt.glue_all(
    **dates("nishuihan_npc", "hunyuan_game", "sora_open", "video_models_hd", "office_ai", "codex_jules"),
    video_models_hd_name=named["video_models_hd"],
    google_ai_generated_code_share_period=fmt.period(single.loc["google_ai_generated_code_share", "as_of"]),
    **fmt.rows(single, "google_ai_generated_code_share"),
)

# %% [markdown]
# ### 智能硬件
#
# 多模态交互一旦与实体设备结合，可穿戴设备、智能家居和机器人在感知、决策、交互和执行复杂任务上的能力都明显增强。政策也在推动：{glue:text}`consumption_plan`，中共中央办公厅、国务院办公厅印发《提振消费专项行动方案》，提出开展“人工智能+”行动、促进“人工智能+消费”，加快自动驾驶、智能穿戴、机器人等新产品的开发和推广，开辟高成长性的消费新赛道。{footcite}`fn47` 中央部委和地方政府还在协同建设{glue:text}`national_ai_pilot_zones`国家人工智能创新应用先导区，并共建具身智能机器人、人形机器人等制造业创新中心。{footcite}`report`
#
# 机器人方面，{glue:text}`spring_gala`央视春节联欢晚会上的《秧BOT》节目让具身机器人走进了大众视野。{footcite}`report` 节目背后的宇树科技，其人形机器人已用于个人消费、教育科研等场景；按一篇{glue:text}`unitree_period`的报道，它占全球四足机器人销量的{glue:text}`unitree_quadruped_sales_share`、市场规模的{glue:text}`unitree_quadruped_market_size_share`。{footcite}`fn48` 如果两个份额的统计年份和范围相同，销量份额明显高于金额份额就意味着它的四足机器人均价低于市场平均，粗算约为市场均价的{glue:text}`unitree_price_ratio`；报告没有交代这两点，这只是粗略的推算。公共服务同样用上了机器人：深圳市坪山区在打造全域全时全场景的人工智能环卫机器人集群，已在坑梓、石井等街道建成示范区，那里有{glue:text}`pingshan_sanitation_command_centres`人工智能环卫运营指挥中心、{glue:text}`pingshan_smart_supply_stations`智能补给站，投放的人工智能环卫设备共{glue:text}`pingshan_ai_sanitation_devices`。{footcite}`fn49`
#
# 智能家居方面，美的在{glue:text}`midea_t6`发布人工智能空调“T6”，用私有化部署的 DeepSeek R1 满血版大模型做推理和决策，能自行感知、学习和调节温度、湿度、风、净化和新风；它还把美的自己的美言大模型与 DeepSeek、讯飞星火、豆包三个模型融合起来，让人机交互更便捷。{footcite}`report`
#
# ### 专栏：各地竞逐具身智能
#
# 报告转载的这篇报道梳理了各地的具身智能与人形机器人规划。受访专家认为，随着技术突破和产业生态完善，具身智能和人形机器人将成为现代化产业体系的重要力量，并更快进入家庭等应用场景。{footcite}`fn50`
#
# - 北京：{glue:text}`beijing_embodied_plan`的新闻发布会上，北京市公布《北京具身智能科技创新与产业培育行动计划(2025-2027年)》，目标是到{glue:text}`beijing_embodied_year`底突破关键技术{glue:text}`beijing_embodied_key_tech_target`、拿出国际领先的软硬件产品{glue:text}`beijing_embodied_leading_products_target`，争取让{glue:text}`beijing_embodied_robot_deployment_target`具身智能机器人规模化应用，并形成{glue:text}`beijing_embodied_cluster_scale_target`的产业集群；计划从技术创新、平台支撑、场景牵引和生态优化四方面着手。
# - 浙江：作为“春晚机器人”的产地，浙江早在{glue:text}`zhejiang_humanoid_plan`就印发了《浙江省人形机器人产业创新发展实施方案（2024-2027年）》；省政府工作报告又把人形机器人与量子信息、类脑智能、合成生物、空天信息和低空经济一起列为要加快布局的新产业。
# - 广东：{glue:text}`guangdong_plan`发布的《广东省建设现代化产业体系2025年行动计划》提出，加快突破机器脑、机器肢、机器体和关键核心部件，推动智能机器人的场景创新，高标准建设省级具身智能机器人创新中心，引进和培育{glue:text}`guangdong_embodied_unicorns_target_low`至{glue:text}`guangdong_embodied_unicorns_target_high`独角兽企业和科技型领军企业。
#
# 据这篇报道的不完全统计，北京、上海、广东、浙江、山东、重庆等{glue:text}`provinces_with_embodied_policies`省市已出台支持政策。北京和广东的数字都是规划目标，并非已经实现的结果。

# %%
unitree_sales, unitree_value = single.loc["unitree_quadruped_sales_share"], single.loc["unitree_quadruped_market_size_share"]
fmt.glue_all(
    **dates("consumption_plan", "spring_gala", "midea_t6", "beijing_embodied_plan", "zhejiang_humanoid_plan",
            "guangdong_plan"),
    unitree_period=fmt.period(unitree_sales["as_of"]),
    unitree_quadruped_sales_share=fmt.describe(unitree_sales),
    unitree_quadruped_market_size_share=fmt.describe(unitree_value),
    unitree_price_ratio=fmt.pct(scenarios.price_ratio(unitree_sales, unitree_value) * 100, 0),
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
# 在科研中，用科研资料和实验数据训练出来的大模型可以帮研究人员分析文献、挖掘数据，快速把握领域前沿、提炼要点、发现可能的研究方向；在实验环节，它们还能根据已有知识提出设计建议，甚至模拟实验过程，帮助调优参数。报告依次介绍了几款科研大模型，涉及月球、地理、气象、海洋和太阳等领域：{footcite}`report`
#
# - {glue:text}`lunar_period`，国际首个“月球科学多模态专业大模型”问世，由中国科学院地球化学研究所和阿里云联合推出。它以通义系列的视觉、多模态和自然语言模型为基础，结合检索增强等技术在阿里云百炼平台上微调训练，识别月球撞击坑年代与形态的准确率已达{glue:text}`crater_recognition_accuracy`。{footcite}`fn51`
# - {glue:text}`kunyuan`，中国科学院地理科学与资源研究所、青藏高原研究所、自动化研究所等单位发布了全球首个多模态地理科学大模型“坤元”，能解答地理专业问题、分析文献、查询和挖掘地理数据、绘制专题地图；{footcite}`fn52` {glue:text}`kunyuan_follow_ups`，地理科学与资源研究所又发布“坤元·感东南”和“坤元·拟千海”，分别面向区域遥感探测和全球海洋模拟。{footcite}`fn53`
# - {glue:text}`baguan_period`，阿里巴巴达摩院推出“八观气象大模型”。它在全球气象模型之上加入区域的多源数据，时空精度最高可达{glue:text}`max_spatial_resolution`×{glue:text}`max_spatial_resolution`×{glue:text}`max_temporal_resolution`。它率先用在新能源占比高的新型电力系统中，帮助国网山东电力调控中心预判了多次极端天气，新能源发电功率和电力负荷的预测准确率分别提升到{glue:text}`renewable_power_forecast_accuracy`和{glue:text}`power_load_forecast_accuracy`。{footcite}`fn54`
# - {glue:text}`yaohua_name`由中国科学院南海海洋研究所在{glue:text}`yaohua_period`推出，分析了{glue:text}`underwater_images_analysed`水下影像，珊瑚种属识别准确率为{glue:text}`coral_taxon_recognition_accuracy`，效率比人工提高{glue:text}`efficiency_vs_manual`；结合图像分割技术，它还能量化珊瑚的覆盖率和健康状况。{footcite}`fn55`
# - {glue:text}`jinwu_period`，国家天文台发布太阳大模型“金乌”，M5 级太阳耀斑预报的准确率{glue:text}`m5_flare_forecast_accuracy`，据称是这一级别预报的最高水平。输入上一时段的太阳物理参数和观测图像，它能预测未来{glue:text}`flare_forecast_horizon`内的耀斑，推算下一时段的物理参数，并借助扩散模型生成下一时段的太阳模拟图像。{footcite}`fn56`
#
# 这些准确率都是研发方或媒体公布的，多为下限（“以上”“超”），任务、数据和评测方法各不相同；{numref}`fig-science-accuracy`把它们放在一起只为便于查阅，不表示模型之间的高下。

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
# 科研大模型公布的准确率（按发布时间；八观的两项是国网山东电力调控中心的预测准确率；各项任务与评测方法不同，不宜相互比较）
# ```
#
# ### 专栏：AlphaEvolve
#
# 报告的科研专栏介绍了谷歌 DeepMind 在{glue:text}`alphaevolve`推出的编程智能体 AlphaEvolve，下面的成绩都来自企业发布和媒体报道。{footcite}`fn57` 它与谷歌的 Gemini 大模型深度集成：大模型负责提出各种想法和算法，AlphaEvolve 像一名“质检员”，按给定的标准检验它们是否可行，从而帮助开发者设计高效的算法。
#
# - 数学：“亲吻数”问题已有{glue:text}`alphaevolve_kissing_problem_age`历史，牛顿也参与过讨论，问的是在给定维数的空间里，最多能有多少个同样大小、互不重叠的球同时接触一个中心球。AlphaEvolve 找到了由{glue:text}`alphaevolve_kissing_outer_spheres`外层球体构成的结构，在{glue:text}`alphaevolve_kissing_dimensions`空间中刷新了下界。它还设计出一种基于梯度的新型优化程序的多个组件，并发现了几种新的矩阵乘法算法，其中一种计算{glue:text}`alphaevolve_matrix_order`复值矩阵乘法只需{glue:text}`alphaevolve_scalar_multiplications`标量乘法，改进了此前被视为最佳的 Strassen 算法（{glue:text}`strassen`）。
# - 工程：通过把大规模矩阵乘法分解成较小、较易处理的子问题，它让 Gemini 架构里核心计算的效率提高了{glue:text}`alphaevolve_gemini_kernel_speedup`，整体训练时间缩短{glue:text}`alphaevolve_training_time_reduction`；它还能优化 GPU 底层指令，让基于 Transformer 的模型中 FlashAttention 核心计算最多提速{glue:text}`alphaevolve_flashattention_speedup`。
# - 后续：DeepMind 研究员 Matej Balog 在接受 VentureBeat 采访时说，它能发现长达{glue:text}`alphaevolve_algorithm_code_lines`代码、逻辑结构远比简单函数复杂的算法。DeepMind 正与 People+AI 研究团队合作开发易用的交互界面，并计划向选定的学术用户提供早期使用机会。

# %%
fmt.glue_all(
    **dates("alphaevolve", "strassen"),
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
