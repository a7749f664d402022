# %% [markdown]
# # 发展环境
#
# 报告第五章从政策、技术、资金和国际竞争四个方面描述生成式人工智能所处的环境。本章把其中的政策表、专利与算力数据、投融资分布和各国举措整理成可核对的表和图，并对投融资数据做了一致性检查。要点如下：
#
# - 报告的政策表列出{glue:text}`policy_n`文件（{numref}`tab-policies`），其中{glue:text}`policy_top_category`有{glue:text}`policy_top_category_n`，其余为{glue:text}`policy_other_category`；{glue:text}`policy_joint_n`由多个部门联合发布。
# - 技术方面，我国在全球新公开的生成式AI专利中占{glue:text}`new_genai_patents_china_share`，约合{glue:text}`china_new_genai_patents`（本书计算）；截至{glue:text}`compute_period`，智能算力规模为{glue:text}`intelligent_computing_power`。
# - {glue:text}`fin_period`，AI相关投融资共{glue:text}`fin_events`、{glue:text}`fin_amount`；事件数和金额最多的都是{glue:text}`fin_top_sector`，分别占{glue:text}`fin_top_events_share`和{glue:text}`fin_top_amount_share`（{numref}`fig-financing-events`、{numref}`fig-financing-amount`）。
# - 报告的地区分布（{numref}`fig-financing-region`）有一处对不上：三个地区的金额和占比都指向约{glue:text}`region_base`的总额，而不是{glue:text}`fin_amount`。本章计算了每个地区隐含的总额，并讨论可能的原因（{numref}`tab-financing-checks`）。
# - 国际部分，报告列举了{glue:text}`intl_countries`个国家和组织的{glue:text}`intl_n`项量化举措，其中{glue:text}`intl_money_n`项是资金数额，币种各不相同，本书照原文列出、不做换算（{numref}`tab-intl-money`）。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import re

import altair as alt
import pandas as pd

from genai_book import charts, data, fmt, series, sources, tables

data.use(data_dir, as_of)

# %%
policies = data.load("policies")
environment = data.load("environment_facts")
compute = data.load("compute_storage")
growth = data.load("data_growth")
by_sector = data.load("financing_by_sector")
by_region = data.load("financing_by_region")
financing = data.load("financing_facts")
international = data.load("international_programmes")
nvidia = data.load("nvidia_h20")
catalog = data.load("figure_catalog")
source_table = sources.table()

env_facts, fin_facts, h20 = (t.set_index("key") for t in (environment, financing, nvidia))
compute_facts = compute.set_index("indicator")
fmt.glue_all(
    industrial_ai_typical_cases=fmt.describe(env_facts.loc["industrial_ai_typical_cases"]),
    ai_industry_key_standards=fmt.describe(env_facts.loc["ai_industry_key_standards"]),
    ai_international_standards=fmt.describe(env_facts.loc["ai_international_standards"]),
    ai_patent_holdings_world_share=fmt.describe(env_facts.loc["ai_patent_holdings_world_share"]),
    global_new_genai_patents=fmt.describe(env_facts.loc["global_new_genai_patents"]),
    new_genai_patents_china_share=fmt.describe(env_facts.loc["new_genai_patents_china_share"]),
    ai_patent_applications=fmt.describe(env_facts.loc["ai_patent_applications"]),
    ai_patent_applications_period=fmt.period(env_facts.loc["ai_patent_applications", "as_of"]),
    ai_patent_applications_world_share=fmt.describe(env_facts.loc["ai_patent_applications_world_share"]),
    top5_regions_patent_application_share=fmt.describe(env_facts.loc["top5_regions_patent_application_share"]),
    data_labelling_volume=fmt.describe(env_facts.loc["data_labelling_volume"]),
    data_labelling_volume_period=fmt.period(env_facts.loc["data_labelling_volume", "as_of"]),
    data_labelling_vs_national_library=fmt.describe(env_facts.loc["data_labelling_vs_national_library"]),
    labelling_hq_industry_datasets=fmt.describe(env_facts.loc["labelling_hq_industry_datasets"]),
    labelling_supported_domestic_models=fmt.describe(env_facts.loc["labelling_supported_domestic_models"]),
    labelling_industry_output=fmt.describe(env_facts.loc["labelling_industry_output"]),
    chinese_data_share_most_models=fmt.describe(env_facts.loc["chinese_data_share_most_models"]),
    chinese_data_share_some_models=fmt.describe(env_facts.loc["chinese_data_share_some_models"]),
    deepseek_open_sourced_repos=fmt.describe(env_facts.loc["deepseek_open_sourced_repos"]),
    deepseek_open_sourced_repos_period=fmt.period(env_facts.loc["deepseek_open_sourced_repos", "as_of"]),
    deepep_roce_performance_gain=fmt.describe(env_facts.loc["deepep_roce_performance_gain"]),
    deepep_infiniband_performance_gain=fmt.describe(env_facts.loc["deepep_infiniband_performance_gain"]),
    computing_centre_racks=fmt.describe(compute_facts.loc["computing_centre_racks"]),
    intelligent_computing_power=fmt.describe(compute_facts.loc["intelligent_computing_power"]),
    storage_capacity=fmt.describe(compute_facts.loc["storage_capacity"]),
    national_ai_fund=fmt.describe(fin_facts.loc["national_ai_fund"]),
    national_ai_fund_period=fmt.period(fin_facts.loc["national_ai_fund", "as_of"]),
    ai_industry_total_investment=fmt.describe(fin_facts.loc["ai_industry_total_investment"]),
    ai_industry_total_investment_period=fmt.period(fin_facts.loc["ai_industry_total_investment", "as_of"]),
    q1_h20_charge=fmt.describe(h20.loc["q1_h20_charge"]),
    q1_h20_charge_period=fmt.period(h20.loc["q1_h20_charge", "as_of"]),
    q1_h20_undelivered_revenue=fmt.describe(h20.loc["q1_h20_undelivered_revenue"]),
    q1_h20_charge_expected_in_april=fmt.describe(h20.loc["q1_h20_charge_expected_in_april"]),
    q2_revenue_reduction=fmt.describe(h20.loc["q2_revenue_reduction"]),
    q2_revenue_forecast=fmt.describe(h20.loc["q2_revenue_forecast"]),
    china_market_value=fmt.describe(h20.loc["china_market_value"]),
    china_share_ai_researchers=fmt.describe(h20.loc["china_share_ai_researchers"]),
)


def report_item(resource: str, words: str = "") -> str:
    """The report's own number for a figure or table (图11, 表1), from the figure catalog."""
    rows = catalog[(catalog["resource"] == resource) & catalog["title"].str.contains(words)]
    return rows["item"].iloc[0]


# %% [markdown]
# ## 政策环境
#
# 报告把近期政策分成两条线：一条是推动产业应用的鼓励措施，例如工业和信息化部组建人工智能标准化技术委员会、公布新型工业化典型应用案例名单，以及国务院国资委部署中央企业“AI+”专项行动；{footcite}`fn58` 另一条是针对误用和滥用的治理规范。报告称我国已制定{glue:text}`ai_industry_key_standards`人工智能行业关键标准和{glue:text}`ai_international_standards`国际标准，{footcite}`fn59` 并确定了{glue:text}`industrial_ai_typical_cases`赋能新型工业化的典型应用案例（按类别的分布见第四章）。{footcite}`report`
#
# 报告的{glue:text}`policy_item`列出了{glue:text}`policy_span`间的{glue:text}`policy_n`主要政策，本书照录为{numref}`tab-policies`。{footcite}`report`

# %%
policy_table = pd.DataFrame({
    "发布时间": policies["date"].map(fmt.period),
    "政策名称": "《" + policies["title"] + "》",
    "发布单位": policies["issuer"],
    "类别": policies["category"],
})
first_month, last_month = min(policies["date"]), max(policies["date"])
policy_item = report_item("policies")
fmt.glue("policy_item", policy_item)
fmt.glue("policy_span", f"{fmt.period(first_month)}至{fmt.period(last_month)}")
fmt.glue("policy_n", fmt.with_unit(len(policies), "项"))
tables.glue_table("tab_policies", policy_table,
               caption=f"我国人工智能领域主要政策（{fmt.period(first_month)}至{fmt.period(last_month)}，"
                       f"即报告{policy_item}）",
               name="tab-policies")

# %% [markdown]
# ```{glue:md} tab_policies
# :format: myst
# ```
#
# 按报告自己的分类计数（{numref}`fig-policy-categories`），{glue:text}`policy_top_category`共{glue:text}`policy_top_category_n`，{glue:text}`policy_other_category`{glue:text}`policy_other_category_n`。按年份看，{glue:text}`policy_by_year`。发布单位写有“等”字、即多部门联合发布的有{glue:text}`policy_joint_n`；不计联合单位，出现不止一次的牵头部门是{glue:text}`policy_repeat_issuers`。需要说明的是，这张表是报告挑选的“主要政策”，不是完整清单，计数只反映报告的取舍。

# %%
policies["年份"] = policies["date"].str[:4].map(fmt.period)
by_category = policies["category"].value_counts()
fmt.glue("policy_top_category", by_category.index[0])
fmt.glue("policy_top_category_n", fmt.with_unit(by_category.iloc[0], "项"))
fmt.glue("policy_other_category", "、".join(by_category.index[1:]))
fmt.glue("policy_other_category_n", "、".join(fmt.with_unit(n, "项") for n in by_category.iloc[1:]))


def year_span(year: str) -> str:
    """The months of `year` the table covers: 2024年6—12月."""
    start, end = max(first_month, f"{year}-01"), min(last_month, f"{year}-12")
    return fmt.period(f"{start}/{end}") if start != end else fmt.period(start)


year_counts = policies.groupby(policies["date"].str[:4]).size()
fmt.glue("policy_by_year", "，".join(f"{year_span(y)}有{fmt.with_unit(n, '项')}" for y, n in year_counts.items()))
fmt.glue("policy_joint_n", fmt.with_unit(policies["issuer"].str.endswith("等").sum(), "项"))
lead = policies["issuer"].str.removesuffix("等").value_counts()
fmt.glue("policy_repeat_issuers", "、".join(f"{name}（{fmt.with_unit(n, '项')}）" for name, n in lead[lead > 1].items())
         or "无")

counts = policies.groupby(["category", "年份"]).size().rename("value").reset_index()
counts = counts.rename(columns={"category": "类别"}).assign(政策数=lambda f: f["value"].map(lambda v: fmt.with_unit(v, "项")))
totals = counts.groupby("类别", as_index=False)["value"].sum().assign(
    合计=lambda f: f["value"].map(lambda v: fmt.with_unit(v, "项")))
order = list(by_category.index)
bars = alt.Chart(counts).mark_bar().encode(
    y=alt.Y("类别:N", title=None, sort=order),
    x=alt.X("value:Q", title="政策数量（项）", axis=alt.Axis(tickMinStep=1)),
    color=alt.Color("年份:N", title="发布年份", sort=sorted(counts["年份"].unique())),
    order=alt.Order("年份:N"),
    tooltip=["类别", "年份", alt.Tooltip("政策数:N", title="政策数量")],
)
labels = alt.Chart(totals).mark_text(align="left", dx=4, fontSize=12).encode(
    y=alt.Y("类别:N", sort=order), x="value:Q", text="合计:N")
charts.figure(
    "fig-policy-categories", (bars + labels).properties(height=alt.Step(36)),
    counts[["类别", "年份", "政策数"]],
    sources=policies["source_id"].unique(),
    alt="条形图：报告政策表按类别和发布年份计数，" + "；".join(
        f"{c}{fmt.with_unit(t, '项')}（" + "，".join(f"{y}{fmt.with_unit(v, '项')}" for y, v in
                                              zip(counts[counts['类别'] == c]['年份'], counts[counts['类别'] == c]['value']))
        + "）" for c, t in zip(totals["类别"], totals["value"])) + "。",
)

# %% [markdown]
# ```{glue:figure} fig-policy-categories
# :name: fig-policy-categories
#
# 报告政策表中各类政策的数量（按发布年份分色，本书计数）
# ```
#
# ## 技术环境
#
# ### 专利
#
# 报告引用了三个口径不同的“我国占全球比例”（{numref}`fig-patent-shares`）。按世界知识产权组织的报告，我国是全球人工智能专利最大拥有国，占{glue:text}`ai_patent_holdings_world_share`；{footcite}`fn60` 在全球新公开的{glue:text}`global_new_genai_patents`生成式AI专利中，我国占{glue:text}`new_genai_patents_china_share`，折合约{glue:text}`china_new_genai_patents`；{footcite}`fn61` 截至{glue:text}`ai_patent_applications_period`，我国AI专利申请量累计{glue:text}`ai_patent_applications`，占全球申请量的{glue:text}`ai_patent_applications_world_share`，居全球第{glue:text}`applications_rank`。{footcite}`fn62` 由后两个数推算，全球AI专利申请量约为{glue:text}`world_applications`（本书计算）。
#
# 申请量的占比明显低于拥有量和新公开量的占比。三个数字分属不同来源、不同统计对象（拥有的有效专利、一段时间内新公开的专利、历年累计申请），报告没有说明各自的范围，因此不能据此判断哪一个更准确，只能说“我国占比”随口径不同而相差{glue:text}`patent_share_spread`。国内分布上，北京、广东、江苏、浙江、上海五省市的申请量占全国的{glue:text}`top5_regions_patent_application_share`，{footcite}`fn63` 约合{glue:text}`top5_applications`（本书计算）。

# %%
env = environment.set_index("key")
new_genai = env.loc["global_new_genai_patents"]
fmt.glue("china_new_genai_patents", fmt.with_unit(
    round(new_genai["value"] * env.loc["new_genai_patents_china_share", "value"] / 100, 2), new_genai["unit"]))
applications = env.loc["ai_patent_applications"]
fmt.glue("world_applications", fmt.with_unit(
    round(applications["value"] / env.loc["ai_patent_applications_world_share", "value"] * 100, 1),
    applications["unit"]))
fmt.glue("top5_applications", fmt.with_unit(
    round(applications["value"] * env.loc["top5_regions_patent_application_share", "value"] / 100, 1),
    applications["unit"]))
fmt.glue("applications_rank", fmt.number(env.loc["ai_patent_applications_world_rank", "value"]))

share_names = {"ai_patent_holdings_world_share": "AI专利拥有量",
               "new_genai_patents_china_share": "新公开的生成式AI专利",
               "ai_patent_applications_world_share": "AI专利申请量（累计）"}
patent = environment[environment["key"].isin(share_names)].copy()
patent["口径"] = patent["key"].map(share_names)
patent["占比"] = patent.apply(fmt.describe, axis=1)
fmt.glue("patent_share_spread", fmt.pp(patent["value"].max() - patent["value"].min(), 2))
charts.figure(
    "fig-patent-shares",
    charts.bars(patent, "口径", value_title="我国占全球的比例（%）", label="占比"),
    tables.readable(patent, {"label": "指标"}),
    sources=patent["source_id"].unique(),
    alt="条形图：三种口径下我国占全球人工智能专利的比例，" + "，".join(
        f"{k}{v}" for k, v in zip(patent["口径"], patent["占比"])) + "。",
)

# %% [markdown]
# ```{glue:figure} fig-patent-shares
# :name: fig-patent-shares
#
# 三种口径下我国在全球人工智能专利中的占比（来源与统计对象各不相同）
# ```
#
# ### 算力、存力与数据
#
# 截至{glue:text}`compute_period`，我国在用算力中心的机架总规模为{glue:text}`computing_centre_racks`，智能算力规模为{glue:text}`intelligent_computing_power`（每秒百亿亿次浮点运算），存力规模{glue:text}`storage_capacity`，比{glue:text}`storage_base_year`{glue:text}`storage_word`{glue:text}`storage_capacity_growth`。{footcite}`fn64` 报告没有给出基年的存力规模，由这两个数字倒推约为{glue:text}`storage_base`（本书计算，两个数字都带“超过”“约”，结果只是量级）。
#
# 数据资源方面，国家数据局的数据显示，{glue:text}`data_volume_period`全国数据生产量为{glue:text}`data_volume`，同比增速{glue:text}`data_volume_growth`，{footcite}`fn65` 倒推上一年约为{glue:text}`data_volume_prev`（本书计算）。同一来源还给出了几类主体的数量增速（{numref}`fig-data-growth`）：增速最快的是{glue:text}`growth_top_label`，为{glue:text}`growth_top_value`；最慢的是{glue:text}`growth_bottom_label`，为{glue:text}`growth_bottom_value`。这些都是同比增速，报告没有给出对应的绝对数量，因此无法比较各类主体的规模。

# %%
fmt.glue("compute_period", fmt.period(compute["as_of"].iloc[0]))
by_indicator = compute.set_index("indicator")
storage = by_indicator.loc["storage_capacity"]
growth_key = next(k for k in by_indicator.index if k.startswith("storage_capacity_growth_vs_"))
storage_growth = by_indicator.loc[growth_key]
fmt.glue("storage_base", fmt.with_unit(round(storage["value"] / (1 + storage_growth["value"] / 100)), storage["unit"]))
fmt.glue("storage_word", fmt.change_word(storage_growth["value"], up="增长", down="下降"))
fmt.glue("storage_capacity_growth", fmt.describe(storage_growth))
fmt.glue("storage_base_year", fmt.period(re.search(r"(\d{4})$", growth_key).group(1)))

volume = growth[(growth["indicator"] == "data_production") & (growth["measure"] == "volume")].iloc[0]
volume_growth = growth[(growth["indicator"] == "data_production") & (growth["measure"] == "yoy_growth")].iloc[0]
fmt.glue("data_volume_period", fmt.period(volume["as_of"]))
fmt.glue("data_volume", fmt.describe(volume))
fmt.glue("data_volume_growth", fmt.describe(volume_growth))
fmt.glue("data_volume_prev", fmt.with_unit(round(volume["value"] / (1 + volume_growth["value"] / 100), 2),
                                           volume["unit"]))

rates = growth[growth["measure"] == "yoy_growth"].copy()
rates["对象"] = rates["label"].str.replace("同比增速", "", regex=False)
rates["增速"] = rates.apply(fmt.describe, axis=1)
ranked = rates.sort_values("value", ascending=False)
fmt.glue("growth_top_label", ranked.iloc[0]["对象"])
fmt.glue("growth_top_value", ranked.iloc[0]["增速"])
fmt.glue("growth_bottom_label", ranked.iloc[-1]["对象"])
fmt.glue("growth_bottom_value", ranked.iloc[-1]["增速"])
charts.figure(
    "fig-data-growth",
    charts.bars(rates, "对象", value_title=f"{fmt.period(rates['as_of'].iloc[0])}同比增速（%）", label="增速"),
    tables.readable(rates, {"label": "指标"}),
    sources=rates["source_id"].unique(),
    alt=f"条形图：{fmt.period(rates['as_of'].iloc[0])}数据资源相关指标的同比增速，"
        + "，".join(f"{o}{v}" for o, v in zip(ranked["对象"], ranked["增速"])) + "。",
)

# %% [markdown]
# ```{glue:figure} fig-data-growth
# :name: fig-data-growth
#
# 数据生产量与几类数据、AI主体数量的同比增速（国家数据局）
# ```
#
# 数据标注是把原始数据变成训练数据的环节。截至{glue:text}`data_labelling_volume_period`，企业数据标注基地的标注总规模为{glue:text}`data_labelling_volume`，报告称相当于国家图书馆数字资源总量的{glue:text}`data_labelling_vs_national_library`（由此推算国家图书馆数字资源约为{glue:text}`library_volume`，本书计算）；这些基地形成了{glue:text}`labelling_hq_industry_datasets`行业高质量数据集，支撑了{glue:text}`labelling_supported_domestic_models`国产大模型的研发，带动相关产值{glue:text}`labelling_industry_output`。{footcite}`fn66` 训练语料中，国内多数模型的中文数据占比{glue:text}`chinese_data_share_most_models`，个别模型达到{glue:text}`chinese_data_share_some_models`。{footcite}`fn67`
#
# ### 开源
#
# 报告把开源社区视为推动创新的第三个因素，并引用了《关于推动未来产业创新发展的实施意见》中建设开源生态的要求。{footcite}`fn68` DeepSeek是它举的主要例子：{glue:text}`deepseek_open_sourced_repos_period`先后开源{glue:text}`deepseek_open_sourced_repos`代码库；其通信框架DeepEP经社区优化后，在RoCE网络下性能提升{glue:text}`deepep_roce_performance_gain`，在InfiniBand网络下提升{glue:text}`deepep_infiniband_performance_gain`。{footcite}`fn69` 报告的知识产权专栏还提到，国家知识产权局将加快建立人工智能领域的知识产权保护规则、建设专利池。{footcite}`fn70`

# %%
labelling = env.loc["data_labelling_volume"]
library_ratio = env.loc["data_labelling_vs_national_library", "value"]
fmt.glue("library_volume", fmt.with_unit(round(labelling["value"] / library_ratio),
                                         labelling["unit"], "约"))

# %% [markdown]
# ## 融资环境
#
# 报告先给出两个宏观数字：据估计，{glue:text}`ai_industry_total_investment_period`我国人工智能产业的总投资规模将{glue:text}`ai_industry_total_investment`；{footcite}`fn71` {glue:text}`national_ai_fund_period`设立的国家人工智能基金规模为{glue:text}`national_ai_fund`。{footcite}`fn72` 前者是多年累计的估计，后者是一只基金的规模，二者口径不同，不能相除得出比例。
#
# 具体到投融资事件，CNNIC整理了网上公开披露的事件（不含定增、上市和退市），得到{glue:text}`fin_period`的总数：{glue:text}`fin_events`，合计{glue:text}`fin_amount`，平均每起约{glue:text}`fin_avg`。{footcite}`fn73` 报告的{glue:text}`fig_events_item`和{glue:text}`fig_amount_item`按领域画出了事件数和金额的占比，正文只写出其中三个领域；本书用总数减去这三个领域，算出其余领域合计的事件数和金额（{numref}`fig-financing-events`、{numref}`fig-financing-amount`），并据此计算各领域的平均单笔金额（{numref}`tab-financing-sectors`）。

# %%
events_total = financing.set_index("key").loc["ai_investment_events"]
amount_total = financing.set_index("key").loc["ai_investment_amount"]
period = events_total["as_of"]
fmt.glue("fin_period", fmt.period(period))
fmt.glue("fin_events", fmt.describe(events_total))
fmt.glue("fin_amount", fmt.describe(amount_total))
fmt.glue("fin_avg", fmt.with_unit(round(amount_total["value"] / events_total["value"], 2), amount_total["unit"]))
fmt.glue("fig_events_item", report_item("financing_by_sector", "事件"))
fmt.glue("fig_amount_item", report_item("financing_by_sector", "金额"))
fmt.glue("fig_region_item", report_item("financing_by_region"))

OTHER_SECTOR, OTHER_REGION = "其他领域", "其他地区"  # the 口径 colour marks them 本书推算
LABEL_ROOM = 40  # px to the right of the plot for the value labels


def with_remainder(frame, dim, measure, total, other):
    """The named parts of one measure, plus what the total leaves for the rest (count/amount) or what 100%
    leaves (shares), labelled as computed."""
    rows = frame[frame["measure"] == measure].set_index(dim)
    if measure.endswith("_share"):
        rest = series.remainder(100, rows["value"])
    else:
        rest = series.remainder(total, rows["value"])
    values = pd.concat([rows["value"], pd.Series({other: rest})])
    status = ["报告给出"] * len(rows) + ["本书推算"]
    return pd.DataFrame({dim: values.index, "value": values.values, "口径": status})


sector_names = list(by_sector[by_sector["measure"] == "events"].sort_values("value", ascending=False)["sector"])
sector_tables = {}
for measure, total, unit in (("events", events_total["value"], events_total["unit"]),
                             ("amount", amount_total["value"], amount_total["unit"])):
    counts = with_remainder(by_sector, "sector", measure, total, OTHER_SECTOR)
    shares = with_remainder(by_sector, "sector", f"{measure}_share", None, OTHER_SECTOR)
    table = counts.merge(shares[["sector", "value"]], on="sector", suffixes=("", "_share"))
    table["数量"] = table["value"].map(lambda v: fmt.with_unit(round(v, 1), unit))
    table["占比"] = table["value_share"].map(fmt.pct)
    table["标注"] = table["占比"]
    table = table.rename(columns={"sector": "领域"})
    sector_tables[measure] = table

events, amounts = sector_tables["events"], sector_tables["amount"]
named_events = events[events["口径"] == "报告给出"].sort_values("value", ascending=False)
named_amounts = amounts[amounts["口径"] == "报告给出"].sort_values("value", ascending=False)
top_sector = named_amounts.iloc[0]["领域"]
fmt.glue("fin_top_sector", top_sector if top_sector == named_events.iloc[0]["领域"] else
         f"{named_events.iloc[0]['领域']}（事件数）与{top_sector}（金额）")
fmt.glue("fin_top_events_share", named_events.iloc[0]["占比"])
fmt.glue("fin_top_amount_share", named_amounts.iloc[0]["占比"])
for measure, table in sector_tables.items():
    other = table[table["口径"] == "本书推算"].iloc[0]
    fmt.glue(f"fin_other_{measure}", other["数量"])
    fmt.glue(f"fin_other_{measure}_share", other["占比"])
    fmt.glue(f"fin_other_{measure}_check", fmt.pct(other["value"] / (events_total if measure == "events" else
                                                                      amount_total)["value"] * 100))

sector_order = sector_names + [OTHER_SECTOR]
for measure, name, title in (("events", "fig-financing-events", "投融资事件数"),
                             ("amount", "fig-financing-amount", "投融资金额")):
    table = sector_tables[measure]
    chart = charts.bars(table, "领域", "value_share", value_title=f"占{title}的比例（%）", label="标注",
                        color="口径", sort=sector_order).properties(padding={"right": LABEL_ROOM})
    charts.figure(
        name, chart, table[["领域", "数量", "占比", "口径"]],
        sources=["fn73"],
        alt=f"条形图：{fmt.period(period)}人工智能相关{title}按领域的占比，" + "，".join(
            f"{s}{t}（{n}）" for s, t, n in zip(table["领域"], table["标注"], table["数量"]))
        + "；其他领域由本书用总数减去已列领域算出。",
    )

# %% [markdown]
# ```{glue:figure} fig-financing-events
# :name: fig-financing-events
#
# 人工智能相关投融资事件数按领域的占比（对应报告{glue:text}`fig_events_item`；其他领域为本书用总数推算）
# ```
#
# ```{glue:figure} fig-financing-amount
# :name: fig-financing-amount
#
# 人工智能相关投融资金额按领域的占比（对应报告{glue:text}`fig_amount_item`；其他领域为本书推算）
# ```
#
# 正文点名的三个领域合计占事件数的{glue:text}`fin_named_events_share`、金额的{glue:text}`fin_named_amount_share`，其余领域合计{glue:text}`fin_other_events`、{glue:text}`fin_other_amount`（图中以另一种颜色标出）。用占比算出的余数（{glue:text}`fin_other_events_share`、{glue:text}`fin_other_amount_share`）与用总数相减后再除以总数得到的结果（{glue:text}`fin_other_events_check`、{glue:text}`fin_other_amount_check`）{choose}`sector_shares_fit|True=吻合，说明这两幅图的占比都以报告的总数为分母|False=并不完全吻合，这两幅图的占比未必都以报告的总数为分母（见表中的检查）`。报告对事件数混用“笔”和“起”两个量词，本书视为同一单位。
#
# 平均单笔金额（{numref}`tab-financing-sectors`）显示，正文点名的三个领域中，{glue:text}`avg_top_sector`的平均金额最高，约{glue:text}`avg_top_value`；{glue:text}`avg_bottom_sector`最低，约{glue:text}`avg_bottom_value`；未点名的其余领域合计平均约{glue:text}`avg_other_value`。事件最多的机器人相关领域，平均每笔金额{glue:text}`robot_avg_word`全部事件的平均水平。这只是总额除以笔数，个别大额融资就能拉高均值，报告也没有给出金额的分布。

# %%
avg = events[["领域", "value"]].merge(amounts[["领域", "value"]], on="领域", suffixes=("_events", "_amount"))
avg = pd.concat([avg, pd.DataFrame({"领域": ["合计"], "value_events": [events_total["value"]],
                                    "value_amount": [amount_total["value"]]})], ignore_index=True)
avg["平均"] = avg["value_amount"] / avg["value_events"]
avg_table = pd.DataFrame({
    "领域": avg["领域"].replace({OTHER_SECTOR: f"{OTHER_SECTOR}（本书推算）"}),
    "事件数": avg["value_events"].map(lambda v: fmt.with_unit(v, events_total["unit"])),
    "金额": avg["value_amount"].map(lambda v: fmt.with_unit(round(v, 1), amount_total["unit"])),
    "平均每起金额（本书计算）": avg["平均"].map(lambda v: fmt.with_unit(round(v, 2), amount_total["unit"])),
})
tables.glue_table("tab_financing_sectors", avg_table,
               caption=f"{fmt.period(period)}人工智能相关投融资的平均单笔金额（按领域）",
               name="tab-financing-sectors")
sectors_only = avg[avg["领域"].isin(sector_names)].sort_values("平均", ascending=False)
fmt.glue("avg_other_value", fmt.with_unit(round(avg.set_index("领域").loc[OTHER_SECTOR, "平均"], 2), amount_total["unit"]))
fmt.glue("avg_top_sector", sectors_only.iloc[0]["领域"])
fmt.glue("avg_top_value", fmt.with_unit(round(sectors_only.iloc[0]["平均"], 2), amount_total["unit"]))
fmt.glue("avg_bottom_sector", sectors_only.iloc[-1]["领域"])
fmt.glue("avg_bottom_value", fmt.with_unit(round(sectors_only.iloc[-1]["平均"], 2), amount_total["unit"]))
robot_avg = avg.set_index("领域").loc[sector_names[0], "平均"]
overall_avg = amount_total["value"] / events_total["value"]
fmt.glue("robot_avg_word", "略低于" if robot_avg < overall_avg else "高于" if robot_avg > overall_avg else "等于")
fmt.glue("fin_named_events_share", fmt.pct(named_events["value_share"].sum()))
fmt.glue("fin_named_amount_share", fmt.pct(named_amounts["value_share"].sum()))

# %% [markdown]
# ```{glue:md} tab_financing_sectors
# :format: myst
# ```
#
# ### 地区分布及其一致性
#
# 报告的{glue:text}`fig_region_item`给出了三个地区的投融资金额和占比：{glue:text}`region_list`。{footcite}`fn73` 三地占比合计{glue:text}`region_share_sum`，剩余{glue:text}`region_share_rest`应属于其他地区（{numref}`fig-financing-region`）。
#
# 但这三组数字与总额{glue:text}`fin_amount`对不上。用每个地区的金额除以它的占比，得到的“隐含总额”都在{glue:text}`region_base`左右；即使考虑到金额和占比都只保留一位小数，三个地区同时允许的总额也只在{glue:text}`region_base_low`至{glue:text}`region_base_high`之间，远小于报告的总额（{numref}`tab-financing-checks`）。反过来，若以报告的总额为分母，北京的{glue:text}`beijing_amount`只占{glue:text}`beijing_share_of_total`，而不是报告所写的{glue:text}`beijing_share`；三地以外的金额则应有{glue:text}`region_rest_by_total`，占{glue:text}`region_rest_by_total_share`。作为对照，同一节中按领域的事件数和金额占比，隐含的总额{choose}`sector_shares_fit|True=都与报告的总数一致|False=也有与报告总数不一致的（见表）`。
#
# 报告没有解释这一差异。可能的原因有几种：地区占比也许只针对披露了所在地或披露了具体金额的那部分事件计算，总额中则包含了CNNIC对未披露金额的推算（脚注说明数据是“整理并推算”的）；也可能地区分布用的是另一个样本或统计期。无论哪种情况，{glue:text}`fig_region_item`的占比都不能直接乘以总额来估算各地区的金额。本书照录原文的金额和占比，图中的“其他地区”按占比的余数画出，并在表中同时列出两种算法。

# %%
region_amounts = by_region[by_region["measure"] == "amount"].set_index("region")["value"]
region_shares = by_region[by_region["measure"] == "amount_share"].set_index("region")["value"]
regions = list(region_amounts.sort_values(ascending=False).index)
fmt.glue("region_list", "；".join(f"{r}{fmt.with_unit(region_amounts[r], amount_total['unit'])}，"
                                 f"占{fmt.pct(region_shares[r])}" for r in regions))
share_sum = region_shares.sum()
fmt.glue("region_share_sum", fmt.pct(share_sum))
fmt.glue("region_share_rest", fmt.pct(series.remainder(100, region_shares)))

bases = {r: series.implied_base(region_amounts[r], region_shares[r], part_step=0.1) for r in regions}
together = series.common(bases.values())
mean_base = sum(b.mid for b in bases.values()) / len(bases)
unit = amount_total["unit"]
fmt.glue("region_base", fmt.with_unit(round(mean_base, 1), unit))
fmt.glue("region_base_low", fmt.with_unit(round(together.low, 1), unit) if together else "（无交集）")
fmt.glue("region_base_high", fmt.with_unit(round(together.high, 1), unit) if together else "（无交集）")
fmt.glue("beijing_amount", fmt.with_unit(region_amounts[regions[0]], unit))
fmt.glue("beijing_share", fmt.pct(region_shares[regions[0]]))
fmt.glue("beijing_share_of_total", fmt.pct(region_amounts[regions[0]] / amount_total["value"] * 100))
rest_by_total = series.remainder(amount_total["value"], region_amounts)
fmt.glue("region_rest_by_total", fmt.with_unit(round(rest_by_total, 1), unit))
fmt.glue("region_rest_by_total_share", fmt.pct(rest_by_total / amount_total["value"] * 100))

# the check, for every figure of the section: the whole that each part and its share imply
checks = []
for label, frame, dim, measure, total, step in (
        (report_item("financing_by_sector", "事件"), by_sector, "sector", "events", events_total, 0.0),
        (report_item("financing_by_sector", "金额"), by_sector, "sector", "amount", amount_total, 0.1),
        (report_item("financing_by_region"), by_region, "region", "amount", amount_total, 0.1)):
    parts = frame[frame["measure"] == measure].set_index(dim)
    shares = frame[frame["measure"] == f"{measure}_share"].set_index(dim)["value"]
    figure_bases = {k: series.implied_base(parts.loc[k, "value"], shares[k], part_step=step) for k in parts.index}
    overlap = series.common(figure_bases.values())
    for key, base in figure_bases.items():
        checks.append({
            "报告图": label, "领域或地区": key,
            "数值": fmt.describe(parts.loc[key]), "占比": fmt.pct(shares[key]),
            "隐含总额（舍入允许的范围）": f"{fmt.with_unit(round(base.mid, 1), total['unit'])}"
                                  f"（{fmt.number(round(base.low, 1))}—{fmt.number(round(base.high, 1))}）",
            "与报告总数": "一致" if base.contains(total["value"]) else "不一致",
        })
check_table = pd.DataFrame(checks)
sector_ok = (check_table[check_table["报告图"] != report_item("financing_by_region")]["与报告总数"] == "一致").all()
region_ok = (check_table[check_table["报告图"] == report_item("financing_by_region")]["与报告总数"] == "一致").all()
fmt.glue("sector_shares_fit", sector_ok)
# the discussion of the regional figure below is written for shares that do not fit the total: if the data are
# ever corrected, stop here so that the prose gets rewritten rather than left wrong
assert not region_ok, "chapter 5: the regional shares now fit the total; rewrite the section on the discrepancy"
tables.glue_table("tab_financing_checks", check_table,
               caption=f"各领域、各地区的数值与占比所隐含的总额（本书计算；报告总数为{fmt.describe(events_total)}、"
                       f"{fmt.describe(amount_total)}）", name="tab-financing-checks")

region_table = with_remainder(by_region, "region", "amount_share", None, OTHER_REGION).rename(columns={"region": "地区"})
region_table["金额"] = [fmt.with_unit(region_amounts[r], unit) if r in region_amounts else "未知"
                       for r in region_table["地区"]]
region_table["占比"] = region_table["value"].map(fmt.pct)
region_table["标注"] = region_table["占比"]
charts.figure(
    "fig-financing-region",
    charts.bars(region_table, "地区", value_title="占投融资金额的比例（%）", label="标注", color="口径",
                sort=regions + [OTHER_REGION]).properties(padding={"right": LABEL_ROOM}),
    region_table[["地区", "金额", "占比", "口径"]],
    sources=["fn73"],
    alt=f"条形图：{fmt.period(period)}人工智能相关投融资金额的地区占比，" + "，".join(
        f"{r}{t}（{a}）" for r, t, a in zip(region_table["地区"], region_table["标注"], region_table["金额"]))
    + "；其他地区为占比的余数，由本书推算，金额未知。",
)

# %% [markdown]
# ```{glue:figure} fig-financing-region
# :name: fig-financing-region
#
# 人工智能相关投融资金额的地区占比（对应报告{glue:text}`fig_region_item`；其他地区为占比的余数，本书推算）
# ```
#
# ```{glue:md} tab_financing_checks
# :format: myst
# ```
#
# ## 国际环境
#
# 报告把各国的动向归纳为扶持本国产业、加强监管和收紧技术出口三类，再分北美、欧洲和亚洲逐国介绍。能量化的举措汇总在{numref}`tab-intl-money`（资金）和{numref}`tab-intl-other`（其他数量）中。资金数额按原文的币种和限定词照录，附有报告自己给出的折算的只有{glue:text}`intl_converted`；各币种之间本书不做换算，因此表中的数额不宜直接比较大小。
#
# - 北美：美国方面，报告列举了{glue:text}`us_orders_span`间美国政府发布的{glue:text}`us_orders_n`项与人工智能基础设施、监管障碍和青少年教育有关的行政命令，{footcite}`fn76,fn77,fn78` 以及美国商务部关于人工智能芯片出口管制的指南；{footcite}`fn79` 这些举措都没有附带金额。加拿大则宣布了一揽子投资措施和算力主权战略。{footcite}`fn81,fn82`
# - 欧洲：欧盟在《人工智能法案》生效后转向鼓励投资，提出“投资人工智能”倡议和“人工智能大陆行动计划”，并规划了人工智能工厂和超级工厂；{footcite}`fn74,fn75,fn83,fn84,fn85,report` 英国新政府取消了前任政府承诺的一笔资金，随后改为资助规模小得多的一批项目。{footcite}`fn86`
# - 亚洲：印度以“印度人工智能使命”建设计算基地；{footcite}`fn87,fn88,fn89,fn90,fn91` 日本通过了首部人工智能法，软银还提出设立美日联合主权财富基金的设想；{footcite}`fn92,fn93,fn94` 韩国设立了人工智能战略最高理事会，并通过追加预算采购GPU。{footcite}`fn95,fn96,fn97,fn98`

# %%
MONEY = r"(?:加元|欧元|英镑|卢比|美元|韩元|人民币)$"
intl = international.copy()
intl["is_money"] = intl["unit"].str.contains(MONEY)
# the report's own conversions are rows keyed <key>_cny / <key>_usd next to the row they convert
base_key = intl["key"].str.replace(r"_(cny|usd)$", "", regex=True)
is_conversion = (base_key != intl["key"]) & base_key.isin(intl["key"])
conversions = intl[is_conversion].set_index(base_key[is_conversion])
main = intl[~is_conversion]
fmt.glue("intl_n", fmt.with_unit(len(main), ""))
fmt.glue("intl_countries", fmt.with_unit(main["country"].nunique(), ""))
fmt.glue("intl_money_n", fmt.with_unit(main["is_money"].sum(), ""))


fmt.glue("intl_converted", "、".join(f"{c}的一项" for c in main[main["key"].isin(conversions.index)]["country"]))


def when(row) -> str:
    if row["date"] not in ("", "nan") and isinstance(row["date"], str):
        return fmt.period(row["date"])
    return fmt.period(row["as_of"]) + "（月份未详）"


def own_label(row) -> str:
    """A label that refers to the row before it (上述…) spelled out from the row it refers to (key without _amount)."""
    base = row["key"].removesuffix("_amount")
    if row["label"].startswith("上述") and base != row["key"] and base in set(intl["key"]):
        return intl.set_index("key").loc[base, "label"] + row["label"].removeprefix("上述").removeprefix("AI项目")
    return row["label"]


def intl_table(rows, with_conversion):
    table = pd.DataFrame({
        "国家或组织（地区）": [f"{c}（{r}）" for c, r in zip(rows["country"], rows["region"])],
        "举措": [own_label(r) for _, r in rows.iterrows()],
        "时间": [when(r) for _, r in rows.iterrows()],
        "数额（原文）": [fmt.describe(r) for _, r in rows.iterrows()],
    })
    if with_conversion:
        table["报告给出的折算"] = [fmt.describe(conversions.loc[k]) if k in conversions.index else "—"
                             for k in rows["key"]]
    return table


region_order = list(dict.fromkeys(intl["region"]))
main = main.assign(_r=main["region"].map(region_order.index),
                   _when=[d if d else f"{p}-13" for d, p in zip(main["date"], main["as_of"])])  # month unknown: last
main = main.sort_values(["_r", "country", "_when"], kind="stable")
tables.glue_table("tab_intl_money", intl_table(main[main["is_money"]], True),
               caption="各国和地区人工智能相关资金举措（按原文币种照录，不做换算）", name="tab-intl-money")
tables.glue_table("tab_intl_other", intl_table(main[~main["is_money"]], False),
               caption="各国和地区人工智能相关举措中的其他数量", name="tab-intl-other")

intentions = main[main["is_money"] & (main["label"].str.contains("拟") | main["note"].str.contains("设想"))]
fmt.glue("intl_intentions", "、".join(f"{c}{label}" for c, label in zip(intentions["country"], intentions["label"]))
         if len(intentions) else "没有一项")

us_orders = source_table[source_table["publisher"].str.contains("联邦公报")]
fmt.glue("us_orders_n", fmt.with_unit(len(us_orders), ""))
fmt.glue("us_orders_span", f"{fmt.period(min(us_orders['published']))}至{fmt.period(max(us_orders['published']))}")

# %% [markdown]
# ```{glue:md} tab_intl_money
# :format: myst
# ```
#
# 资金表里的数额性质不一：{glue:text}`intl_intentions`是意向或设想，并非已经到位的资金；其余多为预算、拨款或基金规模。英国的两笔数字放在一起看，新政府资助的金额约为被取消金额的{glue:text}`uk_ratio`（本书按原文数字计算，两者同为英镑）。
#
# ```{glue:md} tab_intl_other
# :format: myst
# ```
#
# ### 专栏：出口管制对英伟达的影响
#
# 报告转载的专栏用英伟达财报说明美国出口管制的代价。{footcite}`fn80` 截至{glue:text}`q1_h20_charge_period`的{glue:text}`q1_fiscal`，由于向中国销售H20芯片须获许可，公司产生了费用{glue:text}`q1_h20_charge`，比公司最初公布许可要求时预计的{glue:text}`q1_h20_charge_expected_in_april`{glue:text}`q1_word`{glue:text}`q1_gap`；当季还有{glue:text}`q1_h20_undelivered_revenue`的H20收入无法交付。公司预计下一财季收入{glue:text}`q2_revenue_forecast`，许可要求将使其减少{glue:text}`q2_revenue_reduction`，相当于预计收入的约{glue:text}`q2_reduction_share`（本书计算）。黄仁勋称对英伟达关闭的中国市场价值{glue:text}`china_market_value`，并称全球约{glue:text}`china_share_ai_researchers`的AI研究人员在中国。
#
# ## 数据与来源

# %%
uk = main.set_index("key")
fmt.glue("uk_ratio", fmt.pct(uk.loc["funded_ai_projects_amount", "value"] / 10000
                             / uk.loc["cancelled_ai_funding", "value"] * 100)
         if (uk.loc["funded_ai_projects_amount", "unit"], uk.loc["cancelled_ai_funding", "unit"]) == ("万英镑", "亿英镑")
         else "（单位不同，无法比较）")
gap = h20.loc["q1_h20_charge", "value"] - h20.loc["q1_h20_charge_expected_in_april", "value"]
fmt.glue("q1_fiscal", h20.loc["q1_h20_charge", "fiscal_period"])
fmt.glue("q1_word", fmt.change_word(gap, up="多出", down="少了", same="相差"))
fmt.glue("q1_gap", fmt.with_unit(abs(gap), h20.loc["q1_h20_charge", "unit"]))
fmt.glue("q2_reduction_share", fmt.pct(h20.loc["q2_revenue_reduction", "value"]
                                       / h20.loc["q2_revenue_forecast", "value"] * 100, 0))
sources.resource_list(["policies", "environment_facts", "compute_storage", "data_growth", "financing_facts",
                       "financing_by_sector", "financing_by_region", "international_programmes", "nvidia_h20",
                       "figure_catalog"])

# %% [markdown]
# ```{footbibliography}
# ```
