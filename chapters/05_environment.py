# %% [markdown]
# # 发展环境
#
# 报告第五章从政策、技术、资金和国际竞争四个方面描述生成式人工智能所处的环境。本章依次整理这四部分，把报告的政策表、专利与算力数字、投融资分布和各国举措做成可核对的表和图，并检查投融资各项占比与总数是否相符。要点如下：
#
# - 报告的政策表收录了{glue:text}`policy_n`文件（{numref}`tab-policies`），{glue:text}`policy_top_category`占{glue:text}`policy_top_category_n`；其中{glue:text}`policy_joint_n`由多个部门联合发布。
# - 技术方面，全球新公开的生成式人工智能专利中我国占{glue:text}`new_genai_patents_china_share`；截至{glue:text}`compute_period`，我国智能算力规模为{glue:text}`intelligent_computing_power`。
# - {glue:text}`fin_period`，报告统计到人工智能相关投融资{glue:text}`fin_events`、{glue:text}`fin_amount`，{choose}``fin_same_leader|True=事件数和金额都以{glue:text}`fin_top_sector`居首|False=事件数以{glue:text}`fin_top_sector`居首，金额以{glue:text}`fin_top_amount_sector`居首``（{numref}`fig-financing-events`、{numref}`fig-financing-amount`）。
# - 报告的地区分布有一处对不上：三个地区的金额和占比都指向约{glue:text}`region_base`的总额，而不是{glue:text}`fin_amount`（{numref}`tab-financing-checks`）。
# - 国际部分，报告逐一介绍美国、加拿大、欧盟、英国、印度、日本和韩国的政策：各国普遍出钱扶持本国产业，同时调整监管规则（欧盟趋于放松，日本以促进为主），美国还收紧芯片出口以维持领先。其中的资金数额币种各异，本书照原文列出，不做换算（{numref}`tab-intl-money`）。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import pandas as pd

from genai_book import charts, data, fmt, series, sources, tables
from genai_book.facts import environment as facts

data.use(data_dir, as_of)

catalog = data.load("figure_catalog")
source_table = sources.table()


def report_item(resource: str, words: str = "") -> str:
    """The report's own number for a figure or table (图11, 表1), from the figure catalog."""
    rows = catalog[(catalog["resource"] == resource) & catalog["title"].str.contains(words)]
    return rows["item"].iloc[0]


def reported_month(source_id: str) -> str:
    """The month the report gives for an event it cites from one news item: that item's month of publication."""
    return fmt.period(source_table.loc[source_id, "published"][:7])


def dated(table: pd.DataFrame, column: str = "as_of", **names: str) -> dict[str, str]:
    """The period in `column` of each row, glued under its name: dated(env, deepep_period="deepep_…")."""
    return {name: fmt.period(table.loc[key, column]) for name, key in names.items()}


# %%
policies = facts.policies(data.load("policies"))
env = data.load("environment_facts").set_index("key")
fmt.glue_all(
    **fmt.rows(env, "industrial_ai_typical_cases", "ai_industry_key_standards", "ai_international_standards"),
    policy_item=report_item("policies"),
    policy_span=fmt.period(f"{policies.first}/{policies.last}"),
    policy_n=fmt.with_unit(len(policies.table), "项"),
    policy_top_category=policies.by_category.index[0],
    policy_top_category_n=fmt.with_unit(policies.by_category.iloc[0], "项"),
    policy_other_category=fmt.join(policies.by_category.index[1:]),
    policy_other_category_n=fmt.join([fmt.with_unit(n, "项") for n in policies.by_category.iloc[1:]]),
    policy_years=fmt.join([f"{fmt.period(policies.months_of(y))}{fmt.with_unit(n, '项')}"
                           for y, n in policies.by_year.items()], last="，"),
    policy_joint_n=fmt.with_unit(policies.joint, "项"),
    policy_has_repeat=len(policies.repeat_issuers) > 0,
    policy_repeat_issuers=fmt.join(policies.repeat_issuers.index, last="、"),
    sasac_month=reported_month("fn58"),
)

# %% [markdown]
# ## 政策环境
#
# 报告对国内政策的判断是：在鼓励发展的同时，治理规则也在逐步补齐。
#
# 鼓励发展的措施里，报告点了三件事。工业和信息化部成立人工智能标准化技术委员会，由它负责人工智能相关行业标准的制定和修订；工业和信息化部还经推荐、评审和公示，选出{glue:text}`industrial_ai_typical_cases`人工智能赋能新型工业化的典型应用案例（按类别的分布见第四章）。{footcite}`report` {glue:text}`sasac_month`，国务院国资委召开会议，深化部署中央企业的“AI+”专项行动：要求央企抓住产业发展的窗口期攻关大模型，同时发布专项行动的实施要点，启动战略性高价值场景的建设。{footcite}`fn58`
#
# 治理方面，报告的出发点是误用和滥用引起的担忧。据报告，我国已累计制定人工智能行业关键标准{glue:text}`ai_industry_key_standards`、国际标准{glue:text}`ai_international_standards`；{footcite}`fn59` 《人工智能安全治理框架》《人工智能生成合成内容标识办法》《人脸识别技术应用安全管理办法》等文件针对模型算法、数据、系统等方面的安全风险，提出了技术上的应对和综合防治办法。{footcite}`report`
#
# 报告的{glue:text}`policy_item`列出{glue:text}`policy_span`的{glue:text}`policy_n`主要政策，本书照录为{numref}`tab-policies`。{footcite}`report`

# %%
tables.glue_table("tab_policies", pd.DataFrame({
    "发布时间": policies.table["date"].map(fmt.period),
    "政策名称": "《" + policies.table["title"] + "》",
    "发布单位": policies.table["issuer"],
    "类别": policies.table["category"],
}), caption=f"我国人工智能领域主要政策（{fmt.period(f'{policies.first}/{policies.last}')}，即报告"
            f"{report_item('policies')}）", name="tab-policies")

# %% [markdown]
# ```{glue:md} tab_policies
# :format: myst
# ```
#
# 按报告自己的分类计数（{numref}`fig-policy-categories`），{glue:text}`policy_top_category`共{glue:text}`policy_top_category_n`，{glue:text}`policy_other_category`{glue:text}`policy_other_category_n`；按发布时间分，{glue:text}`policy_years`。发布单位带“等”字、即多部门联合发布的有{glue:text}`policy_joint_n`；{choose}``policy_has_repeat|True=不计联合单位，牵头发布不止一项的是{glue:text}`policy_repeat_issuers` |False=不计联合单位，没有哪个部门牵头发布两项以上``。这张表是报告挑出的“主要政策”，并非完整清单，这些计数只反映报告的取舍。

# %%
category_counts = policies.by_category.rename_axis("category").rename("value").reset_index().assign(
    unit="项", as_of=f"{policies.first}/{policies.last}", status="computed", source_id="report")
charts.bar_figure(
    "fig-policy-categories", category_counts, "category", category_title="类别", value_title="政策数量（项）",
    alt_title="报告政策表中各类政策的数量（本书计数）",
)

# %% [markdown]
# ```{glue:figure} fig-policy-categories
# :name: fig-policy-categories
#
# 报告政策表中各类政策的数量（本书计数）
# ```

# %%
compute = data.load("compute_storage").set_index("indicator")
storage = facts.storage(data.load("compute_storage"))
growth = facts.data_growth(data.load("data_growth"))
fastest, slowest = growth.counts.iloc[0], growth.counts.iloc[-1]
fmt.glue_all(
    **fmt.rows(env, "ai_patent_holdings_world_share", "global_new_genai_patents", "new_genai_patents_china_share",
               "ai_patent_applications", "ai_patent_applications_world_share", "top5_regions_patent_application_share"),
    **fmt.rows(env, "data_labelling_volume", "data_labelling_vs_national_library", "labelling_hq_industry_datasets",
               "labelling_supported_domestic_models", "labelling_industry_output"),
    **fmt.rows(env, "chinese_data_share_most_models", "chinese_data_share_some_models", "deepseek_open_sourced_repos",
               "deepep_roce_performance_gain", "deepep_infiniband_performance_gain"),
    **fmt.rows(compute, "computing_centre_racks", "intelligent_computing_power", "storage_capacity"),
    **dated(env, ai_patent_applications_period="ai_patent_applications",
            data_labelling_volume_period="data_labelling_volume",
            deepseek_open_sourced_repos_period="deepseek_open_sourced_repos", deepep_period="deepep_roce_performance_gain"),
    china_new_genai_patents=fmt.with_unit(facts.china_new_genai_patents(env), env.loc["global_new_genai_patents", "unit"],
                                          "约"),
    applications_rank=fmt.ordinal(env.loc["ai_patent_applications_world_rank", "value"]),
    world_applications=fmt.with_unit(facts.world_patent_applications(env), env.loc["ai_patent_applications", "unit"],
                                     "约"),
    compute_period=fmt.period(compute.loc["intelligent_computing_power", "as_of"]),
    storage_base_year=fmt.period(storage.base_year),
    storage_growth_word=fmt.change_word(storage.growth["value"]),
    storage_capacity_growth=fmt.describe(storage.growth),
    storage_base=fmt.with_unit(storage.base, storage.capacity["unit"], "约"),
    data_volume_period=fmt.period(growth.volume["as_of"]),
    data_volume=fmt.describe(growth.volume),
    data_volume_growth_word=fmt.change_word(growth.volume_growth["value"]),
    data_volume_growth=fmt.describe(growth.volume_growth),
    growth_top_label=fastest["label"].removesuffix("同比增速"),
    growth_top_value=fmt.describe(fastest),
    growth_bottom_label=slowest["label"].removesuffix("同比增速"),
    growth_bottom_value=fmt.describe(slowest),
)

# %% [markdown]
# ## 技术环境
#
# 报告认为，我国在全球人工智能技术上的话语权明显上升，并从专利、数据资源和开源社区三方面举证。
#
# ### 专利
#
# 报告引用了三个口径不同的“我国占全球比例”（{numref}`fig-patent-shares`）。世界知识产权组织的报告称我国已是全球人工智能专利的最大拥有国，占{glue:text}`ai_patent_holdings_world_share`；{footcite}`fn60` 在全球新公开的生成式人工智能专利（{glue:text}`global_new_genai_patents`）里，我国的份额是{glue:text}`new_genai_patents_china_share`，即{glue:text}`china_new_genai_patents`（本书计算）；{footcite}`fn61` 我国的人工智能专利申请量截至{glue:text}`ai_patent_applications_period`累计{glue:text}`ai_patent_applications`，在全球申请量中占{glue:text}`ai_patent_applications_world_share`，排名{glue:text}`applications_rank`，{footcite}`fn62` 由此可推知全球申请量{glue:text}`world_applications`（本书计算）。
#
# 三个数字分别统计拥有量、新公开的专利和累计申请量，出自不同来源，报告也没有交代各自的统计范围，所以不宜相互换算或比较高低。国内的申请集中在少数地区：截至同一时间，北京、广东、江苏、浙江、上海五省市的人工智能专利申请量占全国的{glue:text}`top5_regions_patent_application_share`。{footcite}`fn63`

# %%
patent_shares = facts.patent_shares(env).assign(  # in the order of facts.SHARE_KEYS
    统计对象=["人工智能专利拥有量", "新公开的生成式人工智能专利", "人工智能专利申请量（累计）"])
charts.bar_figure(
    "fig-patent-shares", patent_shares, "统计对象", category_title="统计对象", value_title="我国占全球的比例（%）",
    alt_title="三种口径下我国占全球人工智能专利的比例",
)

# %% [markdown]
# ```{glue:figure} fig-patent-shares
# :name: fig-patent-shares
#
# 三种口径下我国在全球人工智能（含生成式人工智能）专利中的占比（来源与统计对象各不相同）
# ```
#
# ### 算力、存力与数据资源
#
# 报告的第二项论据是数据资源的开发利用。截至{glue:text}`compute_period`，我国在用算力中心的机架总规模为{glue:text}`computing_centre_racks`，智能算力规模为{glue:text}`intelligent_computing_power`（每秒百亿亿次浮点运算）；存力规模{glue:text}`storage_capacity`，比{glue:text}`storage_base_year`{glue:text}`storage_growth_word`{glue:text}`storage_capacity_growth`。{footcite}`fn64` 报告没有给出基年的存力，按这两个数倒推为{glue:text}`storage_base`（本书计算；两个数都带限定词，结果只表示量级）。
#
# 国家数据局的数字显示，{glue:text}`data_volume_period`全国数据生产量为{glue:text}`data_volume`，同比{glue:text}`data_volume_growth_word`{glue:text}`data_volume_growth`。同一来源还给出了几类主体和数据集数量的同比增速（{numref}`fig-data-growth`），最快的是{glue:text}`growth_top_label`，为{glue:text}`growth_top_value`，最慢的是{glue:text}`growth_bottom_label`，为{glue:text}`growth_bottom_value`；这几项的数量本身，报告都没有给出。{footcite}`fn65`

# %%
charts.bar_figure(
    "fig-data-growth", growth.counts.assign(对象=growth.counts["label"].str.removesuffix("同比增速")), "对象",
    category_title="对象", value_title=f"{fmt.period(growth.volume['as_of'])}同比增速（%）",
    alt_title=f"{fmt.period(growth.volume['as_of'])}几类主体和数据集数量的同比增速",
)

# %% [markdown]
# ```{glue:figure} fig-data-growth
# :name: fig-data-growth
#
# 几类人工智能相关主体和高质量数据集数量的同比增速（国家数据局）
# ```
#
# 数据标注方面，截至{glue:text}`data_labelling_volume_period`，企业数据标注基地的标注总规模为{glue:text}`data_labelling_volume`，报告称这相当于国家图书馆数字资源总量的{glue:text}`data_labelling_vs_national_library`；各基地已建成高质量行业数据集{glue:text}`labelling_hq_industry_datasets`，涉及医疗、工业、教育等，为{glue:text}`labelling_supported_domestic_models`国产大模型的研发提供了数据，带动数据标注行业相关产值{glue:text}`labelling_industry_output`。{footcite}`fn66` 中文语料对国内模型的训练效果也很关键：国家数据局称，国内多数模型训练数据中的中文占比{glue:text}`chinese_data_share_most_models`，有的模型达到{glue:text}`chinese_data_share_some_models`。{footcite}`fn67`
#
# ### 开源社区
#
# 第三项论据是开源。工业和信息化部等七部门发布的《关于推动未来产业创新发展的实施意见》要求推广开源技术、建设开源社区和开源生态。{footcite}`fn68` 报告的看法是，开源让全球开发者都能在已发布的项目上改进和再开发，技术因此进步得更快。它举的例子是DeepSeek，称其为近期开源社区里最成功、影响最广的案例：{glue:text}`deepseek_open_sourced_repos_period`先后开源了{glue:text}`deepseek_open_sourced_repos`代码库，此后的新模型也陆续发布到开源社区；社区的反馈反过来帮它改进了模型。DeepSeek在{glue:text}`deepep_period`公开致谢社区对其通信框架DeepEP的优化，称优化后在RoCE网络下性能提升{glue:text}`deepep_roce_performance_gain`，在InfiniBand网络下提升{glue:text}`deepep_infiniband_performance_gain`。{footcite}`fn69`
#
# ### 专栏：人工智能知识产权保护规则
#
# 报告在这里转载了一篇关于知识产权的报道，开头重提我国在全球人工智能专利中占{glue:text}`ai_patent_holdings_world_share`。国家知识产权局局长申长雨介绍，近年已修改《专利审查指南》，发布《人工智能相关发明专利申请指引》，回应了人工智能专利的申请主体、保护客体和审查标准等热点问题。接下来，知识产权局要加快制定人工智能、大数据等新领域的知识产权保护规则，加大人工智能专利申请按需审查的服务力度，做好专利分析预警和导航，指导建设人工智能专利池，推动专利转化运用，让更多专利从实验室进入产业；同时参与人工智能知识产权的全球治理和国际规则的制定。{footcite}`fn70`

# %%
fin_facts = data.load("financing_facts").set_index("key")
money = facts.financing(data.load("financing_by_sector"), data.load("financing_by_region"), fin_facts)
events_total, amount_total = money.events.total, money.amounts.total
unit = amount_total["unit"]
region_base_range = money.regional_common()
beijing = money.regions.parts.iloc[0]
averages = money.averages()
fmt.glue_all(
    **fmt.rows(fin_facts, "ai_industry_total_investment", "national_ai_fund"),
    **dated(fin_facts, ai_industry_total_investment_period="ai_industry_total_investment",
            national_ai_fund_period="national_ai_fund"),
    fin_period=fmt.period(events_total["as_of"]),
    fin_events=fmt.describe(events_total),
    fin_amount=fmt.describe(amount_total),
    fin_avg=fmt.with_unit(round(money.average, 2), unit, "约"),
    fig_events_item=report_item("financing_by_sector", "事件"),
    fig_amount_item=report_item("financing_by_sector", "金额"),
    fig_region_item=report_item("financing_by_region"),
    fin_same_leader=money.same_leader,
    fin_top_sector=money.events.parts["sector"].iloc[0],
    fin_top_amount_sector=money.amounts.parts["sector"].iloc[0],
    fin_named_events_share=fmt.pct(money.events.named_share),
    fin_named_amount_share=fmt.pct(money.amounts.named_share),
    fin_other_events=fmt.with_unit(money.events.rest, events_total["unit"]),
    fin_other_amount=fmt.with_unit(round(money.amounts.rest, 1), unit),
    sector_shares_fit=money.sector_shares_fit(),
    avg_top_sector=averages["sector"].iloc[0],
    avg_top_value=fmt.with_unit(round(averages["value"].iloc[0], 2), unit, "约"),
    avg_bottom_sector=averages["sector"].iloc[-1],
    avg_bottom_value=fmt.with_unit(round(averages["value"].iloc[-1], 2), unit, "约"),
    avg_other_value=fmt.with_unit(round(money.rest_average, 2), unit, "约"),
    region_list=fmt.join([f"{r}{fmt.with_unit(v, unit)}（{fmt.pct(s)}）" for r, v, s in
                          zip(money.regions.parts["region"], money.regions.parts["value"], money.regions.parts["share"])]),
    region_share_sum=fmt.pct(money.regions.named_share),
    region_base=fmt.with_unit(round(money.regional_base(), 1), unit),
    regions_overlap=region_base_range is not None,
    region_base_low=fmt.with_unit(round(region_base_range.low, 1), unit) if region_base_range else "",
    region_base_high=fmt.with_unit(round(region_base_range.high, 1), unit) if region_base_range else "",
    beijing=beijing["region"],
    beijing_amount=fmt.with_unit(beijing["value"], unit),
    beijing_share=fmt.pct(beijing["share"]),
    beijing_share_of_total=fmt.pct(money.regions.share_of_total(beijing["value"])),
    region_rest_by_total=fmt.with_unit(round(money.regions.rest, 1), unit),
    region_rest_by_total_share=fmt.pct(money.regions.share_of_total(money.regions.rest)),
)
# the discussion of the regional figure below is written for shares that do not fit the total: if the data are
# ever corrected, stop here so that the prose gets rewritten rather than left wrong
assert not money.regions.fits(facts.SHARE_STEP), "chapter 5: the regional shares now fit the total; rewrite 地区分布"

# %% [markdown]
# ## 融资环境
#
# 报告先用两个数说明资金投入的规模：据估计，{glue:text}`ai_industry_total_investment_period`我国人工智能产业的总投资将{glue:text}`ai_industry_total_investment`；{footcite}`fn71` {glue:text}`national_ai_fund_period`，国家设立了规模{glue:text}`national_ai_fund`的国家人工智能基金，用于推进各地的人工智能科技创新、产业发展和应用。{footcite}`fn72` 报告把生成式人工智能看作投资热度最高的科技领域，认为它尤其需要多层次资本市场把科技、产业和金融连成良性循环。{footcite}`report`
#
# 具体的投融资事件来自CNNIC的整理和推算：它汇总网上公开披露的事件（不含定增、IPO上市、退市等），{glue:text}`fin_period`共{glue:text}`fin_events`，金额合计{glue:text}`fin_amount`，平均每起{glue:text}`fin_avg`（本书计算）。{footcite}`fn73` 以具身智能为代表的机器人相关领域是投资的重点。报告的{glue:text}`fig_events_item`和{glue:text}`fig_amount_item`按领域画出了事件数和金额的占比，正文只写出其中三个领域，合计占事件数的{glue:text}`fin_named_events_share`、金额的{glue:text}`fin_named_amount_share`；其余领域合计{glue:text}`fin_other_events`、{glue:text}`fin_other_amount`，由本书用总数减去这三个领域得到（{numref}`fig-financing-events`、{numref}`fig-financing-amount`）。各领域的事件数与占比{choose}`sector_shares_fit|True=都指向报告给出的总数，说明这两幅图以全部投融资为分母|False=并不都指向报告给出的总数，这两幅图的分母未必是全部事件`（{numref}`tab-financing-checks`）。报告给事件计数时“笔”“起”混用，本书一律按“起”计。

# %%
OTHER_SECTOR, OTHER_REGION = "其他领域", "其他地区"  # the rest the book computes, coloured 本书推算


def share_rows(figure: facts.Figure, other: str) -> pd.DataFrame:
    """The shares of a financing figure as a value table, with the share 100 % leaves for the rest (computed)."""
    rows = figure.parts.assign(value=figure.parts["share"], unit="%", qualifier="", status="stated",
                               as_of=figure.total["as_of"], source_id=figure.total["source_id"])
    return series.with_remainder(rows, figure.dim, other, 100, digits=1)


def count_or_unknown(figure: facts.Figure, digits: int | None = None):
    """Each part's value in the total's unit, then the computed rest (unknown when the shares do not fit)."""
    values = list(figure.parts["value"]) + [figure.rest if figure.fits(facts.SHARE_STEP) else None]
    return [fmt.UNKNOWN_TEXT if v is None else fmt.with_unit(v if digits is None else round(v, digits),
                                                             figure.total["unit"]) for v in values]


for name, figure, title, column in (("fig-financing-events", money.events, "投融资事件数", "事件数"),
                                    ("fig-financing-amount", money.amounts, "投融资金额", "金额")):
    charts.bar_figure(
        name, share_rows(figure, OTHER_SECTOR), "sector", category_title="领域", value_title=f"占{title}的比例（%）",
        alt_title=f"{fmt.period(events_total['as_of'])}人工智能相关{title}按领域的占比（其他领域由本书推算）",
        sort=list(figure.parts["sector"]) + [OTHER_SECTOR],
        extra_columns={column: count_or_unknown(figure, 1)},
    )

# %% [markdown]
# ```{glue:figure} fig-financing-events
# :name: fig-financing-events
#
# 人工智能相关投融资事件数按领域的占比（对应报告{glue:text}`fig_events_item`；其他领域为本书推算）
# ```
#
# ```{glue:figure} fig-financing-amount
# :name: fig-financing-amount
#
# 人工智能相关投融资金额按领域的占比（对应报告{glue:text}`fig_amount_item`；其他领域为本书推算）
# ```
#
# 用金额除以事件数，可以看出各领域单笔融资的大小（{numref}`tab-financing-sectors`）：点名的三个领域中，{glue:text}`avg_top_sector`平均每起最高，{glue:text}`avg_top_value`；{glue:text}`avg_bottom_sector`最低，{glue:text}`avg_bottom_value`；其余领域合计平均{glue:text}`avg_other_value`。这只是总额除以笔数，一两笔大额融资就能拉高均值，报告没有给出金额的分布。

# %%
sector_rows = [(s, e, a) for s, e, a in zip(money.events.parts["sector"], money.events.parts["value"],
                                            money.amounts.parts.set_index("sector").loc[money.events.parts["sector"],
                                                                                        "value"])]
sector_rows += [(f"{OTHER_SECTOR}（本书推算）", money.events.rest, money.amounts.rest),
                ("合计", events_total["value"], amount_total["value"])]
tables.glue_table("tab_financing_sectors", pd.DataFrame({
    "领域": [s for s, _, _ in sector_rows],
    "事件数": [fmt.with_unit(e, events_total["unit"]) for _, e, _ in sector_rows],
    "金额": [fmt.with_unit(round(a, 1), unit) for _, _, a in sector_rows],
    "平均每起金额（本书计算）": [fmt.with_unit(round(a / e, 2), unit) for _, e, a in sector_rows],
}), caption=f"{fmt.period(events_total['as_of'])}人工智能相关投融资的平均单笔金额（按领域）",
    name="tab-financing-sectors")

# %% [markdown]
# ```{glue:md} tab_financing_sectors
# :format: myst
# ```
#
# ### 地区分布及其一致性
#
# 报告的{glue:text}`fig_region_item`写出了三个地区的投融资金额和占比：{glue:text}`region_list`，{footcite}`fn73` 三地占比合计{glue:text}`region_share_sum`（{numref}`fig-financing-region`）。
#
# 这三组数与总额{glue:text}`fin_amount`对不上。用每个地区的金额除以它的占比，得到的“隐含总额”都在{glue:text}`region_base`上下；{choose}``regions_overlap|True=即使考虑到金额和占比都只保留一位小数，三地共同允许的总额也只在{glue:text}`region_base_low`至{glue:text}`region_base_high`之间|False=考虑到金额和占比都只保留一位小数，三地允许的总额甚至互不重叠``，远小于报告的总额（{numref}`tab-financing-checks`）。反过来，以报告的总额为分母，{glue:text}`beijing`的{glue:text}`beijing_amount`只占{glue:text}`beijing_share_of_total`，而不是报告所写的{glue:text}`beijing_share`；三地以外的金额则为{glue:text}`region_rest_by_total`，占{glue:text}`region_rest_by_total_share`。
#
# 报告没有解释这一差异。一种可能是，地区占比只按披露了所在地或具体金额的那部分事件计算，而总额包含了CNNIC对未披露金额的推算（脚注说数据是“整理并推算”的）；也可能地区分布用的是另一个样本或统计期。无论哪种情况，{glue:text}`fig_region_item`的占比都不能直接乘以总额来估算各地区的金额。图中的“其他地区”按占比的余数画出，金额未公布；按总额计算的结果见上文。

# %%
checks = []
for item, figure, step in ((report_item("financing_by_sector", "事件"), money.events, 0.0),
                           (report_item("financing_by_sector", "金额"), money.amounts, facts.SHARE_STEP),
                           (report_item("financing_by_region"), money.regions, facts.SHARE_STEP)):
    total_unit = figure.total["unit"]
    digits = 0 if step == 0 else 1  # a count implies a count: no tenths of an event
    for (key, base), value, share in zip(figure.bases(step).items(), figure.parts["value"], figure.parts["share"]):
        checks.append({
            "报告图": item, "领域或地区": key, "数值": fmt.with_unit(value, total_unit), "占比": fmt.pct(share),
            "隐含总额（舍入允许的范围，本书计算）": f"约{fmt.with_unit(round(base.mid, digits), total_unit)}"
                                        f"（{fmt.number(round(base.low, 1))}—{fmt.number(round(base.high, 1))}）",
            "与报告总数": "一致" if base.contains(figure.total["value"]) else "不一致",
        })
tables.glue_table("tab_financing_checks", pd.DataFrame(checks),
                  caption=f"各领域、各地区的数值与占比所隐含的总额（报告总数为{fmt.describe(events_total)}、"
                          f"{fmt.describe(amount_total)}）", name="tab-financing-checks")
charts.bar_figure(
    "fig-financing-region", share_rows(money.regions, OTHER_REGION), "region", category_title="地区",
    value_title="占投融资金额的比例（%）",
    alt_title=f"{fmt.period(events_total['as_of'])}人工智能相关投融资金额的地区占比（其他地区为占比的余数，本书推算）",
    sort=list(money.regions.parts["region"]) + [OTHER_REGION],
    extra_columns={"金额": count_or_unknown(money.regions)},
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

# %%
world = facts.international(data.load("international_programmes"))
h20 = data.load("nvidia_h20").set_index("key")
fund = world.proposals.iloc[0]
measures = world.measures.set_index("key")
us_orders = source_table[source_table["publisher"].str.contains("联邦公报")]
POUNDS = {"亿英镑": 1e8, "万英镑": 1e4}


fmt.glue_all(
    **fmt.rows(h20, "headline_loss", "q1_h20_charge", "q1_h20_undelivered_revenue", "q1_h20_charge_expected_in_april",
               "q2_revenue_reduction", "q2_revenue_forecast", "china_market_value", "china_share_ai_researchers"),
    **fmt.rows(measures, "ai_investment_package", "ai_pact_first_signatories", "strategic_tech_investment",
               "invest_ai_mobilisation", "ai_factories_existing", "ai_gigafactory_chips", "ai_gigafactory_fund"),
    **fmt.rows(measures, "ai_factories_first_batch", "ai_factories_planned_additional", "cancelled_ai_funding",
               "funded_ai_projects", "funded_ai_projects_amount", "public_compute_increase_target"),
    **fmt.rows(measures, "ai_vibrancy_countries", "ai_mission_budget", "ai_compute_gpus", "ai_model_council_firms",
               "gpu_acquisition_target", "supplementary_ai_budget", "supplementary_budget_gpus"),
    **dated(measures, "date", ca_package_date="ai_investment_package", eu_act_date="ai_act_risk_levels",
            eu_pact_date="ai_pact_first_signatories", eu_strategic_date="strategic_tech_investment",
            eu_invest_date="invest_ai_mobilisation", eu_plan_date="ai_factories_existing",
            uk_cancel_date="cancelled_ai_funding", uk_plan_date="public_compute_increase_target",
            in_mission_date="ai_mission_budget", kr_council_date="ai_model_council_firms",
            kr_gpu_date="gpu_acquisition_target", kr_budget_date="supplementary_ai_budget"),
    **dated(measures, in_rank_year="ai_vibrancy_rank", kr_gpu_year="gpu_acquisition_target"),
    us_orders_n=fmt.small_number(len(us_orders)),
    us_orders_span=fmt.period(f"{min(us_orders['published'])[:7]}/{max(us_orders['published'])[:7]}"),
    us_export_month=reported_month("fn79"),
    q1_fiscal=h20.loc["q1_h20_charge", "fiscal_period"],
    q1_end=fmt.period(h20.loc["q1_h20_charge", "as_of"]),
    q1_below_expected=facts.charge_gap(h20) < 0,
    q2_fiscal=h20.loc["q2_revenue_reduction", "fiscal_period"],
    q2_reduction_cheng=fmt.cheng(facts.reduction_share(h20), below=True),
    ca_package_cny=fmt.describe(world.conversions.loc["ai_investment_package"]),
    ca_compute_month=reported_month("fn82"),
    eu_act_risk_levels=fmt.small_number(measures.loc["ai_act_risk_levels", "value"]),
    eu_factories_month=reported_month("fn74"),
    uk_ratio=fmt.pct(facts.ratio_in_percent(measures.loc["funded_ai_projects_amount"],
                                            measures.loc["cancelled_ai_funding"], POUNDS)),
    in_rank=fmt.ordinal(measures.loc["ai_vibrancy_rank", "value"]),
    in_mission_usd=fmt.describe(world.conversions.loc["ai_mission_budget"]),
    jp_law_month=reported_month("fn93"),
    fund_capital=fmt.plain(fund),
    kr_law_month=reported_month("fn96"),
    intl_converted=fmt.join(world.converted["country"]),
)

# %% [markdown]
# ## 国际环境
#
# 报告的判断是全球人工智能竞争正在加剧：主要国家都把生成式人工智能列为重点，一边出钱出政策扶持本国企业，一边加紧制定监管和伦理规则；技术竞争也在升级，一些国家收紧人工智能芯片和模型参数的出口，以保住自己的优势。报告随后分北美、欧洲和亚洲逐国介绍。国际部分的数字汇总在{numref}`tab-intl-money`（资金）和{numref}`tab-intl-other`（其他数字）中；资金数额按原文的币种和限定词照录，报告自己附了折算的只有{glue:text}`intl_converted`两项，币种之间本书不做换算，表中数额不宜直接比大小。
#
# ### 美国
#
# 报告用“发展”和“竞争”概括美国近期的方向。发展一面，美国政府推动甲骨文、OpenAI和日本软银集团联合出资建设“星际之门”项目；{footcite}`report` 美国政府还发布了一批行政命令，报告点名的{glue:text}`us_orders_n`项（《联邦公报》刊载于{glue:text}`us_orders_span`）是《提升美国在人工智能基础设施领域的领导地位》《消除美国在人工智能领域领导地位的障碍》和《推进美国青年的人工智能教育》，内容包括划拨联邦土地、加快审批、撤销被视为障碍的政策，以及成立白宫人工智能教育特别工作组，让人工智能教育贯通基础教育和职业培训。{footcite}`fn76,fn77,fn78` 竞争一面，{glue:text}`us_export_month`美国商务部工业与安全局发布人工智能芯片出口管制指南，试图在全球范围禁用中国的先进计算芯片（包括特定型号的华为昇腾芯片），并严禁美国人工智能芯片流向中国。{footcite}`fn79`
#
# #### 专栏：对华芯片出口限制给英伟达带来的潜在损失
#
# 报告转载的专栏用英伟达的财报说明出口管制的代价（标题称英伟达面临{glue:text}`headline_loss`的损失）。{footcite}`fn80` 美国政府首次宣布向中国企业销售H20芯片须获许可时，英伟达曾预计{glue:text}`q1_fiscal`（截至{glue:text}`q1_end`）的相关费用为{glue:text}`q1_h20_charge_expected_in_april`；财报中实际产生的费用为{glue:text}`q1_h20_charge`{choose}`q1_below_expected|True=，低于当初的预计|False=，并不低于当初的预计`，当季另有{glue:text}`q1_h20_undelivered_revenue`的H20收入无法交付。公司还表示，许可要求将使{glue:text}`q2_fiscal`收入减少{glue:text}`q2_revenue_reduction`；按公司对该季收入{glue:text}`q2_revenue_forecast`的预期计，减少的部分{glue:text}`q2_reduction_cheng`（本书计算；报告没有说明这一预期是否已扣除上述影响）。
#
# 黄仁勋在财报电话会上说，公司仍在寻找继续参与中国市场竞争的办法，但眼下只能放弃H20；他强调中国属于全球最大的几个人工智能市场，全球{glue:text}`china_share_ai_researchers`的人工智能研究人员在中国；可是这个价值{glue:text}`china_market_value`的市场如今对英伟达关上了门，H20禁令也让英伟达的Hopper数据中心业务在中国走到了尽头。英伟达一向反对特朗普政府限制芯片出口，黄仁勋赞扬美国政府废除拜登时期的《人工智能扩散规则》（该规则原本会进一步限制芯片出口）。在他看来，中国已经有了人工智能，真正的问题是这个大市场会不会运行在美国的平台上；保护中国芯片企业免受美国竞争，只会让它们在海外更有竞争力，反而削弱美国。{footcite}`fn80`
#
# ### 加拿大
#
# {glue:text}`ca_package_date`，加拿大政府宣布一揽子人工智能投资措施，金额{glue:text}`ai_investment_package`（报告折合{glue:text}`ca_package_cny`），投向基础设施、人才的培养和引进，并推动人工智能用于农业、清洁技术、医疗和制造等关键领域；{footcite}`fn81` {glue:text}`ca_compute_month`又启动人工智能计算主权战略，保证本国企业和研究人员能获得所需的算力。{footcite}`fn82` 此后，加拿大还推出首个联邦公共服务人工智能战略，内容包括设立人工智能专业中心、完善立法和治理、加强人才培训，以及提高开放性和透明度。{footcite}`report`
#
# ### 欧盟
#
# 报告认为欧盟正在走向“监管宽松化”。{glue:text}`eu_act_date`生效的《人工智能法案》是全球第一部全面监管人工智能的法律，它把人工智能系统分为{glue:text}`eu_act_risk_levels`个风险等级、分别设定合规要求，禁止对人的安全构成不可接受风险的系统，并严格限制执法、司法等领域的使用；{glue:text}`eu_pact_date`，欧盟又发布《人工智能公约》，公布的首批签署机构有{glue:text}`ai_pact_first_signatories`，意在促使企业就如何处理和部署人工智能作出“自愿承诺”。{footcite}`report` 法案被视为治理的标杆，但业界担心它过于严苛、妨碍创新，于是欧盟在之后的政策中转向激励，从放松管制、建设算力和推动行业应用三方面发力。{footcite}`report` {glue:text}`eu_factories_month`，欧盟宣布将建立人工智能工厂；{footcite}`fn74` 在{glue:text}`eu_invest_date`的巴黎人工智能行动峰会上，欧盟委员会提出“投资人工智能”倡议，准备调动{glue:text}`invest_ai_mobilisation`；{footcite}`fn83` {glue:text}`eu_strategic_date`，欧盟又宣布在未来三年投入{glue:text}`strategic_tech_investment`，部署人工智能等战略性关键技术，以培育本土企业、减少对外国技术的依赖；{footcite}`fn75` {glue:text}`eu_plan_date`发布的“人工智能大陆行动计划”着眼于大规模数据与计算基础设施、高质量数据的获取、算法开发和战略部门的应用，并计划在已有{glue:text}`ai_factories_existing`“人工智能工厂”之外，推动建设“人工智能超级工厂”，配备{glue:text}`ai_gigafactory_chips`先进芯片，补上算力的短板。{footcite}`fn84`
#
# #### 专栏：“投资人工智能”倡议
#
# 专栏补充了倡议的细节。宣布倡议的是欧盟委员会主席冯德莱恩；倡议的启动资金来自欧盟数字领域的现有项目，其中{glue:text}`ai_gigafactory_fund`专门用于建设训练大型复杂模型的超级工厂，作为欧盟《竞争力指南》下战略技术投资的试点。冯德莱恩不认同欧洲已在人工智能竞赛中落后的说法，认为竞赛远没有结束，但欧洲的模式还要加快。欧盟委员会此前已宣布建设首批{glue:text}`ai_factories_first_batch`人工智能工厂，计划再公布{glue:text}`ai_factories_planned_additional`，并打算推出“应用人工智能”倡议，推动人工智能在关键产业的使用。{footcite}`fn85`
#
# ### 英国
#
# 英国的投入随政府换届而摇摆，但监管和人才培养一直受到关注。{glue:text}`uk_cancel_date`，英国政府表示要先顾及其他财政安排，前任保守党政府许诺的{glue:text}`cancelled_ai_funding`人工智能项目资金将被取消；不久，工党新政府拿出{glue:text}`funded_ai_projects_amount`，资助{glue:text}`funded_ai_projects`旨在提高生产力、改善公共服务的人工智能项目，{footcite}`fn86` 投入明显缩水，只相当于被取消金额的{glue:text}`uk_ratio`（本书按原文数字计算）。{glue:text}`uk_plan_date`公布的“人工智能机遇行动计划”承诺以有利于创新的方式监管、安全地开放公共数据、在未来十年把公共算力提高{glue:text}`public_compute_increase_target`并建立国家数据库，以吸引投资和人才；随后发布的《人工智能（监管）法案》草案明确了监管机构和监管原则，强调透明度和知识产权保护，想在鼓励创新的同时填补监管空白。{footcite}`report`
#
# ### 印度
#
# 印度正加紧发展人工智能和半导体。在斯坦福大学{glue:text}`in_rank_year`发布的《全球人工智能实力排行榜》中，印度在参评的{glue:text}`ai_vibrancy_countries`国家里排名{glue:text}`in_rank`，位于美国、中国和英国之后。{footcite}`fn87` 印度内阁在{glue:text}`in_mission_date`批准了专项拨款{glue:text}`ai_mission_budget`（报告折合{glue:text}`in_mission_usd`），用于实施“印度人工智能使命”，目标是靠公共和私营部门的合作推动人工智能创新，从基础设施、数据、算法到人才、研发、资金和应用都在其列；{footcite}`fn88` 按电子和信息技术部的说法，这是一个公私合作项目，将建成配备{glue:text}`ai_compute_gpus`GPU的计算基地，为创新者提供支撑服务和预训练模型。{footcite}`fn89` 监管上，印度选择放松：电子和信息技术部表示，企业向南亚市场的用户推出或部署人工智能模型前不再需要政府批准，企业研发人工智能产品的监管压力随之减轻；{footcite}`fn90` 总理莫迪还提出了印度的“双重AI”愿景。{footcite}`fn91`
#
# ### 日本
#
# 日本的重点是立法。此前，日本政府有关机构已陆续发布《关于对AI与著作权的思考》《AI企业指南》《关于AI制度的思考》《运用生成式人工智能制作发行物的指导手册》等文件；{footcite}`fn92` {glue:text}`jp_law_month`，参议院全体会议通过了日本首部人工智能法《人工智能相关技术研究开发及应用推进法》。{footcite}`fn93` 与欧盟侧重监管的方向不同，日本把它定位为不设处罚、以促进为主的综合法，力求不妨碍技术进步，也不在公私营机构之间制造紧张关系。依据这部法律，日本将设立由首相牵头、全体内阁成员参加的“AI战略本部”统筹人工智能政策，并制定“人工智能基本计划”，作为政府中长期的政策指南，涵盖研发投资、人才培养、产业促进以及监管和治理。{footcite}`fn93`
#
# #### 专栏：软银提议的美日联合主权财富基金
#
# 专栏转述英国《金融时报》援引消息人士的报道：软银集团首席执行官孙正义提出由美日两国共同设立主权财富基金、投资美国科技和基础设施的设想，美国财政部和日本财务省已有初步接触，孙正义已与美国财政部长贝森特谈过，并向两国高级官员作过简要说明，但还没有形成正式方案。按设想，两国财政部门共同出资和管理，利润按出资比例分配；基金初期资本可能高达{glue:text}`fund_capital`，之后还会用杠杆扩大规模，将来甚至可能向两国民众开放认购。“星际之门”这类项目可能是基金的重点投资方向。美国财政部和软银都没有公开回应。{footcite}`fn94` 这是企业的提议，不是日本政府的举措，本书不把它列入各国举措的表格。
#
# ### 韩国
#
# {glue:text}`kr_council_date`，韩国科学技术信息通信部成立“人工智能战略最高理事会”作为最高治理机构，并由{glue:text}`ai_model_council_firms`国内企业组成“人工智能大模型促进会”担任外部顾问，沟通政府与民间、提出政策建议。{footcite}`fn95` {glue:text}`kr_law_month`，韩国国会通过《人工智能发展和建立信任基础等相关基本法》，意在建立国家层面的人工智能协同治理，系统培育产业，并提前防范风险。{footcite}`fn96` {glue:text}`kr_gpu_date`，韩国代总统崔相穆提出选拔“国家代表人工智能组”、举办人工智能人才竞赛，在{glue:text}`kr_gpu_year`上半年前拿到{glue:text}`gpu_acquisition_target`高性能图形处理器，扩大原始数据和公共数据的利用，并大幅扩充制造和产业数据；{footcite}`fn97` {glue:text}`kr_budget_date`，国会通过{glue:text}`supplementary_ai_budget`的人工智能追加预算，用于采购{glue:text}`supplementary_budget_gpus`先进GPU、研发世界级模型和举办国际竞赛。{footcite}`fn98`

# %%
def when(row) -> str:
    """The measure's month as the report gives it, or its year when the report gives no month."""
    return fmt.period(row["date"]) if row["date"] else fmt.period(row["as_of"]) + "（月份未详）"


def own_label(row) -> str:
    """A label that refers to the row before it (上述…) spelled out from the row it refers to (key without _amount)."""
    base = row["key"].removesuffix("_amount")
    if row["label"].startswith("上述") and base != row["key"] and base in set(world.measures["key"]):
        return world.row(base)["label"] + row["label"].removeprefix("上述").removeprefix("AI项目")
    return row["label"]


def intl_table(rows: pd.DataFrame, with_conversion: bool) -> pd.DataFrame:
    table = pd.DataFrame({
        "国家或组织（地区）": [f"{c}（{r}）" for c, r in zip(rows["country"], rows["region"])],
        "事项": [own_label(r) for _, r in rows.iterrows()],
        "时间": [when(r) for _, r in rows.iterrows()],
        "数额（原文）": [fmt.ordinal(r["value"]) if r["unit"] == "名次" else fmt.describe(r) for _, r in rows.iterrows()],
    })
    if with_conversion:
        table["报告给出的折算"] = [fmt.describe(world.conversions.loc[k]) if k in world.conversions.index else "—"
                             for k in rows["key"]]
    return table


tables.glue_table("tab_intl_money", intl_table(world.money, True),
                  caption="各国和地区人工智能相关的资金数额（按原文币种照录，不做换算）", name="tab-intl-money")
tables.glue_table("tab_intl_other", intl_table(world.other, False),
                  caption="各国和地区人工智能相关的其他数字（数量、目标和名次）", name="tab-intl-other")

# %% [markdown]
# ```{glue:md} tab_intl_money
# :format: myst
# ```
#
# ```{glue:md} tab_intl_other
# :format: myst
# ```
#
# ## 数据与来源

# %%
sources.resource_list(["policies", "environment_facts", "compute_storage", "data_growth", "financing_facts",
                       "financing_by_sector", "financing_by_region", "international_programmes", "nvidia_h20",
                       "figure_catalog"])

# %% [markdown]
# ```{footbibliography}
# ```
