"""Chapter 03's facts (facts.industry) worded for the Chinese edition: one function per section, returning the glue
names and texts its prose uses, and the words of its two figures."""
from __future__ import annotations

import pandas as pd

from .. import fmt, sources
from ..facts import industry as facts

LEVEL_NAMES = ("基础级", "先进级", "卓越级")  # in the order of facts.FACTORY_LEVELS
REST_LABEL, REST_HEDGE = "其他地区", "约"     # the computed rest of the filings figure, approximate when a part is


def _published(source_id: str) -> str:
    return fmt.period(sources.table().loc[source_id, "published"])


def overview(f: facts.Industry) -> dict[str, str]:
    """产业概况: enterprises (with the date of the report that gave them), little giants, smart factories."""
    firms = f.facts.loc["ai_enterprises"]
    return {
        "report_year": fmt.period(sources.table().loc[sources.REPORT, "published"][:4]),
        "firms_period": fmt.period(firms["as_of"]),
        "firms_announced": _published(firms["source_id"]),
        "giants_period": fmt.period(f.facts.loc["ai_little_giants", "as_of"]),
        "factory_period": fmt.period(f.factories["as_of"].iloc[0]),
        **fmt.rows(f.facts, "ai_enterprises", "ai_enterprises_global_share", "ai_little_giants",
                   *facts.FACTORY_LEVELS, "smart_factories_sector_coverage", "smart_factories_rd_cycle_cut",
                   "smart_factories_efficiency_gain"),
    }


def factory_levels(f: facts.Industry) -> pd.DataFrame:
    """The factory levels with their names (column 等级), for the figure."""
    return f.factories.assign(等级=list(LEVEL_NAMES))


def factory_periods(f: facts.Industry) -> dict[str, list[str]]:
    """A column for the figure's table saying which periods are only the source's month of publication (the report
    dates none of the counts)."""
    published = sources.table()["published"]
    return {"时期说明": ["来源发布的月份，报告未写时点" if row["as_of"] == published[row["source_id"]][:7] else ""
                     for _, row in f.factories.iterrows()]}


def factories_title(f: facts.Industry) -> str:
    return f"各级已建成智能工厂的数量（据工信部{fmt.period(f.factories['as_of'].iloc[0])}的网页）"


LATER_NAMES = ["later_firms_source", "later_firms_period", "later_firms", "later_core", "later_compute_source",
               "later_compute_period", "later_compute", "later_clusters", "compute_before_period"]


def later(f: facts.Industry) -> dict[str, str | bool]:
    """报告之后的数字: `later_figures` chooses the sentence; the report edition glues its names empty."""
    if f.later is None:
        return {"later_figures": False} | dict.fromkeys(LATER_NAMES, "")
    firms, compute = f.later.firms, f.later.compute
    return {
        "later_figures": True,
        "later_firms_source": sources.in_sentence(firms["source_id"]),
        "later_firms_period": fmt.period(firms["as_of"]),
        "later_firms": fmt.describe(firms),
        "later_core": fmt.describe(f.later.core_industry),
        "later_compute_source": sources.in_sentence(compute["source_id"]),
        "later_compute_period": fmt.period(compute["as_of"]),
        "later_compute": fmt.describe(compute),
        "later_clusters": fmt.describe(f.later.clusters),
        "compute_before_period": fmt.period(f.later.compute_before["as_of"]),
    }


def filings(f: facts.Industry, shanghai: pd.Series) -> dict[str, str | bool]:
    """服务备案: the national totals, the regions (ties, approximate values), their shares and the rest; and
    chapter 04's Shanghai count (`shanghai`), which counts filings in 款 as the total does."""
    w, approximate = f.filings, f.filings.totals_approximate
    return {
        "filed_period": fmt.period(w.filed["as_of"]),
        "filed_announced": _published(w.filed["source_id"]),
        **fmt.rows(f.facts, "genai_services_filed", "genai_apps_registered"),
        "region_period": fmt.period(w.regions["as_of"].iloc[0]),
        "shanghai_filed": fmt.describe(shanghai),
        "shanghai_filed_period": fmt.period(shanghai["as_of"]),
        "region_count": fmt.small_number(len(w.regions)),
        "region_top": fmt.join(w.leaders["region"]),
        "region_top_value": fmt.describe(w.leaders.iloc[0]),
        "region_top_share": fmt.pct(w.share(w.leaders["value"].iloc[0])),
        "region_second": fmt.join(w.second["region"]),
        "region_second_value": fmt.describe(w.second.iloc[0]),
        "region_second_tied": len(w.second) > 1,
        "region_approximate": fmt.join(w.approximate["region"]),
        "region_approximate_value": fmt.describe(w.approximate.iloc[0]) if approximate else "",
        "region_approximate_several": len(w.approximate) > 1,
        "any_approximate": approximate,
        "named_total": fmt.with_unit(w.named_total, w.unit, REST_HEDGE if approximate else ""),
        "named_share": fmt.pct(w.share(w.named_total), digits=0 if approximate else 1),
        "rest_computed": w.same_period,
        "rest_total": fmt.with_unit(w.rest, w.unit, REST_HEDGE if approximate else ""),
    }


def filings_shown(w: facts.Filings) -> pd.DataFrame:
    """The regions of the filings figure: the named ones and, when it can be computed, the rest (其他地区)."""
    return w.with_rest(REST_LABEL, REST_HEDGE)


def filings_labels(shown: pd.DataFrame) -> list[str]:
    """Each bar's value as stated, the computed rest marked as the book's."""
    computed = f"（{fmt.STATUS_WORDS['computed']}）"
    return [fmt.describe(row) + (computed if row["status"] == "computed" else "") for _, row in shown.iterrows()]


def filings_periods(shown: pd.DataFrame) -> dict[str, list[str]]:
    """A column for the filings figure's table saying where its period comes from: the report prints none beside
    the regional counts, which analyse the filed services counted to the end of the total's month."""
    return {"时期说明": ["报告所分析的已备案服务截至该月底" if row["status"] != "computed" else "与备案总数同期"
                     for _, row in shown.iterrows()]}


def filings_title(w: facts.Filings) -> str:
    return f"截至{fmt.period(w.filed['as_of'])}已备案生成式人工智能服务的所在地分布"
