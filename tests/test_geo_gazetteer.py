"""The real gazetteer (built from the installed packages on first use, then cached)."""

import pytest

from incident_extractor.geo.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.mark.parametrize(
    "name, kind, country",
    [
        ("Yerevan", "place", "AM"),
        ("SAN SALVADOR", "place", "SV"),
        ("Usulután", "place", "SV"),
        ("Usulutan", "place", "SV"),
        ("al-Raqqa", "place", "SY"),
        ("Raqqa", "place", "SY"),
        ("Idlib", "admin1", "SY"),
        ("Nangarhar", "admin1", "AF"),
        ("Logar", "admin1", "AF"),  # ISO spelling of GeoNames' "Lowgar"
        ("Syria", "country", "SY"),
    ],
)
def test_lookup_finds_the_expected_kind_and_country(gazetteer, name, kind, country):
    assert any(c.kind == kind and c.country_code == country for c in gazetteer.lookup(name))


@pytest.mark.parametrize("name", ["Tripoli", "San Miguel", "Springfield"])
def test_ambiguous_names_have_candidates_in_several_countries_or_regions(gazetteer, name):
    candidates = gazetteer.lookup(name)
    assert len({(c.country_code, c.admin1) for c in candidates}) > 1


def test_tripoli_candidates_include_lebanon_and_libya(gazetteer):
    countries = {c.country_code for c in gazetteer.lookup("Tripoli") if c.kind == "place"}
    assert {"LB", "LY"} <= countries


def test_places_have_coordinates_and_admin1_names(gazetteer):
    aleppo = next(c for c in gazetteer.lookup("Aleppo") if c.kind == "place")
    assert aleppo.admin1 == "Aleppo"
    assert 35 < aleppo.latitude < 37 and 36 < aleppo.longitude < 38


@pytest.mark.parametrize("word", ["Of", "Xqzzyv"])
def test_unknown_names_give_nothing(gazetteer, word):
    assert gazetteer.lookup(word) == []


def test_cached_index_loads_again_without_rebuilding(tmp_path, monkeypatch):
    import incident_extractor.geo.gazetteer as module

    monkeypatch.setenv("INCIDENTS_CACHE_DIR", str(tmp_path))
    calls = tmp_path / "builds.log"  # a file: the build may run in a forked child process
    real_build = module.build_index
    monkeypatch.setattr(module, "build_index", lambda: calls.open("a").write("1") and {"names": [], "countries": [],
                        "admin1s": [], "lats": [], "lons": [], "populations": [], "kinds": "", "index": {"x": ()},
                        "first_words": set()})
    first = module._load_or_build_index()
    second = module._load_or_build_index()
    assert calls.read_text() == "1"
    assert first.tables == second.tables and "x" in second.string_set("keys")
    assert list(tmp_path.glob("gazetteer-*.gazetteer"))
    assert real_build is not None


@pytest.mark.parametrize(
    "name, country",
    [
        ("North Sinai", "EG"),  # GeoNames: "Muhafazat Shamal Sina'"
        ("Sinai", "EG"),
        ("Hadramout", "YE"),  # "Muhafazat Hadramawt"
        ("Hadramawt", "YE"),  # the prefix "Muhafazat" stripped
        ("Saladin", "IQ"),  # "Salah ad Din Governorate"
        ("Salah ad Din", "IQ"),  # the suffix "Governorate" stripped
        ("New Valley", "EG"),
        ("Deir al-Zour", "SY"),
        ("Damascus Countryside", "SY"),
        ("Wardak", "AF"),
    ],
)
def test_english_names_of_regions_find_the_region(gazetteer, name, country):
    best = max(gazetteer.lookup(name), key=lambda c: c.population)
    assert (best.kind, best.country_code) == ("admin1", country)


def test_a_region_alias_does_not_displace_the_city_of_the_same_name(gazetteer):
    from incident_extractor.geo.disambiguate import choose_candidate

    assert choose_candidate(gazetteer.lookup("Baghdad"), "Baghdad", {"IQ": 1.0}).kind == "place"
