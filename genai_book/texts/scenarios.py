"""Chapter 04's facts worded: one function per section, returning the glue names and texts its prose uses, and
the wording of its three figures (the keywords of `charts.bar_figure` after the figure's id)."""
from __future__ import annotations

import pandas as pd

from .. import fmt, sources
from ..facts import scenarios


def _dates(f: scenarios.Reported, *keys: str) -> dict[str, str]:
    """The named examples' dates, glued under their keys in the examples table."""
    return {key: fmt.period(f.when[key]) for key in keys}


def _later(f: scenarios.Reported, key: str, after: str) -> str:
    """A named example's date written after another's: the year they share is left out (2025年1月…5月)."""
    return fmt.period(f.when[key], since=f.when[after])


def _period_of(f: scenarios.Reported, key: str) -> str:
    return fmt.period(f.single.loc[key, "as_of"])


def agriculture(f: scenarios.Reported) -> dict[str, str]:
    return {
        **_dates(f, "agri_smart_guidance", "agri_power_plan", "shennong"),
        "shennong_name": f.named["shennong"],
        "xinjiang_expo": f.named["xinjiang_expo"],
        **fmt.rows(f.single, "conghua_crop_yield_increase", "unmanned_machinery_daily_hours",
                   "unmanned_machinery_efficiency_gain", "minle_irrigation_saving_per_mu_high",
                   "minle_irrigation_saving_share", "orchard_robot_core_tasks"),
        # the low end of a range: its unit is written once, after the high end
        "minle_irrigation_saving_low": fmt.number(f.single.loc["minle_irrigation_saving_per_mu_low", "value"]),
    }


def industrial_internet(f: scenarios.Reported, internet: pd.DataFrame) -> dict[str, str]:
    return {
        **_dates(f, "equipment_renewal_plan"),
        **fmt.rows(internet.set_index("indicator"), "private_5g_networks", "factories_5g", "identifier_registrations",
                   "cross_industry_platforms", "key_platform_connected_devices",
                   "supply_chain_platform_enterprises", "supply_chain_platform_products"),
    }


def cases(found: scenarios.Cases) -> dict[str, str]:
    by_category = found.ranked.set_index("category")
    return {
        "cases_period": fmt.period(found.top["as_of"]),
        "cases_total": fmt.with_unit(found.total, found.top["unit"]),
        "cases_top_label": found.top["label"],
        "cases_top_count": fmt.describe(found.top),
        "cases_technology_base": fmt.describe(by_category.loc["technology_base"]),
        "cases_industry_application": fmt.describe(by_category.loc["industry_application"]),
        "cases_equipment_product": fmt.describe(by_category.loc["equipment_product"]),
        "cases_support_guarantee": fmt.describe(by_category.loc["support_guarantee"]),
    }


def cases_figure(found: scenarios.Cases) -> dict:
    """The cases by category: each bar labelled with its count and its share of all (the book's computation)."""
    shares = [fmt.pct(found.share(row)) for _, row in found.ranked.iterrows()]
    return dict(
        frame=found.ranked, category="label", category_title="类别", value_title="入选案例（项）",
        alt_title=f"{fmt.period(found.top['as_of'])}人工智能赋能新型工业化典型应用入选案例，按类别",
        labels=[f"{fmt.describe(row)}（{share}）" for (_, row), share in zip(found.ranked.iterrows(), shares)],
        extra_columns={"占全部入选案例（本书计算）": shares},
    )


def industry_partners(f: scenarios.Reported) -> dict[str, str]:
    return {
        **_dates(f, "ubtech_walker", "tencent_qc_alliance", "netease_xcmg"),
        "ubtech_walker_name": f.named["ubtech_walker"],
        "ubtech_rosa_name": f.named["ubtech_rosa"],
        **fmt.rows(f.single, "syrius_robots_ordered", "syrius_client_staff_before", "syrius_client_staff_after",
                   "industrial_robot_output", "industrial_robot_output_growth", "tencent_qc_industries",
                   "tencent_qc_single_firm_inspections"),
        "industrial_robot_output_period": _period_of(f, "industrial_robot_output"),
        "tencent_qc_source_period": _period_of(f, "tencent_qc_single_firm_inspections"),
    }


def east_china(f: scenarios.Reported) -> dict[str, str]:
    return {
        **_dates(f, "east_china_tour"),
        **fmt.rows(f.single, "shanghai_filed_genai_models", "suzhou_ai_demo_scenarios",
                   "jiangsu_list_industrial_software_share", "national_ai_pilot_zones",
                   "jiangsu_industrial_value_added_growth", "jiangsu_industrial_power_growth",
                   "national_ai_industry_fund"),
        "shanghai_rank": fmt.ordinal(f.single.loc["shanghai_filed_genai_models_rank", "value"]),
        "shanghai_filed_period": _period_of(f, "shanghai_filed_genai_models"),
        "open_source_rank": fmt.ordinal(f.single.loc["open_source_participants_rank", "value"]),
        "jiangsu_industrial_value_added_growth_period": _period_of(f, "jiangsu_industrial_value_added_growth"),
    }


def other_fund(f: scenarios.Reported, fund: pd.Series) -> dict:
    """Chapter 05's national AI fund (its own row and source), set beside the column's fund for the closing note:
    its size, the year it was set up, and `fund_same_size` (True or False) to say whether the two sizes agree."""
    column = f.single.loc["national_ai_industry_fund"]
    return {
        "other_fund": fmt.describe(fund),
        "other_fund_period": fmt.period(fund["as_of"]),
        "fund_same_size": bool(fund["value"] == column["value"] and fund["unit"] == column["unit"]),
    }


def shanghai_filings(shanghai: scenarios.Standing) -> dict:
    """Where Shanghai stands among the filed services (chapter 03's figures), set beside the column's count:
    `sh_tied` chooses between 并列 (naming the peers) and 居."""
    return {
        "sh_filings_period": fmt.period(shanghai.row["as_of"]),
        "sh_filings": fmt.describe(shanghai.row),
        "sh_tied": bool(shanghai.peers),
        "sh_filings_peers": fmt.join(shanghai.peers),
        "sh_filings_rank": fmt.ordinal(shanghai.rank),
    }


def search(f: scenarios.Reported) -> dict[str, str]:
    """Search: the products' dates and Baidu's AI-generated share, its second date without the year they share."""
    baidu = f.baidu
    return {
        **_dates(f, "new_bing", "baidu_ai_search", "google_ai_mode", "searchgpt_test", "searchgpt_not_open"),
        "baidu_deep_search": _later(f, "baidu_deep_search", after="baidu_ai_search"),
        "google_ai_mode_name": f.named["google_ai_mode"],
        "baidu_before_period": fmt.period(baidu.before_period),
        "baidu_now_period": fmt.period(baidu.period, since=baidu.before_period),
        "baidu_before": fmt.pct(baidu.before, 0),
        "baidu_now": fmt.pct(baidu.now, 0),
        "baidu_word": fmt.change_word(baidu.delta, up="升至", down="降至", same="保持在"),
    }


def search_ads(outlook: scenarios.AdsOutlook) -> dict[str, str]:
    first, last = outlook.spend.iloc[0], outlook.spend.iloc[-1]
    return {
        "ads_first_period": fmt.period(first["as_of"]),
        "ads_last_period": fmt.period(last["as_of"]),
        "ads_first": fmt.describe(first),
        "ads_last": fmt.describe(last),
        "ads_share_first": fmt.describe(outlook.share.iloc[0]),
        "ads_share_last": fmt.describe(outlook.share.iloc[-1]),
    }


def search_ads_figure(outlook: scenarios.AdsOutlook) -> dict:
    """The spend by year, in time order, with its share of all search ad spend beside it in the table."""
    years = outlook.spend["as_of"].map(fmt.period)
    return dict(
        frame=outlook.spend.assign(年份=years), category="年份", category_title="时期",  # one 时期 column in the table, not two
        value_title="美国基于人工智能的搜索广告支出（亿美元）", sort=list(years),
        alt_title="美国基于人工智能的搜索广告支出，Emarketer 的估计与预测（柱长按原文数字画出）",
        extra_columns={"占搜索广告总支出": [fmt.describe(row) for _, row in outlook.share.iterrows()],
                       "时期说明": _ads_periods(outlook.spend)},
    )


def _ads_periods(spend: pd.DataFrame) -> list[str]:
    """Where each year of the ads table comes from: the source's own year is the report's 今年, which the book dates
    by the article (the 依据 column's 报告给出 is about the value)."""
    published = sources.table()["published"]
    return ["原文作“今年”，年份按报道日期推定" if row["as_of"] == published[row["source_id"]][:4] else "原文写明"
            for _, row in spend.iterrows()]


def content_and_office(f: scenarios.Reported) -> dict[str, str]:
    return {
        **_dates(f, "nishuihan_npc", "hunyuan_game", "sora_open", "video_models_hd", "office_ai",
                 "domestic_coding_tools", "codex_jules"),
        "video_models_hd_name": f.named["video_models_hd"],
        "google_ai_generated_code_share_period": _period_of(f, "google_ai_generated_code_share"),
        **fmt.rows(f.single, "google_ai_generated_code_share"),
    }


def hardware(f: scenarios.Reported) -> dict[str, str]:
    """Smart hardware and the embodied-AI column; targets the sources write as orders of magnitude (百余项,
    千亿级) in their words."""
    return {
        **_dates(f, "consumption_plan", "spring_gala", "midea_t6", "beijing_embodied_plan", "zhejiang_humanoid_plan",
                 "guangdong_plan"),
        "zhejiang_work_report_name": f.named["zhejiang_work_report"],
        "unitree_period": _period_of(f, "unitree_quadruped_sales_share"),
        **fmt.rows(f.single, "unitree_quadruped_sales_share", "unitree_quadruped_market_size_share",
                   "pingshan_sanitation_command_centres", "pingshan_smart_supply_stations",
                   "pingshan_ai_sanitation_devices", "beijing_embodied_leading_products_target",
                   "guangdong_embodied_unicorns_target_high"),
        **fmt.rows(f.single, "beijing_embodied_key_tech_target", "beijing_embodied_robot_deployment_target",
                   "beijing_embodied_cluster_scale_target", "provinces_with_embodied_policies", write=fmt.magnitude),
        "beijing_embodied_year": fmt.period(f.single.loc["beijing_embodied_key_tech_target", "as_of"][:4]),
        "guangdong_embodied_unicorns_target_low": fmt.number(
            f.single.loc["guangdong_embodied_unicorns_target_low", "value"]),
    }


def science_models(f: scenarios.Reported, models: pd.DataFrame) -> dict[str, str]:
    """The science models: their measures, and each model's release month (its measures share it)."""
    measures = models.set_index("measure")
    released = measures["as_of"].map(fmt.period)
    return {
        **_dates(f, "kunyuan", "kunyuan_follow_ups"),
        **fmt.rows(measures, "crater_recognition_accuracy", "renewable_power_forecast_accuracy",
                   "power_load_forecast_accuracy", "coral_taxon_recognition_accuracy", "m5_flare_forecast_accuracy",
                   "underwater_images_analysed", "efficiency_vs_manual", "flare_forecast_horizon"),
        **fmt.rows(measures, "max_spatial_resolution", "max_temporal_resolution", write=fmt.plain),  # 最高 is said
        "lunar_period": released["crater_recognition_accuracy"],
        "baguan_period": released["max_spatial_resolution"],
        "yaohua_period": released["coral_taxon_recognition_accuracy"],
        "yaohua_name": measures.loc["coral_taxon_recognition_accuracy", "model"],
        "jinwu_period": released["m5_flare_forecast_accuracy"],
    }


def accuracy_figure(accuracy: pd.DataFrame) -> dict:
    """The published accuracies, one bar per model and measure, in the report's order."""
    bars = accuracy["model"] + "：" + accuracy["label"]
    return dict(
        frame=accuracy.assign(模型与指标=bars), category="模型与指标", category_title="模型与指标",
        value_title="报道的准确率（%）", sort=list(bars),
        alt_title="科研大模型报道中的准确率（多为下限，任务与评测方法各不相同）",
    )


def alphaevolve(f: scenarios.Reported) -> dict[str, str]:
    return {
        **_dates(f, "alphaevolve", "strassen", "kissing_problem"),
        **fmt.rows(f.single, "alphaevolve_kissing_problem_age", "alphaevolve_kissing_outer_spheres",
                   "alphaevolve_kissing_dimensions", "alphaevolve_matrix_order", "alphaevolve_scalar_multiplications",
                   "alphaevolve_gemini_kernel_speedup", "alphaevolve_training_time_reduction",
                   "alphaevolve_algorithm_code_lines"),
        **fmt.rows(f.single, "alphaevolve_flashattention_speedup", write=fmt.plain),  # the sentence says 最多
    }
