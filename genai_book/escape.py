"""Data is text, never markup: the one escaping per target a string from the data can reach.

Every string that comes from data/ (a title, a product name, a note) reaches MyST, HTML, LaTeX, BibTeX or an
inline <script> only through the function for that target here, so a ```` ```{raw} ````, a `<script>`, a `$x^2$`,
a `\\input` or an unbalanced `{` is shown as the characters it is.
"""
from __future__ import annotations

import html
import json
import math
import re

_ASCII_PUNCTUATION = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _text(value) -> str:
    """A cell as text: '' for missing (None, NaN)."""
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)


def myst_text(value) -> str:
    """Inert in (MyST) Markdown: every ASCII punctuation backslash-escaped and line breaks turned into spaces, so no
    fence, directive, role, math, HTML or table syntax can start."""
    text = re.sub(r"\s*\n\s*", " ", _text(value))
    return "".join("\\" + c if c in _ASCII_PUNCTUATION else c for c in text)


def html_text(value) -> str:
    """Inert in HTML text and in a quoted attribute value."""
    return html.escape(_text(value), quote=True)


_LATEX_SPECIALS = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#",
                   "%": r"\%", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def latex_text(value) -> str:
    """Plain text as LaTeX: the ten special characters as the commands that print them."""
    return "".join(_LATEX_SPECIALS.get(c, c) for c in _text(value))


# pybtex reads every field as LaTeX: latexcodec turns -- into –, `` into “ and ~ into a no-break space, braces group,
# and no escape of a brace survives as text. So ASCII punctuation (but . ! ?, which pybtex looks at to end a
# sentence and latexcodec leaves alone) travels through it as private-use characters, turned back by `bibtex_shown`
# in the rendered pages (genai_book.build.sphinx_ext). The data never hold such characters (genai_book.data checks).
HIDDEN = {c: chr(0xE000 + ord(c)) for c in _ASCII_PUNCTUATION - set(".!?")}
HIDDEN_CHARACTERS = {chr(0xE000 + n) for n in range(0x80)}  # the range, reserved whole
_HIDE, _SHOW = str.maketrans(HIDDEN), str.maketrans({v: k for k, v in HIDDEN.items()})


def bibtex_text(value) -> str:
    """Text as the value of a BibTeX field that pybtex renders exactly as written: braced as a whole, so the style
    keeps its letter case (2025年度AI十大趋势报告 is not lowercased), punctuation hidden from its LaTeX reading."""
    return "{" + re.sub(r"\s+", " ", _text(value)).strip().translate(_HIDE) + "}"


def bibtex_shown(text: str) -> str:
    """What pybtex rendered from `bibtex_text`, with the punctuation shown again."""
    return text.translate(_SHOW)


def script_json(value) -> str:
    """JSON safe inside an inline <script>: `<`, `>` and `&` as \\u escapes, so neither `</script>` nor `<!--` in a
    string ends or changes the script; U+2028/U+2029 escaped for older JavaScript parsers."""
    text = json.dumps(value, ensure_ascii=False)
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


URL_SCHEMES = ("http://", "https://")


def safe_url(url) -> str | None:
    """An http(s) URL usable as a link target (spaces, angle brackets, braces and the like
    percent-encoded), else None: data never
    become a javascript:, data: or relative link."""
    if not isinstance(url, str) or not url.lower().startswith(URL_SCHEMES):
        return None
    return re.sub(r'[\s<>{}\\"^`|]', lambda m: f"%{ord(m.group(0)):02X}", url)
