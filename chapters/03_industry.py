# %% [markdown]
# # 产业发展
#
# 本章讨论两件事：我国人工智能产业已经有多大、结构如何；生成式人工智能服务的备案推进到了哪一步，又集中在哪些地方。
#
# 要点如下：
#
# - 截至{glue:text}`firms_period`，我国人工智能企业{glue:text}`firms`，占全球的{glue:text}`firms_share`。{choose}``later_figures|True=另据{glue:text}`later_source`的报道，{glue:text}`later_firms_period`全年的企业数量{glue:text}`later_firms`，核心产业规模{glue:text}`later_core`。|False=``
# - 已建成的智能工厂中，基础级{glue:text}`factory_basic`，先进级{glue:text}`factory_advanced`，卓越级{glue:text}`factory_excellent`（{numref}`fig-factories`）。
# - 截至{glue:text}`filed_period`底，累计{glue:text}`filed_total`生成式人工智能服务完成备案；按所在地，{glue:text}`region_top`最多，为{glue:text}`region_top_value`，约占全部备案的{glue:text}`region_top_share`（{numref}`fig-filings`）。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
from genai_book import charts, data, fmt, series, sources
from genai_book.facts import industry as facts

data.use(data_dir, as_of)

# %% [markdown]
# ## 产业概况
#
# 政策层面，{glue:text}`report_year`的《政府工作报告》要求把“人工智能+”行动继续推下去，让数字技术同我国制造和市场两方面的优势结合，支持大模型的广泛应用；国家统计局自{glue:text}`report_year`下半年起修订国民经济行业分类，人工智能这类新兴行业是修订的重点之一。报告认为，我国人工智能产业已经成体系：从底层的芯片、算力、数据到上层的平台和应用，各个环节都已覆盖。{footcite}`report`
#
# 本章的产业数字并非出自 CNNIC 的用户调查，而是引自不同机构在不同时间发布的材料，时期各不相同，下文逐一写明。

# %%
industry = series.newest(data.load("industry_facts"), by=["key"]).set_index("key")
firms, firms_share = industry.loc["ai_enterprises"], industry.loc["ai_enterprises_global_share"]
fmt.glue_all(
    firms_period=fmt.period(firms["as_of"]),
    firms=fmt.describe(firms),
    firms_share=fmt.describe(firms_share),
    firms_world=fmt.scaled(facts.firms_world(firms, firms_share), "家"),
    giants_period=fmt.period(industry.loc["ai_little_giants", "as_of"]),
    giants=fmt.describe(industry.loc["ai_little_giants"]),
    report_year=fmt.period(sources.table().loc[sources.REPORT, "published"][:4]),
)

# %% [markdown]
# **企业数量。** 截至{glue:text}`firms_period`，我国人工智能企业{glue:text}`firms`，占全球的{glue:text}`firms_share`。{footcite}`fn21` 报告没有给出全球总数；用这两个数粗算，全球人工智能企业在{glue:text}`firms_world`上下。企业数是下限（“超过”），占比又经过取整，这个数只能说明量级。另据{glue:text}`giants_period`的报道，人工智能领域的国家级专精特新“小巨人”企业已累计培育出{glue:text}`giants`。{footcite}`fn22`

# %%
LEVEL_NAMES = ["基础级", "先进级", "卓越级"]  # in the order of facts.FACTORY_LEVELS
factories = facts.factories(industry).assign(等级=LEVEL_NAMES)
basic, advanced, excellent = (row for _, row in factories.iterrows())
fmt.glue_all(
    factory_period=fmt.period(basic["as_of"]),
    factory_basic=fmt.describe(basic),
    factory_advanced=fmt.describe(advanced),
    factory_excellent=fmt.describe(excellent),
    smart_factories_sector_coverage=fmt.describe(industry.loc["smart_factories_sector_coverage"]),
    smart_factories_rd_cycle_cut=fmt.describe(industry.loc["smart_factories_rd_cycle_cut"]),
    smart_factories_efficiency_gain=fmt.describe(industry.loc["smart_factories_efficiency_gain"]),
)

# %% [markdown]
# **智能工厂。** 据工业和信息化部{glue:text}`factory_period`发布的数据，全国已建成基础级智能工厂{glue:text}`factory_basic`、先进级{glue:text}`factory_advanced`、卓越级{glue:text}`factory_excellent`（{numref}`fig-factories`），制造业的行业大类中已有{glue:text}`smart_factories_sector_coverage`建起了这样的工厂；这些工厂研发新产品所需的时间平均减少{glue:text}`smart_factories_rd_cycle_cut`，生产效率平均提高{glue:text}`smart_factories_efficiency_gain`。{footcite}`fn23` 基础级工厂的数量远多于另外两级；但来源没有说明三级是否相互包含（高等级工厂是否同时计入低等级），也没有说明两个平均数的统计范围，本书既不把三级相加，也不据此判断整体的智能化水平。

# %%
charts.bar_figure(
    "fig-factories", factories, "等级", category_title="等级", value_title="已建成的智能工厂（万家）",
    alt_title=f"截至{fmt.period(basic['as_of'])}已建成的各级智能工厂数量", value="万家",
    sort=LEVEL_NAMES,
)

# %% [markdown]
# ```{glue:figure} fig-factories
# :name: fig-factories
#
# 已建成的各级智能工厂（{glue:text}`factory_period`；“余”表示原文为约数，柱长按下限画出）
# ```

# %%
compute = series.newest(data.load("compute_storage"), by=["indicator"]).set_index("indicator")



later = facts.later_figures(industry, compute)


def later_texts(later: facts.LaterFigures) -> dict[str, str]:
    return dict(
        later_source=fmt.join(dict.fromkeys(sources.in_sentence(r["source_id"]) for r in (later.firms,
                                                                                          later.core_industry))),
        later_compute_source=fmt.join(dict.fromkeys(sources.in_sentence(r["source_id"])
                                                    for r in (later.compute, later.clusters))),
        later_firms_period=fmt.period(later.firms["as_of"]),
        later_firms=fmt.describe(later.firms),
        later_core=fmt.describe(later.core_industry),
        later_compute_period=fmt.period(later.compute["as_of"]),
        later_compute=fmt.describe(later.compute),
        later_clusters=fmt.describe(later.clusters),
        compute_before_period=fmt.period(later.compute_before["as_of"]),
        compute_before=fmt.describe(later.compute_before),
    )


LATER_TEXTS = ["later_source", "later_compute_source", "later_firms_period", "later_firms", "later_core",
               "later_compute_period", "later_compute", "later_clusters", "compute_before_period", "compute_before"]
# the report edition glues them empty: its sentence is the empty alternative, and every name the prose uses is glued
fmt.glue_all(later_figures=later is not None, **(later_texts(later) if later else dict.fromkeys(LATER_TEXTS, "")))

# %% [markdown]
# {choose}``later_figures|True=**报告之后的数字。** 本版还收录了报告发布以后见报的几项产业数字。据{glue:text}`later_source`的报道，{glue:text}`later_firms_period`我国人工智能企业数量{glue:text}`later_firms`，人工智能核心产业规模{glue:text}`later_core`；后者是对全年的预计，不是统计结果，报道也没有写明两项数字的出处。这个全年的企业数与上文截至{glue:text}`firms_period`的企业数未必是同一口径，本书不计算两者之差。算力方面，据{glue:text}`later_compute_source`对第57次《中国互联网络发展状况统计报告》的报道，我国智能算力规模{glue:text}`later_compute`，已建成万卡智算集群{glue:text}`later_clusters`（报道没有写明时点，本书按该报告的统计截止时间记为{glue:text}`later_compute_period`）。第五章所引截至{glue:text}`compute_before_period`底的智能算力为{glue:text}`compute_before`，出自另一来源，两者的统计口径是否相同无从核对，本书不把它们当作同一序列计算增幅。本章其余数字，新的来源都没有更新，仍是报告所引的材料，各自注明时期。|False=``

# %% [markdown]
# ## 服务备案

# %%
filed, registered = industry.loc["genai_services_filed"], industry.loc["genai_apps_registered"]
where = facts.filings(data.load("filings_by_region"), filed)
fmt.glue_all(
    filed_period=fmt.period(filed["as_of"]),
    filed_total=fmt.describe(filed),
    registered_total=fmt.describe(registered),
    region_period=fmt.period(where.regions["as_of"].iloc[0]),
    region_count=fmt.small_number(len(where.regions)),
    region_top=fmt.join(where.leaders["region"]),
    region_top_value=fmt.describe(where.leaders.iloc[0]),
    region_top_share=fmt.pct(where.share(where.leaders["value"].iloc[0])),
    region_second=fmt.join(where.second["region"]),
    region_second_value=fmt.describe(where.second.iloc[0]),
    region_second_tied=len(where.second) > 1,
    region_approximate=fmt.join(where.approximate["region"]),
    region_approximate_value=fmt.describe(where.approximate.iloc[0]) if len(where.approximate) else "",
    region_approximate_several=len(where.approximate) > 1,
)

# %% [markdown]
# 报告说，随着产业快速发展，生成式人工智能服务的备案也在持续推进。根据国家互联网信息办公室的公告，截至{glue:text}`filed_period`底，累计已有{glue:text}`filed_total`生成式人工智能服务完成备案，另有{glue:text}`registered_total`生成式人工智能应用或功能完成登记。{footcite}`fn24` 备案和登记是两种不同的手续，公告也没有说明两者是否重叠，本书不把它们相加。
#
# CNNIC 对已备案服务的所在地做了统计，但正文只写出了{glue:text}`region_count`个省市（{numref}`fig-filings`）。{glue:text}`region_top`最多，为{glue:text}`region_top_value`，约占全部备案的{glue:text}`region_top_share`；{glue:text}`region_second`{choose}`region_second_tied|True=并列第二，各为|False=其次，为`{glue:text}`region_second_value`；{glue:text}`region_approximate`只有约数，{choose}`region_approximate_several|True=都是|False=为`{glue:text}`region_approximate_value`。{footcite}`report`

# %%
hedge = "约" if len(where.approximate) else ""  # a total of approximate parts is approximate
unit = where.regions["unit"].iloc[0]
OTHER_REGIONS = "其他地区"
regions_shown = (series.with_remainder(where.regions, "region", OTHER_REGIONS, filed["value"], qualifier=hedge,
                                       as_of=filed["as_of"], source_id=filed["source_id"])
                 if where.same_period else where.regions)
fmt.glue_all(
    named_total=fmt.with_unit(where.named_total, unit, hedge),
    named_share=fmt.pct(where.share(where.named_total)),
    exact_regions=fmt.join(where.exact["region"]),
    exact_count=fmt.small_number(len(where.exact)),
    exact_share=fmt.pct(where.share(where.exact["value"].sum())),
    rest_computed=where.same_period,
    rest_total=fmt.with_unit(where.rest, unit, hedge),
    rest_share=fmt.pct(where.share(where.rest)),
)

# %% [markdown]
# 点名的{glue:text}`region_count`个省市合计{glue:text}`named_total`，约占全部备案的{glue:text}`named_share`；其中有确数的{glue:text}`exact_regions`{glue:text}`exact_count`地就占了{glue:text}`exact_share`。{choose}``rest_computed|True=用总数减去这些省市，其余地区合计{glue:text}`rest_total`，约占{glue:text}`rest_share`；其中有哪些省份、各有多少，正文没有交代|False=地区数字与备案总数的时期不同，本书不计算其余地区的合计``。可见备案在地域上相当集中。
#
# 读这组数字还需要留意：地区数字用的量词是“家”，总数用的是“款”。从上下文看，地区数字是对已备案服务按所在地的统计，本书按“一家即一款”理解；如果“家”指的是提交备案的企业，一家企业可能备案多款服务，上面的余数就不能这样计算。此外，完成登记的应用或功能没有地区分布，无从比较。

# %%
charts.bar_figure(
    "fig-filings", regions_shown, "region", category_title="地区", value_title="已备案的生成式人工智能服务（家）",
    alt_title=f"截至{fmt.period(filed['as_of'])}已备案生成式人工智能服务的所在地分布（其他地区为本书推算的约数）",
    sort=list(regions_shown["region"]),
    labels=[fmt.describe(row) + ("（推算）" if row["status"] == "computed" else "")
            for _, row in regions_shown.iterrows()],
)

# %% [markdown]
# ```{glue:figure} fig-filings
# :name: fig-filings
#
# 已备案生成式人工智能服务的所在地分布（{glue:text}`region_period`；“左右”为原文约数，灰色为本书用总数{glue:text}`filed_total`减去点名省市推算的其余地区合计）
# ```

# %% [markdown]
# ## 数据与来源

# %%
sources.resource_list(["industry_facts", "filings_by_region"])

# %% [markdown]
# ```{footbibliography}
# ```
