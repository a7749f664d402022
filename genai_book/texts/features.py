"""Chapter 01's facts (facts.features.Features) worded: one function per section, returning the glue names and
texts its prose uses, and the labels its figures show."""
from __future__ import annotations

import pandas as pd

from .. import editions, fmt, sources, texts
from ..facts.features import Features, Gap
from ..facts.users import Headline

UNDATED = "后来（报告未写年份）"  # the report gives no year for the later gap


def report_users(report: Headline, users_source: str, as_of: str) -> dict[str, str | bool]:
    """The report's own users headline (the report edition's), which every edition gives first, and for a later
    edition the survey and the news its figures are quoted from; `users_later` chooses the sentences."""
    return {
        **texts.users_headline(report, prefix="report_"),  # report_users_now, report_penetration_now …
        "users_later": users_source != sources.REPORT,
        "users_survey": sources.named(editions.listed()[as_of]["source_id"]),
        "users_news": sources.in_sentence(users_source),
    }


def achievements(f: Features) -> dict[str, str | bool]:
    """国产人工智能成果丰硕: registrations (the report gives the month only; the date of the news it cites carries
    the year), filings, the gap to the US, top models and DeepSeek abroad."""
    reported = sources.table().loc[f.registrations["source_id"], "published"]
    return {
        "registrations_reported": fmt.period(reported),
        "registrations_period": fmt.period(f.registrations["as_of"], since=reported),
        "registrations": fmt.describe(f.registrations),
        "api_users": fmt.describe(f.api_users),
        "filed_period": fmt.period(f.filed["as_of"]), "filed_total": fmt.describe(f.filed),
        "registered_total": fmt.describe(f.registered),
        "gap_first_period": fmt.period(f.gap.first["as_of"]), "gap_first": fmt.describe(f.gap.first),
        "gap_last": fmt.describe(f.gap.last), "gap_narrowed": bool(f.gap.narrowed),
        "top_models": fmt.describe(f.top_models), "top_models_rank": fmt.ordinal(f.top_models_rank["value"]),
        "top_models_vs_europe": fmt.describe(f.top_models_vs_europe),
        "r1_period": fmt.period(f.r1_cost["as_of"]), "r1_cost_qualifier": f.r1_cost["qualifier"],
        "r1_cost_fraction": f"{fmt.small_number(f.r1_cost_denominator)}分之一",
        "ds_period": fmt.period(f.deepseek_dau["as_of"]), "ds_days": fmt.describe(f.deepseek_days),
        "ds_dau": fmt.describe(f.deepseek_dau), "ds_markets": fmt.describe(f.deepseek_markets),
    }


def gap_years(gap: Gap) -> pd.DataFrame:
    """The gap's rows with 年份, the year each bar shows: the last one is undated in the report."""
    years = [fmt.period(p) for p in gap.rows["as_of"].iloc[:-1]] + [UNDATED]
    return gap.rows.assign(年份=years)


def parameters(f: Features) -> dict[str, str | bool]:
    """逻辑推理能力显著提升: the smallest and the largest model's parameters, and whether the latter is estimated."""
    small, large = f.parameters.iloc[0], f.parameters.iloc[-1]
    return {"params_small_model": small["model"], "params_small": fmt.plain(small),
            "params_large_model": large["model"], "params_large": fmt.plain(large),
            "params_large_estimated": large["qualifier"] == "估计"}


def multimodal(f: Features) -> dict[str, str]:
    """多模态能力跨越式发展: GPT-4o's response time and the video model named with its version."""
    return {"gpt4o_period": fmt.period(f.gpt4o_response["as_of"]), "gpt4o_response": fmt.describe(f.gpt4o_response),
            "kling": f.named["kling"]}


def costs(f: Features) -> dict[str, str]:
    """模型推理成本显著降低: the cost drop, the two chips and the two price cuts the prose names by vendor."""
    baidu, alibaba = (f.cuts[f.cuts["vendor"] == vendor].iloc[0] for vendor in ("百度", "阿里云"))
    cost_from, cost_to = f.cost_drop["as_of"].split("/")  # 从…到…: the two ends of the period
    return {
        "cost_from": fmt.period(cost_from), "cost_to": fmt.period(cost_to),
        "cost_level": f.cost_drop["label"].split("水平")[0],
        "cost_drop": fmt.describe(f.cost_drop),
        "gb300": fmt.describe(f.gb300), "ironwood": fmt.describe(f.ironwood),
        "baidu_period": fmt.period(baidu["as_of"]), "baidu_model": baidu["model"], "baidu_cut": fmt.describe(baidu),
        "alibaba_period": fmt.period(alibaba["as_of"]), "alibaba_model": alibaba["model"],
        "alibaba_cut": fmt.describe(alibaba),
    }


def cut_products(f: Features) -> pd.DataFrame:
    """The price cuts with 产品, vendor and model as one bar label (vendor·model: the chart breaks it in two)."""
    return f.cuts.assign(产品=f.cuts["vendor"] + "·" + f.cuts["model"])


def light_models(f: Features) -> dict[str, str | bool]:
    """轻量模型赋能场景应用: o3's cost per task and the GPUs 子曰3 needs."""
    return {"ziyue_period": fmt.period(f.ziyue["as_of"]), "ziyue_single": f.ziyue_single,
            "ziyue_gpus": fmt.describe(f.ziyue),
            "o3_period": fmt.period(f.o3_cost["as_of"]), "o3_task_cost": fmt.describe(f.o3_cost)}
