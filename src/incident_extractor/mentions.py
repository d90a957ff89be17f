"""Mentions: what each pipeline stage finds in a Doc, before incidents are assembled.

The seams of the pipeline. Every component writes one list of these plain dataclasses to a Doc
extension (see `register_extensions`); `extract.assemble` is the only reader. Offsets are character
offsets into `doc.text`. Keeping them as dataclasses (not spaCy Spans) lets the pure helpers and their
tests build them without a pipeline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class DocumentMeta:
    """Everything known about a document before NLP: where it came from and its anchor date."""

    doc_id: str
    path: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[dt.date] = None
    published_from: Optional[str] = None  # metadata / dateline / text / option


@dataclass(frozen=True)
class TriggerMention:
    """A phrase that reports an incident ("exchanged fire", "a car bomb exploded", "protesters marched")."""

    event_type: str
    sub_event_type: Optional[str]
    text: str
    start_char: int
    end_char: int
    # cues found around the trigger: "threat" (threatened to), "denied", "negated" (no attack took place),
    # "future" (will hold talks), "past_perfect" (had killed) ...
    cues: tuple[str, ...] = ()
    strength: float = 1.0  # how typical the phrase is for an incident, 0..1


@dataclass(frozen=True)
class CasualtyMention:
    type: str  # killed / injured / missing / kidnapped / arrested / displaced
    count: Optional[int]
    low: Optional[int]
    high: Optional[int]
    qualifier: str  # exact / at_least / more_than / about / at_most / range / vague / none
    text: str
    start_char: int
    end_char: int
    victims: Optional[str] = None
    side: Optional[str] = None
    claimant: Optional[str] = None
    # cues that the figure is a toll over a war or period ("since 2020", "in total", "so far this year")
    # or a revision of an earlier toll ("rose to", "climbed to")
    cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class DateMention:
    start: dt.date
    end: dt.date
    precision: str  # day / week / month / year / range
    method: str  # explicit / relative / year_inferred / dateline / published
    text: str
    start_char: int
    end_char: int
    is_future: bool = False


@dataclass(frozen=True)
class PlaceMention:
    name: str
    kind: str  # place / admin1 / country / border / region
    text: str
    start_char: int
    end_char: int
    country_code: Optional[str] = None
    countries: tuple[str, ...] = ()
    admin1: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    score: float = 1.0


@dataclass(frozen=True)
class ActorMention:
    name: str
    text: str
    start_char: int
    end_char: int
    kind: Optional[str] = None  # one of ACLED's eight actor types
    country_code: Optional[str] = None
    role: Optional[str] = None  # perpetrator / target / participant / mediator, when the parse says; "source"
    # for whoever only reports the incident ("police said"): assembly drops it, or makes it an arrest's agent
    is_armed: bool = False  # an organised armed group (needed to tell Battles from one-sided violence)


@dataclass
class DocMentions:
    """All mentions of one Doc; the components fill it, `extract.assemble` reads it."""

    triggers: list[TriggerMention] = field(default_factory=list)
    casualties: list[CasualtyMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    # countries the article talks about, most evidence first (used to disambiguate places and actors)
    country_context: list[str] = field(default_factory=list)


def register_extensions() -> None:
    """Register the Doc extensions the components use; safe to call more than once."""
    from spacy.tokens import Doc

    if not Doc.has_extension("meta"):
        Doc.set_extension("meta", default=None)
    if not Doc.has_extension("mentions"):
        Doc.set_extension("mentions", default=None)


def mentions_of(doc) -> DocMentions:
    """The DocMentions of a Doc, created on first use."""
    register_extensions()
    if doc._.mentions is None:
        doc._.mentions = DocMentions()
    return doc._.mentions


def meta_of(doc) -> DocumentMeta:
    register_extensions()
    if doc._.meta is None:
        doc._.meta = DocumentMeta(doc_id="-")
    return doc._.meta
