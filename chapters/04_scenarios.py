# %% [markdown]
# # 典型应用场景
#
# 报告第四章用一连串案例说明生成式人工智能落在了哪些地方：农业生产、工业制造、生活服务和科学研究。本章把这些案例里的数字逐一取出，能相加、能比较的就算一算，并指出每个数字的口径和时点。要点如下：
#
# - 工业和信息化部公示的人工智能赋能新型工业化入选案例分{glue:text}`cases_n`类，合计{glue:text}`cases_total`，其中{glue:text}`cases_top_label`最多，占{glue:text}`cases_top_share`；按类别相加的合计与报告第五章给出的总数{choose}``cases_agree|True=一致|False=相差{glue:text}`cases_gap` ``（{numref}`fig-industrial-cases`）。
# - 百度移动搜索结果页中AI生成内容的占比，从{glue:text}`baidu_before_period`的{glue:text}`baidu_before`{glue:text}`baidu_word`到{glue:text}`baidu_now_period`的{glue:text}`baidu_now`，{glue:text}`baidu_months`个月里变动{glue:text}`baidu_delta`。
# - 市场研究机构Emarketer预计，美国基于AI的搜索广告支出将从{glue:text}`ads_first_period`的{glue:text}`ads_first`{glue:text}`ads_word`{glue:text}`ads_last_period`的{glue:text}`ads_last`（{numref}`fig-us-ai-search-ads`）。
# - 报告介绍的科研大模型中，公开准确率最高的一项是{glue:text}`sci_top_model`的{glue:text}`sci_top_measure`，为{glue:text}`sci_top_value`（{numref}`fig-science-accuracy`）。
#
# 读这些数字时要记住：除工业机器人产量和工业互联网等少数全国性指标外，它们大多出自单个地区或企业的案例报道，时点不一，口径各异，不能相互加总，也不能当作行业平均水平。本章{glue:text}`facts_total`个数字中，有{glue:text}`facts_undated`个原报告没有写明时点，本书按所引来源的发布年月记录；另有{glue:text}`facts_future`个是目标或预测，时点晚于本书的基准期{glue:text}`as_of_period`。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import re

from genai_book import charts, data, fmt, series, sources, tables

data.use(data_dir, as_of)

# %%
facts = data.load("scenario_facts")
internet = data.load("industrial_internet")
cases = data.load("industrial_ai_cases")
science = data.load("science_models")
ads = data.load("us_ai_search_ads")
environment = data.load("environment_facts")
filings = data.load("filings_by_region")

fmt.glue("as_of_period", fmt.period(as_of))
chapter_tables = [facts, internet, cases, science, ads]
fmt.glue("facts_total", fmt.with_unit(sum(len(t) for t in chapter_tables), ""))
fmt.glue("facts_undated", fmt.with_unit(sum(t["note"].str.contains("未注明时点").sum() for t in chapter_tables), ""))
fmt.glue("facts_future", fmt.with_unit(sum((t["as_of"].map(series.period_end) > as_of).sum()
                                           for t in chapter_tables), ""))

# facts given once, by their key; a key given for several periods is handled where it is used
single = facts[~facts["key"].duplicated(keep=False)].set_index("key")
fmt.glue_all(
    conghua_crop_yield_increase=fmt.describe(single.loc["conghua_crop_yield_increase"]),
    unmanned_machinery_daily_hours=fmt.describe(single.loc["unmanned_machinery_daily_hours"]),
    unmanned_machinery_efficiency_gain=fmt.describe(single.loc["unmanned_machinery_efficiency_gain"]),
    minle_irrigation_saving_per_mu_low=fmt.describe(single.loc["minle_irrigation_saving_per_mu_low"]),
    minle_irrigation_saving_per_mu_high=fmt.describe(single.loc["minle_irrigation_saving_per_mu_high"]),
    minle_irrigation_saving_share=fmt.describe(single.loc["minle_irrigation_saving_share"]),
    minle_irrigation_saving_share_plain=fmt.plain(single.loc["minle_irrigation_saving_share"]),
    orchard_robot_core_tasks=fmt.describe(single.loc["orchard_robot_core_tasks"]),
    industrial_robot_output=fmt.describe(single.loc["industrial_robot_output"]),
    industrial_robot_output_period=fmt.period(single.loc["industrial_robot_output", "as_of"]),
    industrial_robot_output_growth=fmt.describe(single.loc["industrial_robot_output_growth"]),
    syrius_robots_ordered=fmt.describe(single.loc["syrius_robots_ordered"]),
    syrius_client_staff_before=fmt.describe(single.loc["syrius_client_staff_before"]),
    syrius_client_staff_after=fmt.describe(single.loc["syrius_client_staff_after"]),
    tencent_qc_industries=fmt.describe(single.loc["tencent_qc_industries"]),
    tencent_qc_single_firm_inspections=fmt.describe(single.loc["tencent_qc_single_firm_inspections"]),
    shanghai_filed_genai_models=fmt.describe(single.loc["shanghai_filed_genai_models"]),
    suzhou_ai_demo_scenarios=fmt.describe(single.loc["suzhou_ai_demo_scenarios"]),
    jiangsu_list_industrial_software_share=fmt.describe(single.loc["jiangsu_list_industrial_software_share"]),
    national_ai_pilot_zones=fmt.describe(single.loc["national_ai_pilot_zones"]),
    jiangsu_industrial_value_added_growth=fmt.describe(single.loc["jiangsu_industrial_value_added_growth"]),
    jiangsu_industrial_value_added_growth_period=fmt.period(
        single.loc["jiangsu_industrial_value_added_growth", "as_of"]),
    jiangsu_industrial_power_growth=fmt.describe(single.loc["jiangsu_industrial_power_growth"]),
    google_ai_generated_code_share=fmt.describe(single.loc["google_ai_generated_code_share"]),
    google_ai_generated_code_share_period=fmt.period(single.loc["google_ai_generated_code_share", "as_of"]),
    unitree_quadruped_sales_share=fmt.describe(single.loc["unitree_quadruped_sales_share"]),
    unitree_quadruped_market_size_share=fmt.describe(single.loc["unitree_quadruped_market_size_share"]),
    pingshan_sanitation_command_centres=fmt.describe(single.loc["pingshan_sanitation_command_centres"]),
    pingshan_smart_supply_stations=fmt.describe(single.loc["pingshan_smart_supply_stations"]),
    pingshan_ai_sanitation_devices=fmt.describe(single.loc["pingshan_ai_sanitation_devices"]),
    beijing_embodied_key_tech_target=fmt.describe(single.loc["beijing_embodied_key_tech_target"]),
    beijing_embodied_key_tech_target_period=fmt.period(single.loc["beijing_embodied_key_tech_target", "as_of"]),
    beijing_embodied_leading_products_target=fmt.describe(single.loc["beijing_embodied_leading_products_target"]),
    beijing_embodied_robot_deployment_target=fmt.describe(single.loc["beijing_embodied_robot_deployment_target"]),
    beijing_embodied_cluster_scale_target=fmt.describe(single.loc["beijing_embodied_cluster_scale_target"]),
    guangdong_embodied_unicorns_target_low=fmt.describe(single.loc["guangdong_embodied_unicorns_target_low"]),
    guangdong_embodied_unicorns_target_low_period=fmt.period(
        single.loc["guangdong_embodied_unicorns_target_low", "as_of"]),
    guangdong_embodied_unicorns_target_high=fmt.describe(single.loc["guangdong_embodied_unicorns_target_high"]),
    provinces_with_embodied_policies=fmt.describe(single.loc["provinces_with_embodied_policies"]),
    alphaevolve_kissing_problem_age=fmt.describe(single.loc["alphaevolve_kissing_problem_age"]),
    alphaevolve_kissing_outer_spheres=fmt.describe(single.loc["alphaevolve_kissing_outer_spheres"]),
    alphaevolve_kissing_dimensions=fmt.describe(single.loc["alphaevolve_kissing_dimensions"]),
    alphaevolve_matrix_order=fmt.describe(single.loc["alphaevolve_matrix_order"]),
    alphaevolve_scalar_multiplications=fmt.describe(single.loc["alphaevolve_scalar_multiplications"]),
    alphaevolve_gemini_kernel_speedup=fmt.describe(single.loc["alphaevolve_gemini_kernel_speedup"]),
    alphaevolve_training_time_reduction=fmt.describe(single.loc["alphaevolve_training_time_reduction"]),
    alphaevolve_flashattention_speedup_plain=fmt.plain(single.loc["alphaevolve_flashattention_speedup"]),
    alphaevolve_algorithm_code_lines=fmt.describe(single.loc["alphaevolve_algorithm_code_lines"]),
)

# %% [markdown]
# ## 农业生产
#
# 报告对农业的描述以地方案例为主，数字几乎都来自同一篇媒体报道：本节{glue:text}`agri_n`个数字中有{glue:text}`agri_top_source_n`个出自它{footcite}`fn29`，统计口径是当地农业部门或“业界”的说法，而不是全国性的抽样统计。
#
# - 精准种植：广州从化区用生成式AI分析农田实时监测数据、据此调整灌溉和施肥，当地农业农村局统计农作物增产{glue:text}`conghua_crop_yield_increase`。{footcite}`fn29`
# - 无人农机：杭州西湖区引入无人驾驶的播种机和收割机，按业界统计可每日连续作业{glue:text}`unmanned_machinery_daily_hours`，作业效率提高{glue:text}`unmanned_machinery_efficiency_gain`。{footcite}`fn29`
# - 智能灌溉：甘肃民乐县一处马铃薯示范基地每亩减少灌溉用水{glue:text}`minle_irrigation_saving_per_mu_low`至{glue:text}`minle_irrigation_saving_per_mu_high`，预计亩均节水{glue:text}`minle_irrigation_saving_share`。{footcite}`fn29` 这两个数字放在一起可以反推原来的用水量：若节水量至少占原用水量的{glue:text}`minle_irrigation_saving_share_plain`，原来每亩用水就不超过{glue:text}`agri_water_base_low`至{glue:text}`agri_water_base_high`（本书计算，报告没有给出原用水量）。
# - 果园机器人：在新疆国际农业机械博览会的专栏里，一家企业介绍其立体农业智能机器人已覆盖除草、打药、修剪、施肥等{glue:text}`orchard_robot_core_tasks`核心作业环节。{footcite}`fn31`
#
# 除了生产环节，报告还提到电商平台用图像识别给农产品分级、按购买记录推荐时令产品，以及用数字人直播带货，{footcite}`fn30` 但这些做法没有附带任何数字。政策层面，农业农村部先后发布《农业农村部关于大力发展智慧农业的指导意见》和《全国智慧农业行动计划（2024—2028年）》，要求推动大模型进入农业科研、生产经营和管理服务。{footcite}`fn26,fn27` 模型方面，中国农业大学发布了新一代“神农大模型”，覆盖育种、种植、养殖、遥感和气象等场景。{footcite}`fn28`

# %%
agri = facts[facts["sector"] == "agriculture"]
agri_sources = agri["source_id"].value_counts()
fmt.glue("agri_n", fmt.with_unit(len(agri), ""))
fmt.glue("agri_top_source_n", fmt.with_unit(agri_sources.iloc[0], ""))
saving = agri.set_index("key")
share = saving.loc["minle_irrigation_saving_share"]
unit = saving.loc["minle_irrigation_saving_per_mu_low", "unit"]
for bound in ("low", "high"):
    per_mu = saving.loc[f"minle_irrigation_saving_per_mu_{bound}", "value"]
    fmt.glue(f"agri_water_base_{bound}", fmt.with_unit(round(per_mu / share["value"] * 100), unit))

# %% [markdown]
# ## 工业制造
#
# ### 工业互联网的底座
#
# 报告先用一组工业互联网建设指标说明制造业接入AI的基础（{numref}`tab-industrial-internet`）。这组数字来自中国工业互联网研究院，{footcite}`fn32` 但报告和来源都没有写明统计时点，本书按报告年份记作{glue:text}`internet_period`；各指标单位不同，只能逐项阅读，不宜放在同一坐标轴上比较。

# %%
internet_table = tables.readable(internet, {"label": "指标"})[["指标", "数值"]]  # one period, said in the caption
fmt.glue("internet_period", fmt.period(internet["as_of"].iloc[0]) if internet["as_of"].nunique() == 1
         else "、".join(fmt.period(p) for p in series.periods(internet)))
tables.glue_table("tab_industrial_internet", internet_table, caption="工业互联网建设指标（中国工业互联网研究院，未注明统计时点）",
               name="tab-industrial-internet")

# %% [markdown]
# ```{glue:md} tab_industrial_internet
# :format: myst
# ```
#
# ### 入选的典型案例
#
# 工业和信息化部在人工智能赋能新型工业化典型应用征集中公示了入选案例，报告给出了四个类别各自的数量。{footcite}`fn34` 本书把它们相加，得到{glue:text}`cases_total`，与报告第五章政策部分所说的总数{glue:text}`cases_stated_total`{choose}``cases_agree|True=一致|False=相差{glue:text}`cases_gap` ``。{footcite}`report` 四类之中，{glue:text}`cases_top_label`有{glue:text}`cases_top_value`，占{glue:text}`cases_top_share`，说明入选者以具体行业里的落地项目为主；{glue:text}`cases_bottom_label`最少，只有{glue:text}`cases_bottom_value`（{numref}`fig-industrial-cases`）。

# %%
cases_now = series.latest(cases, "9999", by=["category"])
cases_total = cases_now["value"].sum()
stated_total = environment[environment["key"] == "industrial_ai_typical_cases"].iloc[0]
ranked = cases_now.sort_values("value", ascending=False)
top, bottom = ranked.iloc[0], ranked.iloc[-1]
case_unit = cases_now["unit"].iloc[0]
fmt.glue("cases_n", fmt.with_unit(len(cases_now), ""))
fmt.glue("cases_total", fmt.with_unit(cases_total, case_unit))
fmt.glue("cases_stated_total", fmt.describe(stated_total))
fmt.glue_all(cases_agree=cases_total == stated_total["value"],
             cases_gap=fmt.with_unit(abs(cases_total - stated_total["value"]), case_unit))
fmt.glue("cases_top_label", top["label"])
fmt.glue("cases_top_value", fmt.describe(top))
fmt.glue("cases_top_share", fmt.pct(top["value"] / cases_total * 100))
fmt.glue("cases_bottom_label", bottom["label"])
fmt.glue("cases_bottom_value", fmt.describe(bottom))

table = ranked.assign(类别=ranked["label"],
                      案例数=[f"{fmt.describe(r)}（{fmt.pct(r['value'] / cases_total * 100)}）"
                           for _, r in ranked.iterrows()])
charts.figure(
    "fig-industrial-cases",
    charts.bars(table, "类别", value_title="入选案例（项）", label="案例数"),
    tables.readable(ranked, {"label": "类别"}).assign(占合计比例=[fmt.pct(v / cases_total * 100) for v in ranked["value"]]),
    sources=ranked["source_id"].unique(),
    alt=f"条形图：人工智能赋能新型工业化典型应用入选案例按类别，合计{fmt.with_unit(cases_total, case_unit)}；"
        + "，".join(f"{c}{n}" for c, n in zip(table["类别"], table["案例数"])) + "。",
)

# %% [markdown]
# ```{glue:figure} fig-industrial-cases
# :name: fig-industrial-cases
#
# 人工智能赋能新型工业化典型应用入选案例（按类别，括号内为占合计的比例，本书计算）
# ```
#
# ### 机器人、质检与企业合作
#
# 全国性的数字只有一个：{glue:text}`industrial_robot_output_period`我国工业机器人产量为{glue:text}`industrial_robot_output`，同比增速为{glue:text}`industrial_robot_output_growth`。{footcite}`fn38` 据此倒推，上一年的产量约为{glue:text}`robots_prev`，一年间{glue:text}`robots_word`约{glue:text}`robots_added`（本书计算）。
#
# 其余都是企业案例。深圳炬星科技向日本一家物流中心提供了{glue:text}`syrius_robots_ordered`仓储机器人，对方的雇员从{glue:text}`syrius_client_staff_before`减到{glue:text}`syrius_client_staff_after`，{footcite}`fn37` 即减少{glue:text}`syrius_cut`、约{glue:text}`syrius_cut_share`；平均每台机器人对应约{glue:text}`syrius_per_robot`个岗位（本书计算，单一客户的情况不能外推）。腾讯云与合作伙伴成立的工业AI质检联盟称其方案覆盖{glue:text}`tencent_qc_industries`行业领域，其中一家企业累计检测产品外观{glue:text}`tencent_qc_single_firm_inspections`。{footcite}`fn39` 报告还介绍了京东工业的“太璞”供应链方案与“Joy industrial”工业大模型、{footcite}`fn35` 优必选人形机器人进入汽车工厂实训，{footcite}`fn36` 以及网易与徐工在无人装载机和矿山挖掘机上的合作，{footcite}`fn40` 这几例没有给出量化结果。
#
# ### 专栏：华东的样板
#
# 报告转载的华东调研专栏里有一组地方数字：{footcite}`fn41`
#
# - 上海有{glue:text}`shanghai_filed_genai_models`生成式人工智能服务大模型通过国家备案，专栏称数量居全国第{glue:text}`shanghai_filed_genai_models_rank_n`；苏州工业园区累计推出{glue:text}`suzhou_ai_demo_scenarios`人工智能示范应用场景；在江苏入选工业和信息化部揭榜挂帅名单的单位中，工业软件企业占{glue:text}`jiangsu_list_industrial_software_share`。
# - 部省协同建设的国家人工智能创新应用先导区有{glue:text}`national_ai_pilot_zones`，我国开源社区的全球参与者数量居第{glue:text}`open_source_participants_rank_n`。
# - {glue:text}`jiangsu_industrial_value_added_growth_period`，江苏规模以上工业增加值的增速为{glue:text}`jiangsu_industrial_value_added_growth`，工业用电增速为{glue:text}`jiangsu_industrial_power_growth`。
#
# 上海的备案数可以和第三章对照：按报告第三章的地区统计，到{glue:text}`sh_filings_period`上海已备案{glue:text}`sh_filings`，与{glue:text}`sh_filings_peer`并列第{glue:text}`sh_filings_rank`。{footcite}`report` 两个数字相差{glue:text}`sh_filings_gap`，但时点相隔{glue:text}`sh_filings_months`个月，单位（“款”与“家”）和统计对象（大模型与服务）的写法也不同，报告没有说明二者是否同一口径，因此不宜把差额读成这段时间的新增数；名次则前后一致。

# %%
robots = facts.set_index("key")
output, growth = robots.loc["industrial_robot_output"], robots.loc["industrial_robot_output_growth"]
previous = output["value"] / (1 + growth["value"] / 100)
fmt.glue("robots_prev", fmt.with_unit(round(previous, 2), output["unit"]))
fmt.glue("robots_added", fmt.with_unit(round(abs(output["value"] - previous), 2), output["unit"]))
fmt.glue("robots_word", fmt.change_word(output["value"] - previous, up="增加", down="减少", same="变化"))

before, after = robots.loc["syrius_client_staff_before"], robots.loc["syrius_client_staff_after"]
ordered = robots.loc["syrius_robots_ordered"]
cut = before["value"] - after["value"]
fmt.glue("syrius_cut", fmt.with_unit(cut, before["unit"]))
fmt.glue("syrius_cut_share", fmt.pct(cut / before["value"] * 100))
fmt.glue("syrius_per_robot", fmt.number(round(cut / ordered["value"], 2)))
for key in ("shanghai_filed_genai_models_rank", "open_source_participants_rank"):
    fmt.glue(f"{key}_n", fmt.number(robots.loc[key, "value"]))

# the same city in chapter 3's filings by region
latest_filings = series.latest(filings, "9999", by=["region"])
shanghai = latest_filings[latest_filings["region"] == "上海"].iloc[0]
rank = int((latest_filings["value"] > shanghai["value"]).sum()) + 1
peers = latest_filings[(latest_filings["value"] == shanghai["value"]) & (latest_filings["region"] != "上海")]
box = robots.loc["shanghai_filed_genai_models"]
fmt.glue("sh_filings_period", fmt.period(shanghai["as_of"]))
fmt.glue("sh_filings", fmt.describe(shanghai))
fmt.glue("sh_filings_peer", "、".join(peers["region"]) if len(peers) else "无其他地区")
fmt.glue("sh_filings_rank", fmt.number(rank))
fmt.glue("sh_filings_gap", fmt.number(abs(shanghai["value"] - box["value"])))
months = lambda p: int(p[:4]) * 12 + int(p[5:7])  # noqa: E731 - both periods are months
fmt.glue("sh_filings_months", fmt.number(months(series.period_end(shanghai["as_of"])) - months(box["as_of"])))

# %% [markdown]
# ## 生活服务
#
# 报告认为生活服务是生成式人工智能铺得最广的领域，并把它分成智能搜索、内容创作、办公助手和智能硬件四块。
#
# ### 智能搜索
#
# 对话式产品正在变成获取信息的入口，搜索引擎厂商也只能跟进。百度的数据最能说明速度：其移动搜索结果页里由AI生成的内容，{glue:text}`baidu_before_period`占{glue:text}`baidu_before`，{glue:text}`baidu_now_period`已{glue:text}`baidu_word`到{glue:text}`baidu_now`，{glue:text}`baidu_months`个月里{glue:text}`baidu_word_short`{glue:text}`baidu_delta`。{footcite}`report` 这两个数字在报告中没有注明出处，也没有说明是按页面面积、条目数还是流量计算。
#
# 广告是搜索引擎的主要收入，报告转载的专栏给出了美国市场的预测（{numref}`fig-us-ai-search-ads`）：{footcite}`fn42` 基于AI的搜索广告支出{glue:text}`ads_first_period`为{glue:text}`ads_first`，到{glue:text}`ads_last_period`将达{glue:text}`ads_last`；它在全部搜索广告支出中的比例，则由{glue:text}`ads_share_first`升到{glue:text}`ads_share_last`。按字面值相除，支出约扩大{glue:text}`ads_ratio`；但前一个数是“多”、后一个数是“近”，实际倍数应比这个值低一些。比例的变化约为{glue:text}`ads_share_delta`。

# %%
baidu_rows = facts[facts["key"] == "baidu_mobile_search_aigc_share"]
baidu = series.change(baidu_rows, series.periods(baidu_rows)[-1], key="baidu_mobile_search_aigc_share")
fmt.glue("baidu_before_period", fmt.period(baidu.before_period))
fmt.glue("baidu_now_period", fmt.period(baidu.period))
fmt.glue("baidu_before", fmt.pct(baidu.before, 0))
fmt.glue("baidu_now", fmt.pct(baidu.now, 0))
fmt.glue("baidu_word", fmt.change_word(baidu.delta, up="升", down="降", same="保持"))
fmt.glue("baidu_word_short", fmt.change_word(baidu.delta, up="提高", down="降低", same="变动"))
fmt.glue("baidu_delta", fmt.pp(baidu.delta, 0))
fmt.glue("baidu_months", fmt.number(months(baidu.period) - months(baidu.before_period)))

spend = ads[ads["measure"] == "spend"].sort_values("as_of")
share_rows = ads[ads["measure"] == "share_of_search_ad_spend"].sort_values("as_of")
first, last = spend.iloc[0], spend.iloc[-1]
fmt.glue("ads_first_period", fmt.period(first["as_of"]))
fmt.glue("ads_last_period", fmt.period(last["as_of"]))
fmt.glue("ads_first", fmt.describe(first))
fmt.glue("ads_last", fmt.describe(last))
fmt.glue("ads_word", fmt.change_word(last["value"] - first["value"], up="增至", down="降至", same="维持在"))
fmt.glue("ads_ratio", fmt.with_unit(round(last["value"] / first["value"]), "倍"))
fmt.glue("ads_share_first", fmt.describe(share_rows.iloc[0]))
fmt.glue("ads_share_last", fmt.describe(share_rows.iloc[-1]))
fmt.glue("ads_share_delta", fmt.pp(share_rows.iloc[-1]["value"] - share_rows.iloc[0]["value"]))

kind = {True: "预测", False: "当年估计"}
table = spend.assign(
    年份=[f"{fmt.period(p)}（{kind[p > series.period_end(as_of)[:4]]}）" for p in spend["as_of"]],
    支出=spend.apply(fmt.describe, axis=1),
    占搜索广告比例=[fmt.describe(r) for _, r in share_rows.iterrows()],
)
chart = charts.bars(table, "年份", value_title="美国AI搜索广告支出（亿美元）", label="支出", sort=list(table["年份"]))
charts.figure(
    "fig-us-ai-search-ads", chart,
    tables.readable(ads, {"label": "指标"}),
    sources=ads["source_id"].unique(),
    alt="条形图：美国基于AI的搜索广告支出，" + "，".join(f"{y}{s}（占搜索广告支出{p}）" for y, s, p in
                                          zip(table["年份"], table["支出"], table["占搜索广告比例"])) + "。",
)

# %% [markdown]
# ```{glue:figure} fig-us-ai-search-ads
# :name: fig-us-ai-search-ads
#
# 美国基于AI的搜索广告支出：当年估计与预测（Emarketer，经报告专栏转引）
# ```
#
# ### 内容创作与办公助手
#
# 内容创作部分，报告列举了游戏里由大模型驱动的非玩家角色、{footcite}`fn43` 面向开发者的游戏美术生成引擎{footcite}`fn44` 和陆续开放的视频生成模型，{footcite}`fn45` 但没有给出用户数、产量或成本等数字，本书因此无从量化。办公场景同样以功能介绍为主，唯一的数字来自谷歌：{glue:text}`google_ai_generated_code_share_period`，该公司{glue:text}`google_ai_generated_code_share`的新代码由AI生成。{footcite}`fn46` 这是企业自述的比例，没有说明按代码行数还是提交次数计算。
#
# ### 智能硬件
#
# 宇树科技是报告举出的机器人代表。按来源给出的份额，它占全球四足机器人销量的{glue:text}`unitree_quadruped_sales_share`、市场规模的{glue:text}`unitree_quadruped_market_size_share`。{footcite}`fn48` 两个份额之比约为{glue:text}`unitree_price_ratio`，意味着宇树产品的平均售价约为整个市场平均售价的这一倍数，即以较低的价格换得了较大的销量（本书据两个份额推算）。
#
# 公共服务也在用机器人：深圳坪山区建成人工智能环卫作业示范区，设立{glue:text}`pingshan_sanitation_command_centres`运营指挥中心和{glue:text}`pingshan_smart_supply_stations`智能补给站，投入{glue:text}`pingshan_ai_sanitation_devices`人工智能环卫设备。{footcite}`fn49` 政策方面，《提振消费专项行动方案》把智能穿戴、机器人等列为“人工智能+消费”的新赛道。{footcite}`fn47`
#
# 报告的具身智能专栏汇总了地方规划：{footcite}`fn50` 北京的三年行动计划提出，到{glue:text}`beijing_embodied_key_tech_target_period`突破{glue:text}`beijing_embodied_key_tech_target`关键技术，推出{glue:text}`beijing_embodied_leading_products_target`国际领先的软硬件产品，力争{glue:text}`beijing_embodied_robot_deployment_target`具身智能机器人规模落地，培育{glue:text}`beijing_embodied_cluster_scale_target`的产业集群（原文未写货币单位）；广东计划{glue:text}`guangdong_embodied_unicorns_target_low_period`引进和培育{glue:text}`guangdong_embodied_unicorns_target_low`至{glue:text}`guangdong_embodied_unicorns_target_high`独角兽或科技型领军企业；据不完全统计，已有{glue:text}`provinces_with_embodied_policies`省市出台了支持政策。这些都是目标，不是已实现的结果。

# %%
unitree = facts.set_index("key")
fmt.glue("unitree_price_ratio", fmt.number(round(unitree.loc["unitree_quadruped_market_size_share", "value"]
                                                 / unitree.loc["unitree_quadruped_sales_share", "value"], 2)))

# %% [markdown]
# ## 科学研究
#
# 报告按发布时间介绍了几款国内科研大模型。把它们公开的准确率放在一起看（{numref}`fig-science-accuracy`），最高的一项是{glue:text}`sci_top_model`的{glue:text}`sci_top_measure`，为{glue:text}`sci_top_value`；最低的一项是{glue:text}`sci_bottom_model`的{glue:text}`sci_bottom_measure`，为{glue:text}`sci_bottom_value`。不过这些准确率的任务、数据集和评测方法各不相同，都是研发方或媒体的说法，图中并排只是为了便于查阅，并不表示模型之间的优劣。{footcite}`fn51,fn54,fn55,fn56`

# %%
short_measure = {
    "crater_recognition_accuracy": "撞击坑识别",
    "renewable_power_forecast_accuracy": "新能源功率预测",
    "power_load_forecast_accuracy": "电力负荷预测",
    "coral_taxon_recognition_accuracy": "珊瑚种属识别",
    "m5_flare_forecast_accuracy": "M5级耀斑预报",
}


def short_model(name: str) -> str:
    """“金乌”太阳大模型 → 金乌太阳, 月球科学多模态专业大模型 → 月球科学."""
    return re.sub(r"(多模态)?(专业)?大模型.*$", "", name.replace("“", "").replace("”", ""))


accuracy = science[science["unit"] == "%"].copy()
accuracy["模型与指标"] = [f"{short_model(m)}·{short_measure.get(k, label)}"
                        for m, k, label in zip(accuracy["model"], accuracy["measure"], accuracy["label"])]
accuracy["准确率"] = accuracy.apply(fmt.describe, axis=1)
ordered = accuracy.sort_values("value", ascending=False)
for name, row in (("top", ordered.iloc[0]), ("bottom", ordered.iloc[-1])):
    fmt.glue(f"sci_{name}_model", row["model"])
    fmt.glue(f"sci_{name}_measure", row["label"])
    fmt.glue(f"sci_{name}_value", fmt.describe(row))
charts.figure(
    "fig-science-accuracy",
    charts.bars(accuracy, "模型与指标", value_title="公开的准确率（%）", label="准确率"),
    tables.readable(accuracy, {"model": "模型", "developer": "研发单位", "label": "指标"}),
    sources=accuracy["source_id"].unique(),
    alt="条形图：科研大模型公开的准确率，" + "，".join(
        f"{m}{v}" for m, v in zip(ordered["模型与指标"], ordered["准确率"])) + "。",
)

others = science[science["unit"] != "%"].set_index("measure")
fmt.glue_all(
    sci_max_spatial_resolution_plain=fmt.plain(others.loc["max_spatial_resolution"]),
    sci_max_temporal_resolution_plain=fmt.plain(others.loc["max_temporal_resolution"]),
    sci_underwater_images_analysed=fmt.describe(others.loc["underwater_images_analysed"]),
    sci_efficiency_vs_manual=fmt.describe(others.loc["efficiency_vs_manual"]),
    sci_flare_forecast_horizon=fmt.describe(others.loc["flare_forecast_horizon"]),
)

# %% [markdown]
# ```{glue:figure} fig-science-accuracy
# :name: fig-science-accuracy
#
# 科研大模型公开的准确率（各项任务与评测方法不同，不宜直接比较）
# ```
#
# 准确率之外，报告还给出了几项能力指标。“八观气象大模型”的时空精度最高可达{glue:text}`sci_max_spatial_resolution_plain`见方的网格和{glue:text}`sci_max_temporal_resolution_plain`的时间步长，已用于山东电网的新能源功率与负荷预测；{footcite}`fn54` “瑶华”珊瑚礁模型分析了{glue:text}`sci_underwater_images_analysed`水下影像，识别效率比人工提高{glue:text}`sci_efficiency_vs_manual`；{footcite}`fn55` “金乌”太阳大模型可预测未来{glue:text}`sci_flare_forecast_horizon`内的耀斑爆发。{footcite}`fn56` 此外，地理科学大模型“坤元”及其后续的遥感与海洋模型也在报告之列，但没有附带指标。{footcite}`fn52,fn53`
#
# 报告的科研专栏介绍了谷歌DeepMind的编程智能体AlphaEvolve，它的成绩同样来自企业发布：{footcite}`fn57`
#
# - 数学：在有{glue:text}`alphaevolve_kissing_problem_age`历史的“亲吻数”问题上，它找到由{glue:text}`alphaevolve_kissing_outer_spheres`外层球体构成的结构，刷新了{glue:text}`alphaevolve_kissing_dimensions`空间中的下界；对{glue:text}`alphaevolve_matrix_order`复值矩阵的乘法，它给出只需{glue:text}`alphaevolve_scalar_multiplications`标量乘法的算法。
# - 工程：用于Gemini的训练后，核心计算效率提升{glue:text}`alphaevolve_gemini_kernel_speedup`，整体训练时间缩短{glue:text}`alphaevolve_training_time_reduction`；FlashAttention核心计算的加速幅度最高达{glue:text}`alphaevolve_flashattention_speedup_plain`。
# - 规模：研究人员称它发现的算法可达{glue:text}`alphaevolve_algorithm_code_lines`代码（原文只给量级）。
#
# ## 数据与来源

# %%
sources.resource_list(["scenario_facts", "industrial_internet", "industrial_ai_cases", "us_ai_search_ads",
                       "science_models", "environment_facts", "filings_by_region"])

# %% [markdown]
# ```{footbibliography}
# ```
