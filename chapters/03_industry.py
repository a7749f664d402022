# %% [markdown]
# # 产业发展
#
# 本章讨论两件事：我国人工智能产业已经有多大、结构如何；生成式人工智能服务的备案推进到了哪一步，又集中在哪些地方。
#
# 要点如下：
#
# - 截至{glue:text}`firms_period`，我国人工智能企业{glue:text}`firms`，占全球的{glue:text}`firms_share`；照此推算，全球人工智能企业约为{glue:text}`firms_world`。
# - 已建成的智能工厂呈明显的金字塔形：基础级{glue:text}`factory_basic`，先进级{glue:text}`factory_advanced`，卓越级{glue:text}`factory_excellent`（{numref}`fig-factories`）。
# - 截至{glue:text}`filed_period`，累计{glue:text}`filed_total`生成式人工智能服务完成备案；按所在地，{glue:text}`region_top`最多，为{glue:text}`region_top_value`，约占全部备案的{glue:text}`region_top_share`（{numref}`fig-filings`）。

# %% tags=["parameters"]
data_dir = "data"
as_of = "2025-06"

# %%
import pandas as pd

from genai_book import charts, data, fmt, series, sources

data.use(data_dir, as_of)

# %% [markdown]
# ## 产业概况
#
# 政策层面，《政府工作报告》要求继续推进“人工智能+”行动，让数字技术与我国的制造优势、市场优势更紧密地结合，并支持大模型的广泛应用；国家统计局也已着手修订国民经济行业分类，人工智能等新兴行业是这次修订的重点。产业本身则已经形成从基础层、框架层、模型层到应用层的完整体系，产业链覆盖芯片、算力、数据、平台和应用等环节。{footcite}`report`
#
# 本章的产业数字并非出自 CNNIC 的用户调查，而是引自不同机构在不同时间发布的材料，时期各不相同，下文逐一写明。

# %%
industry = series.newest(data.load("industry_facts"), by=["key"]).set_index("key")
firms, firms_share = industry.loc["ai_enterprises"], industry.loc["ai_enterprises_global_share"]
firms_world = firms["value"] / firms_share["value"] * 100

fmt.glue("firms_period", fmt.period(firms["as_of"]))
fmt.glue("firms", fmt.describe(firms))
fmt.glue("firms_share", fmt.describe(firms_share))
fmt.glue("firms_world", fmt.scaled(round(firms_world, -3), "家"))
fmt.glue("giants_period", fmt.period(industry.loc["ai_little_giants", "as_of"]))
fmt.glue("giants", fmt.describe(industry.loc["ai_little_giants"]))

# %% [markdown]
# **企业数量。** 截至{glue:text}`firms_period`，我国人工智能企业{glue:text}`firms`，占全球的{glue:text}`firms_share`。{footcite}`fn21` 报告没有给出全球总数，但用这两个数可以倒推：全球人工智能企业约为{glue:text}`firms_world`。企业数是下限（“超过”），占比又经过取整，这个推算只能说明量级。另据{glue:text}`giants_period`的报道，我国已累计培育人工智能领域国家级专精特新“小巨人”企业{glue:text}`giants`。{footcite}`fn22`

# %%
FACTORY_LEVELS = {"smart_factories_basic": "基础级", "smart_factories_advanced": "先进级",
                  "smart_factories_excellent": "卓越级"}
IN_TEN_THOUSANDS = {"家": 1 / 10_000, "万家": 1}
factories = industry.loc[list(FACTORY_LEVELS)].reset_index()
factories = factories.assign(等级=factories["key"].map(FACTORY_LEVELS),
                             万家=factories["value"] * factories["unit"].map(IN_TEN_THOUSANDS))
basic, advanced, excellent = (factories.set_index("key").loc[key] for key in FACTORY_LEVELS)

fmt.glue("factory_period", fmt.period(basic["as_of"]))
fmt.glue("factory_basic", fmt.describe(basic))
fmt.glue("factory_advanced", fmt.describe(advanced))
fmt.glue("factory_excellent", fmt.describe(excellent))
fmt.glue("factory_basic_per_advanced", fmt.with_unit(round(basic["万家"] / advanced["万家"]), "倍", "约"))
fmt.glue("factory_advanced_per_excellent", fmt.with_unit(round(advanced["万家"] / excellent["万家"], 1), "倍", "约"))
for key in ("smart_factories_sector_coverage", "smart_factories_rd_cycle_cut", "smart_factories_efficiency_gain"):
    fmt.glue(key, fmt.describe(industry.loc[key]))

# %% [markdown]
# **智能工厂。** 到{glue:text}`factory_period`，全国已建成基础级智能工厂{glue:text}`factory_basic`、先进级{glue:text}`factory_advanced`、卓越级{glue:text}`factory_excellent`（{numref}`fig-factories`）。三级数量逐级收窄：基础级是先进级的{glue:text}`factory_basic_per_advanced`，先进级又是卓越级的{glue:text}`factory_advanced_per_excellent`，可见绝大多数工厂仍处在智能化的起步阶段。这些工厂覆盖了{glue:text}`smart_factories_sector_coverage`的制造业行业大类；据工业和信息化部的统计，工厂的产品研发周期平均缩短{glue:text}`smart_factories_rd_cycle_cut`，生产效率平均提升{glue:text}`smart_factories_efficiency_gain`。{footcite}`fn23` 来源没有说明这两个平均数的统计范围和计算方法，也没有交代高等级工厂是否同时计入低等级，因此三级数量不宜相加。

# %%
charts.bar_figure(
    "fig_factories", factories, "等级", category_title="等级", value_title="已建成的智能工厂（万家）",
    alt_title=f"截至{fmt.period(basic['as_of'])}已建成的各级智能工厂数量", value="万家",
    sort=list(FACTORY_LEVELS.values()),
)

# %% [markdown]
# ```{glue:figure} fig_factories
# :name: fig-factories
#
# 已建成的各级智能工厂（{glue:text}`factory_period`；“余”表示原文为约数，柱长按下限画出）
# ```

# %% [markdown]
# ## 服务备案

# %%
filed, registered = industry.loc["genai_services_filed"], industry.loc["genai_apps_registered"]
regions = series.newest(data.load("filings_by_region"), by=["region"]).sort_values("value", ascending=False,
                                                                                     kind="stable")
leaders = series.top(regions)
tied_second = series.top(regions[~regions["region"].isin(leaders["region"])])
approximate = regions[regions["qualifier"] != ""]
named_total = float(regions["value"].sum())
region_unit = regions["unit"].iloc[0]

fmt.glue("filed_period", fmt.period(filed["as_of"]))
fmt.glue("filed_total", fmt.describe(filed))
fmt.glue("registered_total", fmt.describe(registered))
fmt.glue("filed_per_registered", fmt.with_unit(round(filed["value"] / registered["value"], 2), "倍"))
fmt.glue("region_period", fmt.period(regions["as_of"].iloc[0]))
fmt.glue("region_count", fmt.small_number(len(regions)))
fmt.glue("region_top", fmt.join(leaders["region"]))
fmt.glue("region_top_value", fmt.describe(leaders.iloc[0]))
fmt.glue("region_top_share", fmt.pct(leaders["value"].iloc[0] / filed["value"] * 100))
fmt.glue("region_second", fmt.join(tied_second["region"]))
fmt.glue("region_second_value", fmt.describe(tied_second.iloc[0]))
fmt.glue("region_second_word", "并列第二，各为" if len(tied_second) > 1 else "其次，为")
fmt.glue("region_top_vs_second", fmt.with_unit(round(leaders["value"].iloc[0] / tied_second["value"].iloc[0], 2), "倍"))
fmt.glue("region_approximate", fmt.join(approximate["region"]))
fmt.glue("region_approximate_value", fmt.describe(approximate.iloc[0]) if len(approximate) else "")
fmt.glue("region_approximate_word", "都是" if len(approximate) > 1 else "为")

# %% [markdown]
# 根据国家互联网信息办公室的公告，截至{glue:text}`filed_period`，累计已有{glue:text}`filed_total`生成式人工智能服务完成备案，另有{glue:text}`registered_total`生成式人工智能应用或功能完成登记，备案数是登记数的{glue:text}`filed_per_registered`。{footcite}`fn24` 公告没有说明两类之间是否有重叠，本书不把它们相加。
#
# CNNIC 对已备案服务的所在地做了统计，但正文只写出了{glue:text}`region_count`个省市（{numref}`fig-filings`）。{glue:text}`region_top`最多，为{glue:text}`region_top_value`，约占全部备案的{glue:text}`region_top_share`；{glue:text}`region_second`{glue:text}`region_second_word`{glue:text}`region_second_value`，{glue:text}`region_top`是它们的{glue:text}`region_top_vs_second`；{glue:text}`region_approximate`只有约数，{glue:text}`region_approximate_word`{glue:text}`region_approximate_value`。{footcite}`report`

# %%
same_period = regions["as_of"].iloc[0] == filed["as_of"]
rest = filed["value"] - named_total
OTHER_REGIONS = "其他地区"
if same_period:
    regions_shown = pd.concat([regions, pd.DataFrame([{
        "region": OTHER_REGIONS, "as_of": filed["as_of"], "value": rest, "unit": region_unit,
        "qualifier": "约" if len(approximate) else "", "status": "computed", "source_id": filed["source_id"]}])],
        ignore_index=True)
else:
    regions_shown = regions
exact = regions[regions["qualifier"] == ""]

fmt.glue("named_total", fmt.with_unit(named_total, region_unit, "约" if len(approximate) else ""))
fmt.glue("named_share", fmt.pct(named_total / filed["value"] * 100))
fmt.glue("exact_regions", fmt.join(exact["region"]))
fmt.glue("exact_count", fmt.small_number(len(exact)))
fmt.glue("exact_share", fmt.pct(exact["value"].sum() / filed["value"] * 100))
fmt.glue("exact_share_cheng", fmt.cheng(exact["value"].sum() / filed["value"] * 100))
fmt.glue("rest_sentence",
         f"用总数减去这些省市，其余地区合计{fmt.with_unit(rest, region_unit, '约' if len(approximate) else '')}，"
         f"约占{fmt.pct(rest / filed['value'] * 100)}；其中有哪些省份、各有多少，正文没有交代"
         if same_period else
         "地区数字与备案总数的时期不同，本书不计算其余地区的合计")

# %% [markdown]
# 点名的{glue:text}`region_count`个省市合计{glue:text}`named_total`，约占全部备案的{glue:text}`named_share`；其中有确数的{glue:text}`exact_regions`{glue:text}`exact_count`地就占了{glue:text}`exact_share`，{glue:text}`exact_share_cheng`。{glue:text}`rest_sentence`。可见备案在地域上相当集中。
#
# 读这组数字还需要留意：地区数字用的量词是“家”，总数用的是“款”。从上下文看，地区数字是对已备案服务按所在地的统计，本书按“一家即一款”理解；如果“家”指的是提交备案的企业，一家企业可能备案多款服务，上面的余数就不能这样计算。此外，完成登记的应用或功能没有地区分布，无从比较。

# %%
charts.bar_figure(
    "fig_filings", regions_shown, "region", category_title="地区", value_title="已备案的生成式人工智能服务（家）",
    alt_title=f"截至{fmt.period(filed['as_of'])}已备案生成式人工智能服务的所在地分布（其他地区为本书推算的约数）",
    sort=list(regions_shown["region"]),
    labels=[fmt.describe(row) + ("（推算）" if row["status"] == "computed" else "")
            for _, row in regions_shown.iterrows()],
)

# %% [markdown]
# ```{glue:figure} fig_filings
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
