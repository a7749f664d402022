"""Facts of the features chapter on small frames, without a build: the single facts by name, the gap, the models on
one scale, the price cuts in time order, the chapter's named examples and the source of the edition's users figure."""
import pandas as pd
import pytest

from genai_book import series
from genai_book.facts import features as facts


def table(rows, columns, path="data/test.csv"):
    frame = pd.DataFrame(rows, columns=columns)
    frame.attrs["path"] = path
    return frame


def keyed(keys, value=1.0, as_of="2025-01"):
    return table([(k, as_of, value, "倍", "", "stated", "report") for k in keys],
                 ["key", "as_of", "value", "unit", "qualifier", "status", "source_id"])


USERS = table([("users", "2025-06", 5.15, "亿人", "report"), ("users", "2025-12", 6.02, "亿人", "news")],
              ["metric", "as_of", "value", "unit", "source_id"])


def chapter(gap_values=(17.5, 0.3), r1_ratio=0.1, gpus=1.0, as_of="2025-06"):
    single = keyed(facts.FEATURE_KEYS.values())
    single.loc[single["key"] == "deepseek_r1_cost_ratio", "value"] = r1_ratio
    single.loc[single["key"] == "youdao_ziyue3_gpus", "value"] = gpus
    old = keyed(["llm_api_users"], value=0.5, as_of="2024-12")  # an older row of the same key is not read
    return facts.features(
        users=USERS, as_of=as_of, features_facts=pd.concat([single, old], ignore_index=True),
        industry_facts=keyed(facts.INDUSTRY_KEYS.values()), users_facts=keyed(facts.DEEPSEEK_KEYS.values()),
        benchmark_gap_table=table([("2024", gap_values[1]), ("2023", gap_values[0])], ["as_of", "value"]),
        model_parameters=table([("GPT-4", 1.76, "万亿"), ("GPT-3", 1750.0, "亿")], ["model", "value", "unit"]),
        price_cuts_table=table([("阿里云", "千问", "2024-12", 80.0), ("百度", "文心", "2024-09", 90.0),
                                ("百度", "文心", "2024-05", 50.0)], ["vendor", "model", "as_of", "value"]),
        named_examples=table([("features", "kling", "可灵 2.0"), ("outlook", "gpt5", "GPT-5")],
                             ["chapter", "key", "example"]),
    )


def test_single_facts_by_name_take_the_newest_row():
    f = chapter()
    assert f.api_users["as_of"] == "2025-01" and f.filed.name == "genai_services_filed"
    assert f.deepseek_dau.name == "deepseek_dau"
    with pytest.raises(AttributeError):
        f.no_such_fact


def test_gap_in_time_order_and_its_direction():
    assert chapter().gap.first["as_of"] == "2023" and chapter().gap.last["value"] == 0.3
    assert chapter().gap.narrowed and not chapter(gap_values=(0.3, 17.5)).gap.narrowed


def test_models_on_one_scale_smallest_first():
    f = chapter()
    assert f.parameters["model"].tolist() == ["GPT-3", "GPT-4"]
    assert f.parameters["万亿"].tolist() == pytest.approx([0.175, 1.76])


def test_named_examples_are_the_chapters_own():
    assert chapter().named.to_dict() == {"kling": "可灵 2.0"}


def test_price_cuts_newest_per_model_in_time_order():
    assert chapter().cuts[["vendor", "value"]].values.tolist() == [["百度", 90.0], ["阿里云", 80.0]]


def test_cost_share_as_one_nth_and_a_single_gpu():
    assert chapter().r1_cost_denominator == 10 and chapter(r1_ratio=0.2).r1_cost_denominator == 5
    assert chapter().ziyue_single and not chapter(gpus=2.0).ziyue_single


def test_users_source_follows_the_edition():
    assert chapter().users_source == "report" and chapter(as_of="2025-12").users_source == "news"
    with pytest.raises(series.PeriodError):
        facts.users_source(USERS, "2026-06")
