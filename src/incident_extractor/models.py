"""The incident record: the public contract of every output format.

These frozen pydantic models are the source of truth; `incidents schema` prints the JSON Schema
generated from them and ../shared/docs/incident-record.md is the prose version of the same contract.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Optional

from pydantic import BaseModel, ConfigDict, Field

from incident_extractor import SCHEMA_VERSION

IsoDate = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$", description="A calendar day, YYYY-MM-DD.")]
CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 country code.")]
CharOffset = Annotated[int, Field(ge=0, description="Character offset into the cleaned document text.")]
Count = Annotated[int, Field(ge=0, description="A number of people.")]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Scope(str, Enum):
    current = "current"
    background = "background"
    aggregate = "aggregate"
    update = "update"
    threat = "threat"
    denied = "denied"


class EventType(str, Enum):
    battles = "Battles"
    explosions = "Explosions/Remote violence"
    violence_against_civilians = "Violence against civilians"
    protests = "Protests"
    riots = "Riots"
    strategic_developments = "Strategic developments"


class PublishedFrom(str, Enum):
    metadata = "metadata"
    dateline = "dateline"
    text = "text"
    option = "option"


class DatePrecision(str, Enum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"
    range = "range"


class DateMethod(str, Enum):
    explicit = "explicit"
    relative = "relative"
    year_inferred = "year_inferred"
    dateline = "dateline"
    published = "published"


class LocationKind(str, Enum):
    place = "place"
    admin1 = "admin1"
    country = "country"
    border = "border"
    region = "region"


class ActorRole(str, Enum):
    perpetrator = "perpetrator"
    target = "target"
    participant = "participant"
    mediator = "mediator"


class ActorKind(str, Enum):
    state_forces = "state_forces"
    rebel_group = "rebel_group"
    political_militia = "political_militia"
    identity_militia = "identity_militia"
    rioters = "rioters"
    protesters = "protesters"
    civilians = "civilians"
    external_force = "external_force"


class CasualtyType(str, Enum):
    killed = "killed"
    injured = "injured"
    missing = "missing"
    kidnapped = "kidnapped"
    arrested = "arrested"
    displaced = "displaced"


class Qualifier(str, Enum):
    exact = "exact"
    at_least = "at_least"
    more_than = "more_than"
    about = "about"
    at_most = "at_most"
    range = "range"
    vague = "vague"
    none = "none"


class Source(_Frozen):
    doc_id: str = Field(description="Input id, else file path, else '-' for stdin.")
    path: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[IsoDate] = None
    published_from: Optional[PublishedFrom] = None


class Evidence(_Frozen):
    """Exact substring of the cleaned text and its offsets."""

    text: str
    start_char: CharOffset
    end_char: CharOffset


class DateRange(Evidence):
    start: IsoDate
    end: IsoDate
    precision: DatePrecision
    method: DateMethod


class Location(Evidence):
    name: str
    kind: LocationKind
    country_code: Optional[CountryCode] = None
    countries: list[CountryCode] = Field(default_factory=list)
    admin1: Optional[str] = None
    latitude: Optional[Annotated[float, Field(ge=-90, le=90)]] = None
    longitude: Optional[Annotated[float, Field(ge=-180, le=180)]] = None


class Actor(Evidence):
    name: str
    role: ActorRole
    kind: Optional[ActorKind] = None
    country_code: Optional[CountryCode] = None


class Casualty(Evidence):
    type: CasualtyType
    count: Optional[Count] = None
    low: Optional[Count] = None
    high: Optional[Count] = None
    qualifier: Qualifier
    victims: Optional[str] = None
    side: Optional[CountryCode] = None
    claimant: Optional[str] = None


class Incident(_Frozen):
    id: str = Field(description="Stable across runs: derived from doc id and evidence offsets.")
    schema_version: str = SCHEMA_VERSION
    source: Source
    scope: Scope
    event_type: Optional[EventType] = None
    sub_event_type: Optional[str] = None
    summary: str
    date: Optional[DateRange] = None
    locations: list[Location] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    killed: Optional[Count] = None
    injured: Optional[Count] = None
    casualties: list[Casualty] = Field(default_factory=list)
    confidence: Annotated[float, Field(ge=0.0, le=1.0)]
    warnings: list[str] = Field(default_factory=list)


def record_json_schema() -> dict:
    return Incident.model_json_schema()
