"""The publication date of a document: the anchor every relative date is resolved against."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def parse_metadata_date(value: object) -> Optional[dt.date]:
    """A date from input metadata: 'YYYY-MM-DD', an ISO timestamp, or None when it is not one."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = _ISO_DAY.match(str(value))
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def resolve_publication(
    text: str, metadata_published: Optional[dt.date], option_published: Optional[dt.date], header: str = ""
) -> tuple[Optional[dt.date], Optional[str]]:
    """Publication date and where it came from: metadata, then --published, then the text itself (and the
    byline lines the cleaner dropped from its top, `header`)."""
    try:
        from incident_extractor.dating.anchors import publication_anchor
    except ImportError:  # the date stage is not installed: the precedence without the text's own dates
        return fallback_publication(metadata_published, option_published)
    return publication_anchor(text, metadata_published, option_published, header=header)


def fallback_publication(
    metadata_published: Optional[dt.date], option_published: Optional[dt.date]
) -> tuple[Optional[dt.date], Optional[str]]:
    if metadata_published is not None:
        return metadata_published, "metadata"
    if option_published is not None:
        return option_published, "option"
    return None, None
