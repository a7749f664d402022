"""Tables in the PDF fit the page whatever the data (genai_book.build.pdf.fit_table): a row taller than a page is split
into rows that carry its text on, a table that may not fit a page breaks between rows with wrapping columns.
The units work on doctrees; the last test typesets a tiny book with XeLaTeX and reads the whole cell back."""
import re
import shutil
import subprocess
import sys
import textwrap

import pytest
from docutils import nodes
from docutils.core import publish_doctree

from genai_book.build import pdf

LONG = "长" * 900 + "尾"


def table_of(rows: list[list[str]], widths: str = "") -> nodes.table:
    """A doctree table, as MyST's list-table gives one (first row the header), with these cells."""
    body = "\n".join("   * " + "\n     ".join(f"- {cell}" for cell in row) for row in rows)
    options = "   :header-rows: 1\n" + (f"   :widths: {widths}\n" if widths else "")
    doctree = publish_doctree(f".. list-table::\n{options}\n{body}\n\n.. [#n] 脚注\n",
                              settings_overrides={"report_level": 5})
    return next(iter(doctree.findall(nodes.table)))


def shown(cell: nodes.Element) -> str:
    """The text a cell prints (raw LaTeX prints none)."""
    return "".join(str(t) for t in cell.findall(nodes.Text) if not isinstance(t.parent, nodes.raw))


def column_text(table: nodes.table, column: int) -> str:
    return "".join(shown(row.children[column]) for row in table.findall(nodes.row))


def test_a_row_taller_than_a_page_becomes_rows_that_carry_its_text_on():
    table = table_of([["编号", "标题", "日期"], ["9", f"《{LONG}》 [#n]_", "2025年4月7日"], ["10", "短", "—"]],
                     widths="1 1 1")
    before = [column_text(table, c) for c in range(3)]
    pdf.fit_table(table)
    rows = list(table.findall(nodes.row))
    assert len(rows) > 3, "the long row was not split"
    assert [column_text(table, c) for c in range(3)] == before, "text lost, doubled or moved to another column"
    assert len(list(table.findall(nodes.footnote_reference))) == 1
    continued = rows[2:-1]
    assert continued and all(shown(r.children[0]) == shown(r.children[2]) == "" for r in continued)
    assert all(isinstance(r.children[0].children[0], nodes.raw) for r in continued)  # the row's colour goes on
    assert {"longtable", "colwidths-given"} <= set(table["classes"])
    most = pdf.PIECE_SHARE * pdf._page_lines()
    spec = [c["colwidth"] for c in table.findall(nodes.colspec)]
    capacity = (spec[1] / sum(spec) * pdf._text_width_pt() - 2 * pdf.TABLE_COLSEP_PT) / pdf._half_char_pt()
    assert all(pdf.cell_lines(r.children[1], capacity, most)[0] <= most + 1 for r in rows)


def test_a_table_that_fits_is_left_as_sphinx_sets_it():
    table = table_of([["编号", "标题"], ["1", "短标题"], ["2", "另一个"]])
    pdf.fit_table(table)
    assert len(list(table.findall(nodes.row))) == 3
    assert "longtable" not in table["classes"] and "colwidths-given" not in table["classes"]


def test_a_long_table_breaks_between_rows_with_wrapping_columns():
    table = table_of([["资源", "标题"]] + [[f"r{i}", "一个相当长的标题" * 3] for i in range(40)])
    pdf.fit_table(table)
    assert {"longtable", "colwidths-given"} <= set(table["classes"])  # Sphinx would set `l` columns, unwrapped
    widths = [c["colwidth"] for c in table.findall(nodes.colspec)]
    assert widths[1] > widths[0] > 0


def test_given_widths_stay():
    table = table_of([["编号", "标题"], ["1", LONG]], widths="1 3")
    pdf.fit_table(table)
    widths = [c["colwidth"] for c in table.findall(nodes.colspec)]
    assert widths[1] == 3 * widths[0]


def test_the_line_goes_to_the_columns_that_need_it():
    assert pdf.fill_line([6, 6, 6], [10, 8, 500], 60) == [10, 8, 42]  # the short ones whole, the rest to the long
    assert pdf.fill_line([6, 6], [7, 8], 60) == [7, 8]                  # room to spare: no column wider than needed
    assert sum(pdf.fill_line([6, 6], [100, 300], 60)) == pytest.approx(60)


def test_a_slice_keeps_ids_once_and_an_atomic_element_whole():
    paragraph = nodes.paragraph("", "", nodes.Text("甲乙"), nodes.footnote_reference("", "12", ids=["f"]),
                                nodes.Text("丙丁"), ids=["p"])
    first, second = pdf.text_slice(paragraph, 0, 3), pdf.text_slice(paragraph, 3, 6)
    assert (first.astext(), second.astext()) == ("甲乙12", "丙丁")
    assert first["ids"] == ["p"] and second["ids"] == []
    assert pdf.text_slice(paragraph, 2, 3).astext() == "12" and pdf.text_slice(paragraph, 4, 5).astext() == "丙"
    assert pdf.text_slice(paragraph, 6, 9) is None


def test_a_cut_falls_between_words():
    entry = nodes.entry("", nodes.paragraph("", " ".join(["word"] * 400)))
    _, cuts = pdf.cell_lines(entry, capacity=20, most=10)
    text = entry.astext()
    assert cuts and all(text[c - 1] == " " for c in cuts)


@pytest.mark.skipif(not shutil.which("latexmk"), reason="needs XeLaTeX (scripts/system_deps.sh)")
def test_a_cell_longer_than_a_page_prints_whole(tmp_path):
    """A tiny book typeset as the PDF build does (genai_book.build.pdf's settings and extension): every character of a
    cell longer than a page is in the PDF, in order; before, the row ran off the page."""
    source = tmp_path / "src"
    source.mkdir()
    config = pdf.latex_settings({"title": "表格", "sphinx": {"config": {"extensions": []}}},
                                {"as_of": "", "period": "", "number": 1})
    settings = config["sphinx"]["config"]
    (source / "conf.py").write_text(textwrap.dedent(f"""\
        extensions = {settings["extensions"]!r}
        latex_engine = "xelatex"
        latex_documents = [("index", "book.tex", "表格", "", "manual")]
        latex_elements = {settings["latex_elements"]!r}
        """), encoding="utf-8")
    rows = "\n".join(f"   * - {i}\n     - {LONG if i == 2 else '短'}\n     - 2025年" for i in range(1, 4))
    (source / "index.rst").write_text(f"表格\n====\n\n.. list-table:: 来源\n   :header-rows: 1\n   :widths: 1 1 1\n\n"
                                      f"   * - 编号\n     - 标题\n     - 日期\n{rows}\n", encoding="utf-8")
    out = tmp_path / "latex"
    subprocess.run([sys.executable, "-m", "sphinx", "-b", "latex", "-q", str(source), str(out)], check=True)
    subprocess.run(["latexmk", "-xelatex", "-interaction=nonstopmode", "-halt-on-error", "book.tex"], cwd=out,
                   check=True, capture_output=True)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out / "book.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert re.sub(r"[^长尾]", "", text).count("长") == LONG.count("长") and "长尾" in re.sub(r"\s", "", text)
