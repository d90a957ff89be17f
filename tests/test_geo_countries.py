import pytest

from incident_extractor.geo.countries import country_by_name, country_name, demonym_country


@pytest.mark.parametrize(
    "name, code",
    [
        ("Syria", "SY"),
        ("Syrian Arab Republic", "SY"),
        ("the Netherlands", "NL"),
        ("U.S.", "US"),
        ("the U.S.", "US"),
        ("Britain", "GB"),
        ("AFGHANISTAN", "AF"),
        ("El Salvador", "SV"),
        ("Côte d'Ivoire", "CI"),
        ("Yerevan", None),
        ("Police", None),
    ],
)
def test_country_by_name(name, code):
    assert country_by_name(name) == code


@pytest.mark.parametrize("pronoun", ["us", "Us"])
def test_the_pronoun_us_is_not_a_country(pronoun):
    assert country_by_name(pronoun) is None


@pytest.mark.parametrize(
    "word, code",
    [
        ("Armenian", "AM"),
        ("Azerbaijani", "AZ"),
        ("Iraqis", "IQ"),
        ("SALVADORAN", "SV"),
        ("Afghan", "AF"),
        ("Afghans", "AF"),
        ("British", "GB"),
        ("Soldiers", None),
    ],
)
def test_demonym_country(word, code):
    assert demonym_country(word) == code


@pytest.mark.parametrize("code, name", [("RU", "Russia"), ("AM", "Armenia"), ("XK", "Kosovo")])
def test_country_name_is_the_short_english_name(code, name):
    assert country_name(code) == name
