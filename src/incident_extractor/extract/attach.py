"""The assembly stage's calls into the other stages' choosers (date, main place, headline figures)."""

from __future__ import annotations

from typing import Optional, Sequence

from incident_extractor.casualties.headline import headline_figures
from incident_extractor.dating.incident_date import choose_incident_date
from incident_extractor.extract.locations import incident_locations
from incident_extractor.geo.main_location import main_locations
from incident_extractor.mentions import CasualtyMention, DateMention, DocMentions, DocumentMeta, PlaceMention


def distance_to(start: int, end: int, trigger_start: int, trigger_end: int) -> int:
    if end <= trigger_start:
        return trigger_start - end
    if start >= trigger_end:
        return start - trigger_end
    return 0


def incident_date(trigger_start: int, trigger_end: int, sentence_start: int, sentence_end: int,
                  dates: Sequence[DateMention], meta: DocumentMeta,
                  previous: Optional[DateMention] = None, text: Optional[str] = None) -> Optional[DateMention]:
    return choose_incident_date(trigger_start, trigger_end, sentence_start, sentence_end, dates, meta, previous,
                                text=text)


def main_places(places: Sequence[PlaceMention], trigger_start: int, trigger_end: int,
                mentions: Optional[DocMentions] = None, text: str = "") -> list[PlaceMention]:
    """The incident's own places, main one first; without any, the document's main country (when `mentions`
    of the whole document are given)."""
    if mentions is None:
        return list(main_locations(list(places), trigger_start, trigger_end))
    return incident_locations(places, mentions.places, mentions.country_context, trigger_start, trigger_end, text)


def headline(casualties: Sequence[CasualtyMention]) -> tuple[Optional[int], Optional[int]]:
    return headline_figures(list(casualties))
