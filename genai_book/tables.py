"""Tables in the book: HTML for the site, Markdown (pipe table) for the PDF, from one DataFrame."""
from __future__ import annotations

import html

import pandas as pd


class Table:
    def __init__(self, frame: pd.DataFrame, links: dict[str, str] | None = None):
        """`links` maps a column to the column holding each cell's URL (rendered as an escaped link)."""
        self.frame, self.links = frame, links or {}

    def _cell_html(self, row, column) -> str:
        text = html.escape("" if pd.isna(row[column]) else str(row[column]))
        url = row.get(self.links[column]) if column in self.links else None
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            return f'<a href="{html.escape(url, quote=True)}" rel="noopener">{text}</a>'
        return text

    def html(self) -> str:
        shown = [c for c in self.frame.columns if c not in self.links.values()]
        head = "".join(f'<th scope="col">{html.escape(str(c))}</th>' for c in shown)
        body = "".join("<tr>" + "".join(f"<td>{self._cell_html(row, c)}</td>" for c in shown) + "</tr>"
                       for _, row in self.frame.iterrows())
        return f'<table class="table genai-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'

    def markdown(self) -> str:
        shown = [c for c in self.frame.columns if c not in self.links.values()]
        clean = lambda v: "" if pd.isna(v) else str(v).replace("|", "｜").replace("\n", " ")  # noqa: E731
        lines = ["| " + " | ".join(shown) + " |", "|" + "---|" * len(shown)]
        lines += ["| " + " | ".join(clean(row[c]) for c in shown) + " |" for _, row in self.frame.iterrows()]
        return "\n".join(lines)

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/html": self.html(), "text/markdown": self.markdown(), "text/plain": self.markdown()}


def show(frame: pd.DataFrame, links: dict[str, str] | None = None) -> Table:
    return Table(frame, links)
