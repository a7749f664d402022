"""Development features: users and products, model performance, reasoning, multimodality, inference cost and light
models (chapter 01)."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .. import series

IN_TRILLIONS = {"亿": 1 / 10_000, "万亿": 1}

# The single facts of the chapter: the name a chapter reads them by → their key in their table.
FEATURE_KEYS = {
    "registrations": "llm_personal_registrations", "api_users": "llm_api_users",
    "top_models": "cn_top_models", "top_models_rank": "cn_top_models_rank",
    "top_models_vs_europe": "cn_top_models_vs_europe", "r1_cost": "deepseek_r1_cost_ratio",
    "gpt4o_response": "gpt4o_audio_response", "cost_drop": "gpt35_inference_cost_drop",
    "gb300": "nvidia_gb300_vs_hopper", "ironwood": "google_ironwood_vs_first_tpu", "ziyue": "youdao_ziyue3_gpus",
    "o3_cost": "openai_o3_task_cost",
}
INDUSTRY_KEYS = {"filed": "genai_services_filed", "registered": "genai_apps_registered"}
DEEPSEEK_KEYS = {"deepseek_days": "deepseek_days_to_peak", "deepseek_dau": "deepseek_dau",
                 "deepseek_markets": "deepseek_top_markets"}


@dataclass(frozen=True)
class Gap:
    """The performance gap between the top Chinese and US models: every value given, oldest first."""
    rows: pd.DataFrame

    @property
    def first(self) -> pd.Series:
        return self.rows.iloc[0]

    @property
    def last(self) -> pd.Series:
        return self.rows.iloc[-1]

    @property
    def narrowed(self) -> bool:
        return self.last["value"] < self.first["value"]


@dataclass(frozen=True)
class Features:
    users_source: str          # the source of the edition's users figure
    rows: dict[str, pd.Series]  # the single facts, by the names of FEATURE_KEYS, INDUSTRY_KEYS and DEEPSEEK_KEYS
    gap: Gap
    parameters: pd.DataFrame   # smallest model first, with 万亿: the parameters in trillions, for one scale
    cuts: pd.DataFrame         # the price cuts the report names, in time order
    named: pd.Series           # the products the chapter names whose names hold a number (可灵 2.0), by key

    def __getattr__(self, name: str) -> pd.Series:
        try:
            return self.rows[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def r1_cost_denominator(self) -> int:
        """The report's share of R1's cost as the n of 'one n-th' (0.1 → 10: 十分之一)."""
        return round(1 / self.r1_cost["value"])

    @property
    def ziyue_single(self) -> bool:
        return self.ziyue["value"] == 1


def users_source(users: pd.DataFrame, as_of: str) -> str:
    return str(series.at(users, as_of, metric="users")["source_id"].iloc[0])


def benchmark_gap(table: pd.DataFrame) -> Gap:
    return Gap(table.sort_values("as_of"))


def parameters(table: pd.DataFrame) -> pd.DataFrame:
    return table.assign(万亿=table["value"] * table["unit"].map(IN_TRILLIONS)).sort_values("万亿")


def price_cuts(table: pd.DataFrame) -> pd.DataFrame:
    return series.newest(table, by=["vendor", "model"]).sort_values("as_of")


def named(examples: pd.DataFrame, chapter: str) -> pd.Series:
    """The examples a chapter names (named_examples.csv), key → name."""
    return examples[examples["chapter"] == chapter].set_index("key")["example"]


def _rows(table: pd.DataFrame, keys: dict[str, str]) -> dict[str, pd.Series]:
    by_key = series.newest(table, by=["key"]).set_index("key")
    return {name: by_key.loc[key] for name, key in keys.items()}


def features(*, users: pd.DataFrame, as_of: str, features_facts: pd.DataFrame, industry_facts: pd.DataFrame,
             users_facts: pd.DataFrame, benchmark_gap_table: pd.DataFrame, model_parameters: pd.DataFrame,
             price_cuts_table: pd.DataFrame, named_examples: pd.DataFrame) -> Features:
    rows = {**_rows(features_facts, FEATURE_KEYS), **_rows(industry_facts, INDUSTRY_KEYS),
            **_rows(users_facts, DEEPSEEK_KEYS)}
    return Features(users_source(users, as_of), rows, benchmark_gap(benchmark_gap_table),
                    parameters(model_parameters), price_cuts(price_cuts_table), named(named_examples, "features"))
