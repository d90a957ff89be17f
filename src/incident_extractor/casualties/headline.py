"""The headline killed / injured of ONE incident from all its figures.

Rules, in order (see incident-record.md, "Conventions"):
1. Threats ("threatened to kill 100 hostages") and tolls called false ("falsely claimed") are no deaths. Tolls
   of a war or period ("aggregate") and recalled incidents ("background", "recalled") never count towards a
   current incident; they are used only when the incident has nothing else (it is then itself the aggregate or
   background incident).
2. A sub-group ("including 3 children", "two of them") or a restated death ("the murder of X") never adds;
   it is used only when nothing else is.
3. Victim groups of one clause (same `group@` cue) add up: "three soldiers and two attackers were killed" = 5.
4. An update ("the toll rose to 15") supersedes earlier figures: the latest update wins.
5. Otherwise the largest total stands: later sentences restate or narrow a toll more often than they
   contradict it.
6. People on top of the base ("two more died in hospital", "four attackers were also killed", a suicide
   bomber) add to it, each kind of victim once, when a figure of their type was told before them; a suicide bomber named inside the toll ("killing three,
   including the two bombers") does not. "Only one of the bombers died" is all the attackers who died.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from incident_extractor.casualties.companions import drop_restated_companions
from incident_extractor.casualties.lexicon import normalise_phrase, patterns
from incident_extractor.mentions import CasualtyMention

NOT_CURRENT = {"aggregate", "background", "recalled", "threat"}
# a threat, or a toll the text calls false ("the group falsely claimed 30 soldiers were killed"): never a count
NEVER_COUNTED = {"threat", "disputed"}
# figures that count only when nothing else does: a sub-group, a death named again ("the murder of X")
RESTATING = {"subgroup", "restated"}


def headline_figures(mentions: Sequence[CasualtyMention]) -> tuple[Optional[int], Optional[int]]:
    """(killed, injured) of one incident; None when no figure of that type is known."""
    return headline_count(mentions, "killed"), headline_count(mentions, "injured")


def headline_count(mentions: Sequence[CasualtyMention], casualty_type: str) -> Optional[int]:
    figures = [m for m in mentions if m.type == casualty_type and m.count is not None and not NEVER_COUNTED & set(m.cues)]
    current = [m for m in figures if not NOT_CURRENT & set(m.cues)] or figures
    main = drop_restated_companions([m for m in current if not RESTATING & set(m.cues)] or current)
    if any("subgroup" in m.cues and _names_attackers(m.victims) for m in current):
        # "killing three, including the two bombers": the bombers are in the toll already
        main = [m for m in main if "attackers" not in m.cues] or main
    if not main:
        return None
    totals = first_statement_is_plain(clause_totals(main))
    updates = [i for i, t in enumerate(totals) if t.is_update]
    plain = [i for i, t in enumerate(totals) if not t.is_more]
    if updates:
        base_index = updates[-1]
    elif plain:
        base_index = max(plain, key=lambda i: (totals[i].count, i))
    else:
        base_index = None
    base = totals[base_index].count if base_index is not None else 0
    after = base_index + 1 if updates else 0
    # people on top of the base ("four attackers were also killed"): the same people are often named twice,
    # so each kind of victim counts once, with its largest figure
    extra: dict[str, int] = {}
    for index, total in enumerate(totals):
        if total.is_more and index >= after and index != base_index:
            if total.attackers and total.only:  # "Two suicide bombers struck ... Only one of the bombers died"
                extra = {k: v for k, v in extra.items() if k not in attacker_keys(totals)} | {total.victims: total.count}
                continue
            extra[total.victims] = max(extra.get(total.victims, 0), total.count)
    return base + sum(extra.values())


def first_statement_is_plain(totals: list["ClauseTotal"]) -> list["ClauseTotal"]:
    """"Two men were killed and four other people were injured": "other" sets the injured apart from the dead, it
    adds to no earlier injured figure. A figure "on top" adds only to a figure of its type told before it, so
    a later restatement ("The four injured were taken to hospital") is not counted twice."""
    seen_plain = False
    for total in totals:
        if total.is_more and not seen_plain and not total.attackers:  # attackers are on top wherever they are told
            total.is_more = False
        seen_plain = seen_plain or not total.is_more
    return totals


def attacker_keys(totals: list["ClauseTotal"]) -> set[str]:
    return {t.victims for t in totals if t.attackers}


def _names_attackers(victims: Optional[str]) -> bool:
    return bool(victims) and normalise_phrase(victims) in patterns()["attacker_heads"]


@dataclass
class ClauseTotal:
    count: int
    is_update: bool
    is_more: bool
    victims: str
    attackers: bool = False
    only: bool = False  # "only one of the bombers died": all of the attackers who died


def clause_totals(mentions: Sequence[CasualtyMention]) -> list[ClauseTotal]:
    """One total per clause in document order; figures sharing a `group@` cue are one clause and add up."""
    totals: list[ClauseTotal] = []
    index_of_group: dict[str, int] = {}
    for mention in sorted(mentions, key=lambda m: m.start_char):
        group = next((c for c in mention.cues if c.startswith("group@")), None)
        if group is not None and group in index_of_group:
            total = totals[index_of_group[group]]
            total.count += mention.count
            total.is_update = total.is_update or "update" in mention.cues
            total.is_more = total.is_more and "more" in mention.cues
            continue
        if group is not None:
            index_of_group[group] = len(totals)
        totals.append(ClauseTotal(mention.count, "update" in mention.cues, "more" in mention.cues,
                                  (mention.victims or "").lower(),
                                  "attackers" in mention.cues or _names_attackers(mention.victims), "only" in mention.cues))
    return totals
