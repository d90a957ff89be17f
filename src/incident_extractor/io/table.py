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
    return "; ".join(f"{a.name} [{a.role.value}]" for a in record.actors[:4])


def incidents_table(records: Sequence[Incident]):
    from rich.table import Table

    table = Table(title=f"{len(records)} incident(s)", show_lines=False, expand=False)
    for column, options in (
        ("doc", {"overflow": "fold", "max_width": 18}),
        ("date", {"no_wrap": True}),
        ("scope", {}),
        ("event", {"overflow": "fold"}),
        ("where", {"overflow": "fold"}),
        ("actors", {"overflow": "fold"}),
        ("killed", {"justify": "right"}),
        ("injured", {"justify": "right"}),
    ):
        table.add_column(column, **options)
    for record in records:
        date = record.date.start if record.date else "-"
        if record.date and record.date.end != record.date.start:
            date = f"{record.date.start}..{record.date.end}"
        event = record.sub_event_type or (record.event_type.value if record.event_type else "-")
        table.add_row(
            record.source.doc_id.rsplit("/", 1)[-1],
            date,
            record.scope.value,
            event,
            _place(record),
            _actors(record),
            _count(record.killed),
            _count(record.injured),
        )
    return table
