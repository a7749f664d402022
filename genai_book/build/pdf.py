"""The PDF edition: the staged book typeset by Sphinx's LaTeX builder and XeLaTeX (xeCJK via ctex, Noto CJK).

    render(key)  → Rendered | None   typeset _build/stage in _build/pdf-work (None: the last PDF is up to date)
    publish(...)                     put it at _build/pdf/book.pdf and _build/html/book.pdf, record its key

Why LaTeX and not a browser's print-to-PDF: CONTRIBUTING.md. What makes it a printed book rather than a dump of the
site is all here, generic over whatever `_toc.yml` lists:

* a title page (title, edition, as-of period, publisher line) and its verso, from _config.yml, the executed
  chapters' `as_of` parameter and the recorded editions;
* the contents with page numbers, PDF bookmarks for every chapter and section, running heads and page numbers;
* chapters opening as 第N章; the root page's own text as an unnumbered 关于本书 chapter; parts whose caption starts
  with 附录 typeset as appendices (附录A, …);
* figures and tables numbered by chapter (图 2.1, 表 5.1), {footcite} sources as footnotes on their page;
* every chart as the vector PDF vl-convert glued next to its HTML (MyST-NB prefers application/pdf for LaTeX),
  tables and source lists as their text/markdown form: nothing of the web page (scripts, buttons) reaches the PDF.

This module is also the Sphinx extension that arranges the LaTeX document (`setup` below); the PDF build adds it
to the configuration, the HTML build never loads it.
"""
from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from .. import data, escape, fmt, paths
from ..files import copy_if_changed
from . import jbook

PDF = paths.BUILD / "pdf" / "book.pdf"        # the published PDF, a stable name
WORK = paths.BUILD / "pdf-work"               # Sphinx's LaTeX output and XeLaTeX's files
KEY = paths.CACHE / "pdf.key"
INPUT_KEY = paths.CACHE / "pdf-input.key"    # what XeLaTeX last typeset: the .tex, the files it includes, fonts
SITE_NAME = "book.pdf"                        # the copy the site serves, linked from every page
TEX_NAME = "book.tex"
APPENDIX_PREFIXES = ("附录", "Appendix", "Appendices")   # a _toc.yml part with such a caption holds appendices
FOREWORD = "关于本书"                          # the heading given to the root page's own text
FONTS = {  # role → fontconfig name; all from Debian's fonts-noto-cjk
    "serif": "Noto Serif CJK SC", "serif-bold": "Noto Serif CJK SC:style=Bold",
    "sans": "Noto Sans CJK SC", "sans-bold": "Noto Sans CJK SC:style=Bold",
    "mono": "Noto Sans Mono CJK SC",
}
LATEX_TIMEOUT = 600
# The page (latex_settings) and the type of tables (PREAMBLE: \small at 11pt, ctex's linespread 1.25, 4pt padding),
# which `fit_tables` reckons with.
PAGE_CM = (21.0, 29.7)                     # A4
MARGIN_CM = {"h": (2.3, 2.3), "v": (2.6, 2.8)}
PT_PER_CM = 28.45
TABLE_FONT_PT, TABLE_LINE_PT, TABLE_COLSEP_PT = 10.0, 15.0, 4.0


@dataclass
class Rendered:
    file: Path
    seconds: float
    passes: int | None = None  # XeLaTeX runs; None: its input was unchanged, the last PDF stands
    inputs: str = ""           # input_key of what was typeset, recorded when the PDF is published


class PdfError(Exception):
    """The PDF could not be made; the message says what to fix. build.py reports it as a failed build."""


# ---------------------------------------------------------------- what goes on the title page

def _plain_text(markup: str) -> str:
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", str(markup or ""))).strip()


def _notebook_parameters(notebook: Path) -> dict:
    """The parameters a notebook ran with: its parameters cell, then papermill's injected values over them."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    values = {}
    for tag in ("parameters", "injected-parameters"):
        for cell in cells:
            if cell["cell_type"] == "code" and tag in cell.get("metadata", {}).get("tags", []):
                source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
                for node in ast.parse(source).body:
                    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0],
                                                                                              ast.Name):
                        try:
                            values[node.targets[0].id] = ast.literal_eval(node.value)
                        except ValueError:
                            pass
    return values


def edition(stage: Path = paths.STAGE) -> dict:
    """The edition the staged book is: its period (the chapters' as_of), that period in words, and its ordinal
    among the editions its data lists (data.edition_number, as the front page counts it)."""
    params = [p for nb in sorted(stage.glob("*/*.ipynb")) if "as_of" in (p := _notebook_parameters(nb))]
    latest = max(params, key=lambda p: p["as_of"], default={})
    as_of = latest.get("as_of", "")
    number = data.edition_number(as_of, latest.get("data_dir") or None)
    return {"as_of": as_of, "period": fmt.period(as_of) if as_of else "", "number": number}


def title_page(config: dict, info: dict) -> str:
    """The title page and its verso, in LaTeX."""
    title = config.get("title", "")
    # 《…（2025）开放数据版》: the report's name on one line, what this edition is on the next
    main, sub = (title.rsplit("）", 1)[0] + "）", title.rsplit("）", 1)[1]) if "）" in title else (title, "")
    build_date = config["sphinx"]["config"].get("myst_substitutions", {}).get("build_date", time.strftime("%Y-%m-%d"))
    author = config.get("author", "")
    copyright_ = config.get("copyright", "")
    url = (config.get("repository") or {}).get("url", "")
    edition_line = f"第{info['number']}版" + (f" · 基准期为{info['period']}" if info["period"] else "")
    verso = [
        rf"\textbf{{{escape.latex_text(title)}}}\par\medskip",
        rf"{escape.latex_text(edition_line)}\par",
        rf"构建日期：{escape.latex_text(fmt.period(build_date))}\par\medskip",
        r"本书的每一个数字都来自书中数据包的数据表，每段引用数字的文字与每张图都由数据在构建时生成；"
        r"换上新一期数据重新构建，全书随之更新。图表的数据与网页版随书发布。\par\medskip",
    ]
    attribution = _plain_text((config.get("html") or {}).get("extra_footer", ""))
    if attribution:  # the site's footer line: whose report and data these are
        verso.append(rf"{escape.latex_text(attribution)}\par\medskip")
    if url:
        verso.append(rf"源代码与数据：\url{{{url}}}\par")
    if copyright_:
        verso.append(rf"© {escape.latex_text(copyright_)}" + ("" if author in str(copyright_) else f" {escape.latex_text(author)}") + r"\par")
    return "\n".join([
        r"\pagenumbering{roman}",  # the front matter: i, ii (title page, verso), iii… (contents)
        r"\begin{titlepage}",
        r"\pdfbookmark[0]{封面}{genai-title}",
        r"\centering\sffamily",
        r"\vspace*{0.16\textheight}",
        r"{\color{genaiaccent}\rule{\linewidth}{1.2pt}}\par\vspace{1.6em}",
        rf"{{\fontsize{{26}}{{36}}\selectfont\bfseries {escape.latex_text(main)}\par}}",
        rf"\vspace{{0.9em}}{{\fontsize{{20}}{{28}}\selectfont {escape.latex_text(sub)}\par}}" if sub else "",
        r"\vspace{1.6em}{\color{genaiaccent}\rule{\linewidth}{1.2pt}}\par",
        rf"\vspace{{2.4em}}{{\Large {escape.latex_text(edition_line)}\par}}",
        r"\vfill",
        rf"{{\large {escape.latex_text(author)}\par}}",
        rf"\vspace{{0.8em}}{{\normalsize {escape.latex_text(fmt.period(build_date))}\par}}",
        r"\vspace*{0.06\textheight}",
        r"\end{titlepage}",
        r"\thispagestyle{empty}\null\vfill",
        r"{\small\raggedright\setlength{\parindent}{0pt}" + "\n".join(verso) + "}",
        r"\clearpage",
    ])


# ---------------------------------------------------------------- the LaTeX configuration

def _font(name: str) -> tuple[Path, int]:
    """The file and face index fontconfig gives for `name` (a .ttc holds JP, KR, SC, … faces: the index picks SC;
    by family name alone XeTeX takes the first face, the Japanese one)."""
    try:
        found = subprocess.run(["fc-match", "-f", "%{file}\t%{index}\t%{family}", name], capture_output=True,
                               text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        raise PdfError(f"fc-match failed ({error}); install fontconfig and fonts-noto-cjk") from None
    file, index, family = found.split("\t")
    if name.split(":")[0] not in family.split(","):
        raise PdfError(f"font {name!r} is not installed (fontconfig offers {family!r} instead); "
                       f"install Debian's fonts-noto-cjk (scripts/system_deps.sh does)")
    return Path(file), int(index)


def font_setup() -> str:
    def spec(role: str, bold: str | None = None, italic: str | None = None) -> str:
        """Chinese has no italics: emphasis in the serif text is set in the sans (黑体), elsewhere slanted."""
        file, index = _font(FONTS[role])
        options = [f"Path={file.parent}/", f"FontIndex={index}"]
        if bold:
            bold_file, bold_index = _font(FONTS[bold])
            options += [f"BoldFont={bold_file.name}", f"BoldFeatures={{FontIndex={bold_index}}}"]
        if italic:
            italic_file, italic_index = _font(FONTS[italic])
            options += [f"ItalicFont={italic_file.name}", f"ItalicFeatures={{FontIndex={italic_index}}}"]
        else:
            options += [f"ItalicFont={file.name}", f"ItalicFeatures={{FakeSlant=0.15, FontIndex={index}}}"]
        return "[" + ", ".join(options) + "]{" + file.name + "}"

    serif, sans, mono = spec("serif", "serif-bold", "sans"), spec("sans", "sans-bold"), spec("mono")
    return "\n".join([
        r"\usepackage[UTF8,scheme=chinese,heading=false,fontset=none,linespread=1.25]{ctex}",
        # no TeX ligatures (fontspec's default): a ` or -- from the data prints as written, not as ‘ or –. Sphinx's
        # own XeLaTeX setup says the same; its 'fontenc', where it does, is replaced here.
        r"\defaultfontfeatures[\rmfamily,\sffamily,\ttfamily]{}",
        rf"\setmainfont{serif}", rf"\setsansfont{sans}", rf"\setmonofont{mono}",
        rf"\setCJKmainfont{serif}", rf"\setCJKsansfont{sans}", rf"\setCJKmonofont{mono}",
        # a thin space between Chinese and Latin/figures (xeCJK's default is a quarter em)
        r"\xeCJKsetup{CJKecglue={\hskip 0.12em plus 0.08em minus 0.04em}}",
    ])


PREAMBLE = r"""
\definecolor{genaiaccent}{RGB}{0,114,178}
\hypersetup{pdflang={zh-CN}, bookmarksnumbered=true, bookmarksopen=true, bookmarksopenlevel=0,
            pdfpagemode=UseOutlines, colorlinks=true, linkcolor=genaiaccent, urlcolor=genaiaccent,
            citecolor=genaiaccent}
\makeatletter
% Chapter openings: 第N章 (附录A after \appendix) over the title, a rule under it.
\newif\ifgenai@appendix
\g@addto@macro\appendix{\global\genai@appendixtrue
  \addtocontents{toc}{\protect\genai@tocappendixtrue}%
  % figures and tables in 附录A are 图 A.1, 表 A.1 (Sphinx numbers them with \arabic{chapter})
  \renewcommand\thefigure{\thechapter.\arabic{figure}}\renewcommand\thetable{\thechapter.\arabic{table}}}
\newcommand\genai@chapterlabel{\ifgenai@appendix 附录\thechapter\else 第\thechapter 章\fi}
\titleformat{\chapter}[display]{\sffamily\bfseries\raggedright}
  {\color{genaiaccent}\LARGE\genai@chapterlabel}{0.5em}{\huge}[\vspace{0.5em}{\color{genaiaccent}\titlerule[1pt]}]
\titleformat{name=\chapter,numberless}[display]{\sffamily\bfseries\raggedright}
  {}{0pt}{\huge}[\vspace{0.5em}{\color{genaiaccent}\titlerule[1pt]}]
\titlespacing*{\chapter}{0pt}{1.5em}{2.2em}
\titleformat{\section}{\sffamily\bfseries\Large}{\thesection}{0.8em}{}
\titleformat{\subsection}{\sffamily\bfseries\large}{\thesubsection}{0.8em}{}
% The contents: 第N章 / 附录A before each chapter's title.
\newif\ifgenai@tocappendix
\renewcommand*\l@chapter[2]{\addpenalty{-\@highpenalty}\vskip 0.9em plus 1pt
  {\parindent\z@\rightskip\@pnumwidth plus 1fil\parfillskip -\@pnumwidth
   \interlinepenalty\@M\leavevmode\sffamily\bfseries
   \def\numberline##1{\ifgenai@tocappendix 附录##1\else 第##1章\fi\hspace{1em}}%
   #1\nobreak\hfill\nobreak\hb@xt@\@pnumwidth{\hss #2}\par\penalty\@highpenalty}}
% Running heads: the chapter as 第N章 title, not CHAPTER N. TITLE.
\renewcommand\chaptermark[1]{\markboth{\ifnum\c@secnumdepth>\m@ne\genai@chapterlabel\quad\fi #1}{}}
% Tables (longtables too) in small type; a column holding more than 6.5em of text gets at least that (tabulary would squeeze
% 2025年12月 or 36.5% to a sliver next to a long 来源 column).
\g@addto@macro\sphinxattablestart{\small\setlength{\tabcolsep}{4pt}}
\g@addto@macro\sphinxatlongtablestart{\small\setlength{\tabcolsep}{4pt}}
\setlength{\tymin}{6.5em}
% … and set ragged right: justified narrow cells spread Chinese characters apart. The same for columns of given
% widths (Sphinx's \X, as sphinxlatextables.sty defines it, plus \raggedright).
\newcolumntype{T}{L}
\newcolumntype{\X}[2]{>{\raggedright\arraybackslash}p{\dimexpr
  (\linewidth-\spx@arrayrulewidth)*#1/#2-\tw@\tabcolsep-\spx@arrayrulewidth\relax}}
% A row too tall for a page is split into rows (genai_book.build.pdf.fit_tables): the rows that continue it keep its
% colour (colorrows alternates by \rownum, which each row advances).
\newcommand\genaicontinuedrow{\ifdefined\rownum\global\advance\rownum\m@ne\sphinxSwitchCaseRowColor\rownum\fi}
% Paragraphs as Chinese prose sets them: first line indented two characters.
\AtBeginDocument{\setlength{\parindent}{2em}}
\renewcommand{\contentsname}{目录}
% Charts (vl-convert: 1 px = 1 pt) at 80 %: their 12 px labels print at 9.6 pt, a 460 px chart fits the
% column; anything still wider is scaled to the column by Sphinx.
\let\genai@includegraphics\sphinxincludegraphics
\renewcommand\sphinxincludegraphics[2][]{\genai@includegraphics[#1,scale=0.8]{#2}}
% Cross-references read as text (Sphinx sets them in italics), the contents in black.
\renewcommand{\sphinxcrossref}[1]{#1}
\makeatother
"""


def latex_settings(config: dict, info: dict) -> dict:
    """What the PDF build adds to the staged _config.yml."""
    title = config.get("title", "")
    return {
        "latex": {"latex_engine": "xelatex", "use_jupyterbook_latex": False,
                  "latex_documents": {"targetname": TEX_NAME}},
        "sphinx": {"config": {
            "extensions": config["sphinx"]["config"]["extensions"] + ["genai_book.build.pdf"],
            "nb_render_markdown_format": "myst",  # outputs' text/markdown (tables.table: pipe tables) as MyST
            "latex_show_urls": "no",
            "latex_domain_indices": False,
            "latex_use_xindy": False,
            "latex_elements": {
                "papersize": "a4paper",
                "pointsize": "11pt",
                "classoptions": ",openany",
                "babel": "", "polyglossia": "", "fontenc": "", "fncychap": "", "inputenc": "", "utf8extra": "",
                "fontpkg": font_setup(),
                "extrapackages": r"\usepackage[labelsep=quad,font=small,labelfont=bf,skip=6pt]{caption}",
                "sphinxsetup": ", ".join(f"{side}margin={{{a}cm,{b}cm}}" for side, (a, b) in MARGIN_CM.items())
                               + ", marginpar=1.5cm",
                "preamble": PREAMBLE + "\n" + rf"\hypersetup{{pdftitle={{{escape.latex_text(title)}}}, "
                                              rf"pdfauthor={{{escape.latex_text(config.get('author', ''))}}}}}",
                "maketitle": title_page(config, info),
                "tableofcontents": r"\renewcommand{\contentsname}{目录}\pdfbookmark[0]{目录}{genai-contents}"
                                   r"{\hypersetup{linkcolor=black}\tableofcontents}\clearpage"
                                   r"\pagenumbering{arabic}\setcounter{page}{1}",
                "makeindex": "", "printindex": "",
                "figure_align": "htbp",
            },
        }},
    }


def _merge(base: dict, extra: dict) -> dict:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value
    return base


def pdf_config(stage: Path = paths.STAGE) -> dict:
    import yaml

    config = yaml.safe_load((stage / "_config.yml").read_text(encoding="utf-8"))
    return _merge(config, latex_settings(config, edition(stage)))


# ---------------------------------------------------------------- rendering and publishing

def pdf_key(site_key: str) -> str:
    """The staged book and package code (the site's key) plus this module, which only the PDF depends on."""
    import hashlib

    return hashlib.sha256(site_key.encode() + b"\0" + Path(__file__).read_bytes()).hexdigest()


def is_fresh(key: str) -> bool:
    return PDF.exists() and KEY.exists() and KEY.read_text() == pdf_key(key)


def _tail(text: str, lines: int = 30) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def sphinx_errors(output: str) -> str:
    """Sphinx's warnings and errors (each fatal with -W), without the traceback frames around them."""
    plain = re.sub(r"\x1b\[[0-9;]*m", "", output)
    picked = [line for line in plain.splitlines() if re.search(r"warning|error|exception", line, re.I)
              and not line.lstrip().startswith(("File ", "raise "))]
    return "\n".join(dict.fromkeys(picked[:20])) or _tail(plain)


def latex_errors(log: str, tex: Path | None = None) -> str:
    """The lines of a TeX log a person needs: each error ('! …' or 'book.tex:204: …') with the line TeX stopped
    at, and the book's document it came from (the last Sphinx doc label above that line of the .tex)."""
    source = tex.read_text(encoding="utf-8", errors="replace").splitlines() if tex and tex.exists() else []
    lines = log.splitlines()
    picked = []
    for number, line in enumerate(lines):
        match = re.match(r"^(?:\S+\.tex:(\d+): |! )", line)
        if not match:
            continue
        context = []
        for follow in lines[number + 1:number + 4]:
            if not follow.strip() or follow.startswith("Here is how much"):
                break
            context.append(follow.rstrip())
        where = ""
        if match.group(1) and source:
            labels = [m.group(1) for m in (re.search(r"\\label\{\\detokenize\{([^}]+)::doc\}\}", t)
                                           for t in source[:int(match.group(1))]) if m]
            where = f"in {labels[-1]}: " if labels else ""
        picked.append(where + " ".join([line.strip(), *(c.strip() for c in context)]))
    return "\n".join(dict.fromkeys(picked[:10])) or _tail(log)


def missing_glyphs(log: str) -> list[str]:
    """XeTeX's 'Missing character: There is no X (U+…) in font …' — each would print as nothing (tofu)."""
    return sorted(set(re.findall(r"Missing character: There is no (.+?) in font", log)))


def render(key: str, stage: Path = paths.STAGE) -> Rendered | None:
    """Typeset the staged book unless the last PDF was made from exactly this stage and code. Nothing is
    published here; a failure raises PdfError and leaves the last PDF and site as they were."""
    import yaml

    if is_fresh(key):
        return None
    start = time.perf_counter()
    for tool in ("xelatex", "latexmk"):
        if not shutil.which(tool):
            raise PdfError(f"{tool} not found: run `make book` as root (scripts/system_deps.sh installs the TeX "
                           f"packages) or build with --no-pdf")
    dirty = WORK / ".dirty"
    if dirty.exists():  # the last render failed midway: start clean
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True, exist_ok=True)
    dirty.touch()
    config_file = WORK / "_config.yml"
    config_file.write_text(yaml.safe_dump(pdf_config(stage), allow_unicode=True, sort_keys=False), encoding="utf-8")
    # Sphinx loads this module as an extension: from this very package, also when GENAI_BOOK_ROOT builds a copy
    package_root = str(paths.PACKAGE.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
    result = jbook.build(stage, WORK, "latex", "--config", str(config_file), env=env)
    if result.returncode != 0:
        raise PdfError("Jupyter Book's LaTeX build failed:\n" + sphinx_errors(result.stdout + result.stderr))
    latex = WORK / "_build" / "latex"
    inputs = input_key(latex)
    if PDF.exists() and INPUT_KEY.exists() and INPUT_KEY.read_text() == inputs:
        dirty.unlink()
        return Rendered(PDF, time.perf_counter() - start)
    output = latex / TEX_NAME.replace(".tex", ".pdf")
    output.unlink(missing_ok=True)
    try:
        run = subprocess.run(["latexmk", "-xelatex", "-interaction=nonstopmode", "-halt-on-error",
                              "-file-line-error", TEX_NAME], cwd=latex, capture_output=True, text=True,
                             timeout=LATEX_TIMEOUT, env={**os.environ, "max_print_line": "1000"})
    except subprocess.TimeoutExpired:
        raise PdfError(f"XeLaTeX did not finish in {LATEX_TIMEOUT} s ({latex / TEX_NAME})") from None
    log_file = latex / TEX_NAME.replace(".tex", ".log")
    log = log_file.read_text(encoding="utf-8", errors="replace") if log_file.exists() else run.stdout + run.stderr
    if run.returncode != 0 or not output.exists():
        raise PdfError(f"XeLaTeX failed on {(latex / TEX_NAME).relative_to(paths.ROOT)}:\n"
                       f"{latex_errors(log, latex / TEX_NAME)}")
    if missing := missing_glyphs(log):
        raise PdfError(f"the fonts have no glyph for {', '.join(missing)} ({log_file.relative_to(paths.ROOT)}); "
                       f"such characters would print as blanks")
    dirty.unlink()
    passes = len(re.findall(r"^Run number \d+ of rule '(?:xe)?latex", run.stdout + run.stderr, re.M))
    return Rendered(output, time.perf_counter() - start, passes, inputs)


def input_key(latex: Path) -> str:
    """Everything XeLaTeX reads to make the PDF, by content: what Sphinx wrote (the .tex, its style files, the
    charts as PDFs — all but XeLaTeX's own outputs, book.* besides book.tex), the font files by path, size and
    time, and the TeX engine's version."""
    import hashlib

    stem = Path(TEX_NAME).stem
    h = hashlib.sha256()
    for path in sorted(p for p in latex.rglob("*") if p.is_file()):
        if path.parent == latex and path.stem == stem and path.name != TEX_NAME:
            continue
        h.update(f"{path.relative_to(latex).as_posix()}\0".encode() + path.read_bytes() + b"\0")
    for role in sorted(FONTS):
        font = _font(FONTS[role])[0]
        h.update(f"{font}:{font.stat().st_size}:{font.stat().st_mtime_ns}\0".encode())
    engine = subprocess.run(["xelatex", "--version"], capture_output=True, text=True).stdout.split("\n", 1)[0]
    return h.hexdigest() + ":" + hashlib.sha256(engine.encode()).hexdigest()


def publish(rendered: Rendered | None, key: str, site: Path = paths.HTML) -> None:
    """Put the new PDF at _build/pdf/book.pdf and in the site, and print the build's line about it."""
    shown = PDF.relative_to(paths.ROOT)
    if rendered is not None:
        copy_if_changed(rendered.file, PDF)
        KEY.parent.mkdir(parents=True, exist_ok=True)
        KEY.write_text(pdf_key(key))
        if rendered.passes is not None:  # written only with the PDF it made: a failed publish leaves no false match
            INPUT_KEY.write_text(rendered.inputs)
    if site.exists() and PDF.exists():
        copy_if_changed(PDF, site / SITE_NAME)
    if rendered is None:
        print(f"pdf up to date: {shown}", flush=True)
    elif rendered.passes is None:
        print(f"pdf up to date: {shown} (its LaTeX input, made in {rendered.seconds:.1f} s, is unchanged)", flush=True)
    else:
        print(f"pdf rendered in {rendered.seconds:.1f} s ({rendered.passes} XeLaTeX passes) → {shown}", flush=True)


# ---------------------------------------------------------------- tables that fit the page

# A LaTeX table never breaks inside a row, and only a longtable breaks between rows: a table of any data must be a
# longtable once it may not fit a page, with wrapping columns (Sphinx gives a longtable without widths `l` columns,
# which run off the page's side), and its rows no taller than a page. The sizes are estimated from the text; the
# shares below leave room for the repeated header, the caption and the estimate's error.
ROW_SHARE = 0.8      # of a page: a row estimated taller than this is split …
PIECE_SHARE = 0.4    # … into pieces of at most this (a piece that does not fit leaves less than this blank)
LONG_SHARE = 0.5     # of a page: a table estimated taller than this is a longtable


def _text_width_pt() -> float:
    return (PAGE_CM[0] - sum(MARGIN_CM["h"])) * PT_PER_CM


def _page_lines() -> float:
    return (PAGE_CM[1] - sum(MARGIN_CM["v"])) * PT_PER_CM / TABLE_LINE_PT


def _atomic(node) -> bool:
    """An inline element split neither across pieces nor inside (a footnote mark, an image, raw or math)."""
    from docutils import nodes

    return isinstance(node, (nodes.footnote_reference, nodes.citation_reference, nodes.image, nodes.raw,
                             nodes.math, nodes.substitution_reference))


def _tokens(node):
    """The text of `node` as it prints, token by token: one character of text, or an atomic element's whole text."""
    from docutils import nodes

    if isinstance(node, nodes.Text):
        yield from str(node)
    elif _atomic(node):
        yield node.astext()
    else:
        for child in node.children:
            yield from _tokens(child)


def _length(node) -> int:
    return sum(len(token) for token in _tokens(node))


def text_slice(node, start: int, end: int):
    """A copy of `node` holding only the characters `start`..`end` of its text (as `_tokens` counts them); an
    atomic element goes whole with the piece it starts in, ids with the first piece. None when nothing is left."""
    from docutils import nodes

    if isinstance(node, nodes.Text):
        piece = str(node)[max(start, 0):max(end, 0)]
        return nodes.Text(piece) if piece else None
    if _atomic(node):
        return node.deepcopy() if start <= 0 < end else None
    copy = node.copy()
    if start > 0:
        copy["ids"] = []
    offset = 0
    for child in node.children:
        length = _length(child)
        if offset + length > start and offset < end:
            piece = text_slice(child, start - offset, end - offset)
            if piece is not None:
                copy += piece
        offset += length
    return copy if copy.children else None


def cell_lines(entry, capacity: float, most: float) -> tuple[int, list[int]]:
    """How many lines a table cell takes in a column `capacity` half-characters wide, and where to cut it into
    pieces of at most `most` lines: (lines, offsets of the cuts). Each paragraph starts a line; a cut falls after a
    space or a CJK character, not inside a Latin word, when there is one on the line."""
    from ..tables import display_width

    lines, fill, offset, cuts = 0, capacity, 0, []
    since_cut, good = 0, None  # lines since the last cut; the last offset a cut may fall at
    for block in entry.children:
        fill = capacity  # a paragraph opens a line
        for token in _tokens(block):
            width = display_width(token)
            if fill + width > capacity:
                lines, since_cut, fill = lines + 1, since_cut + 1, 0
                if since_cut > most:
                    cut = good if good and good > (cuts[-1] if cuts else 0) else offset
                    cuts.append(cut)
                    since_cut, good = 1, None
            fill += width
            offset += len(token)
            if token.isspace() or display_width(token[-1]) == 2:
                good = offset
    return lines, cuts


def _half_char_pt() -> float:
    return TABLE_FONT_PT / 2


def column_shares(tgroup) -> list[float]:
    """Its columns' shares of the line, as Sphinx's \\X{share}{1} takes them (each column then loses its padding):
    as given; else as a browser lays out a table — each column at least its longest word (a CJK character, a Latin
    word up to 24) and its header, the rest of the line shared in proportion to what each column's longest text
    needs beyond that."""
    from docutils import nodes

    from ..tables import display_width

    specs = [c for c in tgroup.children if isinstance(c, nodes.colspec)]
    if "colwidths-given" in tgroup.parent["classes"]:
        widths = [float(c.get("colwidth", 1)) for c in specs]
        return [w / sum(widths) for w in widths]
    rows = list(tgroup.findall(nodes.row))
    columns = [[" ".join(r.children[i].astext().split()) for r in rows if len(r.children) > i]
               for i in range(len(specs))]
    heads = [[" ".join(r.children[i].astext().split()) for r in rows
              if isinstance(r.parent, nodes.thead) and len(r.children) > i] for i in range(len(specs))]
    natural = [max(map(display_width, texts), default=1) + 1 for texts in columns]
    least = [min(natural[i], max(6, *map(display_width, heads[i]),
                                 *(min(24, len(word)) for t in texts for word in re.findall(r"[!-~]+", t))))
             for i, texts in enumerate(columns)]
    padding = 2 * TABLE_COLSEP_PT / _half_char_pt()
    line = _text_width_pt() / _half_char_pt() - padding * len(specs)  # what the columns' text may fill
    text = fill_line(least, natural, line)
    widths = [w + padding for w in text]
    return [w / sum(widths) for w in widths]


def fill_line(least: list[float], natural: list[float], line: float) -> list[float]:
    """Column widths from `least` up: a column that needs no more than an equal share of the line is given its
    `natural` width whole (a date stays on one line), then the line's room is shared out in proportion to what each
    column still needs (at most a line), none given more than that, until the line is full or all are whole."""
    wanted = [min(n, line) for n in natural]
    widths = [max(m, w) if w <= line / len(least) else m for m, w in zip(least, wanted)]
    if sum(widths) > line:
        widths = list(least)
    while (spare := line - sum(widths)) > 1e-6:
        needy = [i for i, w in enumerate(widths) if wanted[i] - w > 1e-6]
        if not needy:
            break
        need = sum(wanted[i] - widths[i] for i in needy)
        for i in needy:
            widths[i] = min(wanted[i], widths[i] + spare * (wanted[i] - widths[i]) / need)
    return widths


def fit_table(table) -> None:
    """Make `table` fit the page whatever its data: rows taller than ROW_SHARE of a page split into rows (pieces of
    PIECE_SHARE) that continue them (the column's text carried on, the other cells empty, the same colour); a longtable (which breaks
    between rows) when it has split rows or may not fit half a page, then with wrapping columns of given widths."""
    from docutils import nodes

    tgroup = next(iter(table.findall(nodes.tgroup)), None)
    if tgroup is None or any(e.get("morerows") or e.get("morecols") for e in table.findall(nodes.entry)):
        return  # spanning cells cannot be split; Sphinx's own layout stands
    shares = column_shares(tgroup)
    capacities = [max(1.0, (share * _text_width_pt() - 2 * TABLE_COLSEP_PT) / _half_char_pt()) for share in shares]
    piece = PIECE_SHARE * _page_lines()
    height, split = 0, False
    for row in list(tgroup.findall(nodes.row)):
        layouts = [cell_lines(entry, capacity, piece) for entry, capacity in zip(row.children, capacities)]
        lines = max((lines for lines, _ in layouts), default=1)
        height += lines
        if lines > ROW_SHARE * _page_lines() and isinstance(row.parent, nodes.tbody):
            row.replace_self(split_row(row, [cuts for _, cuts in layouts]))
            split = True
    if split or height > LONG_SHARE * _page_lines() or len(list(tgroup.findall(nodes.row))) > 30:
        specs = [c for c in tgroup.children if isinstance(c, nodes.colspec)]
        for spec, share in zip(specs, shares):
            spec["colwidth"] = max(1, round(share * 1000))
        table["classes"] += [c for c in ("longtable", "colwidths-given") if c not in table["classes"]]


def split_row(row, cuts: list[list[int]]) -> list:
    """`row` as the rows its cells' pieces make (each cell cut at its `cuts`): the first row, then rows that
    continue it, marked so they keep its colour."""
    from docutils import nodes

    rows = []
    for number in range(1 + max(len(c) for c in cuts)):
        piece = row.copy()
        if number:
            piece["ids"] = []
        for entry, entry_cuts in zip(row.children, cuts):
            bounds = [0, *entry_cuts, _length(entry)]
            cell = text_slice(entry, bounds[number], bounds[number + 1]) if number + 1 < len(bounds) else None
            piece += cell if cell is not None else nodes.entry()
        if number:
            piece.children[0].insert(0, nodes.raw("", r"\genaicontinuedrow", format="latex"))
        rows.append(piece)
    return rows


def _fit_tables(app, doctree, docname) -> None:
    from docutils import nodes

    if app.builder.format != "latex":
        return
    for table in list(doctree.findall(nodes.table)):
        if not any(isinstance(a, (nodes.table, nodes.footnote, nodes.Admonition, nodes.list_item))
                   for a in _ancestors(table)):  # a longtable cannot sit inside those
            fit_table(table)


def _ancestors(node):
    while node.parent is not None:
        node = node.parent
        yield node


# ---------------------------------------------------------------- the Sphinx extension (LaTeX builds only)

def _appendix_docs(app) -> list[str]:
    site_map = getattr(app.config, "external_site_map", None)
    if site_map is None:
        return []
    docs = []
    for tree in site_map.root.subtrees:
        if (tree.caption or "").startswith(APPENDIX_PREFIXES):
            docs += [str(item) for item in tree.items if isinstance(item, str)]
    return docs


def _arrange(app, doctree, docname) -> None:
    """On the assembled LaTeX document: the root page's own text under an unnumbered chapter, and \\appendix
    before the first document of an appendix part."""
    from docutils import nodes
    from sphinx import addnodes

    if app.builder.format != "latex" or docname != app.config.root_doc:
        return
    root = next(iter(doctree.findall(nodes.section)), None)
    if root is not None:
        _unnumber_own_sections(root)
        body = [n for n in root.children if not isinstance(n, nodes.title)]
        has_text = any(not list(n.findall(addnodes.start_of_file)) and n.astext().strip() for n in body)
        if has_text:
            at = next(i for i, n in enumerate(root.children) if not isinstance(n, nodes.title))
            root.insert(at, nodes.raw("", rf"\chapter*{{{FOREWORD}}}\phantomsection"
                                          rf"\addcontentsline{{toc}}{{chapter}}{{{FOREWORD}}}"
                                          rf"\markboth{{{FOREWORD}}}{{{FOREWORD}}}", format="latex"))
    appendices = set(_appendix_docs(app))
    for node in doctree.findall(addnodes.start_of_file):
        if node["docname"] in appendices:
            node.parent.insert(node.parent.index(node), nodes.raw("", r"\appendix", format="latex"))
            break


def _unnumber_own_sections(root) -> None:
    """The root page's own sections (## 使用、许可与引用) would be chapters of their own in LaTeX, numbering every
    real chapter one too high: they become unnumbered sections of 关于本书, their content (and the chapters the
    toctree put inside the last of them) kept in place."""
    from docutils import nodes

    for section in [n for n in root.children if isinstance(n, nodes.section)]:
        title = escape.latex_text(section.next_node(nodes.title).astext())
        heading = nodes.raw("", rf"\section*{{{title}}}\addcontentsline{{toc}}{{section}}{{{title}}}", format="latex")
        section.replace_self([heading, *(n for n in section.children if not isinstance(n, nodes.title))])


def setup(app):
    app.connect("doctree-resolved", _arrange)
    app.connect("doctree-resolved", _fit_tables)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
