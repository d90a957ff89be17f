"""An incident whose sentences name no place borrows the main country, and the region of the document's
nearest place in that country (no point: the town itself is not known to be the incident's)."""

import pytest

from incident_extractor.extract.locations import incident_locations
from incident_extractor.mentions import PlaceMention


def place(text, phrase, code, kind="place", admin1=None):
    start = text.index(phrase)
    return PlaceMention(phrase, kind, phrase, start, start + len(phrase), country_code=code, countries=(code,),
                        admin1=admin1, latitude=None if kind == "country" else 1.0,
                        longitude=None if kind == "country" else 2.0)


@pytest.mark.parametrize("text, doc_places, expected_admin1", [
    # the lead names a region of the main country: it goes with the borrowed country
    ("Jets struck Marib province on Monday. A day later a bomb exploded at a checkpoint.",
     [("Marib", "YE", "admin1", "Ma'rib")], "Ma'rib"),
    # the nearest of two regions to the trigger
    ("Rebels shelled Taiz. Clashes hit Marib. A bomb exploded at a checkpoint.",
     [("Taiz", "YE", "place", "Ta'izz"), ("Marib", "YE", "place", "Ma'rib")], "Ma'rib"),
    # only the country is named: no region
    ("Yemen said a bomb exploded at a checkpoint.", [("Yemen", "YE", "country", None)], None),
    # a town abroad gives no region to the main country
    ("Talks in Geneva ended. In Yemen a bomb exploded at a checkpoint.",
     [("Geneva", "CH", "place", "Geneva"), ("Yemen", "YE", "country", None)], None),
])
def test_the_borrowed_country_carries_the_nearest_region(text, doc_places, expected_admin1):
    doc = [place(text, phrase, code, kind, admin1) for phrase, code, kind, admin1 in doc_places]
    start = text.index("exploded")
    found = incident_locations([], doc, ["YE"], start, start + len("exploded"), text)
    assert [(p.kind, p.country_code, p.admin1, p.latitude) for p in found] == [("country", "YE", expected_admin1, None)]


@pytest.mark.parametrize("text, own, doc_places, expected", [
    # the incident's sentence names only the province; the next sentence names a town of it: the town leads
    ("A bomb exploded in Kunar province. The blast hit the town of Asadabad.",
     [("Kunar", "AF", "admin1", "Kunar")], [("Kunar", "AF", "admin1", "Kunar"), ("Asadabad", "AF", "place", "Kunar")],
     ["Asadabad", "Kunar"]),
    # only a country: the document's town of that country leads
    ("A bomb exploded in Afghanistan. The blast hit the town of Asadabad.",
     [("Afghanistan", "AF", "country", None)], [("Afghanistan", "AF", "country", None), ("Asadabad", "AF", "place", "Kunar")],
     ["Asadabad", "Afghanistan"]),
    # negative: the town lies in another province, the province stands alone
    ("A bomb exploded in Kunar province. Talks were held in Herat.",
     [("Kunar", "AF", "admin1", "Kunar")], [("Kunar", "AF", "admin1", "Kunar"), ("Herat", "AF", "place", "Herat")],
     ["Kunar"]),
    # negative: the incident names a town of its own: nothing is borrowed
    ("A bomb exploded in Asadabad, Kunar province. Talks were held in Jalalabad.",
     [("Asadabad", "AF", "place", "Kunar"), ("Kunar", "AF", "admin1", "Kunar")],
     [("Asadabad", "AF", "place", "Kunar"), ("Kunar", "AF", "admin1", "Kunar"), ("Jalalabad", "AF", "place", "Kunar")],
     ["Asadabad", "Kunar"]),
])
def test_a_province_or_country_borrows_the_documents_town_inside_it(text, own, doc_places, expected):
    mentions = {phrase: place(text, phrase, code, kind, admin1) for phrase, code, kind, admin1 in doc_places}
    start = text.index("exploded")
    found = incident_locations([mentions[phrase] for phrase, *_ in own], list(mentions.values()), ["AF"], start,
                               start + len("exploded"), text)
    assert [p.name for p in found] == expected


@pytest.mark.parametrize("text, doc_places, expected", [
    # the story's one town: borrowed with its point
    ("The Taliban claimed the attack. A bomb exploded near a mosque in Ghazni.",
     [("Ghazni", "AF", "place", "Ghazni")], ("place", "Ghazni", 1.0)),
    # named twice, and with its own province: still the one town
    ("Ghazni was quiet. A bomb exploded at a checkpoint. Police in Ghazni province and in Ghazni said so.",
     [("Ghazni", "AF", "place", "Ghazni"), ("Ghazni province", "AF", "admin1", "Ghazni")], ("place", "Ghazni", 1.0)),
    # negative: two towns, which one is the incident's is unknown: the country and the nearest region
    ("Rebels shelled Ghazni. Clashes hit Kunduz. A bomb exploded at a checkpoint.",
     [("Ghazni", "AF", "place", "Ghazni"), ("Kunduz", "AF", "place", "Kunduz")], ("country", "Kunduz", None)),
    # negative: a town and a region elsewhere in the country
    ("Jets struck Helmand province. A bomb exploded at a checkpoint. Officials in Ghazni said so.",
     [("Helmand", "AF", "admin1", "Helmand"), ("Ghazni", "AF", "place", "Ghazni")], ("country", "Helmand", None)),
    # negative: the one town lies abroad
    ("Talks in Geneva ended. In Afghanistan a bomb exploded at a checkpoint.",
     [("Geneva", "CH", "place", "Geneva"), ("Afghanistan", "AF", "country", None)], ("country", None, None)),
])
def test_the_documents_only_town_of_the_main_country_is_borrowed(text, doc_places, expected):
    doc = [place(text, phrase, code, kind, admin1) for phrase, code, kind, admin1 in doc_places]
    start = text.index("exploded")
    found = incident_locations([], doc, ["AF"], start, start + len("exploded"), text)
    assert [(p.kind, p.admin1, p.latitude) for p in found] == [expected]
