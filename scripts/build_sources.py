"""Build data/sources.csv from the report's footnotes.

usage: python scripts/build_sources.py [--report PATH] [--out PATH]

load     read the report text (data/raw/report/…, never edited)
process  find every footnote (a line starting with superscript digits, plus the lines that continue it up to the
         next blank line), keep those that cite a source (they contain 来源; the others define a term) and split
         each into publisher, 《title》, URL, date and a trailing remark
validate footnote numbers unique and running 1…N without a gap; one parsed source per 来源 in the footnotes (nothing
         silently dropped); every URL starts with http; every date is a real date; a footnote without URL or date
         only where expected
keep     the hand-kept rows already in data/sources.csv (later reports and the papers that report them: every
         row whose id is not one this script makes) — no id taken twice, none of the kind this script makes —
         written back unchanged after the generated rows; `make data` checks their columns (genai_book.data)
write    data/sources.csv (generated rows sorted, fixed columns, LF line ends) — only when every check passes

Deterministic and re-runnable: the same report gives byte-identical output. Exits 1 with one line per problem.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import re
import sys
from pathlib import Path

import yaml

from genai_book.files import write_if_changed

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "data" / "raw" / "report" / "003_3cc6ed0d8c319f79.txt"
DIGESTS = ROOT / "data" / "raw" / "digests"
OUT = ROOT / "data" / "sources.csv"
COLUMNS = ["source_id", "footnote", "publisher", "title", "url", "published", "note"]

SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
TO_DIGIT = str.maketrans(SUPERSCRIPT, "0123456789")
FOOTNOTE_START = re.compile(rf"^([{SUPERSCRIPT}]+)\s*(.*)$")
SOURCE = re.compile(r"来源\s*[:：]\s*(.*)$", re.S)
URL = re.compile(r"<?(https?://[^\s<>，,]+)>?")
DATE = re.compile(r"(\d{4})\s*年[\s，,]*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
SEPARATOR = re.compile(r"\s*[，,]\s*")
TITLE = re.compile(r"^(.*?)《(.+?)》\s*$")

# The report itself: the survey behind figures 1–10 and every figure stated without a footnote.
REPORT_ROW = {
    "source_id": "report", "footnote": "", "publisher": "中国互联网络信息中心",
    "title": "生成式人工智能应用发展报告（2025）", "url": "", "published": "2025-10",
    "note": "CNNIC自身的调查与分析（调查数据截止于2025年6月底）；报告只写明发布月份",
}

# Footnotes that are expected to lack a URL (and a date). Any other footnote without one is an error, so that a
# change in the text or a parsing slip cannot pass unnoticed.
NO_URL = {32, 73}

# Publishers written with 《》 because they are periodicals (the U.S. Federal Register), not document titles:
# the 《》 stays in the publisher and the title is left empty.
PERIODICAL_PUBLISHERS = {"美国《联邦公报》"}

# Footnotes whose wording is a remark rather than "publisher, url, date"; the override states the publisher and
# a note (73: its own words, quoted), and `expect` is the start of the text it replaces (checked, so a changed text fails).
OVERRIDES = {
    73: {"expect": "CNNIC 根据网络披露的投融资事件", "publisher": "中国互联网络信息中心",
         "note": "原文作“CNNIC根据网络披露的投融资事件（不含定增、IPO上市、退市等）公开资料整理并推算”"},
}

# Titles the report names right before the footnote mark, not in the footnote (every 《…》 followed at once by a
# mark: 2025年人工智能指数报告, as L103 writes it (also footnote 9's title); L304's two agricultural policies, the
# first without the report's slip 发展战略智慧农业 (TITLE_CORRECTED says so); the three U.S. executive orders of
# L710). Not footnote 93: it cites a 新华网 report on Japan's law of L806, not the law.
TITLES_IN_TEXT = {3: "2025年人工智能指数报告", 26: "农业农村部关于大力发展智慧农业的指导意见",
                  27: "全国智慧农业行动计划（2024—2028年）", 76: "提升美国在人工智能基础设施领域的领导地位",
                  77: "消除美国在人工智能领域领导地位的障碍", 78: "推进美国青年的人工智能教育"}
TITLE_IN_TEXT_NOTE = "标题据报告正文，脚注未写"
TITLE_CORRECTED = {26: "标题据报告正文，脚注未写；报告作“大力发展战略智慧农业”，“战略”二字是衍文，此处去掉"}

# The report's typesetting puts a space between a figure and a Chinese character (2025 年); a title drops it.
TITLE_SPACE = re.compile(r"(?<=\d) +(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) +(?=\d)")
# A 专栏 heading also drops the spaces the text recognition put between Chinese and Latin letters ("中国 AI 农业"), as
# the section map (report_sections) spells the same headings; a space between two Latin words ("AI Agent") stays.
BOX_SPACE = re.compile(r"(?<=[\dA-Za-z]) +(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) +(?=[\dA-Za-z])")

# A footnote marked right after a document's name that cites a report on it, not the document: no title, a note.
NOT_THE_DOCUMENT = {93: "报告正文在日本《人工智能相关技术研究开发及应用推进法》之后注此脚注，所引是新华网的一篇报道，"
                        "不是法律文本，故不记标题"}

# What a reader of a footnote's printed URL should know (kept as printed, not corrected).
URL_NOTES = {**dict.fromkeys((39, 52), "网址中的编号比同类网址少一位，照录"),
             53: "网址中的日期是2025年8月7日，与所注发布日期不符，照录",
             83: "网址以“c.htm”结尾（同类网址作“c.html”），照录",
             88: "网址中的日期是2025年3月31日，与所注发布日期不符，照录",
             **dict.fromkeys((96, 97, 98), "域名作mst.go.kr（脚注95作msit.go.kr），参数作mPd（脚注95作mPId），照录")}

# A 专栏 (box) whose heading carries the footnote mark: the heading helps a reader find the article, though the
# footnote does not say it is the article's title, so it goes in the note, not in the title.
BOX_HEADING = re.compile(rf"^专栏[:：]\s*(.+?)([{SUPERSCRIPT}]+)\s*$")


def box_headings(text: str) -> dict[int, str]:
    """Footnote number → the heading of the 专栏 it is marked on (the typesetting's figure spaces dropped)."""
    found = {}
    for line in text.splitlines():
        match = BOX_HEADING.match(line.strip())
        if match:
            found[int(match.group(2).translate(TO_DIGIT))] = BOX_SPACE.sub("", match.group(1).strip())
    return found


# Trailing remarks after the date, rewritten in our own words.
REMARKS = {"本文有删减": "报告专栏转引时有删减"}


# The other documents the book uses besides the report: the news digests (one source each, from their own front
# matter) and the trends report, whose OCR text shows neither a URL nor a date: its date is that of a news report
# of its release (星島日報, 2025-12-10: the hand-kept row stheadline_2025_12_10), on or after the day it came out,
# so that an edition cut at the CNNIC report's date leaves it out.
TRENDS_ROW = {
    "source_id": "qbitai_trends", "footnote": "", "publisher": "量子位智库", "title": "2025年度AI十大趋势报告",
    "url": "", "published": "2025-12-10",
    "note": "发布日期是星島日報报道其发布的日期；本书只有前六页经文字识别（OCR）得到的文字，其中未见发布日期与网址",
}


def document_rows(digest_folder: Path = DIGESTS) -> list[dict]:
    from genai_book import digests

    rows = [{"source_id": d.digest_id, "footnote": "", "publisher": "AI新闻速递（日报）", "title": d.title,
             "url": "", "published": d.date,
             "note": f"新闻摘要原文见data/raw/digests/{d.path.name}"} for d in digests.parse_folder(digest_folder)]
    return rows + [dict(TRENDS_ROW)]


# Ids this script makes (the descriptor's hand_kept rule); any other id in sources.csv is a hand-kept row.
GENERATED_ID = re.compile(yaml.safe_load((ROOT / "data" / "meta" / "sources.yaml").read_text(encoding="utf-8"))[
    "rules"]["hand_kept"]["generated_ids"])


class SourceError(Exception):
    """The footnotes could not be parsed cleanly; the message lists every problem."""


# ---------------------------------------------------------------- load

def load(path: Path = REPORT) -> str:
    return Path(path).read_text(encoding="utf-8")


# ---------------------------------------------------------------- process

def footnotes(text: str) -> list[tuple[int, str, int]]:
    """(number, text, line number) of every footnote; continuation lines are joined to their first line."""
    found = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        match = FOOTNOTE_START.match(lines[i])
        if not match:
            i += 1
            continue
        start = i
        parts = [match.group(2).strip()]
        i += 1
        while i < len(lines) and lines[i].strip() and not FOOTNOTE_START.match(lines[i]):
            parts.append(lines[i].strip())
            i += 1
        found.append((int(match.group(1).translate(TO_DIGIT)), "".join(parts), start + 1))
    return found


def parse_source(number: int, body: str) -> dict:
    """One 来源 footnote as a sources.csv row. `body` is the text after 来源："""
    row = {"source_id": f"fn{number:02d}", "footnote": str(number), "publisher": "", "title": "",
           "url": "", "published": "", "note": ""}
    if number in OVERRIDES:
        override = OVERRIDES[number]
        if not body.startswith(override["expect"]):
            raise SourceError(f"footnote {number}: expected text starting {override['expect']!r}, found {body!r}")
        row.update(publisher=override["publisher"], note=override["note"])
        return row
    url = URL.search(body)
    date = DATE.search(body)
    if url:
        row["url"] = url.group(1)
    if date:
        year, month, day = (int(g) for g in date.groups())
        row["published"] = dt.date(year, month, day).isoformat()  # ValueError for an impossible date
    # publisher (and title) is what precedes the first separator, the URL or the date, whichever comes first
    ends = [m.start() for m in (SEPARATOR.search(body), url, date) if m]
    head = body[:min(ends)] if ends else body
    head = head.strip().rstrip("。").strip()
    title = TITLE.match(head)
    if title and head not in PERIODICAL_PUBLISHERS:
        row["publisher"], row["title"] = title.group(1).strip(), TITLE_SPACE.sub("", title.group(2).strip())
    else:
        row["publisher"] = head
    tail = body[date.end():] if date else ""
    remark = SEPARATOR.sub("", tail, count=1).strip().rstrip("。").strip() if tail.strip("。 ") else ""
    if remark:
        if remark not in REMARKS:
            raise SourceError(f"footnote {number}: unknown remark after the date: {remark!r}")
        row["note"] = REMARKS[remark]
    if number in TITLES_IN_TEXT and not row["title"]:
        row["title"] = TITLES_IN_TEXT[number]
        row["note"] = "；".join(n for n in (row["note"], TITLE_CORRECTED.get(number, TITLE_IN_TEXT_NOTE)) if n)
    if number in NOT_THE_DOCUMENT:
        row["note"] = "；".join(n for n in (row["note"], NOT_THE_DOCUMENT[number]) if n)
    if number in URL_NOTES:
        row["note"] = "；".join(n for n in (row["note"], URL_NOTES[number]) if n)
    return row


def process(text: str) -> tuple[list[dict], list[str]]:
    """The sources rows (report first, then by footnote) and the problems found on the way."""
    problems = []
    rows = []
    boxes = box_headings(text)
    for number, body, line in footnotes(text):
        source = SOURCE.search(body)
        if not source:
            continue  # a definition, not a source
        try:
            row = parse_source(number, source.group(1).strip())
            if number in boxes:  # 报告专栏“…”转引（时有删减）
                heading = boxes[number].replace("“", "‘").replace("”", "’")  # quotes inside quotes
                abridged = row["note"].startswith(REMARKS["本文有删减"])
                rest = row["note"].removeprefix(REMARKS["本文有删减"]).lstrip("；") if abridged else row["note"]
                box = f"报告专栏“{heading}”转引" + ("时有删减" if abridged else "")
                row["note"] = "；".join(n for n in (box, rest) if n)
            rows.append(row)
        except (SourceError, ValueError) as error:
            problems.append(f"line {line}: footnote {number}: {error}")
    rows.sort(key=lambda r: int(r["footnote"]))
    return [dict(REPORT_ROW)] + rows, problems


# ---------------------------------------------------------------- validate

def validate(text: str, rows: list[dict]) -> list[str]:
    problems = []
    notes = footnotes(text)
    numbers = [n for n, _, _ in notes]
    duplicates = sorted({n for n in numbers if numbers.count(n) > 1})
    if duplicates:
        problems.append(f"footnote numbers used twice: {duplicates}")
    if numbers and sorted(set(numbers)) != list(range(1, max(numbers) + 1)):
        missing = sorted(set(range(1, max(numbers) + 1)) - set(numbers))
        problems.append(f"footnote numbers missing from the sequence 1…{max(numbers)}: {missing}")
    mentions = sum(body.count("来源") for _, body, _ in notes)
    sources = [r for r in rows if r["source_id"] != "report"]
    if len(sources) != mentions:
        problems.append(f"{mentions} occurrences of 来源 in footnotes but {len(sources)} sources parsed")
    ids = [r["source_id"] for r in rows]
    if len(ids) != len(set(ids)):
        problems.append("source_id not unique")
    for r in sources:
        where = f"footnote {r['footnote']}"
        if not r["publisher"]:
            problems.append(f"{where}: no publisher")
        if r["url"] and not r["url"].startswith(("http://", "https://")):
            problems.append(f"{where}: URL does not start with http: {r['url']!r}")
        if int(r["footnote"]) in NO_URL:
            if r["url"]:
                problems.append(f"{where}: expected no URL, found {r['url']!r} — update NO_URL")
        else:
            if not r["url"]:
                problems.append(f"{where}: no URL found")
            if not r["published"]:
                problems.append(f"{where}: no date found")
        if "《" in r["publisher"] and r["publisher"] not in PERIODICAL_PUBLISHERS:
            problems.append(f"{where}: title left in the publisher: {r['publisher']!r}")
    return problems


# ---------------------------------------------------------------- keep the hand-kept rows

def existing_rows(path: Path) -> list[dict]:
    if not Path(path).exists():
        return []
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def hand_kept(generated: list[dict], existing: list[dict]) -> tuple[list[dict], list[str]]:
    """The rows of the existing sources.csv that this script does not make (in their order), and the ids that
    the file holds twice — a hand-kept row may not reuse any id, generated or not."""
    ids = [r["source_id"] for r in existing]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    made = {r["source_id"] for r in generated}
    return [r for r in existing if r["source_id"] not in made], [f"source_id {i!r} is used twice" for i in twice]


def validate_hand_kept(kept: list[dict]) -> list[str]:
    """A hand-kept row may not take an id of the kind this script makes (the report has no such source); the
    data package's own rules (make data) check its columns."""
    return [f"hand-kept source {r['source_id']!r}: this kind of id is made by scripts/build_sources.py, and the "
            f"report has no such source" for r in kept if GENERATED_ID.match(r["source_id"])]


# ---------------------------------------------------------------- write

def to_csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def build(report: Path = REPORT, out: Path = OUT) -> list[dict]:
    """Load, process, validate and write; raise SourceError (writing nothing) when anything is wrong."""
    text = load(report)
    rows, problems = process(text)
    problems += validate(text, rows)
    rows += document_rows()
    kept, twice = hand_kept(rows, existing_rows(out))
    problems += twice + validate_hand_kept(kept)
    if problems:
        raise SourceError("\n".join(problems))
    rows += kept
    write_if_changed(Path(out), to_csv(rows))
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", type=Path, default=REPORT)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    try:
        rows = build(args.report, args.out)
    except SourceError as error:
        print(f"sources not written, the footnotes or the hand-kept rows did not check out:\n{error}",
              file=sys.stderr)
        return 1
    print(f"{args.out}: {len(rows)} sources (the report, its footnotes, the digests, the trends report and the "
          f"hand-kept later sources)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
