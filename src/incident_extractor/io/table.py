"""The terminal table: a renderer returns a rich Table, the caller prints it."""

from __future__ import annotations

from typing import Sequence

from incident_extractor.models import Incident


def _count(value) -> str:
    return "-" if value is None else str(value)


def _place(record: Incident) -> str:
    if not record.locations:
        return ""
    main = record.locations[0]
    codes = ",".join(main.countries) if main.countries else (main.country_code or "")
    return f"{main.name} ({codes})" if codes else main.name


def _actors(record: Incident) -> str:
    return "; ".join(f"{a.name} ({a.role.value})" for a in record.actors[:4])


def _date(record: Incident) -> str:
    """As short as its precision: a month is 2022-09, a year 2020, other spans start..end."""
    if record.date is None:
        return "-"
    start, end, precision = record.date.start, record.date.end, record.date.precision.value
    if start == end:
        return start
    if precision == "month":
        return start[:7]
    if precision == "year":
        return start[:4]
    return f"{start}..{end}"


def incidents_table(records: Sequence[Incident]):
    from rich.table import Table

    from rich.text import Text

    table = Table(title=f"{len(records)} incident(s)", show_lines=False, expand=True)
    for column, options in (
        ("doc", {"overflow": "fold", "max_width": 18}),
        ("date", {"no_wrap": True}),
        ("scope", {"no_wrap": True}),
        ("event", {"ratio": 2}),
        ("where", {"ratio": 2}),
        ("actors", {"ratio": 5}),
        ("killed", {"justify": "right", "no_wrap": True}),
        ("injured", {"justify": "right", "no_wrap": True}),
    ):
        table.add_column(column, **options)
    for record in records:
        event = record.sub_event_type or (record.event_type.value if record.event_type else "-")
        cells = (
            record.source.doc_id.rsplit("/", 1)[-1],
            _date(record),
            record.scope.value,
            event,
            _place(record),
            _actors(record),
            _count(record.killed),
            _count(record.injured),
        )
        table.add_row(*(Text(cell) for cell in cells))  # Text: brackets in names are not rich markup
    return table
