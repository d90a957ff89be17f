"""Assembly: the annotated Doc's mentions -> one IncidentDraft per incident, in order of position.

`assemble_incidents(doc)` is what `extract.run` calls; `assemble_from_mentions` is the same work on plain
data (text, sentence offsets, DocMentions, DocumentMeta) so tests need no pipeline.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional, Sequence

from incident_extractor.events.sentences import sentence_bounds, text_of
from incident_extractor.events.classify import ARMED, classify_event, main_trigger
from incident_extractor.events.triggers import reports_only_accidents
from incident_extractor.extract.accidents import without_accidents
from incident_extractor.extract.attach import headline, incident_date, main_places
from incident_extractor.extract.confidence import incident_confidence, incident_warnings
from incident_extractor.extract.day_total import with_day_total
from incident_extractor.extract.draft import IncidentDraft
from incident_extractor.extract.scope import incident_scope
from incident_extractor.extract.segment import IncidentGroup, segment_incidents
from incident_extractor.mentions import (ActorMention, CasualtyMention, DateMention, DocMentions, DocumentMeta, mentions_of,
                                         meta_of)


def assemble_incidents(doc) -> list[IncidentDraft]:
    starts, ends = sentence_bounds(doc)
    return assemble_from_mentions(text_of(doc), list(zip(starts, ends)), mentions_of(doc), meta_of(doc))


def assemble_from_mentions(text: str, sentences: Sequence[tuple[int, int]], mentions: DocMentions,
                           meta: DocumentMeta) -> list[IncidentDraft]:
    armed_groups = any(a.is_armed and a.kind not in (None, "state_forces") for a in mentions.actors)
    if reports_only_accidents(text, sentences, mentions.triggers, [(c.start_char, c.end_char) for c in mentions.casualties],
                              armed_groups):
        return []
    groups = without_accidents(text, segment_incidents(text, sentences, mentions, meta.published))
    drafts: list[IncidentDraft] = []
    previous_date: Optional[DateMention] = None
    dated: list[tuple[IncidentGroup, Optional[DateMention], bool]] = []
    for group in groups:
        main = main_trigger(group.triggers)
        sentence = _sentence_of(main.start_char, group.sentences)
        if group.aggregate:
            date = group.date  # a toll over a war has its period or no date, never the day of the news
        else:
            date = group.date or incident_date(main.start_char, main.end_char, sentence[0], sentence[1],
                                               mentions.dates, meta, previous_date, text)
            previous_date = group.date or previous_date
        dated.append((group, date, group.date is not None))
    reference = meta.published or _latest_day(d for _, d, _ in dated)
    for group, date, own in dated:
        drafts.append(_draft(text, group, date, own, reference, meta, _borrowable(mentions, groups, group.family),
                             _same_sentence_places(group, groups)))
    drafts = sorted(drafts, key=lambda d: (d.summary_start, d.trigger.start_char))
    return with_day_total(drafts, text, sentences)


def _borrowable(mentions: DocMentions, groups: Sequence[IncidentGroup], family: str) -> DocMentions:
    """The document's mentions an incident may borrow its country from: not the places of an incident of
    another family (the venue of peace talks abroad says nothing about where a clash happened)."""
    foreign = {place for group in groups if group.family != family for place in group.places}
    if not foreign:
        return mentions
    return DocMentions(places=[p for p in mentions.places if p not in foreign], country_context=mentions.country_context)


def _same_sentence_places(group, groups) -> list:
    """The places of the other incidents told in this incident's sentences, for an incident whose own words name
    none: "Two men were arrested after a teenager was stabbed to death in Croydon" (the place went to the nearer
    stabbing), "four bombers died when troops foiled an attack in a suburb of Maiduguri". Not to or from talks:
    ministers meet far from the fighting."""
    if group.places or _is_agreement(group):
        return []
    return [place for other in groups if other is not group and not _is_agreement(other)
            for place in other.places if any(start <= place.start_char < end for start, end in group.sentences)]


def _is_agreement(group) -> bool:
    return main_trigger(group.triggers).sub_event_type == "Agreement"


def _latest_day(dates) -> Optional[dt.date]:
    days = [d.end for d in dates if d is not None and d.precision == "day"]
    return max(days) if days else None


def _sentence_of(position: int, sentences: Sequence[tuple[int, int]]) -> tuple[int, int]:
    return next((s for s in sentences if s[0] <= position < s[1]), sentences[0])


def _draft(text: str, group: IncidentGroup, date: Optional[DateMention], own_date: bool,
           reference: Optional[dt.date], meta: DocumentMeta, mentions: Optional[DocMentions] = None,
           shared_places: Sequence = ()) -> IncidentDraft:
    main = main_trigger(group.triggers)
    summary = _sentence_of(date.start_char, group.sentences) if own_date and date else _sentence_of(main.start_char, group.sentences)
    found = _unique_actors(_taking_part(_without_sources(group.actors, main.sub_event_type), group.family))
    found = _victims_are_targets(found, group.casualties)
    actors = _with_roles(found, main.start_char, group.family, main.sub_event_type)
    victims = [c.victims or "" for c in group.casualties]
    group_text = " ".join(text[s:e] for s, e in group.sentences)
    kind = classify_event(group.triggers, actors, victims, group_text)
    if kind.event_type == "Battles":  # both sides of a clash take part; the parse may still say who attacked
        actors = [a if a.role else _replace_role(a, "participant" if a.is_armed else "target") for a in found]
    if group.family == "violence":
        actors = _unarmed_officials_hit_are_civilians(actors)
    if kind.event_type == "Violence against civilians":
        actors = actors + _victims_as_actors(group.casualties, actors)
    if kind.event_type in ("Protests", "Riots"):
        actors = _crowd_kinds(actors, "protesters" if kind.event_type == "Protests" else "rioters")
    main_sentence = text[summary[0] : summary[1]]
    scope = incident_scope(
        main_sentence,
        main.cues,
        date,
        reference,
        _casualty_cues(group.casualties),
        aggregate=group.aggregate,
        strongest_trigger=max(t.strength for t in group.triggers),
        family=group.family,
    )
    casualties = sorted(_unique(group.casualties), key=lambda c: c.start_char)
    killed, injured = headline(casualties)
    draft = IncidentDraft(
        trigger=main,
        scope=scope,
        event_type=kind.event_type,
        sub_event_type=kind.sub_event_type,
        summary_start=summary[0],
        summary_end=summary[1],
        date=date,
        locations=main_places(_unique(group.places or shared_places), main.start_char, main.end_char, mentions, text),
        actors=actors,
        casualties=casualties,
        killed=killed,
        injured=injured,
    )
    draft.warnings = incident_warnings(draft, meta.published)
    draft.confidence = incident_confidence(draft, own_date)
    return draft


def _casualty_cues(casualties: Sequence[CasualtyMention]) -> list[str]:
    """The figures' cues for the scope: "background" only when every figure is recalled ("two weeks after a
    bombing killed 20" beside today's "killed five" leaves the incident current)."""
    cues = [cue for c in casualties for cue in c.cues if cue not in ("background", "recalled")]
    if casualties and all("background" in c.cues or "recalled" in c.cues for c in casualties):
        cues.append("background")
    if casualties and all("recalled" in c.cues for c in casualties):
        cues.append("recalled")  # an earlier incident's figure, split from today's (segment.split_recalled_figures)
    return cues


def _unique(items):
    seen, kept = set(), []
    for item in items:
        if item not in seen:
            seen.add(item)
            kept.append(item)
    return kept


def _unique_actors(actors: Sequence[ActorMention]) -> list[ActorMention]:
    """One actor per side: the first mention with a role wins over later restatements of the same side."""
    kept: dict[tuple, ActorMention] = {}
    for actor in sorted(_unique(actors), key=lambda a: a.start_char):
        key = (actor.kind, actor.country_code, actor.name.lower() if actor.kind is None or actor.country_code is None else "")
        if key not in kept or (kept[key].role is None and actor.role is not None):
            kept[key] = actor
    return sorted(kept.values(), key=lambda a: a.start_char)


def _victims_are_targets(actors: Sequence[ActorMention], casualties) -> list[ActorMention]:
    """"15 Taliban killed", "two soldiers were wounded": an actor that a casualty figure counts was hit,
    whatever the parse of a terse headline says."""
    result = []
    for actor in actors:
        counted = any(
            c.type in ("killed", "injured", "kidnapped", "missing") and c.victims
            and c.start_char <= actor.start_char and actor.end_char <= c.end_char and actor.name.lower().endswith(c.victims.lower().split()[-1])
            for c in casualties
        )
        result.append(_replace_role(actor, "target") if counted and actor.role != "target" else actor)
    return result


def _unarmed_officials_hit_are_civilians(actors: Sequence[ActorMention]) -> list[ActorMention]:
    """ACLED counts an unarmed official who is attacked (a minister, a mayor, a judge) among civilians."""
    from dataclasses import replace

    from incident_extractor.events.actor_kinds import actor_lexicon

    institutions = actor_lexicon().institution_heads
    return [
        replace(a, kind="civilians") if a.role == "target" and a.kind == "state_forces" and not a.is_armed
        and a.name.split()[-1].lower() not in institutions else a
        for a in actors
    ]


def _victims_as_actors(casualties, actors: Sequence[ActorMention]) -> list[ActorMention]:
    """Violence against civilians always has civilian targets: when no phrase named them ("killing two"),
    the figure that counts them is the evidence."""
    if any(a.kind == "civilians" for a in actors):
        return []
    from incident_extractor.events.actor_kinds import find_named_groups, kind_of_phrase

    for casualty in sorted(casualties, key=lambda c: c.start_char):
        if casualty.type not in ("killed", "injured", "kidnapped", "missing") or not casualty.count:
            continue
        victims_kind, armed = kind_of_phrase((casualty.victims or "people").split())
        if armed or victims_kind not in (None, "civilians") or find_named_groups(casualty.victims or ""):
            continue  # "15 Taliban killed": an armed group's losses are no civilians
        return [ActorMention(name=casualty.victims or "civilians", text=casualty.text, start_char=casualty.start_char,
                             end_char=casualty.end_char, kind="civilians", role="target", is_armed=False)]
    return []


def _crowd_kinds(actors: Sequence[ActorMention], crowd: str) -> list[ActorMention]:
    """People who demonstrate are protesters ("teachers marched"), and rioters once the protest turns violent."""
    from dataclasses import replace

    result = []
    for actor in actors:
        if actor.kind in ("civilians", "protesters", "rioters") and actor.role != "target":
            actor = replace(actor, kind=crowd)
        result.append(actor)
    return result


def _taking_part(actors: Sequence[ActorMention], family: str) -> list[ActorMention]:
    """In violence, a government that only speaks ("Turkey condemned the attack") took no part."""
    if family == "strategic":
        return list(actors)
    return [a for a in actors if a.role is not None or a.is_armed or a.kind != "state_forces"]


def _without_sources(actors: Sequence[ActorMention], sub_event_type: Optional[str]) -> list[ActorMention]:
    """Whoever only reports the incident ("..., police said") is no party to it, except the police or army
    that report an arrest: "police said 105 people had been arrested" names who arrested them."""
    kept = []
    for actor in actors:
        if actor.role == "source":
            if sub_event_type != "Arrests" or actor.kind != "state_forces":
                continue
            actor = _replace_role(actor, "perpetrator")
        kept.append(actor)
    return kept


def _replace_role(actor: ActorMention, role: str) -> ActorMention:
    from dataclasses import replace

    return replace(actor, role=role)


def _with_roles(actors: Sequence[ActorMention], trigger_start: int, family: str = "violence",
                sub_event_type: Optional[str] = None) -> list[ActorMention]:
    """Where the parse gave no role: armed actors before the trigger attack, people after it are hit;
    everyone at talks or an agreement takes part (only an arrest has a target)."""
    result = []
    for actor in actors:
        if actor.role is None:
            if family == "strategic" and not (sub_event_type == "Arrests" and actor.start_char >= trigger_start):
                actor = _replace_role(actor, "perpetrator" if sub_event_type == "Arrests" else "participant")
            elif family == "strategic":
                actor = _replace_role(actor, "target")
            elif actor.kind in ("protesters", "rioters") or (family == "protest" and actor.kind == "civilians"):
                actor = _replace_role(actor, "participant")
            elif actor.is_armed and actor.kind in ARMED and actor.end_char <= trigger_start:
                actor = _replace_role(actor, "perpetrator")
            elif actor.kind == "civilians" or not actor.is_armed:
                actor = _replace_role(actor, "target")
            else:
                actor = _replace_role(actor, "target" if actor.start_char >= trigger_start else "participant")
        result.append(actor)
    return result
