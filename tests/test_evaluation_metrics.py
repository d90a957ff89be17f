import pytest

from test_evaluation_builders import actor, casualty, incident, location
from incident_extractor.evaluation.metrics import (
    METRICS,
    document_toll,
    haversine_km,
    score_document,
)


def outcomes_by_metric(gold, incidents):
    return {outcome.metric: outcome for outcome in score_document(gold, incidents)}


@pytest.mark.parametrize(
    "tolls, expected",
    [
        ([], 0),  # no incident at all counts as no figure
        ([None], 0),  # an incident without a figure counts as 0
        ([3, None, 7], 7),  # the largest among the incidents
        ([0, None], 0),
    ],
)
def test_document_toll_is_the_largest_figure_or_zero(tolls, expected):
    assert document_toll([incident(killed=k) for k in tolls], "killed") == expected


@pytest.mark.parametrize(
    "gold, tolls, expected_metrics",
    [
        ({"killed": 7}, [7], {"killed_exact": True, "killed_exact_when_deaths": True}),
        ({"killed": 7}, [3, 5], {"killed_exact": False, "killed_exact_when_deaths": False}),
        ({"killed": 0}, [], {"killed_exact": True, "killed_exact_when_none": True}),
        ({"killed": 0}, [None], {"killed_exact": True, "killed_exact_when_none": True}),
        ({"killed": 0}, [2], {"killed_exact": False, "killed_exact_when_none": False}),
        ({"killed_best": 4}, [4], {"killed_exact": True, "killed_exact_when_deaths": True}),
        (
            {"killed": 4, "killed_stated": True},
            [4],
            {"killed_exact": True, "killed_exact_when_deaths": True, "killed_exact_stated": True},
        ),
        ({"killed": 4, "killed_stated": False}, [4], {"killed_exact": True, "killed_exact_when_deaths": True}),
        ({"killed": None}, [4], {}),  # null gold: not scored
        ({}, [4], {}),
    ],
)
def test_killed_rules(gold, tolls, expected_metrics):
    outcomes = outcomes_by_metric(gold, [incident(killed=k) for k in tolls])
    scored = {name: o.hit for name, o in outcomes.items() if name.startswith("killed")}
    assert scored == expected_metrics


@pytest.mark.parametrize(
    "gold_injured, tolls, hit",
    [(5, [5], True), (5, [2, 5], True), (0, [], True), (5, [], False), (0, [1], False)],
)
def test_injured_rules(gold_injured, tolls, hit):
    outcomes = outcomes_by_metric({"injured": gold_injured}, [incident(injured=k) for k in tolls])
    assert outcomes["injured_exact"].hit is hit


@pytest.mark.parametrize(
    "gold, days, hit",
    [
        ({"date": "2021-03-04", "date_explicit": True}, ["2021-03-04"], True),
        ({"date": "2021-03-04", "date_explicit": True}, ["2021-03-01", "2021-03-04"], True),
        ({"date": "2021-03-04", "date_explicit": True}, ["2021-03-05"], False),
        ({"date": "2021-03-04", "date_explicit": True}, [None], False),
        ({"date": "2021-03-04", "date_explicit": False}, ["2021-03-04"], None),  # not stated: not scored
        ({"date": "2021-03-04"}, ["2021-03-04"], None),
        ({"date": None, "date_explicit": True}, ["2021-03-04"], None),
    ],
)
def test_date_only_where_the_text_states_the_day(gold, days, hit):
    outcome = outcomes_by_metric(gold, [incident(day=d) for d in days]).get("date_day")
    assert (outcome.hit if outcome else None) is hit


@pytest.mark.parametrize(
    "gold_code, locations, hit",
    [
        ("NG", [location(code="NG")], True),
        ("NG", [location(code="NE"), location(code="NG")], True),
        ("AZ", [location(code="AM", countries=["AM", "AZ"])], True),  # a border location has both sides
        ("NG", [location(code="AZ")], False),
        ("NG", [location(code=None)], False),
        ("NG", [], False),
    ],
)
def test_country(gold_code, locations, hit):
    gold = {"country_code": gold_code}
    assert outcomes_by_metric(gold, [incident(locations=locations)])["country"].hit is hit


def test_country_is_found_in_any_incident():
    incidents = [incident(locations=[location(code="FR")]), incident(locations=[location(code="NG")])]
    assert outcomes_by_metric({"country_code": "NG"}, incidents)["country"].hit


@pytest.mark.parametrize(
    "lat1, lon1, lat2, lon2, km",
    [
        (0.0, 0.0, 0.0, 1.0, 111.2),  # one degree of longitude on the equator
        (10.0, 20.0, 10.0, 20.0, 0.0),
        (0.0, 0.0, 1.0, 0.0, 111.2),
        (89.0, 0.0, 89.0, 180.0, 222.4),  # across the pole
    ],
)
def test_haversine(lat1, lon1, lat2, lon2, km):
    assert haversine_km(lat1, lon1, lat2, lon2) == pytest.approx(km, abs=0.2)


@pytest.mark.parametrize(
    "coords, hit",
    [
        ([(10.0, 20.0)], True),
        ([(10.4, 20.0)], True),  # about 44 km north
        ([(10.5, 20.0)], False),  # about 56 km north
        ([(30.0, 30.0), (10.1, 20.1)], True),
        ([(None, None)], False),  # a country-only location has no coordinates
        ([], False),
    ],
)
def test_place_within_50_km(coords, hit):
    gold = {"lat": 10.0, "lon": 20.0}
    locations = [location(lat=lat, lon=lon) for lat, lon in coords]
    assert outcomes_by_metric(gold, [incident(locations=locations)])["place_50km"].hit is hit


def test_place_not_scored_without_gold_coordinates():
    assert "place_50km" not in outcomes_by_metric({"lat": 10.0}, [incident(locations=[location(lat=10, lon=20)])])


@pytest.mark.parametrize(
    "gold_admin1, predicted, hit",
    [
        ("Idlib governorate", [location(admin1="Idlib")], True),
        ("Idlib", [location(name="Idlib Governorate", kind="admin1")], True),
        ("Ar Raqqah governorate", [location(admin1="Raqqa")], True),
        ("Homs", [location(admin1="Hama")], False),
        ("Kandahar province", [location(admin1=None)], False),
        ("", [location(admin1="Idlib")], None),  # empty gold: not scored
    ],
)
def test_admin1(gold_admin1, predicted, hit):
    outcome = outcomes_by_metric({"admin1": gold_admin1}, [incident(locations=predicted)]).get("admin1")
    assert (outcome.hit if outcome else None) is hit


@pytest.mark.parametrize(
    "gold, event_types, hit",
    [
        ({"event_type": "Battles"}, ["Battles"], True),
        ({"event_type": "Battles"}, ["Protests", "Battles"], True),
        ({"event_type": "Battles"}, ["Riots"], False),
        ({"event_type": "Battles"}, [None], False),
        ({"incident_type": "BOMBING"}, ["Explosions/Remote violence"], True),  # MUC-4 mapped type
        ({"incident_type": "ATTACK"}, ["Battles"], None),  # ambiguous MUC-4 type: not scored
    ],
)
def test_event_type(gold, event_types, hit):
    outcome = outcomes_by_metric(gold, [incident(event_type=t) for t in event_types]).get("event_type")
    assert (outcome.hit if outcome else None) is hit


@pytest.mark.parametrize(
    "gold_kinds, predicted_kinds, hit",
    [
        (["state_forces"], ["state_forces"], True),
        (["state_forces", "civilians"], ["civilians", "state_forces", "rebel_group"], True),
        (["state_forces", "civilians"], ["state_forces"], False),
        (["protesters"], [None], False),
        ([], ["protesters"], None),
    ],
)
def test_actor_kinds_every_gold_kind_among_the_actors(gold_kinds, predicted_kinds, hit):
    actors = [actor(kind=kind) for kind in predicted_kinds]
    outcome = outcomes_by_metric({"actor_kinds": gold_kinds}, [incident(actors=actors)]).get("actor_kinds")
    assert (outcome.hit if outcome else None) is hit


@pytest.mark.parametrize(
    "gold, count, metric, hit",
    [
        ({"killed": 0}, 1, "doc_has_incident", True),
        ({"killed": 0}, 0, "doc_has_incident", False),
        ({"date": "2020-01-01"}, 2, "doc_has_incident", True),
        ({"relevant": True}, 0, "doc_has_incident", False),
        ({"relevant": False, "killed": 3}, 0, "doc_no_incident", True),  # `relevant` decides
        ({"relevant": False}, 1, "doc_no_incident", False),
        ({"entities": [{"begin": 0}]}, 1, None, None),  # entity-only gold: neither
    ],
)
def test_presence(gold, count, metric, hit):
    outcomes = outcomes_by_metric(gold, [incident() for _ in range(count)])
    presence = {name: o.hit for name, o in outcomes.items() if name.startswith("doc_")}
    assert presence == ({metric: hit} if metric else {})


def test_outcomes_come_in_report_order_and_carry_evidence():
    gold = {"killed": 2, "injured": 1, "country_code": "KE", "event_type": "Riots", "relevant": True}
    incidents = [
        incident(
            killed=2,
            injured=3,
            event_type="Riots",
            locations=[location("Nakuru", code="KE")],
            casualties=[casualty("killed", 2, "two people died")],
        )
    ]
    outcomes = score_document(gold, incidents)
    names = [o.metric for o in outcomes]
    assert names == sorted(names, key=METRICS.index)
    by_name = {o.metric: o for o in outcomes}
    assert by_name["killed_exact"].evidence == ["two people died"]
    assert by_name["injured_exact"].hit is False and by_name["injured_exact"].predicted == 3
    assert by_name["country"].evidence == ["Nakuru"]
