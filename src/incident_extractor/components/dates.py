"""spaCy component `incident_dates`: every date phrase of the Doc, resolved against its publication day.

Reads the anchor from `meta_of(doc).published` (set before NLP by `dating.publication_anchor`) and appends
DateMentions to `mentions_of(doc).dates`. Works on raw text with precompiled regexes, so it needs no parse
and costs little; page furniture (copyright lines) is skipped inside `find_date_mentions`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from incident_extractor.dating.resolve import find_date_mentions
from incident_extractor.dating.unanchored import unanchored_date_mentions
from incident_extractor.events.sentences import text_of
from incident_extractor.mentions import mentions_of, meta_of

DATE_ORDERS = ("MDY", "DMY", "YMD")


class IncidentDates:
    def __init__(self, nlp: Language, name: str, *, date_order: str = "MDY") -> None:
        if date_order.upper() not in DATE_ORDERS:
            raise ValueError(
                f"[incident_dates] date_order must be one of {', '.join(DATE_ORDERS)}, got {date_order!r}; "
                "set it with --date-order or nlp.add_pipe('incident_dates', config={'date_order': 'DMY'})"
            )
        self.name = name
        self.date_order = date_order.upper()

    def __call__(self, doc: Doc) -> Doc:
        anchor = meta_of(doc).published
        if anchor is None:  # relative dates still tell incidents apart, though no calendar day is known
            mentions_of(doc).dates.extend(unanchored_date_mentions(text_of(doc), self.date_order))
        else:
            mentions_of(doc).dates.extend(find_date_mentions(text_of(doc), anchor, date_order=self.date_order))
        return doc


@Language.factory("incident_dates", default_config={"date_order": "MDY"})
def make_incident_dates(nlp: Language, name: str, date_order: str) -> IncidentDates:
    return IncidentDates(nlp, name, date_order=date_order)
