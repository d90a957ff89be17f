import pytest

from incident_extractor.events.actor_kinds import country_of_phrase, find_named_groups, kind_of_phrase


@pytest.mark.parametrize(
    "phrase, kind, armed",
    [
        ("Azerbaijani forces", "state_forces", True),
        ("riot police", "state_forces", True),
        ("Al Shabaab militants", "rebel_group", True),
        ("rebel forces", "rebel_group", True),
        ("armed rebels", "rebel_group", True),
        ("unidentified gunmen", "political_militia", True),
        ("armed men", "political_militia", True),
        ("ethnic militia", "identity_militia", True),
        ("UN peacekeepers", "external_force", True),
        ("protesters", "protesters", False),
        ("rioters", "rioters", False),
        ("a farmer", "civilians", False),
        ("three men", "civilians", False),
        ("foreign ministers", "state_forces", False),
        ("Sunrise Liberation Front", "rebel_group", True),
        ("the weather", None, False),
    ],
)
def test_kind_of_phrase(phrase, kind, armed):
    assert kind_of_phrase(phrase.split()) == (kind, armed)


@pytest.mark.parametrize(
    "phrase, codes",
    [
        ("Indian Border Security Force", ["IN"]),
        ("Armenian and Azerbaijani border forces", ["AM", "AZ"]),
        ("U.S. troops", ["US"]),
        ("unidentified gunmen", []),
    ],
)
def test_country_of_phrase(phrase, codes):
    assert country_of_phrase(phrase.split()) == codes


def test_named_groups_are_found_and_acronyms_keep_their_case():
    text = "Boko Haram fighters and the IRA claimed it; the ira of the gods did not."
    found = [(text[s:e], kind) for s, e, kind in find_named_groups(text)]
    assert found == [("Boko Haram", "rebel_group"), ("IRA", "rebel_group")]
