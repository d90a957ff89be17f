"""From name mentions to places: country evidence, the article's country context, and acceptance.

Pure functions: the component (`components/places.py`) feeds them the finder's mentions and the
gazetteer's candidates. A name is kept only with enough evidence that it is a place here: a place
label from NER, a locative cue ("in", "the village of", "province"), a country the article talks
about, or a large population; common words and person names need more.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional, Sequence

from incident_extractor.geo import countries
from incident_extractor.geo.disambiguate import choose_candidate, own_name_keys, primary_key
from incident_extractor.geo.finder import PLACE_LABELS, FinderWords, NameMention
from incident_extractor.geo.gazetteer import Candidate
from incident_extractor.geo.gazetteer_build import skeleton
from incident_extractor.geo.names import name_key
from incident_extractor.geo.pairs import outside_its_pair_country, pair_gap, pair_partner

# Labels the small model gives to names that are not places; a place reading then needs a cue.
NON_PLACE_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})
LARGE_CITY = 500_000
# With country evidence in the text, a place in none of its countries must be this large: "El Mirador" in a
# Salvadoran story is a local hamlet the gazetteer lacks, not the Mexican village of that name.
FOREIGN_MIN_POPULATION = 100_000
# Words that only join the parts of a name: "City of London" has the words of "London City".
JOINING_WORDS = frozenset({"of", "de", "del", "la", "el", "al", "the"})
# A dateline name counts for one country when its largest namesake is this many times any namesake abroad.
DOMINANT_POPULATION_RATIO = 5


@dataclass(frozen=True)
class ResolvedName:
    mention: NameMention
    candidate: Candidate
    score: float


def evidence_of_mention(mention: NameMention, candidates: Sequence[Candidate], opening_end: int) -> list[tuple[str, str]]:
    """Country evidence a name gives before disambiguation: a country, a dateline, an unambiguous place."""
    if not candidates or ((mention.name_goes_on or mention.inside_name_run) and candidates[0].kind != "country"):
        return []  # "Kentucky Fried Chicken": the first word of a longer name tells nothing about the country
    if mention.name_tail and candidates[0].kind == "place":
        return []  # "the Ite River Canyon": nor does a town's name at the end of one
    if mention.in_dateline:
        dominant = dominant_candidate(candidates)
        return [(dominant.country_code, "dateline")] if dominant is not None else []
    if candidates[0].kind == "country":
        kind = "title" if mention.start_char < opening_end else "country"
        return [(candidates[0].country_code, kind)]
    if _one_country(candidates) and (mention.cue or mention.ner_label in PLACE_LABELS) and (
            candidates[0].population >= LARGE_CITY or _by_own_name(mention, candidates[0])):
        return [(candidates[0].country_code, "place")]
    return []


def dominant_candidate(candidates: Sequence[Candidate]) -> Optional[Candidate]:
    """The reading a dateline means without context: the only country among the top candidates, or a place
    that dwarfs every namesake abroad ("BOGOTA" is Colombia's capital, not the US hamlet)."""
    if _one_country(candidates[:3]) or candidates[0].kind == "country":
        return candidates[0]
    largest = max(candidates, key=lambda candidate: candidate.population)
    abroad = max((c.population for c in candidates if c.country_code != largest.country_code), default=0)
    if largest.population >= DOMINANT_POPULATION_RATIO * max(abroad, 1):
        return largest
    return None


def _by_own_name(mention: NameMention, candidate: Candidate) -> bool:
    """The mention spells the candidate's own name, or a transliteration of it ("Sopore" = "Sopur"), not a
    different name some language gives it ("Hindi" for Mariupol, "Gulshan" for Tabas)."""
    return same_name_spelled_otherwise(primary_key(mention.text), primary_key(candidate.name))


@lru_cache(maxsize=20_000)
def same_name_spelled_otherwise(mention_key: str, own_key: str) -> bool:
    """Two name keys (no article) with the same consonant skeleton, or one skeleton the start of the other
    ("Cotija" of "Cotija de la Paz"), or the same words in another order ("London City", "City of London")."""
    if mention_key == own_key:
        return True
    mention_skeleton, own_skeleton = skeleton(mention_key), skeleton(own_key)
    if mention_skeleton and (own_skeleton.startswith(mention_skeleton) or mention_skeleton.startswith(own_skeleton)):
        return True
    mention_words = sorted(word for word in mention_key.split() if word not in JOINING_WORDS)
    return len(mention_words) > 1 and mention_words == sorted(word for word in own_key.split() if word not in JOINING_WORDS)


def _one_country(candidates: Sequence[Candidate]) -> bool:
    return len({candidate.country_code for candidate in candidates}) == 1


@lru_cache(maxsize=20_000)
def _name_facts(text: str, common_words: frozenset) -> tuple[bool, str, bool]:
    """(a single word?, its key, only common words?) of a name: asked twice per mention, and names repeat."""
    key = name_key(text)
    return " " not in text.strip(), key, all(word in common_words for word in key.split())


def accept_mention(
    mention: NameMention,
    best: Candidate,
    context: dict[str, float],
    words: FinderWords,
    all_caps: bool,
    lowercase_words: frozenset,
    people_only: bool = False,
) -> Optional[float]:
    """A confidence in 0..1 that the name is this place here, or None to drop it. `people_only`: the context
    comes from demonyms and groups alone (no place or country named)."""
    confidence = _accept(mention, best, context, words, all_caps, lowercase_words, people_only)
    if confidence is None or not mention.name_tail or best.kind != "place":
        return confidence  # "Chobi Oromia": a region after a town is the wider place, not part of a name
    # "the Ite River Canyon", "a Mogadishu Lido Beach": the tail of a longer name is at most a weak namesake of a
    # place of the story's countries (a place named after it), like the first word of one ("Midtown Manhattan")
    fits = not context or (best.country_code in context and primary_key(best.name) == primary_key(mention.text))
    return min(confidence, 0.4) if fits else None


def _accept(mention, best, context, words, all_caps, lowercase_words, people_only) -> Optional[float]:
    single_word, key, only_common_words = _name_facts(mention.text, words.common_words)
    population = best.population
    # a text with no country evidence at all (a one-line report): the name itself is the only evidence
    in_context = best.country_code in context or (
        not context and (population >= words.min_population_in_context or population == 0))  # 0: unknown
    if mention.in_dateline:
        return 0.95
    if mention.inside_name_run and best.kind == "place":
        return None  # "Ahmad Salem Haj Ali": a word of a person's (or firm's) name, with no cue or place label
    if mention.loose and not in_context:
        return None  # a loose spelling match must fit the story's countries
    if mention.name_goes_on and best.kind != "country" and mention.ner_label == "PERSON" and not mention.cue:
        return None  # "Vladimir Putin", "Donald Trump": a first name, whatever town shares it
    if mention.name_goes_on and best.kind != "country":
        # "Parsons Green", "Kentucky Fried Chicken": kept as a namesake of a place of the story's country
        # ("the Kabul Serena Hotel" in an Afghan story); on its own only by `goes_on_fallback`. Not a village:
        # "Marcus Delaney" (tagged ORG) in an American story is a man, not Marcus, Iowa (1,070 people)
        if population and population < words.min_population_in_context:
            return None
        return 0.4 if best.country_code in context and primary_key(mention.text) in own_name_keys(best.name) else None
    if only_common_words and not (
            not single_word and population >= LARGE_CITY and name_key(best.name) == key) and not (
            not single_word and (best.kind == "country" or (mention.kind_hint == "admin1" and best.kind == "admin1"))):
        # "THE VILLAGE", "Green Park": ordinary words that also name some place (not "Cape Town"); but a
        # country's name ("the West Bank") and "the New Valley governorate" are names however plain their words
        return None
    if (context and not in_context and best.kind != "country" and population < FOREIGN_MIN_POPULATION
            and not (mention.kind_hint == "admin1" and best.kind == "admin1")
            # "the American air base in Bagram": people say little against a place entity after a cue
            and not (people_only and mention.cue and mention.ner_label in PLACE_LABELS and not all_caps)):
        return None  # a small namesake abroad: the local place is missing from the gazetteer
    primary_name = primary_key(mention.text) in own_name_keys(best.name)  # "Zamora" of "Zamora de Hidalgo" too
    if (not primary_name and best.kind == "place" and best.country_code not in context
            and population < LARGE_CITY and not _by_own_name(mention, best)):
        # "Hindi" is Mariupol and "Gulshan" Tabas only in some language's alternate names: a town (below a
        # world city: "TURN" is Angren, "Barna" Varna) known here only by another name must be in a country
        # the text names some other way
        return None
    if all_caps and context and not in_context and not primary_name and best.kind != "country":
        return None  # wire text: "COLONIA" (a neighbourhood) is Cologne only by an alternate name, and abroad
    if mention.before_street_word and best.kind != "country":
        if mention.street_name:
            # "Garfield Avenue", "Alexandra Road": streets are named after people and far-away towns, in any town;
            # only a sizeable town of a country the story names, or a world city, still tells where it is
            return 0.4 if primary_name and (population >= LARGE_CITY or (
                best.country_code in context and population >= words.min_population_bare)) else None
        # "a Jerusalem hospital", "the Tentena market": the town is known here
        return 0.4 if primary_name and (in_context or population >= LARGE_CITY) else None
    if (single_word and best.kind != "country" and countries.demonym_country(mention.text)
            and not (mention.kind_hint == "admin1" and best.kind == "admin1")):
        return None  # "Somali", "Turkmen": people, counted as country evidence elsewhere; not "Somali Region"
    if (not all_caps and single_word and best.kind != "country" and len(mention.text) <= 5
            and any(ch.isupper() for ch in mention.text[1:])):
        return None  # an acronym ("IRIA", "ISIS", "MoD") that is some village's alternate name
    if best.kind == "country":
        if all_caps and "." not in mention.text and len(key) <= 3:
            return None  # "US" in capitals is the pronoun as often as the country
        if not all_caps and mention.ner_label == "PERSON" and not (mention.cue or mention.follows_name_comma):
            return None  # "Jordan said", "Chad Smith"; but "Indelimane, Mali" is the country
        return 0.9
    if (not all_caps and single_word and key in lowercase_words and mention.ner_label not in PLACE_LABELS
            and not mention.kind_hint):
        return None  # the same word appears in lower case: an ordinary word capitalised by position (not "X Region")
    if not all_caps and mention.inside_longer_entity and not mention.kind_hint:
        if mention.ner_label in PLACE_LABELS and best.country_code not in context and population < LARGE_CITY:
            return None  # "Shar" of "Zarghun Shar": a part of a longer place name the gazetteer lacks
        if mention.ner_label == "PERSON":
            return None  # "Pierre" of "Pierre Laporte"
        if mention.ner_label in NON_PLACE_LABELS:
            # "Damascus University", "Kabul Bank": named after a real city, which tells the country
            return 0.4 if primary_name and (in_context or population >= 100_000) else None
    if mention.kind_hint or (mention.cue and (mention.ner_label in PLACE_LABELS or all_caps)):
        if in_context or population >= words.min_population_in_context:
            return 0.9 if in_context else 0.7
        return None
    if not all_caps and mention.ner_label in PLACE_LABELS:
        return 0.85 if in_context or population >= 1000 else None
    if not all_caps and mention.ner_label == "PERSON":
        if mention.cue and (in_context or population >= LARGE_CITY):
            return 0.6  # "the ministry in Yerevan" tagged PERSON
        return None
    # other labels (ORG, PRODUCT ...) are often wrong on place names: the rules below decide
    if mention.cue and in_context and (population >= words.min_population_in_context or population == 0):
        return 0.75  # population 0 is GeoNames' "unknown" (many Syrian and Iraqi towns), not a hamlet
    if not primary_name:
        return None  # a bare word that is only some place's alternate name ("Son", "The")
    threshold = words.min_population_bare_all_caps if all_caps else words.min_population_bare
    if population >= threshold and (in_context or not all_caps):
        return 0.6 if in_context else 0.45
    if all_caps and population >= 10 * threshold:
        return 0.4
    return None


def resolve_names(
    mentions: Sequence[NameMention],
    candidates_of: Sequence[Sequence[Candidate]],
    context: dict[str, float],
    words: FinderWords,
    all_caps: bool,
    lowercase_words: frozenset,
    text: str,
    people_only: bool = False,
) -> list[ResolvedName]:
    """Pick and accept a candidate for each mention; "X, Y" pairs restrict X to Y's country."""
    resolved: list[ResolvedName] = []
    fallbacks: list[ResolvedName] = []
    for position, (mention, candidates) in enumerate(zip(mentions, candidates_of)):
        within_country = within_admin1 = None
        gap = pair_gap(mentions, position, text, words.direction_words)  # None for most names: no pair
        partner = pair_partner(mentions, candidates_of, position, gap, context) if gap is not None else None
        if partner is not None and not mention.in_dateline:
            within_country = partner.country_code
            within_admin1 = partner.admin1 if partner.kind == "admin1" else None
        elif gap is not None and not mention.in_dateline and outside_its_pair_country(mentions, candidates_of, position,
                                                                                      gap, text, context):
            continue  # "the Sahel region, Mali": Mali's Sahel is missing, so Burkina Faso's is not meant
        best = choose_candidate(candidates, mention.text, context, mention.kind_hint, within_country, within_admin1,
                                people_only)
        if best is None:
            continue
        confidence = accept_mention(mention, best, context, words, all_caps, lowercase_words, people_only)
        if confidence is None and within_country and best.country_code == within_country:
            confidence = 0.7  # "Springfield, Illinois": the pair itself is the evidence
        if confidence is not None:
            resolved.append(ResolvedName(mention, best, confidence))
        elif mention.name_goes_on and not context:
            fallbacks.append(goes_on_fallback(mention, best, words, all_caps, lowercase_words))
    if not resolved:
        resolved = [item for item in fallbacks if item is not None]
    return vowel_readings_checked(resolved)


# A place found by its vowel key only is a weak reading: it never comes before a sure place as the main one.
VOWEL_MATCH_CONFIDENCE = 0.45


def vowel_readings_checked(resolved: list[ResolvedName]) -> list[ResolvedName]:
    """Places found by their vowel key only, weakened, and dropped when the text's other places lie in other
    countries: "in Karrada, Baghdad" is no Iranian Karaj; "in Hazara Town near Quetta" may stay (both Pakistan's)."""
    if not any(item.mention.vowels for item in resolved):
        return resolved
    sure = {item.candidate.country_code for item in resolved if not item.mention.vowels}
    return [replace(item, score=min(item.score, VOWEL_MATCH_CONFIDENCE)) if item.mention.vowels else item
            for item in resolved if not item.mention.vowels or not sure or item.candidate.country_code in sure]


def goes_on_fallback(mention, best, words, all_caps, lowercase_words) -> Optional[ResolvedName]:
    """The first word of a longer name ("the Kathmandu Development Committee"), in a text that names no other
    place and no country: the town the name is taken from, when it would be a place on its own. Not a
    region ("Kentucky Fried Chicken"): firms and teams named after a state say nothing of where they are."""
    if best.kind != "place" or primary_key(mention.text) not in own_name_keys(best.name):
        return None
    confidence = accept_mention(replace(mention, name_goes_on=False), best, {}, words, all_caps, lowercase_words)
    return ResolvedName(mention, best, min(confidence, 0.3)) if confidence is not None else None
