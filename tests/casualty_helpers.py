"""Shared by the casualty phrasing tables: the headline figure the finder gives for one sentence (or two)."""

from incident_extractor.casualties.finder import find_casualties
from incident_extractor.casualties.headline import headline_count


def headline(text: str, casualty_type: str = "killed"):
    return headline_count(find_casualties(text), casualty_type)
