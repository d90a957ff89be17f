"""The `incident_places` pipeline component: place mentions and the article's country context.

Runs after the model's `ner`. Finds names with the gazetteer-backed finder (`geo.finder`), borders and
regions (`geo.regions`), collects country evidence (countries, demonyms, the dateline, unambiguous
places), ranks the countries the article talks about, then resolves every name in that context
(`geo.resolve`). Writes `mentions_of(doc).places` (doc order) and `mentions_of(doc).country_context`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from incident_extractor.geo import countries
from incident_extractor.geo.demonym_lands import capital_of, find_demonym_lands
from incident_extractor.geo.disambiguate import rank_country_context
from incident_extractor.geo.finder import find_name_mentions, finder_words, is_all_caps
from incident_extractor.geo.gazetteer import load_gazetteer
from incident_extractor.geo.loose_finder import find_loose_mentions
from incident_extractor.geo.people import find_demonyms, find_groups
from incident_extractor.geo.regions import find_borders, find_regions, find_territories
from incident_extractor.geo.self_evidence import forces_of_their_country, supported_elsewhere
from incident_extractor.geo.us_states import dateline_us_state, within_dateline_state
from incident_extractor.geo.world_regions import find_world_regions, overlaps_any
from incident_extractor.geo.resolve import FOREIGN_MIN_POPULATION, accept_mention, evidence_of_mention, resolve_names
from incident_extractor.events.sentences import text_of
from incident_extractor.mentions import PlaceMention, mentions_of

NEXT_WORD = re.compile(r"\s+(\w+)")
# The word after a list of capitalised words: "the Pakistani, Indian and Iranian consulates" -> "consulates".
# Capitalised means an upper-case letter then a lower-case one, so all-caps text never skips.
WORD_AFTER_LIST = re.compile(r"(?:,\s*[A-Z][a-z]\w*|\s+(?:and|or)\s+[A-Z][a-z]\w*){0,3}\s+(\w+)")
# Country names in the opening (headline, dateline, first sentence) say most about the story.
OPENING_CHARS = 300
# "MADRID (SPAIN), 18 NOV 89 --": a wire dateline that adds the country in brackets marks a story filed from
# abroad (about 9 in 10 of them report on another country): it says where the reporter is, not the story's country.
FOREIGN_DATELINE = re.compile(r"\s*[A-Z][A-Za-z .'’-]{1,40}?\s*\([A-Za-z .'’-]{2,30}\)\s*,")


@Language.factory("incident_places", default_config={"use_ner_labels": True, "max_places": 200})
def make_incident_places(nlp: Language, name: str, *, use_ner_labels: bool, max_places: int) -> "IncidentPlaces":
    return IncidentPlaces(use_ner_labels=use_ner_labels, max_places=max_places)


class IncidentPlaces:
    def __init__(self, *, use_ner_labels: bool = True, max_places: int = 200):
        self.use_ner_labels = use_ner_labels
        self.max_places = max_places

    def __call__(self, doc: Doc) -> Doc:
        places, context = find_places(text_of(doc), self._entities(doc), self.max_places)
        mentions = mentions_of(doc)
        mentions.places.extend(places)
        mentions.places.sort(key=lambda place: (place.start_char, place.end_char))
        mentions.country_context = context
        return doc

    def _entities(self, doc: Doc) -> list[tuple[int, int, str]]:
        """(start_char, end_char, label) of the NER spans, read from arrays: `doc.ents` builds a
        Python object per token and costs more than the rest of this component. A B token opens an
        entity and the first token after it that is not I closes it, found with numpy (no loop per token)."""
        if not self.use_ner_labels or not len(doc):
            return []
        import numpy
        from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH

        rows = doc.to_array([IDX, LENGTH, ENT_IOB, ENT_TYPE])
        iob = rows[:, 2]
        begins = (iob == 3).nonzero()[0]  # I is 1, O is 2, B is 3, 0 unset
        not_inside = (iob != 1).nonzero()[0]
        lasts = numpy.append(not_inside, len(doc))[numpy.searchsorted(not_inside, begins, side="right")] - 1
        strings = doc.vocab.strings
        return [(start, end, strings[type_id]) for start, end, type_id in zip(
            rows[begins, 0].tolist(), (rows[lasts, 0] + rows[lasts, 1]).tolist(), rows[begins, 3].tolist())]


def demonym_fallback(demonyms: list[tuple[int, int, str]], country: str, text: str) -> PlaceMention:
    """A country-level location when the text names no place, only its people ("Afghan soldiers")
    or an armed group tied to one country ("the Taliban")."""
    start, end, code = next(item for item in demonyms if item[2] == country)
    return PlaceMention(name=countries.country_name(code), kind="country", text=text[start:end], start_char=start,
                        end_char=end, country_code=code, countries=(code,), score=0.3)


def find_places(text: str, ents: list[tuple[int, int, str]], max_places: int = 200) -> tuple[list[PlaceMention], list[str]]:
    """Places of a text (doc-ordered) and the countries it talks about (most evidence first)."""
    gazetteer = load_gazetteer()
    words = finder_words()
    all_caps = is_all_caps(text)
    names = find_name_mentions(text, ents, gazetteer.is_name, all_caps, gazetteer.could_start_name,
                               gazetteer.could_continue_name)
    borders = find_borders(text)
    # "near the Turkish border", "close to the border with Syria": a place beside that country, usually in
    # the other one; neither the border nor the country named in it tells where the incident is
    one_sided = [(border.start_char, border.end_char) for border in borders
                 if len(border.countries) < 2 and not _names_a_place_on_it(text, border.end_char, words)]
    # an armed group's name is not a place even where some village shares it ("from Taliban" -> a Turkish hamlet)
    groups = find_groups(text)
    group_spans = [(start, end) for start, end, _ in groups]
    # "CENTRAL AMERICA", "Latin American", "Southeast Asia": wider than any country, never one of its places
    world = find_world_regions(text)
    names = [mention for mention in names if not _inside(mention.start_char, one_sided + group_spans)
             and not (not mention.in_dateline and _before_foreigner_word(text, mention.end_char))
             and not overlaps_any(mention.start_char, mention.end_char, world)
             and not _names_an_event(text, mention, words)]
    candidates_of = [gazetteer.lookup(mention.text) for mention in names]
    us_state = dateline_us_state(text)
    if us_state is not None:
        names, candidates_of = within_dateline_state(names, candidates_of, us_state)
    if not all_caps:
        found = [(mention.start_char, mention.extended_end or mention.end_char) for mention in names]
        loose = find_loose_mentions(text, ents, found + one_sided + world, gazetteer.loose_lookup,
                                    gazetteer.vowel_lookup)
        if loose:
            spans = [(mention.start_char, mention.extended_end or mention.end_char) for mention, _ in loose]
            pairs = [(mention, candidates) for mention, candidates in zip(names, candidates_of)
                     if not overlaps_any(mention.start_char, mention.end_char, spans)]
            pairs = sorted(pairs + loose, key=lambda pair: pair[0].start_char)
            names, candidates_of = [mention for mention, _ in pairs], [candidates for _, candidates in pairs]
    areas = [border for border in borders if (border.start_char, border.end_char) not in one_sided] + find_regions(text)
    areas += find_territories(text)
    areas = [area for area in areas if not overlaps_any(area.start_char, area.end_char, world)]

    evidence: list[tuple[int, str, str]] = []  # (offset, country, kind): sorted so first mentions rank first
    small_places: list[tuple[int, str]] = []  # one-country places too small to stand against the other evidence
    dateline_countries: set[str] = set()  # "MADRID (SPAIN)": named, though no evidence of the story's country
    lowercase_words = frozenset() if all_caps else LowercaseWords(text)
    foreign_dateline = FOREIGN_DATELINE.match(text)
    foreign_dateline_end = foreign_dateline.end() if foreign_dateline else 0
    for mention, candidates in zip(names, candidates_of):
        if not candidates or mention.loose or accept_mention(
                mention, candidates[0], {candidates[0].country_code: 1.0}, words, all_caps, lowercase_words) is None:
            continue  # not plausibly a place even in its own country, or a loose spelling match: no evidence
        if mention.start_char < foreign_dateline_end:
            if candidates[0].kind == "country":
                dateline_countries.add(candidates[0].country_code)
            continue  # the bracketed dateline of a story filed from abroad: no evidence of the story's country
        for code, kind in evidence_of_mention(mention, candidates, OPENING_CHARS):
            if kind == "place" and candidates[0].population < FOREIGN_MIN_POPULATION:
                small_places.append((mention.start_char, code))
            else:
                evidence.append((mention.start_char, code, kind))
    for area in areas:
        evidence.extend((area.start_char, code, "country") for code in area.countries)
    # a people's word inside a place's own name is neither: "Spanish Town" is Jamaica's, no town of Spain
    known_names = [(mention.start_char, mention.end_char) for mention, candidates in zip(names, candidates_of) if candidates]
    demonyms = [item for item in find_demonyms(text, all_caps) if not _inside(item[0], one_sided)
                and not any(start <= item[0] and item[1] < end for start, end in known_names)
                and not _before_foreigner_word(text, item[1]) and not _names_a_region(text, item, words, gazetteer)
                and not overlaps_any(item[0], item[1], world)]
    # "in the Kenyan capital", "a northeastern Kenyan town"; "the Afghan border town" is already a border
    lands = [land for land in find_demonym_lands(text, demonyms, all_caps)
             if not any(land.start_char < area.end_char and area.start_char < land.end_char for area in areas)]
    evidence.extend((area.start_char, area.countries[0], "country") for area in lands)
    areas += lands
    # a small place counts only for a country the text names (or when it names none): "El Mirador" in a
    # story from San Salvador is a Salvadoran hamlet the gazetteer lacks, not the Mexican village
    named = {code for _, code, kind in evidence if kind != "place"}
    if all_caps:
        # wire stories name the countries' peoples ("HONDURAN TROOPS ENTERED SALVADORAN TERRITORY") as often as
        # the countries; short reports do not get this: "Turkish soldiers killed in <village>" is elsewhere
        named.update(code for *_, code in demonyms)
        named.update(dateline_countries)
    if not named:
        # no country named: a small place still counts, unless it alone supports its country while the other
        # evidence (demonyms, armed groups, large places, borders) points elsewhere ("Syrian Army positions
        # in the Al-Safa area": a Syrian village the gazetteer lacks, not the Emirati town)
        named = supported_elsewhere(evidence, forces_of_their_country(text, demonyms))
    evidence.extend((start, code, "place") for start, code in small_places if not named or code in named)
    evidence.sort()
    # groups before demonyms: at equal weight "Abu Sayyaf" says more about the place than "a Dutch hostage"
    ranked = rank_country_context([(code, kind) for _, code, kind in evidence] + [(code, "group") for *_, code in groups]
                                  + [(code, "demonym") for *_, code in demonyms])
    context = dict(ranked)

    resolved = resolve_names(names, candidates_of, context, words, all_caps, lowercase_words, text, people_only=not evidence)
    places = [_place_of(item.mention, item.candidate, item.score, text) for item in resolved]
    taken = [(place.start_char, place.end_char) for place in places]
    named_at = frozenset(start for start, _ in taken)
    for area in areas:
        capital = capital_of(area, gazetteer.lookup, text, named_at) if area in lands else None
        if capital is not None:
            places.append(PlaceMention(
                name=capital.name, kind="place", text=area.text, start_char=area.start_char, end_char=area.end_char,
                country_code=capital.country_code, countries=(capital.country_code,), admin1=capital.admin1,
                latitude=capital.latitude, longitude=capital.longitude, score=0.8))
        elif not any(area.start_char < end and start < area.end_char for start, end in taken):
            places.append(PlaceMention(
                name=area.name, kind=area.kind, text=area.text, start_char=area.start_char, end_char=area.end_char,
                country_code=area.countries[0], countries=area.countries, score=0.8))
        else:
            # a region or border that contains a name ("eastern Ukraine"): the wider reading replaces it
            places = [place for place in places if not (area.start_char <= place.start_char and place.end_char <= area.end_char
                                                        and place.kind == "country")]
            places.append(PlaceMention(
                name=area.name, kind=area.kind, text=area.text, start_char=area.start_char, end_char=area.end_char,
                country_code=area.countries[0], countries=area.countries, score=0.8))
    if not places and (demonyms or groups):
        people = sorted(demonyms + groups)
        people_countries = {code for *_, code in people}
        top = next(code for code, _ in ranked if code in people_countries)
        places.append(demonym_fallback(people, top, text))
    places.sort(key=lambda place: (place.start_char, place.end_char))
    return places[:max_places], [code for code, _ in ranked]


class LowercaseWords:
    """The words of a-z the text writes as whole words in lower case ("the city" makes "City" an ordinary
    word), as a container asked word by word: a text is asked ~20 words, and collecting all its lower-case
    words (~600 strings) cost more than looking those few up."""

    def __init__(self, text: str):
        self._text = text
        self._answers: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        answer = self._answers.get(word)
        if answer is None:
            answer = self._answers[word] = _written_alone(self._text, word)
        return answer


def _written_alone(text: str, word: str) -> bool:
    """`word` (a-z only) occurs with no word character (regex \\w) on either side: a whole word."""
    if not (word.isascii() and word.isalpha() and word.islower()):
        return False
    position = text.find(word)
    while position >= 0:
        end = position + len(word)
        if (position == 0 or not _is_word_char(text[position - 1])) and (end == len(text) or not _is_word_char(text[end])):
            return True
        position = text.find(word, position + 1)
    return False


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches


def _names_a_place_on_it(text: str, border_end: int, words) -> bool:
    """"the Lebanese border town of Arsal": the town is on that country's side."""
    following = NEXT_WORD.match(text, border_end)
    return bool(following) and following.group(1).lower() in words.place_nouns_before | words.place_words_after


@lru_cache(maxsize=1)
def _foreigner_words() -> frozenset:
    from importlib import resources

    text = resources.files("incident_extractor").joinpath("data", "geo_foreigner_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _before_foreigner_word(text: str, end: int) -> bool:
    """"the US embassy", "a German tourist", "the Pakistani and Indian consulates": people or a mission from
    that country, abroad as a rule."""
    following = WORD_AFTER_LIST.match(text, end)
    return bool(following) and following.group(1).lower() in _foreigner_words()


def _names_a_region(text: str, demonym: tuple[int, int, str], words, gazetteer) -> bool:
    """"the Somali Region", "Afar Regional State": a region's name, not the people ("an Afghan province" is)."""
    start, end, _ = demonym
    following = NEXT_WORD.match(text, end)
    if not following or following.group(1).lower().removesuffix("al") not in words.admin1_words_after:
        return False
    return any(candidate.kind == "admin1" for candidate in gazetteer.lookup(text[start:end]))


EVENT_OF = re.compile(r"\s+(?i:of)\s+\w")


def _names_an_event(text: str, mention, words) -> bool:
    """"the Battle of Mosul", "the Massacre of Port Montt": an event word before "of" opens the event's name,
    whatever town of England or hamlet shares the word ("Battle", "Massacre")."""
    return mention.text.lower() in words.event_words_after and EVENT_OF.match(text, mention.end_char) is not None


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _place_of(mention, candidate, score, text) -> PlaceMention:
    end = mention.extended_end or mention.end_char
    has_point = candidate.kind not in ("country",)
    return PlaceMention(
        name=candidate.name,
        kind=candidate.kind,
        text=text[mention.start_char:end],
        start_char=mention.start_char,
        end_char=end,
        country_code=candidate.country_code,
        countries=(candidate.country_code,),
        admin1=candidate.admin1,
        latitude=candidate.latitude if has_point else None,
        longitude=candidate.longitude if has_point else None,
        score=score,
    )
