"""Casualty figures: number phrases, the per-sentence finder and the headline of an incident."""

from incident_extractor.casualties.finder import find_casualties
from incident_extractor.casualties.headline import headline_count, headline_figures
from incident_extractor.casualties.numbers import ParsedNumber, parse_number

__all__ = ["ParsedNumber", "find_casualties", "headline_count", "headline_figures", "parse_number"]
