"""Numbers and periods as the report writes them (5.15亿人, 36.5%, 18.8个百分点, 约403.9亿元, 2025年6月),
and `glue` to put them into the prose, so no markdown cell ever contains a typed figure."""
from __future__ import annotations

import math
import re

import pandas as pd

INFIX_QUALIFIERS = {"余", "多"}            # 400余家, 3万余家, 10多亿美元
SUFFIX_QUALIFIERS = {"左右", "以上", "级"}  # 40家左右, 80%以上, 1000亿级
VAGUE_QUALIFIERS = {"数十", "数百", "数千", "上百", "上千", "数万"}  # the hedge replaces the number: 上百篇
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
    text = number(value, digits)
    qualifier = qualifier if isinstance(qualifier, str) else ""
    if qualifier in VAGUE_QUALIFIERS:
        return f"{qualifier}{unit}"
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


def period(as_of: str) -> str:
    """'2025-06' → '2025年6月', '2024' → '2024年', '2025-01/2025-04' → '2025年1—4月'."""
    if "/" in as_of:
        start, end = as_of.split("/")
        if start[:4] == end[:4] and len(start) == len(end) == 7:
            return f"{start[:4]}年{int(start[5:7])}—{int(end[5:7])}月"
        return f"{period(start)}至{period(end)}"
    match = PERIOD.match(as_of)
    if not match:
        raise ValueError(f"not a period: {as_of!r}")
    year, month, day = match.groups()
    text = f"{year}年"
    if month:
        text += f"{int(month)}月"
    if day:
        text += f"{int(day)}日"
    return text


def describe(row) -> str:
    """One row of a value table, as stated: number, unit and qualifier."""
    return with_unit(row["value"], row["unit"], row.get("qualifier", ""))


def glue(name: str, text) -> None:
    """Glue a formatted text under `name` for the prose: {glue:text}`name`."""
    from myst_nb import glue as myst_glue

    myst_glue(name, str(text), display=False)


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
STATUS_WORDS = {"stated": "报告给出", "implied": "据报告推算", "computed": "本书推算", "unknown": "未公布"}
UNKNOWN_TEXT = STATUS_WORDS["unknown"]
_ASCII_PUNCTUATION = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def md_escape(text) -> str:
    """Text from data made inert in (MyST) Markdown: every ASCII punctuation backslash-escaped, line breaks
    turned into spaces, so a title can hold `|`, `*`, `[`, `{`, `$` or `<` without becoming markup."""
    text = "" if text is None or (isinstance(text, float) and math.isnan(text)) else str(text)
    text = re.sub(r"\s*\n\s*", " ", text)
    return "".join("\\" + c if c in _ASCII_PUNCTUATION else c for c in text)


def _safe_url(url) -> str | None:
    """An http(s) URL usable as a link target, else None (data never become a javascript: or relative link)."""
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return None
    return re.sub(r"[\s<>]", lambda m: f"%{ord(m.group(0)):02X}", url)


def md_link(text, url) -> str:
    """[text](<url>) with the text escaped; only the escaped text when there is no http(s) URL."""
    safe = _safe_url(url)
    return f"[{md_escape(text)}](<{safe}>)" if safe else md_escape(text)


_RELATIVE = re.compile(r"^(?:\.\./)*[A-Za-z0-9_-]+(?:/[A-Za-z0-9_.-]+)*(?:#[A-Za-z0-9_-]+)?$|^#[A-Za-z0-9_-]+$")


def html_link(text, url, relative: bool = False) -> str:
    """<a href> with escaped text, only for http(s) URLs — and, with `relative`, for plain relative paths within
    the site (../data/policies.csv, #resource-policies); anything else is shown as text."""
    import html as _html

    safe = _safe_url(url) or (url if relative and isinstance(url, str) and _RELATIVE.match(url) else None)
    shown = _html.escape("" if text is None else str(text))
    return f'<a href="{_html.escape(safe, quote=True)}" rel="noopener">{shown}</a>' if safe else shown


class Table:
    """A table for the reader: an HTML form (escaped; links only from http(s) URLs) and a Markdown form. With a
    `caption` and a `name`, the Markdown is a MyST ``{list-table}`` directive, numbered (表 N) and referenceable with
    ``{numref}``: glue it with `glue_table` and paste it with a ``{glue:md} key`` block (``:format: myst``).

    `links` maps a column to the column holding each row's URL (the URL column is not shown); `raw_md` names
    columns whose cells are already MyST (e.g. a ``{footcite}`` role) and are shown as plain text in HTML.
    `relative_links` also links relative paths within the site in the HTML form (the Markdown form, which Sphinx
    would try to resolve as documents, shows their text only)."""

    def __init__(self, frame: pd.DataFrame, *, caption: str | None = None, name: str | None = None,
                 links: dict[str, str] | None = None, raw_md: dict[str, str] | None = None,
                 relative_links: bool = False):
        self.frame, self.caption, self.name, self.relative_links = frame, caption, name, relative_links
        self.links, self.raw_md = dict(links or {}), dict(raw_md or {})
        hidden = set(self.links.values()) | set(self.raw_md.values())
        self.columns = [c for c in frame.columns if c not in hidden]

    @staticmethod
    def _text(value) -> str:
        return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)

    def _md_cell(self, row, column) -> str:
        if column in self.links:
            cell = md_link(self._text(row[column]), row[self.links[column]])
        else:
            cell = md_escape(self._text(row[column]))
        if column in self.raw_md and self._text(row[self.raw_md[column]]):
            cell += self._text(row[self.raw_md[column]])
        return cell or " "

    def markdown(self) -> str:
        """The table in pipe-table Markdown (GFM/MyST)."""
        lines = ["| " + " | ".join(md_escape(c) for c in self.columns) + " |",
                 "|" + "|".join(" --- " for _ in self.columns) + "|"]
        for _, row in self.frame.iterrows():
            lines.append("| " + " | ".join(self._md_cell(row, c) for c in self.columns) + " |")
        return "\n".join(lines)

    def widths(self, cap: int = 30) -> list[int]:
        """Relative column widths from the longest cell of each column (a CJK character counting twice), within
        6..`cap`: short columns (dates, codes) then stay on one line instead of wrapping one character a line."""
        def width(text) -> int:
            return sum(2 if ord(c) > 0x2E7F else 1 for c in self._text(text))

        result = []
        for column in self.columns:
            longest = max([width(column)] + [width(v) for v in self.frame[column]])
            result.append(max(6, min(cap, longest)) + 3)  # + the cell padding, which every column pays alike
        return result

    def myst(self) -> str:
        """The table as a MyST ``{list-table}`` directive with caption, name (numbered and referenceable) and column
        widths (a pipe table would ignore them)."""
        options = ":header-rows: 1\n:class: genai-table\n"
        options += f":name: {self.name}\n" if self.name else ""
        options += f":widths: {' '.join(str(w) for w in self.widths())}\n"
        rows = [[md_escape(c) for c in self.columns]]
        rows += [[self._md_cell(row, c).strip() or "&nbsp;" for c in self.columns] for _, row in self.frame.iterrows()]
        body = "\n".join("* " + "\n  ".join(f"- {cell}" for cell in row) for row in rows)
        return f"```{{list-table}} {md_escape(self.caption or '')}\n{options}\n{body}\n```\n"

    def html(self) -> str:
        import html as _html

        caption = f"<caption>{_html.escape(self.caption)}</caption>" if self.caption else ""
        head = "".join(f'<th scope="col">{_html.escape(str(c))}</th>' for c in self.columns)
        body = []
        for _, row in self.frame.iterrows():
            cells = [html_link(self._text(row[c]), row[self.links[c]], self.relative_links) if c in self.links
                     else _html.escape(self._text(row[c])) for c in self.columns]
            # long identifiers (financing_by_sector) may break after an underscore instead of widening the table
            cells = [re.sub(r"_(?=[^<>]*(?:<|$))", "_<wbr>", cell) for cell in cells]
            body.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
        widths = self.widths()
        cols = "".join(f'<col style="width: {w / sum(widths) * 100:.1f}%">' for w in widths)
        return (f'<table class="genai-table table">{caption}<colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>'
                f'<tbody>{"".join(body)}</tbody></table>')

    def _repr_mimebundle_(self, include=None, exclude=None):
        markdown = self.myst() if self.caption and self.name else self.markdown()
        return {"text/html": self.html(), "text/markdown": markdown, "text/plain": self.markdown()}


def table(frame: pd.DataFrame, **options) -> Table:
    """`frame` (Chinese headers, formatted values) as a `Table`; display it, or glue it with `glue_table`."""
    return Table(frame, **options)


def glue_table(key: str, frame: pd.DataFrame, *, caption: str, name: str, **options) -> None:
    """Glue a numbered table under `key`; paste it with ``{glue:md} key`` and ``:format: myst`` in a markdown cell,
    refer to it with {numref}`name`. Returns nothing, so a cell ending with it shows nothing."""
    from myst_nb import glue as myst_glue

    myst_glue(key, Table(frame, caption=caption, name=name, **options), display=False)


def readable(frame: pd.DataFrame, dims: dict[str, str] | None = None, *, describe=None,
             source: str | None = "id") -> pd.DataFrame:
    """A value table for readers and downloads: the dimension columns renamed (`dims`: column → Chinese title),
    then 时期 (as the report writes it), 数值 (written by `describe`, default: value with unit and qualifier;
    未公布 when unknown), 口径 (in STATUS_WORDS) and the source — `source="id"` its id (来源编号),
    `"label"` its publisher and date (来源), None none."""
    describe = describe or globals()["describe"]
    dims = dict(dims or {})
    out = pd.DataFrame({title: frame[column].values for column, title in dims.items()})
    out["时期"] = [period(p) if isinstance(p, str) and p else "" for p in frame["as_of"]]
    out["数值"] = [UNKNOWN_TEXT if pd.isna(r["value"]) else describe(r) for _, r in frame.iterrows()]
    if "status" in frame:
        out["口径"] = [STATUS_WORDS.get(s, s) for s in frame["status"]]
    if source == "id" and "source_id" in frame:
        out["来源编号"] = frame["source_id"].values
    elif source == "label" and "source_id" in frame:
        from . import sources
        out["来源"] = [sources.label(s) for s in frame["source_id"]]
    return out


def glue_facts(frame: pd.DataFrame, by: str = "key", prefix: str = "") -> None:
    """Glue every row of a fact table: `{prefix}{key}` the value as stated (with unit and qualifier),
    `{prefix}{key}_plain` the number and unit alone (for a sentence that already says 最高, 约 …) and
    `{prefix}{key}_period` its period. Keys must be unique in `frame` (filter to one period first)."""
    repeated = frame[by][frame[by].duplicated()].unique().tolist()
    if repeated:
        raise ValueError(f"several rows for {', '.join(map(str, repeated))}: pick one period per {by} first")
    for _, row in frame.iterrows():
        glue(f"{prefix}{row[by]}", describe(row))
        glue(f"{prefix}{row[by]}_plain", with_unit(row["value"], row["unit"]))
        glue(f"{prefix}{row[by]}_period", period(row["as_of"]))


class Rich:
    """Any block for the reader: its HTML for the site and its Markdown for the PDF. Build the HTML from escaped
    text only (html.escape, `html_link`, `Table.html`)."""

    def __init__(self, html_text: str, markdown: str):
        self.html_text, self.markdown = html_text, markdown

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/html": self.html_text, "text/markdown": self.markdown, "text/plain": self.markdown}
