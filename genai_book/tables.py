"""Tables for the reader: `Table` (escaped HTML for the site, Markdown or a numbered MyST table for the PDF),
`glue_table` for a numbered table in the prose, and `readable`, which turns a value table into the columns
readers see everywhere (时期, 数值, 依据, 来源)."""
from __future__ import annotations

import re

import pandas as pd

from . import escape, fmt, sources


def display_width(text: str) -> int:
    """How wide `text` prints, in half-character units: a CJK character counts two, anything else one."""
    return sum(2 if ord(c) > 0x2E7F else 1 for c in text)


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
            cell = fmt.md_link(self._text(row[column]), row[self.links[column]])
        else:
            cell = escape.myst_text(self._text(row[column]))
        if column in self.raw_md and self._text(row[self.raw_md[column]]):
            cell += self._text(row[self.raw_md[column]])
        return cell or " "

    def markdown(self) -> str:
        """The table in pipe-table Markdown (GFM/MyST)."""
        lines = ["| " + " | ".join(escape.myst_text(c) for c in self.columns) + " |",
                 "|" + "|".join(" --- " for _ in self.columns) + "|"]
        for _, row in self.frame.iterrows():
            lines.append("| " + " | ".join(self._md_cell(row, c) for c in self.columns) + " |")
        return "\n".join(lines)

    def widths(self, cap: int = 30) -> list[int]:
        """Relative column widths from the longest cell of each column (a CJK character counting twice), within
        6..`cap`: short columns (dates, codes) then stay on one line instead of wrapping one character a line."""
        result = []
        for column in self.columns:
            cells = [self._text(v) for v in self.frame[column]]
            if column in self.raw_md:  # what the MyST of the cell shows, roughly: its roles without name and target
                cells = [c + re.sub(r"\{[\w:-]+\}`|`|<[^<>]*>", "", self._text(m))
                         for c, m in zip(cells, self.frame[self.raw_md[column]])]
            longest = max(display_width(c) for c in [column, *cells])
            result.append(max(6, min(cap, longest)) + 3)  # + the cell padding, which every column pays alike
        return result

    def myst(self) -> str:
        """The table as a MyST ``{list-table}`` directive with caption, name (numbered and referenceable) and column
        widths (a pipe table would ignore them)."""
        options = ":header-rows: 1\n:class: genai-table\n"
        options += f":name: {self.name}\n" if self.name else ""
        options += f":widths: {' '.join(str(w) for w in self.widths())}\n"
        rows = [[escape.myst_text(c) for c in self.columns]]
        rows += [[self._md_cell(row, c).strip() or "&nbsp;" for c in self.columns] for _, row in self.frame.iterrows()]
        body = "\n".join("* " + "\n  ".join(f"- {cell}" for cell in row) for row in rows)
        return f"```{{list-table}} {escape.myst_text(self.caption or '')}\n{options}\n{body}\n```\n"

    def html(self) -> str:
        caption = f"<caption>{escape.html_text(self.caption)}</caption>" if self.caption else ""
        head = "".join(f'<th scope="col">{escape.html_text(str(c))}</th>' for c in self.columns)
        body = []
        for _, row in self.frame.iterrows():
            cells = [fmt.html_link(self._text(row[c]), row[self.links[c]], self.relative_links) if c in self.links
                     else escape.html_text(self._text(row[c])) for c in self.columns]
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
    未写明 when unknown), 依据 (in STATUS_WORDS) and the source — `source="id"` its id (来源编号),
    `"label"` its publisher and date (来源), None none."""
    describe = describe or fmt.describe
    dims = dict(dims or {})
    out = pd.DataFrame({title: frame[column].values for column, title in dims.items()})
    out["时期"] = [fmt.period(p) if isinstance(p, str) and p else "" for p in frame["as_of"]]
    out["数值"] = [fmt.UNKNOWN_TEXT if pd.isna(r["value"]) else describe(r) for _, r in frame.iterrows()]
    if "status" in frame:
        out["依据"] = [fmt.STATUS_WORDS.get(s, s) for s in frame["status"]]
    if source == "id" and "source_id" in frame:
        out["来源编号"] = frame["source_id"].values
    elif source == "label" and "source_id" in frame:
        out["来源"] = [sources.label(s) for s in frame["source_id"]]
    return out
