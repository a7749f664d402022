"""Chapter 05's facts worded: the policy table and its counts, patents, compute and data, the financing figures and
the checks of their shares, the international measures. One function per section returns the glue names and texts
its prose uses; the tables and charts get their frames, titles and captions here too."""
from __future__ import annotations

import pandas as pd

from .. import fmt, sources
from ..facts import environment as facts


def _on(row) -> str:
    """The date of an event or a measure as the report gives it (a year, a month or a day)."""
    return fmt.period(row["date"])


def _when(row) -> str:
    """The period a figure refers to."""
    return fmt.period(row["as_of"])


# ---------------------------------------------------------------- policies


def policies(found: facts.Policies, env: pd.DataFrame, events: pd.DataFrame, catalog: pd.DataFrame) -> dict:
    """The policy section: the report's policy table counted by category, its newest policy, and the dated
    standards and measures the section names."""
    counts = found.by_category
    return {
        **fmt.rows(env, "industrial_ai_typical_cases", "ai_industry_key_standards", "ai_international_standards"),
        **fmt.rows(events, "standards_committee", "sasac_ai_plus_meeting", write=_on),
        "cases_list_date": fmt.period(found.date_of("人工智能赋能新型工业化典型应用案例名单")),
        "policy_item": facts.report_item(catalog, "policies"),
        "policy_span": fmt.period(found.span),
        "policy_n": fmt.with_unit(len(found.table), "项"),
        "policy_latest_issuer": found.latest["issuer"],
        "policy_latest_date": fmt.period(found.latest["date"]),
        "policy_latest_title": found.latest["title"],
        "policy_top_category": counts.index[0],
        "policy_top_category_n": fmt.with_unit(counts.iloc[0], "项"),
        "policy_other_category": fmt.join(counts.index[1:]),
        "policy_other_category_n": fmt.join([fmt.with_unit(n, "项") for n in counts.iloc[1:]]),
    }


def policy_table(found: facts.Policies, catalog: pd.DataFrame) -> dict:
    """The report's policy table for readers, with its caption (`tables.glue_table(key, **policy_table(…))`)."""
    return {"frame": pd.DataFrame({
        "发布时间": found.table["date"].map(fmt.period),
        "政策名称": "《" + found.table["title"] + "》",
        "发布单位": found.table["issuer"],
        "类别": found.table["category"],
    }), "caption": f"我国人工智能领域主要政策（{fmt.period(found.span)}，即报告{facts.report_item(catalog, 'policies')}）"}


# ---------------------------------------------------------------- technology


def technology(env: pd.DataFrame, compute: pd.DataFrame, growth: facts.DataGrowth, events: pd.DataFrame) -> dict:
    """The technology section: patents, data labelling and Chinese data, open source, compute and storage, the
    growth of data production and of AI enterprises (`compute`: the compute and storage table by indicator)."""
    storage, later = facts.storage(compute.reset_index()), facts.later_compute(compute)
    return {
        **fmt.rows(env, "ai_patent_holdings_world_share", "global_new_genai_patents", "new_genai_patents_china_share",
                   "ai_patent_applications", "ai_patent_applications_world_share",
                   "top5_regions_patent_application_share"),
        **fmt.rows(env, "data_labelling_volume", "data_labelling_vs_national_library", "labelling_hq_industry_datasets",
                   "labelling_supported_domestic_models", "labelling_industry_output"),
        **fmt.rows(env, "chinese_data_share_most_models", "chinese_data_share_some_models",
                   "deepseek_open_sourced_repos", "deepep_roce_performance_gain", "deepep_infiniband_performance_gain"),
        **fmt.rows(env, "ai_patent_applications", "data_labelling_volume", "deepseek_open_sourced_repos",
                   "deepep_roce_performance_gain", write=_when, suffix="_period"),
        **fmt.rows(compute, "computing_centre_racks", "intelligent_computing_power", "storage_capacity"),
        **fmt.rows(growth.counts, "ai_enterprises", "high_quality_datasets", "llm_data_technology_enterprises",
                   "llm_data_application_enterprises"),
        **fmt.rows(events, "open_source_guideline", write=_on),
        "china_new_genai_patents": fmt.with_unit(facts.china_new_genai_patents(env),
                                                 env.loc["global_new_genai_patents", "unit"], "约"),
        "applications_rank": fmt.ordinal(env.loc["ai_patent_applications_world_rank", "value"]),
        "patent_share_n": fmt.small_number(len(facts.SHARE_KEYS)) + "个",
        "compute_period": fmt.period(compute.loc["intelligent_computing_power", "as_of"]),
        "storage_base_year": fmt.period(storage.base_year),
        "storage_growth_word": fmt.change_word(storage.growth["value"]),
        "storage_capacity_growth": fmt.describe(storage.growth),
        "data_volume_period": fmt.period(growth.volume["as_of"]),
        "data_volume": fmt.describe(growth.volume),
        "data_volume_growth_word": fmt.change_word(growth.volume_growth["value"]),
        "data_volume_growth": fmt.describe(growth.volume_growth),
        # a later edition's computing power of another source (chapter 03's 报告之后的数字), pointed to where the
        # report's figure is told; the report edition glues the names empty
        "env_later_compute_shown": later is not None,
        "env_later_compute_source": "" if later is None else sources.in_sentence(later["source_id"]),
        "env_later_compute": "" if later is None else fmt.describe(later),
    }


PATENT_SHARE_NAMES = ("全球人工智能专利拥有量", "全球新公开的生成式人工智能专利", "全球人工智能专利申请量")  # as SHARE_KEYS


def patent_table(env: pd.DataFrame) -> dict:
    """China's three shares of the world's patents, each with what it counts and its source, and the caption."""
    shares = facts.patent_shares(env)
    return {"frame": pd.DataFrame({
        "统计对象": list(PATENT_SHARE_NAMES),
        "我国的占比": shares.apply(fmt.describe, axis=1),
        "来源": shares["source_id"].map(sources.label),
    }), "caption": "我国在全球人工智能专利中的三个占比（口径各异）"}


def data_growth_chart(growth: facts.DataGrowth) -> dict:
    """The bars of the growth of counts (labelled as growth rates, so that a row of the reader table does not read
    as a count), with the axis and alt titles (`charts.bar_figure(name, **data_growth_chart(…))`)."""
    year = fmt.period(growth.volume["as_of"])
    return {"frame": growth.counts.reset_index(), "category": "label", "category_title": "对象",
            "value_title": f"{year}同比增速（%）", "alt_title": f"{year}几类主体和数据集数量的同比增速"}


# ---------------------------------------------------------------- financing


def _report_items(catalog: pd.DataFrame) -> dict[str, str]:
    """The report's numbers of its three financing figures (图11, 图12, 图13), by the name `checks` gives them."""
    return {"events": facts.report_item(catalog, "financing_by_sector", "事件"),
            "amounts": facts.report_item(catalog, "financing_by_sector", "金额"),
            "regions": facts.report_item(catalog, "financing_by_region")}


def financing(money: facts.Financing, fin_facts: pd.DataFrame, catalog: pd.DataFrame) -> dict:
    """The financing section: the totals, the three sectors and regions the report names with their shares, the
    remainders, and what the shares imply about the totals (keys for the {choose} sentences)."""
    # the regional discussion is written for shares that do not fit the total: if the data are ever corrected,
    # stop here so that the prose gets rewritten rather than left wrong
    if money.regions.fits(facts.SHARE_STEP):
        raise ValueError("chapter 5: the regional shares now fit the total; rewrite 地区分布")
    events, amount = money.events.total, money.amounts.total
    unit, items = amount["unit"], _report_items(catalog)
    overlap, (mid_low, mid_high) = money.regional_common(), money.regional_mid_range()
    regions, beijing = money.regions.parts, money.regions.parts.iloc[0]
    return {
        **fmt.rows(fin_facts, "ai_industry_total_investment", "national_ai_fund"),
        **fmt.rows(fin_facts, "ai_industry_total_investment", "national_ai_fund", write=_when, suffix="_period"),
        "fin_period": fmt.period(events["as_of"]),
        "fin_events": fmt.describe(events),
        "fin_amount": fmt.describe(amount),
        "fig_events_item": items["events"],
        "fig_amount_item": items["amounts"],
        "fig_region_item": items["regions"],
        "fin_leader_sure": money.leader_sure,
        "fin_top_sector": money.events.parts["sector"].iloc[0],
        "fin_named_events_share": fmt.pct(money.events.named_share),
        "fin_named_amount_share": fmt.pct(money.amounts.named_share),
        "fin_other_events": fmt.with_unit(money.events.rest, events["unit"]),
        "fin_other_amount": fmt.with_unit(round(money.amounts.rest, 1), unit, amount["qualifier"]),  # the total's 约
        "sector_shares_fit": money.sector_shares_fit(),
        "sector_list": "；".join(f"{r.sector}{fmt.with_unit(r.events, events['unit'])}（{fmt.pct(r.events_share)}）、"
                                f"{fmt.with_unit(r.amount, unit)}（{fmt.pct(r.amount_share)}）"
                                for r in money.named_sectors().itertuples()),
        "region_list": fmt.join([f"{r}{fmt.with_unit(v, unit)}（{fmt.pct(s)}）"
                                 for r, v, s in zip(regions["region"], regions["value"], regions["share"])]),
        "region_base": fmt.with_unit(round(money.regional_base()), unit),
        "region_mid_low": fmt.with_unit(round(mid_low, 1), unit),
        "region_mid_high": fmt.with_unit(round(mid_high, 1), unit),
        "region_rest_share": fmt.pct(money.regions.rest_share),
        "regions_overlap": overlap is not None,
        "region_base_low": fmt.with_unit(round(overlap.low, 1), unit) if overlap else "",
        "region_base_high": fmt.with_unit(round(overlap.high, 1), unit) if overlap else "",
        "beijing": beijing["region"],
        "beijing_amount": fmt.with_unit(beijing["value"], unit),
        "beijing_share": fmt.pct(beijing["share"]),
        "beijing_share_of_total": fmt.pct(money.regions.share_of_total(beijing["value"])),
    }


BY = {"sector": ("领域", "其他领域"), "region": ("地区", "其他地区")}  # a figure's dimension: its word, its rest


def share_chart(figure: facts.Figure, measure: str) -> dict:
    """One financing figure as bars of the shares the report states, then the share they leave (the book's), with
    each part's value (未写明 for a rest of another whole) and the titles (`charts.bar_figure(name, **…)`);
    `measure` is what the shares divide (事件数, 金额)."""
    by, other = BY[figure.dim]
    unit, hedges = figure.total["unit"], [""] * len(figure.parts) + [figure.total["qualifier"]]  # the rest: the total's
    return {"frame": figure.share_rows(other), "category": figure.dim, "category_title": by,
            "value_title": f"占投融资{measure}的比例（%）", "sort": [*figure.parts[figure.dim], other],
            "extra_columns": {measure: [fmt.UNKNOWN_TEXT if v is None else fmt.with_unit(round(v, 1), unit, q)
                                        for v, q in zip(figure.values_with_rest(facts.SHARE_STEP), hedges)]},
            "alt_title": f"{fmt.period(figure.total['as_of'])}人工智能相关投融资{measure}按{by}的占比"
                         f"（{other}为占比的余数，本书推算）"}


def financing_checks(money: facts.Financing, catalog: pd.DataFrame) -> dict:
    """Every part of the three figures with the whole it implies and whether that fits the report's total."""
    checks, items = money.checks(), _report_items(catalog)
    return {"frame": pd.DataFrame({
        "报告图": checks["figure"].map(items),
        "领域或地区": checks["part"],
        "数值": [fmt.with_unit(v, u) for v, u in zip(checks["value"], checks["unit"])],
        "占比": checks["share"].map(fmt.pct),
        "推算的总额（舍入允许的范围，本书计算）": [
            f"约{fmt.with_unit(round(c.mid, 0 if c.figure == 'events' else 1), c.unit)}"  # no tenths of an event
            f"（{fmt.number(round(c.low, 1))}—{fmt.number(round(c.high, 1))}）" for c in checks.itertuples()],
        "与报告总数是否一致": checks["fits"].map({True: "一致", False: "不一致"}),
    }), "caption": f"由各领域、各地区的数值与占比推算出的总额（报告总数为{fmt.describe(money.events.total)}、"
                   f"{fmt.describe(money.amounts.total)}）"}


# ---------------------------------------------------------------- international


def international(world: facts.International, h20: pd.DataFrame, events: pd.DataFrame) -> dict:
    """The international section: each country's measures and their dates, the report's conversions, the 英伟达
    box and the 软银 proposal (`h20`: the 英伟达 figures by key)."""
    measures, proposals, terms = (rows.set_index("key") for rows in (world.measures, world.proposals, world.terms))
    return {
        **fmt.rows(h20, "q1_h20_charge", "q1_h20_undelivered_revenue",
                   "q1_h20_charge_expected_in_april", "q2_revenue_reduction", "q2_revenue_forecast",
                   "china_market_value", "china_share_ai_researchers"),
        **fmt.rows(measures, "ai_investment_package", "ai_pact_first_signatories", "strategic_tech_investment",
                   "invest_ai_mobilisation", "ai_factories_existing",
                   "ai_gigafactory_chips", "ai_gigafactory_fund", "ai_factories_first_batch",
                   "ai_factories_planned_additional", "cancelled_ai_funding", "funded_ai_projects",
                   "funded_ai_projects_amount", "public_compute_increase_target"),
        **fmt.rows(terms, "public_compute_target_years", "ai_vibrancy_countries"),
        **fmt.rows(measures, "ai_mission_budget", "ai_compute_gpus", "ai_model_council_firms",
                   "gpu_acquisition_target", "supplementary_ai_budget", "supplementary_budget_gpus"),
        **fmt.rows(measures, "ai_investment_package", "ai_act_risk_levels", "ai_pact_first_signatories",
                   "strategic_tech_investment", "invest_ai_mobilisation",
                   "ai_factories_first_batch", "cancelled_ai_funding", "public_compute_increase_target",
                   "ai_vibrancy_rank", "ai_mission_budget", "gpu_acquisition_target",
                   "supplementary_ai_budget", write=_on, suffix="_date"),
        **fmt.rows(proposals, "ft_anonymous_sources"),
        **fmt.rows(events, "stargate", "chip_export_guidance", "h20_license_requirement",
                   "compute_sovereignty_strategy", "public_service_ai_strategy", "ai_factories_announced",
                   "invest_ai_announced", "ai_continent_plan", "apply_ai_initiative", "ai_regulation_bill", "dual_ai_vision",
                   "ai_guidelines", "ai_promotion_act", "ai_strategy_council", "ai_basic_act", write=_on),
        "executive_orders": fmt.period(facts.shared_date(events, facts.EXECUTIVE_ORDERS)),
        "kr_gpu_year": fmt.period(measures.loc["gpu_acquisition_target", "as_of"]),
        "strategic_tech_investment_years": fmt.small_number(terms.loc["strategic_tech_investment_years", "value"])
        + terms.loc["strategic_tech_investment_years", "unit"],
        "uk_source_date": fmt.period(sources.table().loc[measures.loc["cancelled_ai_funding", "source_id"],
                                                         "published"]),
        "q1_fiscal": h20.loc["q1_h20_charge", "fiscal_period"],
        "q1_end": fmt.period(h20.loc["q1_h20_charge", "as_of"]),
        "researchers_half": h20.loc["china_share_ai_researchers", "value"] == 50,
        "ca_package_cny": fmt.describe(world.conversions.loc["ai_investment_package"]),
        "eu_act_risk_levels": fmt.small_number(measures.loc["ai_act_risk_levels", "value"]),
        "in_rank": fmt.ordinal(measures.loc["ai_vibrancy_rank", "value"]),
        "in_mission_usd": fmt.describe(world.conversions.loc["ai_mission_budget"]),
        "fund_capital": fmt.plain(proposals.loc["us_japan_sovereign_fund_capital"]),
        "intl_converted": fmt.join(world.converted["country"]),
    }


TERM_WORDS = {"年": "{}内", "个": "共评估{}国家"}  # a term's unit: how it qualifies its measure (3年内, 共评估36个国家)


def _amount(world: facts.International, row: pd.Series) -> str:
    """A measure's figure as the report writes it (a rank in words), with the term or scope another figure gives it."""
    text = fmt.ordinal(row["value"]) if row["unit"] == "名次" else fmt.describe(row)
    if row["key"] not in world.terms.index:
        return text
    term = world.terms.loc[row["key"]]
    return f"{text}（{TERM_WORDS.get(term['unit'], term['label'] + '：{}').format(fmt.describe(term))}）"


DATE_BASIS = {"": "{}", "source": "{}（年份据报道日期）", "sic": "{}（报告原文如此）", "clause": "{}（报告未单列，取同句另一项的时间）",
              "context": "{}（报告未单列，取上一句所写的时间）"}
# a measure's date (`date_basis`): as the report gives it; its year taken from the date of the cited report; as the
# report gives it, though it looks wrong; not given for it, but for another measure of the same sentence; not given
# for it, but in the sentence before
NO_DATE = "报告未写明"


def _measure_date(row: pd.Series) -> str:
    """When a measure was announced, as the report dates it; a year the book took from the cited report's date is
    marked; no date when the report gives none."""
    return DATE_BASIS[row["date_basis"]].format(_on(row)) if row["date"] else NO_DATE


def _measure_table(world: facts.International, rows: pd.DataFrame, figure: str, with_conversion: bool) -> pd.DataFrame:
    """One row per figure: who (in which region), what, when (`_measure_date`), the figure (under the title
    `figure`)."""
    table = pd.DataFrame({
        "国家或组织（地区）": [f"{c}（{r}）" for c, r in zip(rows["country"], rows["region"])],
        "事项": rows["label"],
        "时间": [_measure_date(r) for _, r in rows.iterrows()],
        figure: [_amount(world, r) for _, r in rows.iterrows()],
    })
    if with_conversion:
        table["报告给出的折算"] = [fmt.describe(world.conversions.loc[k]) if k in world.conversions.index else "—"
                             for k in rows["key"]]
    return table


def money_table(world: facts.International) -> dict:
    """The sums of money of the international measures, in the currency of the report, with its conversions."""
    return {"frame": _measure_table(world, world.money, "数额（原文）", True),
            "caption": "各国和地区人工智能相关的资金数额（按原文币种照录，不做换算）"}


def other_table(world: facts.International) -> dict:
    """The other figures of the international measures: counts, terms, targets and ranks."""
    return {"frame": _measure_table(world, world.other, "数值（原文）", False),
            "caption": "各国和地区人工智能相关的其他数字（数量、期限、目标和名次）"}
