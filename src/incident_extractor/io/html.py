"""HTML pages: the article's main text, title, publication date and URL, through trafilatura."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Union

from incident_extractor.io.document import ReadFailure

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_HTML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: Optional[str]
    published: Optional[str]  # as trafilatura found it in the page's metadata, YYYY-MM-DD
    url: Optional[str]


def looks_like_html(data: bytes) -> bool:
    """For stdin and files without a telling extension: does this start like a web page?"""
    return bool(_HTML_START.match(data[:2048]))


def extract_html(data: Union[bytes, str], name: str, path: Optional[str] = None) -> Union[HtmlArticle, ReadFailure]:
    """The main text of a saved web page; a failure when the page has no article body."""
    import logging

    import trafilatura

    # trafilatura logs its doubts as warnings; with no handler Python would print them to stderr
    for logger in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(logger).setLevel(logging.CRITICAL)
    try:
        found = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            # the page's own metadata only: dates guessed from the body are the date stage's job
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as error:  # trafilatura/lxml raise many types on broken markup
        return ReadFailure.of("no_text", name, f"{name}: HTML could not be parsed ({type(error).__name__})", path)
    text = getattr(found, "text", None) if found is not None else None
    if not text or not text.strip():
        return ReadFailure.of("no_text", name, f"{name}: HTML page with no article text", path)
    # trafilatura separates paragraphs by one newline; a blank line keeps headings out of sentences
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    return HtmlArticle(
        text="\n\n".join(paragraphs),
        title=_clean(getattr(found, "title", None)),
        published=_clean(getattr(found, "date", None)),
        url=_clean(getattr(found, "url", None)),
    )


def _clean(value: object) -> Optional[str]:
    return value.strip() if isinstance(value, str) and value.strip() else None
