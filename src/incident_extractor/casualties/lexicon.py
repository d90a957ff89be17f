"""The compiled patterns of casualty reports, built once from data/casualty_lexicon.json.

Everything here is regex source assembled from word lists, so the finder never loops over tables per
token: one `finditer` per pattern per sentence. Victim phrases ("two Armenian soldiers", "a policeman",
"the seven crew members") are described by one template used twice: without groups inside the
list patterns, with named groups to read the items back out of a matched list.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from incident_extractor.casualties.numbers import number_phrase_pattern, number_tables, phrase_alternation
from incident_extractor.casualties.split_patterns import LazyPattern, ListPattern
from incident_extractor.casualties.victim_phrase import plural_nouns, victim_phrase_source
from incident_extractor.nlp.case_folds import ASCII_FOLDS
from incident_extractor.nlp.regex_cache import cached_re

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
FLAGS = re.IGNORECASE
AUXILIARIES = {"were", "was", "are", "is", "been", "be", "being", "got", "get"}


def _load(name: str) -> dict:
    return json.loads((DATA_DIR / name).read_text("utf-8"))


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return _load("casualty_lexicon.json")


@lru_cache(maxsize=1)
def cue_tables() -> dict:
    return _load("casualty_cues.json")


def alternation(phrases) -> str:
    """Longest phrase first so "shot dead" wins over "shot"; any whitespace between words (a trie, see
    `phrase_alternation`)."""
    return phrase_alternation(phrases)


@lru_cache(maxsize=4096)  # called on every matched verb and head word, which recur
def normalise_phrase(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().translate(ASCII_FOLDS).lower())  # "kılled" -> "killed"


def _verb_types(kind: str) -> dict[str, str]:
    """Verb phrase -> casualty type; the first type listing a phrase wins (killed before injured)."""
    table: dict[str, str] = {}
    for casualty_type, forms in lexicon()["verbs"].items():
        for phrase in forms[kind]:
            table.setdefault(normalise_phrase(phrase), casualty_type)
    return table


@lru_cache(maxsize=1)
def patterns() -> dict:
    re = cached_re  # the compiled code of these big patterns is cached on disk (nlp/regex_cache.py)
    lex = lexicon()
    number = number_phrase_pattern()
    numbers = number_tables()
    number_words = list(numbers["units"]) + list(numbers["tens"]) + list(numbers["scales"])
    verb_words = {w for forms in lex["verbs"].values() for kind in ("passive", "active") for p in forms[kind] for w in p.split()}
    stop = alternation(set(lex["stop_words"]) | set(number_words) | verb_words | set(lex["leave_verbs"]))
    ed_ok = alternation(lex["ed_adjectives"])
    body_state = rf"(?:{alternation(lex['body_states'])})(?=\s+(?:[\w'’-]+\s+)?(?:bodies|corpses)(?![\w'’-]))"
    # a modifier or unknown head word: not a function word, number, verb of the lexicon or a past-tense verb
    # (or a dotted abbreviation: "two U.S. soldiers", "a U.N. peacekeeper"; or an age used as a noun: "a 17-year-old")
    modifier = (rf"(?!(?:{stop})(?![\w'’-]))(?!(?!(?:{ed_ok})(?![\w'’-]))[\w'’]*ed(?![\w'’-]))"
                rf"(?:(?:[^\W\d_]\.){{2,}}|(?!\d)[\w'’-]+|\d{{1,3}}-(?:year|month|week)-olds?(?![\w'’-]))")
    plurals = plural_nouns(lex)
    plural_heads = alternation(plurals)
    singular_heads = alternation(lex["victim_nouns_singular"])
    first_number_words = {p.split()[0] for table in ("qualifiers", "fixed_phrases", "vague") for p in numbers[table]}
    first_number_words |= set(number_words) | {"both", "between"}
    one_word_verbs = alternation({p for kind in ("passive", "active") for p in _verb_types(kind) if " " not in p})
    first_words_alternation = alternation(first_number_words)
    item = victim_phrase_source(False, modifier, one_word_verbs, first_words_alternation).replace("{number}", number)
    # a bare comma joins only counted items ("a soldier, two civilians and ..."), never ", the ministry said"
    join = (rf"(?:\s*,\s*(?=an?\s|\d|(?:{alternation(first_number_words)})(?![\w'’-]))|\s*,?\s+and\s+|"
            r"\s+as\s+well\s+as\s+|\s+plus\s+|\s+along\s+with\s+)")
    # one copy of the item pattern: the compiled size of every list pattern depends on it
    item_list = rf"(?:{item}(?:{join}(?=\w))?){{1,7}}(?<![\s,])"
    fillers = alternation(lex["fillers"])
    passive_types, active_types = _verb_types("passive"), _verb_types("active")
    passive_verbs, active_verbs = alternation(passive_types), alternation(active_types)
    noun_types = {normalise_phrase(n): t for t, forms in reversed(list(lex["verbs"].items())) for n in forms["nouns"]}
    boundary = r"(?![\w'’-])"
    fill = rf"(?P<fill>(?:(?:{fillers})\s+){{0,4}})"
    proper = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}"  # one to four capitalised words
    toll_verbs = (r"rose|risen|rises|rising|climbed|climbs|increased|jumped|reached|reaches|hit|hits|stood|stands|"
                   r"is|was|went\s+up|grew|soared|mounted|topped|exceeded|passed|now|of")
    zero_nouns = (r"casualties|injuries|deaths|fatalities|victims|dead|injured|wounded|"
                  r"loss\s+of\s+(?:human\s+)?lives?|one\s+(?:was\s+)?(?:hurt|harmed|injured|killed)")
    nobody = (r"no\s+one|no-one|nobody|none(?:\s+of\s+(?:the|them|those)(?:\s+[\w'’-]+){0,2})?|not\s+a\s+single\s+[\w'’-]+|"
              rf"not\s+one|no\s+(?:(?!(?:one|more|other|longer)\b)[^\W\d][\w'’-]*\s+){{0,2}}(?:{plural_heads}|{singular_heads})")
    suicide = lex["suicide_attackers"]
    # a victim list never starts right after a preposition ("in the fire and 51 were injured"), "including"
    # or "carrying" ("a bus carrying 40 people was blown up": the bus was)
    # ("killed, including a teenager, and 32 others were wounded": the sub-group belongs to the figure before)
    not_after_preposition = "".join(rf"(?<!\b{p}\s)" for p in ("in", "on", "at", "from", "into", "near",
                                                                    "during", "inside", "outside", "to", "by", "against",
                                                                    "besides", "including", "carrying", "transporting"))
    # "At least eight people, including six officials, were killed": the aside names a sub-group only
    # "Ten soldiers and pro-government fighters were killed": an uncounted group adds nothing we can count
    aside = (r"(?P<aside>\s*,?\s+(?:including|among\s+them|among\s+whom|most\s+of\s+them|many\s+of\s+them|some\s+of\s+them|"
             # (one more comma before a name or "a ...": "including the deputy minister, Ana Ruiz killed in")
             rf"mostly|mainly|both|all|all\s+of\s+them|[\w-]+\s+of\s+(?:them|whom))\b[^,.;]{{0,100}}?"
             rf"(?:,\s+(?:(?-i:[A-Z])|an?\s|\d)[^,.;]{{0,40}}?)?,?|"
             # (plain words here, not the modifier pattern: the aside is tried only after the list itself)
             rf"\s*,?\s+and\s+(?:(?!(?:and|or|were|was|are|is|who|{alternation(number_words)})(?![\w'’-]))[^\W\d][\w'’-]*\s+){{0,3}}"
             # (any plural: "20 miners and co-workers were killed"; never "and was", "and always")
             rf"(?:{plural_heads}|(?!(?:does|always|perhaps|sometimes|afterwards|towards|besides|whereas|unless|across)"
             rf"(?![\w'’-]))[^\W\d][\w'’-]{{2,}}(?<![sSuUiI])[sS])(?![\w'’-])|"
             # "Eight people, seven policemen and a guard, were killed": an apposition restates the total
             rf"\s*,\s+(?=(?:an?|the|his|her|their|\d|{first_words_alternation})(?![\w'’-]))[^.;()]{{2,100}}?,|"
             # "A man, aged 67, was killed": an age between commas
             r"\s*,\s+aged?\s+\d{1,3}\s*,|"
             # "over 100 men, women and children were injured": uncounted groups after the counted one
             rf"\s*,\s+[^\W\d][\w'’-]*(?:\s*,\s+[^\W\d][\w'’-]*){{0,3}}\s*,?\s+and\s+(?:{plural_heads}))?")
    # the victim list is compiled once and shared by every rule that looks for one (see split_patterns.py)
    victim_list = re.compile(rf"(?:{item_list})", FLAGS)
    item_plain = re.compile(victim_phrase_source(True, modifier, one_word_verbs, first_words_alternation).replace("{number}", number), FLAGS)

    def verb_first(head: str, tail: str = "", overlapping: bool = False) -> ListPattern:
        return ListPattern(re.compile(rf"(?<![\w'’-]){head}\s+", FLAGS), victim_list, "obj",
                           re.compile(tail, FLAGS) if tail else None, overlapping)

    compiled = {
        "trigger": re.compile(rf"(?<![\w'’-])(?:{alternation(lex['trigger_stems'])})", FLAGS),
        "item": item_plain,
        # "No one else was hurt": nobody besides the victims counted before
        "zero_subject": re.compile(rf"(?<![\w'’-])(?P<subj>{nobody})(?:\s+else)?\s+{fill}(?P<verb>{passive_verbs}){boundary}", FLAGS),
        "zero_noun": re.compile(
            rf"(?<![\w'’-])(?:no|not\s+any|without(?:\s+(?:causing|any|further|reported))*)\s+"
            rf"(?:(?:immediate|reported|further|other|serious|human|civilian|major|fatal)\s+)?(?P<noun>{zero_nouns}){boundary}", FLAGS),
        "zero_negated": re.compile(
            rf"(?<![\w'’-])(?:was|were|had|have|has)\s+not\s+(?:been\s+)?(?:(?:seriously|badly)\s+)?"
            rf"(?P<verb>killed|injured|hurt|wounded|harmed){boundary}", FLAGS),
        "zero_unhurt": re.compile(r"(?<![\w'’-])(?:unhurt|unharmed|uninjured|unscathed)(?![\w'’-])", FLAGS),
        "toll": re.compile(
            rf"(?<![\w'’-])(?P<which>(?:(?:death|casualty|fatality|civilian|final|official|overall|injury|total)\s+){{0,2}}toll|"
            rf"(?:total\s+)?number\s+of\s+(?:people\s+)?(?:dead|deaths|killed|fatalities|victims|injured|wounded|injuries))"
            rf"(?:\s+(?:of|from|in)(?:\s+[\w'’-]+){{1,12}}?)?\s+(?:(?:has|had|have|now|later|since|then|also|officially)\s+){{0,2}}"
            rf"(?P<tv>{toll_verbs})\s+(?:(?:now|already)\s+)?(?:(?:to|at)\s+)?(?P<num>{number}){boundary}", FLAGS),
        "toll_raise": re.compile(
            rf"(?<![\w'’-])(?P<tv>raising|raised|bringing|brought|pushing|pushed|taking|took|putting|put|revised|revising|"
            rf"lowered|lowering|updated|updating)\s+the\s+"
            rf"(?P<which>(?:(?:death|casualty|fatality|overall|injury|total)\s+){{0,2}}toll|(?:total\s+)?number\s+of\s+"
            rf"(?:the\s+)?(?:people\s+)?(?:dead|deaths|killed|fatalities|victims|injured|wounded|injuries))\s+(?:up\s+)?(?:to|at)\s+"
            rf"(?P<num>{number}){boundary}", FLAGS),
        "leave": verb_first(rf"(?P<verb>{alternation(lex['leave_verbs'])})",  # ("left 5 people, including a child, dead")
                            rf"(?:\s*,?\s+(?:including|among\s+them)\s+[^,.;]{{1,60}}?,?)?"
                            rf"\s+(?P<compl>{alternation(lex['leave_complements'])}){boundary}"),
        "passive": ListPattern(
            re.compile(not_after_preposition, FLAGS), victim_list, "subj",
            # (a place or unit after the list: "four Marines from the Philippine Army", "two men in Tulsa, Oklahoma")
            re.compile(rf"{aside}(?P<pp>\s+(?:from|in|at|with|for)\s+(?:the\s+)?{proper}(?:\s*,\s+{proper})?)?\s+{fill}"
                       rf"(?P<verb>{passive_verbs}){boundary}"
                       rf"(?:\s+and\s+(?:(?:later|then|subsequently)\s+)?(?P<verb2>{passive_verbs}){boundary})?", FLAGS)),
        # "Eight pilgrims returning from a shrine were killed": subject and verb apart, checked by the finder
        "distant_passive": re.compile(
            rf"(?<![\w'’-])(?P<subj>(?:(?:the|all)\s+)?(?:{number})\s+(?:(?:other|more)\s+)?(?:(?:{modifier})\s+){{0,3}}(?:{plural_heads}))"
            rf"(?P<gap>(?:\s+[^\s.;:]+){{1,13}}?)\s+(?P<aux>were|have\s+been|had\s+been|are|being)\s+"
            rf"(?:(?:{fillers})\s+){{0,3}}(?P<verb>{passive_verbs}){boundary}", FLAGS),
        # "killed opposition leader Issa Hisso": one named person after an active verb (mixed-case text only)
        "named_object": re.compile(
            rf"(?<![\w'’-])(?P<verb>{active_verbs})\s+(?P<obj>(?:(?:former|senior|prominent|local|deputy|chief|top)\s+)?"
            rf"(?:(?:{modifier})\s+){{0,3}}?(?P<title>{singular_heads})?\s*"
            rf"(?P<name>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z]\.|[A-Z][\w'’-]+)){{1,3}}|"
            # one name alone only where the phrase ends: "shot and killed Zahran." (not "killed Aleppo residents")
            rf"(?-i:[A-Z][\w'’-]+)(?=\s*[.,;]|\s+(?:in|at|on|near|during|after|before|outside|inside|and)\s)))",
            FLAGS),
        # "a peacekeeper was killed along with two civilians": more victims of the figure just before
        # "among the dead were two policemen", "the wounded included a child": a sub-group of a toll
        "among_the_dead": verb_first(r"(?P<verb>among\s+(?:the|those)\s+(?:dead|killed|fatalities|wounded|injured)\s+"
                                     r"(?:were|was|are|is)|the\s+(?:dead|wounded|injured)\s+(?:included|includes))"),
        "along_with": verb_first(r"(?P<verb>(?:along|together)\s+with|alongside|as\s+well\s+as|in\s+addition\s+to)"),
        # "four soldiers died, as did six militants": more victims of the figure before
        "as_did": verb_first(r"(?P<verb>as\s+(?:did|were|was|had|have|has))"),
        # "two guards suffered minor injuries", "eight others received various degrees of injuries", "four villagers
        # who sustained gunshot wounds were taken to hospital", "a man suffered a stab wound" (one wound of a kind)
        "suffered_injuries": ListPattern(
            re.compile(not_after_preposition, FLAGS), victim_list, "subj",
            re.compile(rf"{aside}\s+(?:who\s+)?(?:(?:have|has|had|also|reportedly|all|both|each|later|was|were)\s+){{0,2}}"
                       rf"(?P<verb>suffered|sustained|received|suffering|sustaining|escaped\s+with|treated\s+for|treated)\s+(?:[\w'’-]+\s+){{0,3}}?"
                       # "was treated and released", "was treated at a hospital": an injured person
                       rf"(?P<noun>injuries|wounds|burns|(?:gunshot|stab|bullet|knife|head|chest|leg|arm|serious|minor|facial)\s+(?:wound|injury)|(?<=treated\s)(?:and\s+released|at\s+(?:an?\s+|the\s+)?"
                       rf"(?:(?:local|nearby|area)\s+)?hospital))(?![\w'’-])", FLAGS)),
        # every passive casualty verb with what may precede it: "A and B were killed" (named_lists.py), "X, a vendor,
        # was killed", "X, who was killed" (one person), "were kidnapped and later executed" (anaphora.py); scanned
        # once per sentence
        # (every branch starts with a word of its own, which keeps the scan cheap)
        "passive_any": LazyPattern(
            rf"(?:(?P<comma>,)\s+(?:who\s+)?|(?<![\w'’-])(?P<and>and)\s+)?(?<![\w'’-])"
            rf"(?:(?P<aux>were|was|have\s+been|has\s+been|had\s+been|are|is)\s+(?:(?:{fillers})\s+){{0,3}}"
            rf"(?P<verb>{passive_verbs}){boundary}|(?P<dying>died|perished|lost\s+their\s+lives){boundary})|"
            rf"(?<![\w'’-])(?P<and2>and)\s+(?:(?:later|then|subsequently|eventually|also)\s+){{0,2}}"
            rf"(?P<verb2>{passive_verbs}){boundary}", FLAGS),
        "pronoun_object": LazyPattern(
            rf"(?<![\w'’-])(?P<verb>{active_verbs})\s+(?:them(?:\s+(?P<both>both)|\s+all)?|(?P<both2>both)\s+of\s+them|"
            rf"all\s+of\s+them)(?![\w'’-])", FLAGS),
        # a verb or noun before a list of named people ("claimed the lives of A, B and C")
        "named_list_head": LazyPattern(
            rf"(?<![\w'’-])(?P<verb>(?:murders?|killings?|assassinations?|deaths?|massacres?|slayings?)\s+of|{active_verbs})\s+"
            rf"(?=(?-i:[A-Z])|(?:an?|the|his|her|their)\s)", FLAGS),  # a name, a title or "a judge" comes next
        # "sending another 29 to hospital"
        "to_hospital": verb_first(r"(?P<verb>sending|sent|send|sends|rushing|rushed|taking|took)",
                                  r"\s+to\s+(?:(?:the|a|local|nearby|several|various)\s+)*hospitals?(?![\w'’-])"),
        "subgroup_list": verb_first(r"(?:including|among\s+them|among\s+whom|of\s+whom|mostly|mainly)"),
        # "Judge Carlos Valencia died", "the murder of political analyst Edgar Chacon", "killed attorney general
        # Roberto Garcia": one person named by a title, which also works in all-caps wire text
        "titled_subject": re.compile(
            rf"(?<![\w'’-])(?P<title>{singular_heads})(?:\s+(?!(?:{stop})(?![\w'’-]))[\w'’.-]+){{1,4}}?\s+"
            rf"(?:(?:was|has\s+been|had\s+been)\s+)?(?:(?:later|also|subsequently|reportedly)\s+)?"
            rf"(?P<verb>died|perished|{passive_verbs}){boundary}", FLAGS),
        "titled_object": re.compile(
            rf"(?<![\w'’-])(?P<verb>{active_verbs}|(?:murder|assassination|killing|death|slaying|kidnapping|abduction)\s+of)\s+"
            rf"(?P<obj>(?:(?:the|former|a|an)\s+)?(?:(?:{modifier})\s+){{0,3}}?(?P<title>{singular_heads}))(?![\w'’-])"
            rf"(?!\s+(?:and|or)\b)", FLAGS),
        # "one was killed and another wounded", "killing one policeman and injuring another": one more person
        "another_passive": re.compile(
            rf"(?<![\w'’-])(?:and|while|with)\s+(?:one\s+other|another)\s+(?:(?:was|is|has\s+been|had\s+been)\s+)?"
            rf"(?:(?:{fillers})\s+){{0,2}}(?P<verb>{passive_verbs}){boundary}", FLAGS),
        "another_active": re.compile(
            rf"(?<![\w'’-])(?P<verb>{active_verbs})\s+(?:one\s+other|another)"
            rf"(?=\s*(?:[,.;:]|$)|\s+(?:in|at|on|near|during|as|when|while|and|after|before|with|by)\b)", FLAGS),
        # "the assassination of Senator Ruiz", "GALAN'S MURDER": one named person (checked by the finder)
        "murder_of_name": re.compile(
            rf"(?<![\w'’-])(?P<verb>murder|assassination|killing|slaying)\s+of\s+"
            rf"(?P<obj>(?!(?:{stop})(?![\w'’-]))(?!\d)[\w'’.-]+(?:\s+(?!(?:{stop})(?![\w'’-]))(?!\d)[\w'’.-]+){{0,3}})", FLAGS),
        "name_s_murder": re.compile(
            rf"(?<![\w'’-])(?P<obj>(?!(?:{stop})(?![\w'’-]))[^\W\d][\w.-]*?)(?<![sS])['’][sS]\s+"
            rf"(?P<verb>murder|assassination|killing|slaying)(?!\s+of\b)(?![\w'’-])", FLAGS),
        "to_death": verb_first(rf"(?P<verb>{alternation(lex['to_death_verbs'])})",
                               rf"\s+(?P<compl>to\s+death|dead|alive){boundary}"),
        "suicide_noun": LazyPattern(
            rf"(?<![\w'’-])(?P<obj>(?:(?:{number})|an?|the)\s+(?:(?:{modifier})\s+){{0,2}}"
            rf"(?:{alternation(suicide['nouns'])})){boundary}", FLAGS),
        "suicide_self": re.compile(rf"(?<![\w'’-])(?P<verb>{alternation(suicide['self_verbs'])}){boundary}", FLAGS),
        "suicide_not_dead": re.compile(rf"(?<![\w'’-])(?:{alternation(suicide['not_dead'])}){boundary}", FLAGS),
        # "kills himself and six others": the attacker, then the victims
        "active": verb_first(rf"(?P<verb>{active_verbs})(?:\s+(?P<self>himself|herself)\s+(?:and|as\s+well\s+as|along\s+with))?"),
        # "killing four ... before being shot dead": the attacker died too
        "attacker_end": LazyPattern(
            rf"(?<![\w'’-])before\s+(?:being|he\s+was|she\s+was)\s+(?:(?:fatally|eventually|himself|herself)\s+)?"
            rf"(?P<verb>killed|shot\s+dead|shot\s+and\s+killed|shot\s+to\s+death|gunned\s+down){boundary}", FLAGS),
        "of_nominal": verb_first(
            r"(?P<verb>deaths?|bodies|corpses|remains|murders?|killings?|massacre|assassination|"
            r"injury|injuries|injuring|wounding|kidnapping|abduction|arrests?)\s+of", overlapping=True),
        # ("40 charred bodies": a body's state is a modifier before "bodies" / "corpses", never a verb there)
        "nominal": re.compile(
            rf"(?<![\w'’-])(?P<num>{number})\s+(?:more\s+)?(?:(?:{modifier}|{body_state})\s+){{0,2}}"
            rf"(?P<verb>{alternation(noun_types)}){boundary}", FLAGS),
        # a headline drops the article and the auxiliary: "Soldier killed in ambush", "Suspect killed, officer
        # wounded", "Man dies after shooting" (the finder checks that the noun starts the headline or a clause)
        "bare_subject": re.compile(
            rf"(?<![\w'’-])(?P<subj>{singular_heads})\s+(?:(?:later|also|reportedly)\s+)?"
            rf"(?P<verb>died|dies|perished|{passive_verbs}){boundary}", FLAGS),
        "singular_was": re.compile(
            rf"(?<![\w'’-])(?P<subj>[\w'’-]+)\s+(?:who\s+)?(?:was|has\s+been|had\s+been|is|got)\s+"
            rf"(?:(?:{fillers})\s+){{0,2}}(?P<verb>{passive_verbs}){boundary}", FLAGS),
        "singular_died": re.compile(
            rf"(?<![\w'’-])(?P<subj>[\w'’-]+)\s+(?:(?:later|also|subsequently|eventually|reportedly|instantly|then|"
            rf"unfortunately|sadly|tragically|apparently|allegedly|immediately)\s+)?"
            rf"(?P<verb>died|perished|passed\s+away|lost\s+(?:his|her)\s+life){boundary}", FLAGS),
        "object_follows": re.compile(
            rf"\s+(?:{number}|an?|the|his|her|their|its|him|them|me|us|(?:{plural_heads}|{singular_heads}){boundary})(?![\w'’-])", FLAGS),
        "aux_before": re.compile(r"(?:\b(?:was|were|been|be|being|is|are|get|got)\s+(?:[\w'’-]+ly\s+)?)$", FLAGS),
        "unit_after": re.compile(rf"\s*(?:(?:{alternation(lex['unit_words'])})(?![\w'’-])|[%$]|-\w)", FLAGS),
    }
    compiled["sources"] = {"number": number, "modifier": modifier, "plural_heads": plural_heads,  # (distant_subjects.py)
                           "singular_heads": singular_heads, "active_verbs": active_verbs, "victim_list": victim_list,
                           "passive_verbs": passive_verbs, "fillers": fillers}  # (relative_main_verbs.py)
    compiled["types"] = {"passive": passive_types, "active": active_types, "nouns": noun_types,
                         "leave": {normalise_phrase(k): v for k, v in lex["leave_complements"].items()}}
    compiled["plural_heads"] = {normalise_phrase(p) for p in plurals}
    compiled["singular_heads"] = {normalise_phrase(p) for p in lex["victim_nouns_singular"]}
    compiled["not_a_subject"] = set(lex["not_a_subject"])
    compiled["non_victims"] = {normalise_phrase(p) for p in lex["non_victim_nouns"]}
    compiled["list_stop_words"] = set(lex["stop_words"])
    compiled["verb_words"] = verb_words | set(lex["leave_verbs"])
    compiled["ed_adjectives"] = {normalise_phrase(p) for p in lex["ed_adjectives"]}
    compiled["not_name_words"] = set(lex["not_name_words"])
    compiled["person_suffixes"] = tuple(lex["person_suffixes"])
    compiled["attacker_heads"] = {normalise_phrase(p) for p in lex["attacker_nouns"]}
    compiled["verb_before"] = re.compile(rf"(?<![\w'’-])(?:{active_verbs}|{alternation(lex['leave_verbs'])})\s+$", FLAGS)
    compiled["number_in_gap"] = re.compile(rf"(?<![\w'’-])(?:{number})(?![\w'’-])|\b(?:and|who|which|that|but|when|while|after|as|where|whom|whose|before|because|if)\b", FLAGS)
    compiled["suicide_gate"] = re.compile(r"suicide|kamikaze|\b(?:blew|blow|blows|blowing|detonat\w*|exploded|kill\w*)\s+(?:up\s+)?(?:him|her|them)sel", FLAGS)
    first_words = first_number_words | {"the", "all", "another", "other", "a", "an", "his", "her", "their", "its", "this",
                                        "that", "he", "she", "both", "between", "further", "additional"}
    # where a victim phrase can start: the finder tries its subject patterns only at these words
    compiled["item_start"] = re.compile(rf"(?<![\w'’-])(?:\d|(?:{alternation(first_words)})(?![\w'’]))", FLAGS)
    # "plans to kill", "would kill", "did not kill": no deaths reported by this verb
    compiled["unreal_before"] = re.compile(
        r"(?:\b(?:(?<!managed\s)(?<!able\s)to|will|would|could|can|might|may|must|should|shall|not|never|n't|cannot)\s+(?:[\w'’-]+ly\s+)?)$", FLAGS)
    compiled["clause_after"] = re.compile(
        r"\s+(?!(?:in|on|at|of|by|for|from|with|near|during|after|before|as|and|was|is)\b)[a-z]+(?:ed|s)\b", FLAGS)
    compiled["number_before"] = re.compile(rf"(?:{number})\s+$", FLAGS)
    compiled["passive_tail"] = re.compile(rf"\s+{fill}(?:{passive_verbs}){boundary}", FLAGS)
    compiled["transitive"] = {normalise_phrase(v) for v in lex["transitive_ambiguous"]}
    return compiled
