import pytest

from incident_extractor.evaluation.names import admin1_key, same_admin1


@pytest.mark.parametrize(
    "gold, predicted",
    [
        ("Idlib governorate", "Idlib"),
        ("Governorate of Idlib", "Idlib"),
        ("Ar Raqqah governorate", "Raqqa"),
        ("Ar-Raqqah", "Raqqa Governorate"),
        ("Al-Hasakah", "Hasakah"),
        ("Deir ez Zor governorate", "Deir ez-Zor"),
        ("Hamah governorate", "Hama"),
        ("Rif Dimashq governorate", "Rif-dimashq"),
        ("Rif Dimashq", "Rural Damascus"),
        ("Damascus governorate", "Dimashq"),
        ("Baghdād province", "Baghdad"),
        ("Michoacán state", "MICHOACAN"),
        ("Nord Kivu province", "North Kivu"),
        ("Hilmand province", "Helmand"),
        ("Norte de Santander department", "Norte de Santander"),
        ("Donetsk oblast", "Donetsk"),
        ("Baghdad", "Mayorality of Baghdad"),
        ("Marib governorate", "Ma'rib"),
        ("Saʿdah", "Saada"),
        ("Panjsher province", "Panjshir"),
    ],
)
def test_spellings_of_one_unit_compare_equal(gold, predicted):
    assert same_admin1(gold, predicted)


@pytest.mark.parametrize(
    "gold, predicted",
    [
        ("Damascus", "Rif Dimashq"),  # the city's unit is not the countryside around it
        ("Homs", "Hama"),
        ("North Kivu", "South Kivu"),
        ("Punjab", "Sindh"),
        ("Jammu and Kashmir", "Kashmir"),
        ("Province", "State"),  # nothing but level words: never a match
    ],
)
def test_different_units_stay_apart(gold, predicted):
    assert not same_admin1(gold, predicted)


def test_an_article_alone_is_kept_as_the_name():
    assert admin1_key("Al") == "al"
