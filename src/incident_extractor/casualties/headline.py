"""The headline killed / injured of ONE incident from all its figures.

Rules, in order (see incident-record.md, "Conventions"):
1. Tolls of a war or period ("aggregate") and recalled incidents ("background") or threats never count
   towards a current incident; they are used only when the incident has nothing else (it is then itself
   the aggregate or background incident).
2. A sub-group ("including 3 children", "two of them") never adds; it is used only when nothing else is.
3. Victim groups of one clause (same `group@` cue) add up: "three soldiers and two attackers were killed" = 5.
4. An update ("the toll rose to 15") supersedes earlier figures: the latest update wins.
5. Otherwise the largest total stands: later sentences restate or narrow a toll more often than they
   contradict it.
6. "Two more died in hospital" adds to the figure it follows.
"""

from __future__ import annotations

from typing import Optional, Sequence

from incident_extractor.mentions import CasualtyMention

NOT_CURRENT = {"aggregate", "background", "threat"}


def headline_figures(mentions: Sequence[CasualtyMention]) -> tuple[Optional[int], Optional[int]]:
    """(killed, injured) of one incident; None when no figure of that type is known."""
    return headline_count(mentions, "killed"), headline_count(mentions, "injured")


def headline_count(mentions: Sequence[CasualtyMention], casualty_type: str) -> Optional[int]:
    figures = [m for m in mentions if m.type == casualty_type and m.count is not None]
    current = [m for m in figures if not NOT_CURRENT & set(m.cues)] or figures
    main = [m for m in current if "subgroup" not in m.cues] or current
    if not main:
        return None
    totals = clause_totals(main)
    updates = [i for i, t in enumerate(totals) if t[1]]
    plain = [i for i, t in enumerate(totals) if not t[2]] or list(range(len(totals)))
    base_index = updates[-1] if updates else max(plain, key=lambda i: (totals[i][0], i))
    extra = sum(t[0] for t in totals[base_index + 1:] if t[2]) if not totals[base_index][2] else 0
    return totals[base_index][0] + extra


def clause_totals(mentions: Sequence[CasualtyMention]) -> list[tuple[int, bool, bool]]:
    """(total, is_update, is_more) per clause, in document order; figures sharing a `group@` cue are one clause."""
    totals: list[list] = []
    index_of_group: dict[str, int] = {}
    for mention in sorted(mentions, key=lambda m: m.start_char):
        group = next((c for c in mention.cues if c.startswith("group@")), None)
        if group is not None and group in index_of_group:
            entry = totals[index_of_group[group]]
            entry[0] += mention.count
            entry[1] = entry[1] or "update" in mention.cues
            continue
        if group is not None:
            index_of_group[group] = len(totals)
        totals.append([mention.count, "update" in mention.cues, "more" in mention.cues])
    return [tuple(t) for t in totals]
