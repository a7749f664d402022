"""Citations generated from data/sources.csv: nothing about a source is typed by hand elsewhere."""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from . import data, escape, fmt
from .blocks import Rich

REPORT = "report"


def table(data_dir=None):
    return _table(data.folder_of(data_dir), data.edition())


@lru_cache(maxsize=4)
def _table(folder, edition):
    return data.load("sources", folder, as_of=edition).set_index("source_id")


def _date(published: str) -> str:
    return fmt.period(published) if published and published != "nan" else ""


def named(source_id: str, data_dir=None) -> str:
    """Publisher and title in 《》 when there is one: 中国互联网络信息中心《第57次中国互联网络发展状况统计报告》."""
    row = table(data_dir).loc[source_id]
    title = f"《{row['title']}》" if row.get("title") not in (None, "", "nan") else ""
    return f"{row['publisher']}{title}"


DATED_BY_NEWS = re.compile(r"^发布日期是(.+?)报道其发布的日期")  # a note saying the date is a news report's


def date_basis(row) -> str:
    """Where a source's date comes from when the document gives none and a news report of its release does (its
    note says so: 发布日期是星島日報报道其发布的日期…): （星島日報报道之日，本书暂作发布日期）; '' for a document's own date."""
    found = DATED_BY_NEWS.match(str(row.get("note", "") or ""))
    return f"（{found.group(1)}报道之日，本书暂作发布日期）" if found else ""


def label(source_id: str, data_dir=None) -> str:
    """Publisher, title in 《》 when there is one, and date (with `date_basis` when it is not the document's own):
    斯坦福大学人工智能研究所《…》，2025年4月7日; with the report's footnote number when another page has the same
    publisher, title and date (two documents, one label)."""
    row = table(data_dir).loc[source_id]
    return _dated(source_id, data_dir) + (f"（报告脚注{int(float(row['footnote']))}）"
                                          if source_id in _ambiguous(data_dir) else "")


def _dated(source_id: str, data_dir=None) -> str:
    """Publisher, title and date, with `date_basis`: a label without its footnote number."""
    row = table(data_dir).loc[source_id]
    date = _date(row.get("published", ""))
    return named(source_id, data_dir) + (f"，{date}{date_basis(row)}" if date else "")


def _ambiguous(data_dir=None) -> frozenset[str]:
    return _ambiguous_in(data.folder_of(data_dir), data.edition())


@lru_cache(maxsize=4)
def _ambiguous_in(folder, edition) -> frozenset[str]:
    """Footnote sources whose publisher, title and date another source with another URL shares (once per table:
    every label asks, a hundred times a chapter)."""
    rows = _table(folder, edition).reset_index()
    rows = rows[pd.to_numeric(rows["footnote"], errors="coerce").notna()]
    urls = rows.groupby(["publisher", "title", "published"])["url"].transform("nunique")
    return frozenset(rows.loc[urls > 1, "source_id"])


def distinct(source_ids, data_dir=None) -> list[str]:
    """One source per page, in order: footnotes that cite the same page (one URL, or one label when there is no
    URL) are one citation, named by the footnote that gives the page's title when only some do."""
    rows = table(data_dir)
    chosen: dict[str, str] = {}
    for source_id in source_ids:
        page = rows.loc[source_id, "url"] or label(source_id, data_dir)
        if page not in chosen or (not rows.loc[chosen[page], "title"] and rows.loc[source_id, "title"]):
            chosen[page] = source_id  # a dict keeps the page where it first came
    return list(chosen.values())


def in_sentence(source_id: str, data_dir=None) -> str:
    """A source as a sentence names it, publisher and date (工人日报2026年2月7日); the title is in its footnote."""
    row = table(data_dir).loc[source_id]
    return f"{row['publisher']}{_date(row.get('published', ''))}"


def via_report(source_id: str, data_dir=None) -> str:
    """A source's label under a figure: a source the report cites in a footnote says so (…，2025年4月18日（报告脚注23
    所引）), for the book took its numbers from the report, not from that source."""
    row = table(data_dir).loc[source_id]
    footnote = pd.to_numeric(row.get("footnote"), errors="coerce")
    if pd.isna(footnote):
        return label(source_id, data_dir)
    if own_compilation(source_id, data_dir):  # the footnote cites no one else: nothing is 所引
        return _dated(source_id, data_dir) + f"（报告脚注{int(footnote)}）"
    return _dated(source_id, data_dir) + f"（报告脚注{int(footnote)}所引）"


def own_compilation(source_id: str, data_dir=None) -> bool:
    """A footnote of the report whose source is the report's own publisher, without a page of its own (脚注73:
    CNNIC compiled the financing events itself)."""
    rows = table(data_dir)
    return rows.loc[source_id, "publisher"] == rows.loc["report", "publisher"] and not url_of(rows.loc[source_id])


def html_citation(source_ids, data_dir=None, describe=label) -> str:
    """Sources as HTML links (URLs are data: escaped, and only http(s) ones become the href of a link)."""
    return "；".join(fmt.html_link(describe(s, data_dir), table(data_dir).loc[s].get("url", ""))
                    for s in distinct(source_ids, data_dir))


def text_citation(source_ids, data_dir=None, describe=label) -> str:
    return "；".join(describe(s, data_dir) for s in distinct(source_ids, data_dir))


PRINT_PAGE = re.compile(r"第\d+版")  # a newspaper's page, as a hand-kept source's note begins
SAME_TITLE = re.compile(r"标题与[^；]+?相同")  # a note saying another paper ran the same headline: the entry says so
URL_DATE = re.compile(r"网址中的日期是[^，；]+，与所注发布日期不符")  # the report's date kept, the URL's differing: said


def url_of(row) -> str:
    return escape.safe_url(row.get("url", "")) or ""


def bibtex(data_dir=None) -> str:
    """Every source as a BibTeX entry keyed by its source_id, for sphinxcontrib-bibtex ({footcite}`fn17`); every
    field from data goes through `escape.bibtex_text`, URLs only when http(s)."""
    entries = []
    for source_id, row in table(data_dir).iterrows():
        title = row.get("title") if row.get("title") not in (None, "", "nan") else None
        footnote = row.get("footnote")
        fields = {"author": escape.bibtex_text(row["publisher"])}
        if title:  # most of the report's footnotes give no title: the entry gives none rather than a made-up one
            fields["title"] = escape.bibtex_text(title)
        published = str(row.get("published", "") or "")
        dated = published and published != "nan"
        if dated and len(published) == 4:  # a year alone is the entry's year; a fuller date is printed once, in the note
            fields["year"] = published
        note = [fmt.period(published) + date_basis(row)] if dated and len(published) != 4 else []
        if footnote not in (None, "", "nan") and pd.notna(footnote):
            note.append(f"报告脚注{int(float(footnote))}")
        page = PRINT_PAGE.match(str(row.get("note", "") or ""))
        if page and not url_of(row):  # a paper without a web address: its page (第01版) lets a reader find it
            note.append(page.group(0))
        same = SAME_TITLE.search(str(row.get("note", "") or ""))
        if same:  # two papers, one headline: a reader should not take the second for a copying slip
            note.append(same.group(0))
        url_date = URL_DATE.search(str(row.get("note", "") or ""))
        if url_date:  # a reader who looks at the address sees another date: the entry says the book kept the report's
            note.append(url_date.group(0))
        if note:
            fields["note"] = escape.bibtex_text("，".join(note))
        url = escape.safe_url(row.get("url", ""))
        if url:
            fields["url"] = url  # percent-encoded: no brace, backslash or space left in it
        body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields.items())
        entries.append(f"@misc{{{source_id},\n{body}\n}}")
    return "\n\n".join(entries) + "\n"


def resource_list(names, data_dir=None) -> Rich:
    """The data a page used: each resource's title, a link to its CSV (served at data/<name>.csv), its
    description and the sources its rows cite (by `source_id`, or by a `digest_id`, itself a source id). Display it in a chapter's 数据与来源 section. Readers see titles,
    not file names: the catalog appendix gives each table's file."""
    items_html, items_md = [], []
    for name in names:
        frame = data.load(name, data_dir)
        cited = [s for column in CITING if column in frame for s in dict.fromkeys(frame[column]) if s]
        # a later edition's sources are listed apart, so that none reads as one the report cites
        parts = [(heading, ids) for heading, ids in
                 (("来源", [s for s in cited if not after_report(s, data_dir)]),
                  ("报告发布以后的来源", [s for s in cited if after_report(s, data_dir)])) if ids]
        items_html.append(
            f'<li><a href="../data/{escape.html_text(name)}.csv" download>{escape.html_text(frame.attrs["title"])}'
            f'（CSV）</a>：{escape.html_text(description(frame, data_dir))}'
            + "".join(f'<br><span class="genai-sources">{heading}：{html_citation(ids, data_dir)}</span>'
                      for heading, ids in parts)
            + "</li>")
        items_md.append(f"- {escape.myst_text(frame.attrs['title'])}"
                        + "".join(("：" if i == 0 else "；") + f"{heading}为{escape.myst_text(text_citation(ids, data_dir))}"
                                  for i, (heading, ids) in enumerate(parts)))
    return Rich(f'<ul class="genai-resources">{"".join(items_html)}</ul>', "\n".join(items_md))


CITING = ["source_id", "digest_id"]  # the columns by which a row cites a source


def description(frame: pd.DataFrame, data_dir=None) -> str:
    """A loaded resource's description for readers: its descriptor's `description`, and its `later_description`
    (what the table holds from sources published after the report) only when this edition's rows cite such a
    source — the report edition says nothing of figures it does not hold."""
    meta = data.descriptor(frame.attrs["resource"], data_dir)
    text = str(meta.get("description", "")).strip()
    later = str(meta.get("later_description", "")).strip()
    cited = [s for column in CITING if column in frame for s in dict.fromkeys(frame[column]) if s]
    if later and any(after_report(s, data_dir) for s in cited):
        text = f"{text}{later}"
    return text


def after_report(source_id: str, data_dir=None) -> bool:
    """Whether a source was published after the report (by month; a source without a date is not)."""
    published = table(data_dir)["published"].astype(str)
    month = published.get(source_id, "")[:7]
    return bool(re.fullmatch(r"\d{4}-\d{2}", month)) and month > published[REPORT][:7]


def usage(data_dir=None) -> dict[str, list[str]]:
    """Which resources cite each source: source_id → names of the resources with a row citing it (a
    `source_id` column, or a `digest_id` that is itself a source id)."""
    cited: dict[str, list[str]] = {}
    for name in data.descriptors(data_dir):
        if name == "sources":
            continue
        frame = data.load(name, data_dir, columns=CITING)  # only these: a changed value is no new citation
        for column in CITING:
            if column in frame:
                for source_id in dict.fromkeys(frame[column]):
                    if source_id and name not in cited.setdefault(source_id, []):
                        cited[source_id].append(name)
    return cited


def group(source_id: str) -> str:
    """The kind of a source, for listing: the report itself, a footnote of the report, a digest, the trends report."""
    if source_id == REPORT:
        return "report"
    if source_id.startswith("fn"):
        return "footnote"
    if source_id.startswith("digest_"):
        return "digest"
    return "other"
