"""Incident segmentation: candidates from the triggers of each sentence, merged when they are one incident.

A sentence yields one candidate per family of triggers (violence, protest, strategic), or one per clause that
opens with a date of its own ("..., and in January, 18 farmers were killed"). A candidate joins an
earlier incident of its family when nothing contradicts it (date, place, aggregate-or-not, "another attack")
- always when it refers back ("the attack", "the clash"); otherwise it starts a new incident.
Every mention of a sentence goes to the candidate whose trigger is nearest. What may merge is decided in
extract.merging.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from typing import Optional, Sequence

from incident_extractor.events.actor_kinds import actor_lexicon
from incident_extractor.events.tables import separate_incident_pattern
from incident_extractor.events.triggers import family_of, is_caption
from incident_extractor.dating.incident_date import date_in_sentence
from incident_extractor.dating.scan import can_scan_lowered
from incident_extractor.extract.attach import distance_to
from incident_extractor.extract.dated_runs import clause_spans, dated_clause_runs
from incident_extractor.extract.followups import attach_claimed_perpetrators, is_locative, perpetrators_named_after_the_fact
from incident_extractor.extract.openers import opens_another_incident
from incident_extractor.extract.merging import MIN_STRENGTH_ALONE, Candidate, IncidentGroup, can_merge
from incident_extractor.extract.orphan_dates import attach_orphan_date
from incident_extractor.extract.scope import has_aggregate_cue
from incident_extractor.mentions import DateMention, DocMentions, TriggerMention
from incident_extractor.nlp.regex_gate import word_gate

# sentences after an incident that may still report its toll without naming it again
ORPHAN_FIGURE_REACH = 3
# the weakest trigger that may stand for a whole document's only incident ("killing", "deaths")
LAST_RESORT_STRENGTH = 0.4


def usable_triggers(triggers: Sequence[TriggerMention]) -> list[TriggerMention]:
    """Captions restate the story, negated phrases report nothing, generic statements report no event."""
    return [
        t for t in triggers
        if "caption" not in t.cues and "negated" not in t.cues and not ("generic" in t.cues and t.strength < 0.8)
    ]


def _in(start: int, end: int, sentence: tuple[int, int]) -> bool:
    return sentence[0] <= start and end <= sentence[1]


def sentence_candidates(text: str, index: int, sentence: tuple[int, int], triggers: Sequence[TriggerMention],
                        mentions: DocMentions, keep_weak: bool = False,
                        all_dates: Optional[Sequence[DateMention]] = None) -> list[Candidate]:
    """One candidate per trigger family of a sentence, each holding the mentions nearest its triggers."""
    by_family: dict[str, list[TriggerMention]] = {}
    for trigger in triggers:
        by_family.setdefault(family_of(trigger.event_type), []).append(trigger)
    if "protest" in by_family and "violence" in by_family:
        by_family["protest"].extend(by_family.pop("violence"))  # "protesters clashed with police" is one riot
    if "protest" in by_family and "strategic" in by_family:
        # "burned tyres to protest", "protesters looted shops": the damage is part of the protest
        damage = [t for t in by_family["strategic"] if t.sub_event_type == "Looting/property destruction"]
        by_family["protest"].extend(damage)
        by_family["strategic"] = [t for t in by_family["strategic"] if t not in damage]
        if not by_family["strategic"]:
            del by_family["strategic"]
    figures = [c for c in mentions.casualties if _in(c.start_char, c.end_char, sentence)]
    has_figure = any(c.type in ("killed", "injured") and c.count for c in figures)
    candidates = []
    for family, found in by_family.items():
        runs = dated_clause_runs(text, found)
        clauses = clause_spans(text, runs, sentence) if len(runs) > 1 else [None]
        candidates += [Candidate(family, run, sentence, index, clause=clause) for run, clause in zip(runs, clauses)]
    candidates = [c for c in candidates if c.strength >= MIN_STRENGTH_ALONE or c.anaphoric or keep_weak
                  or (has_figure and c.family == "violence")]
    if not candidates:
        return []

    def nearest(start: int, end: int, pool: Sequence[Candidate]) -> Candidate:
        # (a dated clause's mentions stay with it: "..., and in January, 18 farmers were killed near Anka")
        pool = [c for c in pool if c.clause is None or c.clause[0] <= start < c.clause[1]] or pool
        return min(pool, key=lambda c: min(distance_to(start, end, t.start_char, t.end_char) for t in c.triggers))

    for place in mentions.places:
        if _in(place.start_char, place.end_char, sentence):
            nearest(place.start_char, place.end_char, candidates).places.append(place)
    for actor in mentions.actors:
        if _in(actor.start_char, actor.end_char, sentence):
            nearest(actor.start_char, actor.end_char, candidates).actors.append(actor)
    violent = [c for c in candidates if c.family != "strategic"] or candidates
    for figure in figures:
        nearest(figure.start_char, figure.end_char, violent).casualties.append(figure)
    sentence_text = text[sentence[0] : sentence[1]]
    sentence_dates = [d for d in mentions.dates if _in(d.start_char, d.end_char, sentence)]
    for candidate in candidates:
        main = min(candidate.triggers, key=lambda t: (-t.strength, t.start_char))
        candidate.date = date_in_sentence(main.start_char, main.end_char, sentence[0], sentence[1],
                                                mentions.dates if all_dates is None else all_dates, text)
        candidate.aggregate = candidate.family == "violence" and has_aggregate_cue(sentence_text, sentence_dates)
        # "In another attack", "Another bombing hit": up to the trigger's end, so its own noun counts
        # and "Moreover, ...", "Separately, ...", "2. ...": a sentence that opens with another incident
        candidate.separate = bool(separate_incident_pattern().search(text, sentence[0], main.end_char)
                                  or opens_another_incident(text, sentence[0]))
        candidate.located_places = [p for p in candidate.places if is_locative(text, p.start_char)]
    return candidates


def mentions_by_sentence(mentions: DocMentions, sentences: Sequence[tuple[int, int]]) -> list[DocMentions]:
    """Each sentence's own mentions, sorted out once (the segmenter looks at one sentence at a time)."""
    starts = [s for s, _ in sentences]
    buckets = [DocMentions() for _ in sentences]
    if not sentences:
        return buckets
    for name in ("triggers", "casualties", "dates", "places", "actors"):
        for mention in getattr(mentions, name):
            index = max(0, bisect_right(starts, mention.start_char) - 1)
            if _in(mention.start_char, mention.end_char, sentences[index]):
                getattr(buckets[index], name).append(mention)
    return buckets


def segment_incidents(text: str, sentences: Sequence[tuple[int, int]], mentions: DocMentions,
                      reference_day: Optional[dt.date] = None) -> list[IncidentGroup]:
    """Incidents of a document in order of first mention, each with the mentions that belong to it."""
    triggers = usable_triggers(mentions.triggers)
    per_sentence = mentions_by_sentence(mentions, sentences)
    lowered = text.lower()
    caption_lowered = can_scan_lowered(text, lowered)  # the caption test runs on every sentence: the faster twin
    caption_text = lowered if caption_lowered else text
    groups: list[IncidentGroup] = []
    for index, sentence in enumerate(sentences):
        if is_caption(caption_text[sentence[0] : sentence[1]], lowered=caption_lowered):
            continue
        local = per_sentence[index]
        sentence_text = text[sentence[0] : sentence[1]]
        if local.actors and word_gate(actor_lexicon().responsibility_sentence).search(sentence_text):
            local.actors = perpetrators_named_after_the_fact(local.actors)
        in_sentence = usable_triggers(local.triggers)
        claimed = False
        # all dates: a parser's false boundary in wire text can put the sentence's date in the next "sentence"
        candidates = (sentence_candidates(text, index, sentence, in_sentence, local, all_dates=mentions.dates)
                      if in_sentence else [])
        for candidate in candidates:
            target = next((g for g in reversed(groups) if can_merge(g, candidate, reference_day)), None)
            if target is not None:
                target.absorb(candidate)
            elif candidate.strength >= MIN_STRENGTH_ALONE or candidate.casualties:
                groups.append(IncidentGroup.start(candidate))
            else:
                continue
            claimed = True
        if not claimed:
            attach_orphan_date(text, index, sentence, local, groups)
            attach_orphan_figures(index, sentence, local, groups)
            attach_claimed_perpetrators(text, index, sentence, local, groups, ORPHAN_FIGURE_REACH)
    if not groups:
        groups = last_resort_incident(text, sentences, triggers, mentions)
    groups += [recalled for group in groups for recalled in split_recalled_figures(group, sentences)]
    return sorted(groups, key=lambda g: min(t.start_char for t in g.triggers))


def split_recalled_figures(group: IncidentGroup, sentences: Sequence[tuple[int, int]]) -> list[IncidentGroup]:
    """"The attack comes weeks after more than 50 people were killed in raids": a figure of an earlier incident,
    told beside today's figures, is that incident's own record (one per sentence), never part of today's."""
    recalled = [c for c in group.casualties if "recalled" in c.cues]
    if not recalled or len(recalled) == len(group.casualties):
        return []
    group.casualties = [c for c in group.casualties if "recalled" not in c.cues]
    split: list[IncidentGroup] = []
    for index, sentence in enumerate(sentences):
        figures = [c for c in recalled if _in(c.start_char, c.end_char, sentence)]
        if not figures:
            continue
        first = figures[0]
        # the words of the earlier incident ("were killed in raids") go with it, unless nothing else is left
        theirs = [t for t in group.triggers if _in(t.start_char, t.end_char, sentence)
                  and (t.start_char >= first.start_char or "earlier" in t.cues)]
        if len(theirs) < len(group.triggers):
            group.triggers = [t for t in group.triggers if t not in theirs]
        else:
            theirs = []
        theirs = theirs or [TriggerMention("", None, first.text, first.start_char, first.end_char, (), 0.3)]
        split.append(IncidentGroup.start(Candidate(group.family, theirs, sentence, index, casualties=figures)))
    return split


def attach_orphan_figures(index: int, sentence: tuple[int, int], mentions: DocMentions,
                          groups: list[IncidentGroup]) -> None:
    """A figure in a sentence no incident claimed ("There were no casualties.") belongs to the incident
    just before it; a death toll far from any incident becomes an incident of its own."""
    figures = [c for c in mentions.casualties if _in(c.start_char, c.end_char, sentence)]
    if not figures:
        return
    before = [g for g in groups if g.family != "strategic" and 0 <= index - g.last_sentence_index <= ORPHAN_FIGURE_REACH]
    if before:
        target = max(before, key=lambda g: g.last_sentence_index)
        target.casualties.extend(figures)
        target.sentences.append(sentence)
        target.last_sentence_index = index
        return
    if any(c.type in ("killed", "injured") and c.count for c in figures):
        first = min(figures, key=lambda c: c.start_char)
        trigger = TriggerMention("", None, first.text, first.start_char, first.end_char, (), 0.3)
        candidate = Candidate("violence", [trigger], sentence, index, casualties=figures)
        candidate.places = [p for p in mentions.places if _in(p.start_char, p.end_char, sentence)]
        candidate.actors = [a for a in mentions.actors if _in(a.start_char, a.end_char, sentence)]
        groups.append(IncidentGroup.start(candidate))


def last_resort_incident(text: str, sentences: Sequence[tuple[int, int]],
                         triggers: Sequence[TriggerMention], mentions: DocMentions) -> list[IncidentGroup]:
    """A short report whose only cue is weak ("Killing of a farmer by ...") still reports an incident."""
    violent = [t for t in triggers if family_of(t.event_type) != "strategic" and t.strength >= LAST_RESORT_STRENGTH]
    if not violent:
        return []
    best = max(violent, key=lambda t: (t.strength, -t.start_char))
    index = next((i for i, s in enumerate(sentences) if _in(best.start_char, best.end_char, s)), None)
    if index is None or is_caption(text[sentences[index][0] : sentences[index][1]]):
        return []
    in_sentence = [t for t in violent if _in(t.start_char, t.end_char, sentences[index])]
    candidates = sentence_candidates(text, index, sentences[index], in_sentence, mentions, keep_weak=True)
    return [IncidentGroup.start(c) for c in candidates[:1]]
