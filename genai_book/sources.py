"""Citations generated from data/sources.csv: nothing about a source is typed by hand elsewhere."""
from __future__ import annotations

import html
from functools import lru_cache

from . import data, fmt

REPORT = "report"


def table(data_dir=None):
    return _table(data.folder_of(data_dir))


@lru_cache(maxsize=4)
def _table(folder):
    return data.load("sources", folder).set_index("source_id")


def _date(published: str) -> str:
    return fmt.period(published) if published and published != "nan" else ""


def label(source_id: str, data_dir=None) -> str:
    """Publisher, title in 《》 when there is one, and date: 斯坦福大学人工智能研究所《…》，2025年4月7日."""
    row = table(data_dir).loc[source_id]
    title = f"《{row['title']}》" if row.get("title") not in (None, "", "nan") else ""
    date = _date(row.get("published", ""))
    return f"{row['publisher']}{title}" + (f"，{date}" if date else "")


def html_citation(source_ids, data_dir=None) -> str:
    """Sources as HTML links (URLs are data: escaped and only used as href of a link)."""
    parts = []
    for source_id in dict.fromkeys(source_ids):
        text = html.escape(label(source_id, data_dir))
        url = table(data_dir).loc[source_id].get("url", "")
        if url and url != "nan" and url.startswith(("http://", "https://")):
            text = f'<a href="{html.escape(url, quote=True)}" rel="noopener">{text}</a>'
        parts.append(text)
    return "；".join(parts)


def text_citation(source_ids, data_dir=None) -> str:
    return "；".join(label(s, data_dir) for s in dict.fromkeys(source_ids))
