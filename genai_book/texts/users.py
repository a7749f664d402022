"""Chapter 02's facts worded (facts.users): one function per section returning the glue names and texts its prose
uses, and per figure the titles and labels of its chart (`charts.bar_figure("fig-age", …, **texts.age_chart(ages))`).
"""
from __future__ import annotations

import pandas as pd

from .. import editions, fmt, series, sources, tables
from ..facts import users
from . import shares, users_headline

POINT_STANDING = {"stated": "报告之后的来源写出", "implied": "本书倒推"}  # the series table's 依据 (a report row: 报告给出)
CHANGE_WORDS = {"points": ("提高", "下降"), "multiple": ("增长到", "下降到")}  # other kinds: 增长/下降
EDUCATION_REST = "其余各档合计"  # the bar of the levels the report does not give one by one


def scale(scale: users.Scale, as_of: str) -> dict:
    """Section 2.1: the headline, the levels before it and where they come from, and the changes the sources state
    with the book's check of them (keys of its sentences: change_basis, stated_standing, stated_metrics, …)."""
    top, source_now = scale.headline, scale.source(as_of)
    return {
        **users_headline(top),
        **stated_changes(scale.stated),
        **derived_base(scale),
        "base_kind": "derived" if scale.base is not None else "stated" if scale.checked else "none",
        "change_computed": not scale.headline_change_stated,
        "users_before": fmt.with_unit(top.users.before, top.unit),
        "users_growth_rate": fmt.pct(top.growth_rate),
        "penetration_before": fmt.pct(top.penetration.before),
        "users_source": source_now,
        "change_basis": change_basis(scale),
        "report_edition": as_of == editions.report_edition(),
        "edition_survey": sources.named(editions.listed()[as_of]["source_id"]),
        "surge_year": fmt.period(editions.report_edition()[:4]),
        "stated_standing": scale.standing,
        "stated_metrics": scale.stated_metrics,
        "stated_verdict": scale.verdict,
        "stated_base": fmt.period(scale.stated_base) if scale.stated else "",
        "stated_source": fmt.join(sources.in_sentence(s) for s in scale.stated_sources),
        "stated_source_id": scale.stated_sources[0] if scale.stated_sources else "none",
        "users_source_text": sources.in_sentence(source_now),
        "users_has_implied": scale.has_implied,
    }


def change_basis(scale: users.Scale) -> str:
    """Where the headline's change comes from, as the key of its sentence: 'stated' (a source states it), 'report'
    (the book computes it against the report's earlier level) or 'other' (against another source's)."""
    if scale.headline_change_stated:
        return "stated"
    return "report" if scale.source(scale.headline.users.before_period) == sources.REPORT else "other"


def users_chart(scale: users.Scale) -> dict:
    """The levels chart of figure 2.1 (charts.period_bars): penetration as the bar, users inside it."""
    levels = scale.levels
    return dict(
        levels=levels.assign(时期=levels["as_of"].map(fmt.period), 普及率=levels["penetration"],
                             普及率文字=levels["penetration"].map(fmt.pct),
                             用户规模=[fmt.with_unit(v, scale.headline.unit) for v in levels["users"]]),
        value="普及率", label="普及率文字", inner="用户规模", status="status", value_title="普及率（%）",
        label_name="普及率", inner_name="用户", alt_title="生成式人工智能普及率与用户规模",
        table=users_series_table(scale.rows), sources=scale.rows["source_id"].unique(),
        standing=[standing(status, scale.source(period)) for status, period in zip(levels["status"], levels["as_of"])])


def standing(status: str, source: str) -> str:
    """A level's standing as the reader reads it (figure 2.1's legend, tooltip, text alternative and data table):
    报告给出, 报告之后的来源写出 (a later source states it) or 本书倒推."""
    return fmt.STATUS_WORDS["stated"] if status == "stated" and source == sources.REPORT else POINT_STANDING[status]


def users_series_table(rows: pd.DataFrame) -> pd.DataFrame:
    """The levels of users and penetration (facts.users.Scale.rows) for readers: period, indicator, value, whether
    the source states it or it was derived from a stated change, and the source: the data table of figure 2.1,
    the one place that lists them (the chapter has no table of its own repeating it)."""
    table = tables.readable(rows.assign(指标=rows["metric"].map(users.METRIC_NAMES)), {"指标": "指标"},
                            source="label")
    return table.assign(依据=[standing(status, source) for status, source in zip(rows["status"], rows["source_id"])])


def stated_changes(found: dict[str, users.StatedChange]) -> dict[str, str]:
    """Per metric a source states a change for: the stated change, the one the book computes from the printed
    levels (in the source's unit and decimals) and its direction word, as `<metric>_stated`, `_computed`,
    `_stated_word`."""
    texts = _stated(found, "")
    for metric, change in found.items():
        texts[f"{metric}_computed"] = fmt.with_unit(round(abs(change.computed), change.digits), change.unit,
                                                    digits=change.digits)
    return texts


def _stated(found: dict[str, users.StatedChange], prefix: str) -> dict[str, str]:
    texts = {}
    for metric, change in found.items():
        up, down = CHANGE_WORDS.get(change.kind, ("增长", "下降"))
        texts |= {f"{prefix}{metric}_stated": fmt.with_unit(abs(change.stated), change.unit),
                  f"{prefix}{metric}_stated_word": fmt.change_word(change.computed, up=up, down=down)}
    return texts


def derived_base(scale: users.Scale) -> dict[str, str]:
    """The base period of the stated changes when the book derived its levels (facts.users.Scale.base): the
    period, its two levels, the changes they were derived from and their period, as `base_period`, `base_users`,
    `base_penetration`, `base_<metric>_stated`, `_stated_word` and `base_next_period`; empty texts when there is no such base (the
    sentence that uses them is then not chosen)."""
    names = ["base_period", "base_next_period", "base_users", "base_penetration",
             *(f"base_{m}_{part}" for m in users.METRIC_NAMES for part in ("stated", "stated_word"))]
    texts = dict.fromkeys(names, "")
    if scale.base is not None:
        texts |= {"base_period": fmt.period(scale.stated_base), "base_next_period": fmt.period(scale.derived_from),
                  "base_users": fmt.with_unit(scale.base["users"], scale.base["unit"]),
                  "base_penetration": fmt.pct(scale.base["penetration"])} | _stated(scale.derivation, "base_")
    return texts


def products(products: users.Products, as_of: str) -> dict:
    """Section 2.2: DeepSeek's facts, the usage-rate figure's standing and the first choice, with the survey's period
    (`survey_updated`: whether a later source updated the survey, which none has yet)."""
    choice, stated = products.choice, products.stated
    return {
        **fmt.rows(stated, "deepseek_days_to_peak", "deepseek_top_markets"),
        **fmt.rows(stated, "deepseek_dau", write=fmt.plain),  # the sentence says 突破, as the report does
        "product_rates_values": products.rates_figure["values_in_text"],
        "ds_period": fmt.period(stated.loc["deepseek_dau", "as_of"]),
        "ds_year": fmt.period(stated.loc["deepseek_dau", "as_of"][:4]),  # R1: the Spring Festival of that year
        "fc_period": fmt.period(choice.leader["as_of"]),
        "survey_updated": choice.leader["as_of"] == as_of,
        "fc_leader": choice.leader["product"],
        "fc_leader_share": fmt.survey_share(choice.leader),
        "fc_second": choice.second["product"],
        "fc_second_share": fmt.survey_share(choice.second),
        "fc_total": fmt.pct(choice.total),
        "fc_total_fits": choice.total_fits,  # its sentence also uses whole_share (texts.purposes)
        "fc_others": choice.others["product"],
        "fc_others_share": fmt.survey_share(choice.others),
    }


def first_choice_chart(choice: users.FirstChoice) -> dict:
    return dict(category_title="产品", value_title="首选该产品的用户比例（%）",
                alt_title=f"用户最先选用的生成式人工智能产品（调查数据截至{fmt.period(choice.leader['as_of'])}）",
                describe=fmt.survey_share)


def purposes(uses: users.Purposes) -> dict:
    """Section 2.3: the most common purpose, the others with a share, and their sum (over the whole: several
    answers were allowed)."""
    return {
        "purpose_period": fmt.period(uses.top["as_of"]),
        "purpose_top": uses.top["purpose"],
        "purpose_top_share": fmt.survey_share(uses.top),
        "purpose_others": shares(uses.known.iloc[1:], "purpose", quote=True),
        "purpose_known_count": fmt.small_number(len(uses.known)),
        "purpose_known_sum": fmt.pct(uses.known["value"].sum()),
        "whole_share": fmt.with_unit(100, "%"),
    }


def purposes_chart(uses: users.Purposes) -> dict:
    return dict(category_title="用途", value_title="用过这一用途的用户比例（%）",
                alt_title=f"用户拿生成式人工智能做什么（调查数据截至{fmt.period(uses.top['as_of'])}）",
                describe=fmt.survey_share,
                sort=list(uses.listed["purpose"]))


def gender(sexes: pd.DataFrame) -> dict:
    return {"gender_period": fmt.period(sexes["as_of"].iloc[0]),
            "gender_ratio": "∶".join(fmt.number(v) for v in sexes["value"]),
            "gender_order": "∶".join(sexes["gender"])}


def gender_chart(sexes: pd.DataFrame) -> dict:
    return dict(category_title="性别", value_title="占用户的比例（%）",
                alt_title=f"生成式人工智能用户的性别构成（调查数据截至{fmt.period(sexes['as_of'].iloc[0])}）",
                describe=fmt.survey_share)


def age(ages: users.Age) -> dict:
    """The largest age group(s) (`age_top_tied` when several tie), the groups between and the open-ended one."""
    return {
        "age_period": fmt.period(ages.rows["as_of"].iloc[0]),
        "age_middle": shares(ages.middle, "age_group"),
        "age_open_share": fmt.survey_share(ages.open_group),
        "age_top": fmt.join(ages.top["age_group"]),
        "age_top_tied": len(ages.top) > 1,
        "age_top_share": fmt.survey_share(ages.top.iloc[0]),
        "age_open_label": ages.open_group["age_group"],
    }


def age_chart(ages: users.Age) -> dict:
    return dict(category_title="年龄段", value_title="占用户的比例（%）",
                alt_title=f"生成式人工智能用户的年龄构成（调查数据截至{fmt.period(ages.rows['as_of'].iloc[0])}）",
                describe=fmt.survey_share, sort=list(ages.rows["age_group"]))


def education(schooling: users.Education) -> dict:
    return {
        "education_period": fmt.period(schooling.stated["as_of"].iloc[0]),
        "education_named": shares(schooling.stated, "education"),
        "education_named_count": fmt.small_number(len(schooling.stated)),
        "education_rest": fmt.pct(schooling.rest_share),
        "education_rest_label": EDUCATION_REST,
    }


def education_chart(schooling: users.Education) -> dict:
    """The stated levels and one grey bar for the rest of the whole (computed), with their titles."""
    shown = series.with_remainder(schooling.stated, "education", EDUCATION_REST, 100, digits=1)
    return dict(frame=shown, category="education", category_title="受教育程度", value_title="占用户的比例（%）",
                alt_title=f"生成式人工智能用户的受教育程度（调查数据截至{fmt.period(shown['as_of'].iloc[0])}）",
                describe=fmt.survey_share, sort=list(shown["education"]),
                labels=[fmt.survey_share(row) + ("（本书推算）" if row["status"] == "computed" else "")
                        for _, row in shown.iterrows()])


def minors(stages: users.MinorStages, minor_uses: pd.DataFrame, stated: pd.DataFrame) -> dict:
    """Section 2.5: the documents on AI education (their periods), the school stage with the highest rate and the
    others, minors' purposes by share, and the guide of the column."""
    return {
        **fmt.rows(stated, "ai_education_bases"),
        "plan_period": fmt.period(stated.loc["ai_plan_school_courses", "as_of"]),
        "standard_period": fmt.period(stated.loc["it_curriculum_standard", "as_of"]),
        "bases_period": fmt.period(stated.loc["ai_education_bases", "as_of"]),
        "literacy_guide_period": fmt.period(stated.loc["ai_literacy_guide", "as_of"]),
        "guide_source": sources.in_sentence(stated.loc["ai_use_guide_principles", "source_id"]),
        "guide_principles": fmt.small_number(stated.loc["ai_use_guide_principles", "value"]),
        "minor_period": fmt.period(stages.top["as_of"]),
        "minor_stage_top": stages.top["stage"],
        "minor_stage_top_share": fmt.survey_share(stages.top),
        "minor_stage_others": shares(stages.others, "stage"),
        "minor_purpose_top": minor_uses.iloc[0]["purpose"],
        "minor_purpose_top_share": fmt.survey_share(minor_uses.iloc[0]),
        "minor_purpose_rest": shares(minor_uses.iloc[1:], "purpose", quote=True),
        "minor_purpose_period": fmt.period(minor_uses.iloc[0]["as_of"]),
        "minor_purpose_count": fmt.small_number(len(minor_uses)),
    }


def minor_stages_chart(stages: users.MinorStages) -> dict:
    return dict(category_title="学龄段", value_title="该学龄段网民中的使用率（%）",
                alt_title="各学龄段未成年网民中用过生成式人工智能产品的比例"
                          f"（调查数据截至{fmt.period(stages.top['as_of'])}）",
                describe=fmt.survey_share, sort=list(stages.rows["stage"]))


def minor_purposes_chart(minor_uses: pd.DataFrame) -> dict:
    return dict(category_title="用途", value_title="占未成年网民的比例（%）",
                alt_title=f"未成年网民拿生成式人工智能做什么（调查数据截至{fmt.period(minor_uses.iloc[0]['as_of'])}；"
                          "报告没有写明分母，本书判断更可能是全体未成年网民）",
                describe=fmt.survey_share)
