"""Asides a sentence's figures are read through: brackets, dashes, ages and relative clauses between a subject
and its verb. Each is blanked out with spaces, so every offset into the sentence stays valid."""

from __future__ import annotations

import re

from incident_extractor.casualties.breakdown_appositions import dashes_as_commas
from incident_extractor.casualties.lexicon import patterns
from incident_extractor.casualties.named_lists import NOBODY


# a short aside in brackets: "(ANA)", "(three guards and a civilian)", "[not further identified]"
BRACKETED = re.compile(r"\([^()\[\]]{1,100}\)|\[[^()\[\]]{1,100}\]")
# or between dashes: "TWO CHILDREN -- 4 AND 1 YEAR OLD -- DIED", "Five were killed – two Israelis and three
# tourists – and ..."
DASHED = re.compile(r"(?<=\s)--\s(?:(?!--)[^()\[\]]){1,100}?\s--(?=\s)|"
                    r"(?<=\s)[–—]\s[^()\[\]–—]{1,100}?\s[–—](?=\s)")


def mask_asides(text: str) -> str:
    """Blank out bracketed asides that report no figure of their own, offsets kept: "Twelve people (nine soldiers
    and three civilians) were killed" reads as "Twelve people ... were killed"."""
    brackets, dashes = "(" in text or "[" in text, "--" in text or "–" in text or "—" in text
    if not brackets and not dashes:
        return text
    trigger = patterns()["trigger"]

    def blank(aside: re.Match) -> str:
        if trigger.search(aside.group(0)):
            return aside.group(0)
        return dashes_as_commas(aside.string, *aside.span()) or " " * len(aside.group(0))

    if brackets:
        text = BRACKETED.sub(blank, text)
    return DASHED.sub(blank, text) if dashes else text


# "A woman, 41, and a man, 45, were killed": an age between commas right after a word
# ("Two brothers, aged 19 and 23, were shot dead": the ages of a pair)
# ("TODD WILSON, 20 YEARS OLD, AND JEFF BALL, 21, WERE MURDERED": the age may say "years old")
AGE_APPOSITION = re.compile(r"(?<=[^\W\d_])\s*,\s*(?:aged\s+)?\d{1,3}(?:\s*(?:and|to|-|–)\s*\d{1,3})?"
                            r"(?:(?:\s*-\s*|\s+)years?(?:\s*-\s*|\s+)old)?\s*,(?=\s)", re.IGNORECASE)


# "a 12-year-old girl", "two 17-year-old students", "his 6-month-old son", wire's "A 65-YEAR- OLD MINISTER": an age
# before its noun (never one that is the noun itself: "a 15-year-old was killed")
AGE_ADJECTIVE = re.compile(r"(?<![\w'’-])\d{1,3}(?:-\s*|\s+)(?:years?|months?|weeks?|days?)(?:-\s*|\s+)old(?=\s+(?!(?:was|were|is|are|"
                           r"and|or|who|had|has|have|died|dies|been)(?![\w'’-]))[^\W\d_])", re.IGNORECASE)


AGE_PIECES = ("-old", " old", "-OLD", " OLD", "-Old", " Old")  # every AGE_ADJECTIVE match holds one

# "A man in his 30s was stabbed to death", "two women in their early twenties": an age span after the person
AGE_DECADE = re.compile(r"(?<=[\w'’-])\s+in\s+(?:his|her|their)\s+(?:(?:early|mid|late)[\s-]+)?"
                        r"(?:teens|[1-9]0'?s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
                        r"(?=[\s,;.])", re.IGNORECASE)


def mask_ages(text: str) -> str:
    """Blank out ages between commas, ages before a noun and age spans after one, offsets kept: the lists read "A
    woman and a man were killed", "killed a girl and her mother", "A man was stabbed to death"."""
    if any(piece in text for piece in AGE_PIECES):
        text = AGE_ADJECTIVE.sub(lambda m: " " * len(m.group(0)), text)
    if " in his " in text or " in her " in text or " in their " in text or " IN " in text:
        text = AGE_DECADE.sub(lambda m: " " * len(m.group(0)), text)
    if "," not in text:
        return text
    return AGE_APPOSITION.sub(lambda m: " " * len(m.group(0)), text)


# "Two officers, who were guarding the church, died": a relative clause between commas, right before the verb
RELATIVE_ASIDE = re.compile(r",\s+(?:who|whom|whose|(?:both|all|neither|none)\s+of\s+whom)\s[^,;()]{1,100},"
                            r"(?=\s+(?:(?:were|was|are|is|had|has|have)\s|(?:died|perished)(?![\w'’-])))", re.IGNORECASE)

# "Six monks and two women who worked for them were killed": a short relative clause with no commas right before a
# plural verb (never one that starts with a verb of its own: "men who were planning an attack were killed")
RELATIVE_BARE = re.compile(r"(?<=[\w'’-])\s+who\s+(?:(?!(?:were|was|are|is|and|or|but|have|has|had|where|when|while|"
                           r"after|before|as|because|since|until|which|that|whom|whose|who|if)(?![\w'’-]))"
                           r"[^\s,;:.()\[\]]+\s+){1,8}?(?=(?:were|are|have\s+been|had\s+been)\s)", re.IGNORECASE)


# "A man who was with the victim suffered facial injuries": a short relative clause right before suffered / sustained
# (a main verb, so the clause may open with one of its own)
RELATIVE_BEFORE_INJURIES = re.compile(r"(?<=[\w'’-])\s+who\s+(?:[^\s,;:.()\[\]]+\s+){1,8}?(?=(?:suffered|sustained)\s)",
                                      re.IGNORECASE)


def mask_relative_asides(text: str) -> str:
    """Blank out a relative clause that reports no figure of its own between a subject and its verb, offsets kept:
    "Two officers, who were guarding the church, died" reads as "Two officers ... died"."""
    if "who" not in text and "WHO" not in text and "Who" not in text:
        return text
    trigger = patterns()["trigger"]

    def blank(aside: re.Match) -> str:
        if trigger.search(aside.group(0)) or NOBODY.search(text, max(0, aside.start() - 150), aside.start()):
            return aside.group(0)  # "none of the nuns, who had been sleeping, was hurt": the rule for none reads it
        return " " * len(aside.group(0))

    text = RELATIVE_BARE.sub(blank, RELATIVE_ASIDE.sub(blank, text))
    lowered = text.lower()
    if "suffered" in lowered or "sustained" in lowered:
        text = RELATIVE_BEFORE_INJURIES.sub(blank, text)
    return text


# "Ana Ruiz and Luis Mena, both teachers, were killed", "13 people, all civilians, were killed": an apposition that
# says what the whole list is, between commas right before the verb
# (after an age blanked out: "Ana Ruiz, aged 45, and Luis Mena, aged 50, both teachers, were killed")
GROUP_APPOSITION = re.compile(r"(?:,|(?<=\s\s))\s+(?:both|all)(?:\s+of\s+them)?\s+(?!of\s+wh)[^,;:()\[\]]{1,60}?,"
                              r"(?=\s+(?:(?:were|are|had|have)\s|(?:died|perished)(?![\w'’-])))", re.IGNORECASE)


def mask_group_appositions(text: str, lowered: str) -> str:
    """Blank out ", both teachers," / ", all civilians," before the verb (no trigger word inside), offsets kept:
    "Ana Ruiz and Luis Mena, both teachers, were killed" reads as "Ana Ruiz and Luis Mena ... were killed"."""
    if ", both " not in lowered and ", all " not in lowered:
        return text
    trigger = patterns()["trigger"]
    return GROUP_APPOSITION.sub(lambda m: m.group(0) if trigger.search(m.group(0)) else " " * len(m.group(0)), text)
