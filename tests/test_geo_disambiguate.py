import pytest

from incident_extractor.geo.disambiguate import choose_candidate, rank_country_context
from incident_extractor.geo.gazetteer import Candidate

TRIPOLI_LIBYA = Candidate("Tripoli", "place", "LY", "Tripoli", 32.9, 13.2, 1_300_000)
TRIPOLI_LEBANON = Candidate("Tripoli", "place", "LB", "North", 34.4, 35.8, 230_000)
TRIPOLI_GREECE = Candidate("Trípoli", "place", "GR", "Peloponnese", 37.5, 22.4, 30_000)
SPRINGFIELD_IL = Candidate("Springfield", "place", "US", "Illinois", 39.8, -89.6, 116_000)
SPRINGFIELD_MO = Candidate("Springfield", "place", "US", "Missouri", 37.2, -93.3, 166_000)
IDLIB_PROVINCE = Candidate("Idlib", "admin1", "SY", "Idlib", 35.9, 36.6, 440_000)
IDLIB_CITY = Candidate("Idlib", "place", "SY", "Idlib", 35.9, 36.6, 130_000)
CAPITAL = Candidate("Bogotá", "place", "CO", "Bogota D.C.", 4.6, -74.1, 7_600_000)
HAMLET = Candidate("Bogota", "place", "US", "New Jersey", 40.9, -74.0, 8_000)
TRIPOLIS = [TRIPOLI_LIBYA, TRIPOLI_LEBANON, TRIPOLI_GREECE]


@pytest.mark.parametrize(
    "candidates, query, context, kind_hint, within_country, within_admin1, expected",
    [
        (TRIPOLIS, "Tripoli", {}, None, None, None, TRIPOLI_LIBYA),  # no context: population
        (TRIPOLIS, "Tripoli", {"LB": 0.7, "SY": 0.3}, None, None, None, TRIPOLI_LEBANON),
        (TRIPOLIS, "TRIPOLI", {"GR": 1.0}, None, None, None, TRIPOLI_GREECE),  # all caps
        (TRIPOLIS, "Tripoli", {"LY": 0.2}, None, "LB", None, TRIPOLI_LEBANON),  # "Tripoli, Lebanon"
        ([SPRINGFIELD_MO, SPRINGFIELD_IL], "Springfield", {}, None, "US", "Illinois", SPRINGFIELD_IL),
        ([IDLIB_PROVINCE, IDLIB_CITY], "Idlib", {"SY": 1.0}, None, None, None, IDLIB_CITY),
        ([IDLIB_PROVINCE, IDLIB_CITY], "Idlib", {"SY": 1.0}, "admin1", None, None, IDLIB_PROVINCE),
        ([HAMLET, CAPITAL], "Bogotá", {"US": 0.6, "CO": 0.4}, None, None, None, CAPITAL),  # a capital beats a hamlet
    ],
)
def test_choose_candidate(candidates, query, context, kind_hint, within_country, within_admin1, expected):
    assert choose_candidate(candidates, query, context, kind_hint, within_country, within_admin1) == expected


def test_no_candidate_gives_none():
    assert choose_candidate([], "Atlantis", {}) is None


def test_rank_country_context_weighs_datelines_over_demonyms():
    ranked = rank_country_context([("US", "demonym"), ("US", "demonym"), ("SV", "dateline")])
    assert [code for code, _ in ranked] == ["SV", "US"]
    assert sum(share for _, share in ranked) == pytest.approx(1.0)


def test_rank_country_context_breaks_ties_by_first_appearance():
    ranked = rank_country_context([("AZ", "country"), ("AM", "country")])
    assert [code for code, _ in ranked] == ["AZ", "AM"]


@pytest.mark.parametrize("candidates, expected", [
    # a capital that dwarfs its namesake hamlet abroad: the dateline means the capital's country
    ([Candidate("Bogota", "place", "US", None, 40.9, -74.0, 8_000),
      Candidate("Bogotá", "place", "CO", "Bogota D.C.", 4.6, -74.1, 7_600_000)], "CO"),
    # two large namesakes in different countries: the dateline alone does not decide
    ([Candidate("Santiago", "place", "CL", None, 0, 0, 4_800_000),
      Candidate("Santiago", "admin1", "DO", None, 0, 0, 1_300_000)], None),
    ([TRIPOLI_LIBYA], "LY"),
])
def test_a_dateline_counts_for_its_dominant_reading(candidates, expected):
    from incident_extractor.geo.resolve import dominant_candidate

    best = dominant_candidate(candidates)
    assert (best.country_code if best else None) == expected
