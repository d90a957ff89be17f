"""Dating stage: the publication anchor of a document, every date phrase resolved to an interval with its
precision and method, and the date of each incident."""

from incident_extractor.dating.anchors import DatelineMatch, find_dateline, latest_full_date, publication_anchor
from incident_extractor.dating.incident_date import choose_incident_date
from incident_extractor.dating.resolve import find_date_mentions

__all__ = [
    "DatelineMatch",
    "choose_incident_date",
    "find_date_mentions",
    "find_dateline",
    "latest_full_date",
    "publication_anchor",
]
