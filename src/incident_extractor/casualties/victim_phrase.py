"""The regex source of one victim phrase, shared by every casualty list pattern (see lexicon.py).

A counted group ("the seven crew members", "three members of the army"), a single person ("a policeman", "a
member of the Syrian Democratic Forces"), a pronoun. Written once, with or without named groups: the list
patterns embed the plain copy, victims.py reads items back with the named one.
"""

from __future__ import annotations


def victim_phrase_source(named: bool, modifier: str, verbs: str, number_words: str) -> str:
    """One victim phrase: a counted group ("the seven crew members"), a single person ("a policeman"), a
    pronoun. Any content word may head it; victims.py tells victim nouns apart, which keeps patterns small."""

    def g(name: str, body: str) -> str:
        return f"(?P<{name}>{body})" if named else f"(?:{body})"

    # one to four words; the modifier appears once (it is the bulk of every list pattern's compiled size):
    # each word is followed by a space and another word, or ends the phrase
    words = rf"(?:(?:{modifier})(?:\s+(?=[\w'’-])|(?![\w'’-]))){{1,4}}(?<!\s)"
    counted = (
        r"(?:" + g("det", r"the|all\s+of\s+the|all\s+the|all|another|other|a\s+further|an\s+additional|his|her|their|its") + r"\s+)?"
        + g("num", "{number}")
        + r"(?:\s+" + g("more", r"more|other|others|further|additional") + r")?"
        + r"(?:\s+" + g("of", r"of\s+(?:them|whom|those|(?:the|his|her|their|its)(?:\s+(?!and\b|or\b)[\w'’-]+){1,3}?)") + r")?"
        + r"(?:\s+" + g("words", words)
        # "three members of the army": the head may carry an of-phrase
        # greedy, but never over a verb of the lexicon: "two members of the Border Police Force were killed"
        + r"(?:\s+of\s+(?:the\s+|a\s+)?(?:(?!(?:and|or|were|was|who|had|have|has|are|is|{verbs})(?![\w'’-]))[\w'’-]+\s+){0,2}"
        r"(?!(?:and|or|were|was|who|had|have|has|are|is|{verbs})(?![\w'’-]))[\w'’-]+)?)?"
    )
    # "a member of the Syrian Democratic Forces", "the mayor of the town": one person, whatever the of-phrase names
    # (never "a family of 7", "a total of three militants", "the funeral of the 10 union leaders": a number in it
    # counts the people)
    # ("an officer of 47 years" is an of-phrase all the same)
    not_in_of = (r"(?!(?!\d{1,3}\s+years?(?![\w'’-]))\d|(?:and|or|were|was|who|had|have|has|are|is|a|an|the|his|"
                 rf"her|their|its|{{verbs}}|{number_words})(?![\w'’-]))")
    of_phrase = (rf"(?:\s+of\s+(?:the\s+|a\s+|an\s+)?"
                 rf"(?:{not_in_of}[\w'’-]+\s+){{0,3}}{not_in_of}[\w'’-]+)?")
    single = (g("art", r"an|a|the|his|her|their|its|this|that|another") + r"\s+" + g("words1", rf"{words}|other")
              + of_phrase)
    pronoun = g("pron", r"he|she|him|her")
    return rf"(?<![\w'’-])(?:{counted}|{single}|{pronoun})(?![\w'’-])".replace("{verbs}", verbs)


def plural_nouns(lex: dict) -> list[str]:
    """The listed plural victim nouns and the regular plurals of the singular ones ("driver" -> "drivers",
    "deputy" -> "deputies", "chairman" -> "chairmen"): a counted group far from its verb needs a known head."""
    derived = set()
    for word in lex["victim_nouns_singular"]:
        if word.endswith("man"):
            derived.add(word[:-3] + "men")
        elif word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
            derived.add(word[:-1] + "ies")
        elif word.endswith(("s", "x", "ch", "sh")):
            derived.add(word + "es")
        elif not word.endswith(("child", "wife", "-law")):
            derived.add(word + "s")
    return sorted(set(lex["victim_nouns_plural"]) | derived)
