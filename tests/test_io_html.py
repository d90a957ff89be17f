import pytest

from incident_extractor.io.document import ReadFailure
from incident_extractor.io.html import extract_html, looks_like_html

PAGE = """<!DOCTYPE html>
<html><head><title>Bridge attacked | Example Times</title>
<meta property="og:title" content="Bridge attacked overnight">
<meta property="og:url" content="https://news.example.org/2021/bridge">
<meta property="article:published_time" content="2021-06-14T08:30:00+00:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>Bridge attacked overnight</h1>
<p>Unidentified gunmen attacked the river bridge late on Sunday, killing two guards, the provincial governor said.</p>
<p>Traffic was stopped for several hours while soldiers searched the surrounding villages for the attackers.</p>
<p>No group has claimed responsibility for the attack, which follows a week of unrest in the region.</p>
</article>
<footer>Copyright 2021 Example Times. All rights reserved.</footer>
</body></html>"""


def test_main_text_and_metadata_of_a_page():
    page = extract_html(PAGE.encode("utf-8"), "bridge.html")
    assert not isinstance(page, ReadFailure)
    assert "killing two guards" in page.text and "searched the surrounding villages" in page.text
    assert "Copyright" not in page.text and "Home" not in page.text.split("\n\n")[0]
    assert page.title == "Bridge attacked overnight"
    assert page.published == "2021-06-14"
    assert page.url == "https://news.example.org/2021/bridge"
    assert "\n\n" in page.text  # paragraphs stay apart


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Only a title</title></head></html>",
        "<html><head><title>t</title></head><body></body></html>",
    ],
)
def test_pages_without_an_article_are_one_failure(html):
    failure = extract_html(html.encode("utf-8"), "empty.html", "empty.html")
    assert isinstance(failure, ReadFailure)
    assert failure.code == "E016" and failure.message.startswith("empty.html: ")


def test_a_page_of_navigation_only_leaves_no_text_after_cleaning():
    import io

    from incident_extractor.io.readers import ReaderOptions, read_handle

    html = b"<html><body><nav>Home | World</nav></body></html>"
    (failure,) = list(read_handle(io.BytesIO(html), "nav.html", "nav.html", ".html", ReaderOptions()))
    assert isinstance(failure, ReadFailure) and failure.code == "E013"


@pytest.mark.parametrize(
    "head, expected",
    [
        (b"<!DOCTYPE html><html>", True),
        (b"  \n<html lang='en'>", True),
        (b"<?xml version='1.0'?>\n<!-- saved -->\n<html>", True),
        (b"<b>bold</b> is not a page", False),
        (b"Plain text about <html> tags", False),
    ],
)
def test_looks_like_html(head, expected):
    assert looks_like_html(head) is expected
