"""The book's Sphinx extension: Chinese prose written over several source lines reads without stray spaces."""
from docutils import nodes

from genai_book.build import sphinx_ext


def paragraph(*children):
    doc = nodes.document(None, None)
    doc += nodes.paragraph("", "", *children)
    return doc


def test_a_line_break_between_chinese_characters_is_dropped():
    doc = paragraph(nodes.Text("累计538款。\n按所在地看，北京最多"))
    sphinx_ext.join_cjk_lines(None, doc)
    assert doc.astext() == "累计538款。按所在地看，北京最多"


def test_a_line_break_next_to_latin_text_stays_a_space():
    doc = paragraph(nodes.Text("调用 API\n的用户；使用\nDeepSeek 的用户"))
    sphinx_ext.join_cjk_lines(None, doc)
    assert doc.astext() == "调用 API\n的用户；使用\nDeepSeek 的用户"


def test_code_is_left_alone():
    doc = nodes.document(None, None)
    doc += nodes.literal_block("", "甲\n乙")
    sphinx_ext.join_cjk_lines(None, doc)
    assert doc.astext() == "甲\n乙"
