import pytest

from incident_extractor.geo.regions import find_borders, find_regions


@pytest.mark.parametrize(
    "text, countries, covered",
    [
        ("Shots rang out along the Armenian-Azerbaijani border overnight.", ("AM", "AZ"), "Armenian-Azerbaijani border"),
        ("TROOPS MASSED ON THE HONDURAN-NICARAGUAN BORDER.", ("HN", "NI"), "HONDURAN-NICARAGUAN BORDER"),
        ("Fighting near the border between Sudan and South Sudan.", ("SD", "SS"), "border between Sudan and South Sudan"),
        ("Refugees reached Turkey's border with Syria on foot.", ("TR", "SY"), "Turkey's border with Syria"),
        ("A convoy was hit near the Syrian border.", ("SY",), "Syrian border"),
    ],
)
def test_find_borders(text, countries, covered):
    borders = find_borders(text)
    assert len(borders) == 1
    assert borders[0].kind == "border"
    assert borders[0].countries == countries
    assert text[borders[0].start_char:borders[0].end_char] == covered


@pytest.mark.parametrize("text", ["They crossed the border at night.", "A cross-border raid was reported."])
def test_no_border_without_a_country(text):
    assert find_borders(text) == []


@pytest.mark.parametrize(
    "text, country, covered",
    [
        ("Shelling continued in eastern Ukraine on Monday.", "UA", "eastern Ukraine"),
        ("Airstrikes hit north-west Syria.", "SY", "north-west Syria"),
        ("IN NORTHERN PERU, GUERRILLAS ATTACKED A POST.", "PE", "NORTHERN PERU"),
    ],
)
def test_find_regions(text, country, covered):
    regions = find_regions(text)
    assert [(region.countries, text[region.start_char:region.end_char]) for region in regions] == [((country,), covered)]


@pytest.mark.parametrize("text", ["Talks with North Korea resumed.", "A bomb exploded in Northern Ireland.", "South Africa voted."])
def test_country_names_with_a_direction_are_not_regions(text):
    assert find_regions(text) == []
