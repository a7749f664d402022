"""A block for the reader in two forms: HTML for the site, Markdown for the PDF (which has no HTML)."""
from __future__ import annotations


class Rich:
    """Any block for the reader: its HTML for the site and its Markdown for the PDF. Build the HTML from escaped
    text only (html.escape, `html_link`, `Table.html`)."""

    def __init__(self, html_text: str, markdown: str):
        self.html_text, self.markdown = html_text, markdown

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/html": self.html_text, "text/markdown": self.markdown, "text/plain": self.markdown}
