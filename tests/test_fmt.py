"""Numbers as the report writes them, and glue that survives NumPy scalars."""
import numpy as np
import pytest

from genai_book import fmt


@pytest.mark.parametrize("value, unit, qualifier, expected", [
    (5.15, "亿人", "", "5.15亿人"),
    (538.0, "款", "", "538款"),
    (403.9, "亿元", "约", "约403.9亿元"),
    (31, "亿", "超过", "超过31亿"),
    (40, "家", "左右", "40家左右"),
    (400, "家", "余", "400余家"),
    (3, "万家", "余", "3万余家"),
    (80, "%", "以上", "80%以上"),
    (10, "亿美元", "多", "10多亿美元"),
    (1000, "亿", "级", "1000亿级"),
    (100, "篇", "上百", "上百篇"),
    (6.4, "万个", "超", "超6.4万个"),
])
def test_with_unit_places_the_qualifier_as_chinese_does(value, unit, qualifier, expected):
    assert fmt.with_unit(value, unit, qualifier) == expected


def test_numpy_scalars_format_as_plain_numbers():
    assert fmt.number(np.float64(36.5)) == "36.5"
    assert fmt.pct(np.float64(34)) == "34.0%"
    assert "np." not in fmt.with_unit(np.float64(2.66), "亿人")


def test_difference_of_percentages_is_in_percentage_points_and_unsigned():
    assert fmt.pp(18.8) == "18.8个百分点"
    assert fmt.pp(-2.5) == "2.5个百分点"


@pytest.mark.parametrize("delta, word", [(2.66, "增长"), (-0.4, "下降"), (0, "持平")])
def test_change_word_follows_the_sign(delta, word):
    assert fmt.change_word(delta) == word


def test_scaled_uses_yi_and_wan():
    assert fmt.scaled(515_000_000, "人") == "5.15亿人"
    assert fmt.scaled(30_000_000) == "3000万"
    assert fmt.scaled(538) == "538"


@pytest.mark.parametrize("as_of, text", [
    ("2025-06", "2025年6月"), ("2024", "2024年"), ("2025-08-31", "2025年8月31日"),
    ("2025-01/2025-04", "2025年1—4月"), ("2024-06/2025-08", "2024年6月至2025年8月"),
])
def test_period(as_of, text):
    assert fmt.period(as_of) == text


def test_missing_value_cannot_be_formatted():
    with pytest.raises(ValueError, match="unknown"):
        fmt.number(float("nan"))


def test_glue_stores_formatted_text(monkeypatch):
    captured = {}
    monkeypatch.setattr("myst_nb.glue", lambda name, value, display: captured.update({name: (value, display)}))
    fmt.glue("users_now", fmt.with_unit(np.float64(5.15), "亿人"))
    assert captured == {"users_now": ("5.15亿人", False)}
