"""Numbers and periods as the report writes them (5.15亿人, 36.5%, 18.8个百分点, 约403.9亿元, 2025年6月),
and `glue` to put them into the prose, so no markdown cell ever contains a typed figure."""
from __future__ import annotations

import math
import os
import re

import pandas as pd

from . import escape
from .data import DEPS_ENV, VAGUE_QUALIFIERS

INFIX_QUALIFIERS = {"余", "多"}            # 400余家, 3万余家, 10多亿美元
SUFFIX_QUALIFIERS = {"左右", "以上", "级"}  # 40家左右, 80%以上, 1000亿级
MAGNITUDES = ("万", "亿", "千", "百")
PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _plain(value) -> float:
    """A plain Python float (NumPy 2 scalars repr as np.float64(...), which breaks glue formatting)."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or pd.isna(value):
        raise ValueError("cannot format a missing value; the data say it is unknown")
    return float(value)


def number(value, digits: int | None = None) -> str:
    """5.15 → '5.15', 538.0 → '538'; with `digits`, a fixed number of decimals (34 → '34.0')."""
    value = _plain(value)
    if digits is not None:
        return f"{value:.{digits}f}"
    if value.is_integer():
        return str(int(value))
    return repr(round(value, 10))


def with_unit(value, unit: str = "", qualifier: str = "", digits: int | None = None) -> str:
    """A value with its unit and the source's hedge where Chinese puts it: 约403.9亿元, 400余家, 40家左右, 上百篇."""
    qualifier = qualifier if isinstance(qualifier, str) else ""
    if qualifier in VAGUE_QUALIFIERS:  # the hedge is the figure: 上百篇 (the row has no value)
        return f"{qualifier}{unit}"
    text = number(value, digits)
    if qualifier in INFIX_QUALIFIERS:
        if qualifier == "余" and unit[:1] in MAGNITUDES:  # 3万余家 (but 10多亿美元)
            return f"{text}{unit[0]}{qualifier}{unit[1:]}"
        return f"{text}{qualifier}{unit}"
    if qualifier in SUFFIX_QUALIFIERS:
        return f"{text}{unit}{qualifier}"
    return f"{qualifier}{text}{unit}"


def pct(value, digits: int = 1) -> str:
    return with_unit(value, "%", digits=digits)


def pp(value, digits: int = 1) -> str:
    """A difference of percentages, in 个百分点 (always non-negative; the verb says the direction)."""
    return with_unit(abs(_plain(value)), "个百分点", digits=digits)


def scaled(value, unit: str = "", digits: int = 2) -> str:
    """A raw count in 亿 or 万 as Chinese writes large numbers: 515000000 → '5.15亿'."""
    value = _plain(value)
    for size, name in ((1e8, "亿"), (1e4, "万")):
        if abs(value) >= size:
            return f"{number(round(value / size, digits))}{name}{unit}"
    return f"{number(value)}{unit}"


def change_word(delta, up: str = "增长", down: str = "下降", same: str = "持平") -> str:
    """The verb for a change, chosen by its sign."""
    delta = _plain(delta)
    return up if delta > 0 else down if delta < 0 else same


def period(as_of: str, since: str | None = None) -> str:
    """'2025-06' → '2025年6月', '2024' → '2024年', '2025-01/2025-04' → '2025年1—4月', '2025-05-19/2025-05-23' →
    '2025年5月19日至23日'. With `since`, the period the sentence named just before, what the two share is left out,
    as Chinese writes a second date: '2025-04' since '2025-01' → '4月' (从2025年1月的22%升至4月的35%)."""
    if "/" in as_of:
        start, end = as_of.split("/")
        if start[:4] == end[:4] and len(start) == len(end) == 7:
            return f"{start[:4]}年{int(start[5:7])}—{int(end[5:7])}月"
        return f"{period(start, since)}至{period(end, since=start)}"
    match = PERIOD.match(as_of)
    if not match:
        raise ValueError(f"not a period: {as_of!r}")
    year, month, day = match.groups()
    before = PERIOD.match(since.split("/")[-1]) if since else None
    same_year = bool(before and month and before[1] == year)
    same_month = bool(same_year and day and before[2] == month)
    text = "" if same_year else f"{year}年"
    if month and not same_month:
        text += f"{int(month)}月"
    if day:
        text += f"{int(day)}日"
    return text


def describe(row) -> str:
    """One row of a value table, as stated: number, unit and qualifier."""
    return with_unit(row["value"], row["unit"], row.get("qualifier", ""))


def plain(row) -> str:
    """One row's number and unit without its qualifier, for a sentence that already says 最高, 约 …"""
    return with_unit(row["value"], row["unit"])


def rows(table: pd.DataFrame, *keys: str, write=describe, suffix: str = "") -> dict[str, str]:
    """The rows `keys` of a table indexed by key, each as `write` puts it, to glue under its own key:
    ``glue_all(**rows(facts, "a", "b"))`` — the key names the fact in the data and in the prose alike. A `suffix`
    glues a second reading of the same rows beside the first (``suffix="_date"``: a_date, b_date)."""
    return {key + suffix: write(table.loc[key]) for key in keys}


def glue(name: str, text) -> None:
    """Glue a formatted text under `name` for the prose: {glue:text}`name`."""
    from myst_nb import glue as myst_glue

    myst_glue(name, str(text), display=False)


def glue_all(**texts) -> None:
    """Glue every keyword as its own name: `glue_all(users_now="5.15亿人", …)` — the names stay where grep finds
    them, next to the prose that uses them. A value may also be a key for a ``{choose}`` sentence. Run outside the
    build (a chapter opened in JupyterLab), it also shows what it glued, as the book will print it."""
    for name, text in texts.items():
        glue(name, text)
    if DEPS_ENV not in os.environ:  # the build sets it for every chapter it runs
        from IPython.display import display

        display(pd.DataFrame({"glued": [str(t) for t in texts.values()]}, index=pd.Index(list(texts), name="name")))


CHINESE_NUMERALS = "零一两三四五六七八九十"  # 两 rather than 二: these count things (两项, 两成)


def small_number(n) -> str:
    """A count up to ten in Chinese numerals, as prose writes it (3 → '三', 2 → '两'); larger counts in digits."""
    n = int(_plain(n))
    return CHINESE_NUMERALS[n] if 0 <= n <= 10 else str(n)


def cheng(value, below: bool = False) -> str:
    """A percentage in tenths (成), the way Chinese rounds shares in prose: 80.9 → '超过八成', 50 → '五成',
    8 → '不足一成', 100 → '全部'. With `below`, the tenth above it instead: 26.1 → '不到三成'."""
    value = _plain(value)
    if value >= 100:
        return "全部"
    tenths = int(value // 10)
    if value == tenths * 10 and value > 0:
        return f"{small_number(tenths)}成"
    if below:
        return "接近全部" if tenths == 9 else f"不到{small_number(tenths + 1)}成"
    return "不足一成" if tenths == 0 else f"超过{small_number(tenths)}成"


def join(items, last: str = "和") -> str:
    """Names in a Chinese list: ['北京'] → '北京', ['上海', '广东'] → '上海和广东', three → 'A、B和C'."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    return "、".join(items[:-1]) + last + items[-1]


def multiple_word(ratio) -> str:
    """What a ratio of now to before amounts to: 2.07 → '翻了一番还多', 2 → '恰好翻了一番',
    1.5 → '有所增长，但未翻番', 1 → '持平', 0.8 → '有所减少'."""
    ratio = _plain(ratio)
    if abs(ratio - 2) < 0.005:
        return "恰好翻了一番"
    if ratio > 2:
        return "翻了一番还多"
    if ratio > 1:
        return "有所增长，但未翻番"
    return "持平" if ratio == 1 else "有所减少"


def survey_share(row) -> str:
    """A row of the report's own survey as the report prints it: percentages always with one decimal (34.0%, not
    34%), other units as `describe` writes them."""
    if row["unit"] == "%":
        return with_unit(row["value"], "%", row.get("qualifier", ""), digits=1)
    return describe(row)


def ordinal(n) -> str:
    """A rank in Chinese: 2 → '第二' (not 两, which counts), 12 → '第12'."""
    n = int(_plain(n))
    return "第" + ("零一二三四五六七八九十"[n] if 0 <= n <= 10 else str(n))
# ---------------------------------------------------------------- tables for the prose (HTML on the site, MyST for
# numbered tables and the PDF)

# How a value came to be, in the words tables, chart legends and labels use everywhere in the book.
STATUS_WORDS = {"stated": "报告给出", "implied": "据报告推算", "computed": "本书推算", "unknown": "未写明"}
UNKNOWN_TEXT = STATUS_WORDS["unknown"]


def md_link(text, url) -> str:
    """[text](<url>) with the text escaped; only the escaped text when there is no http(s) URL."""
    safe = escape.safe_url(url)
    return f"[{escape.myst_text(text)}](<{safe}>)" if safe else escape.myst_text(text)


_RELATIVE = re.compile(r"^(?:\.\./)*[A-Za-z0-9_-]+(?:/[A-Za-z0-9_.-]+)*(?:#[A-Za-z0-9_-]+)?$|^#[A-Za-z0-9_-]+$")


def html_link(text, url, relative: bool = False) -> str:
    """<a href> with escaped text, only for http(s) URLs — and, with `relative`, for plain relative paths within
    the site (../data/policies.csv, #resource-policies); anything else is shown as text."""
    safe = escape.safe_url(url) or (url if relative and isinstance(url, str) and _RELATIVE.match(url) else None)
    shown = escape.html_text("" if text is None else str(text))
    return f'<a href="{escape.html_text(safe)}" rel="noopener">{shown}</a>' if safe else shown


MAGNITUDE_WORDS = {1: "", 10: "十", 100: "百", 1000: "千"}  # 万台, 十余个, 百余项, 千亿级


def magnitude(row) -> str:
    """A figure the source gives only as an order of magnitude, in the source's words rather than as a count:
    100 余 项 → '百余项', 1 万台 → '万台', 1000 亿 级 → '千亿级' (describe would print 100余项, 1万台, 1000亿级)."""
    word = MAGNITUDE_WORDS.get(_plain(row["value"]))
    if word is None:
        raise ValueError(f"{row['value']!r} is not an order of magnitude (one of {sorted(MAGNITUDE_WORDS)})")
    return describe(row).replace(number(row["value"]), word, 1)
