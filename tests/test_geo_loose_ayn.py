"""The Arabic word for spring/well is written "Ain" in news and "‘Ayn" in GeoNames: one loose key."""

import pytest

from incident_extractor.geo.names import loose_key, name_key


@pytest.mark.parametrize(
    "news, gazetteer",
    [("Ras al-Ain", "Ra’s al ‘Ayn"), ("Ain Issa", "‘Ayn ‘Īsá"), ("Ain al-Arab", "‘Ayn al ‘Arab")],
)
def test_ain_and_ayn_share_a_loose_key(news, gazetteer):
    assert loose_key(name_key(news)) == loose_key(name_key(gazetteer))


def test_ayn_inside_a_word_is_kept():
    assert loose_key(name_key("Bayna")) != loose_key(name_key("Baina"))
