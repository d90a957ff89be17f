import pytest

from incident_extractor.geo.names import is_latin_name, name_key, without_article


@pytest.mark.parametrize(
    "written, key",
    [
        ("Ar-Raqqah", "ar raqqah"),
        ("SAN SALVADOR", "san salvador"),
        ("Usulután", "usulutan"),
        ("Dar'ā", "dara"),
        ("Łódź", "lodz"),
        ("Deir  ez-Zor", "deir ez zor"),
        ("Şanlıurfa", "sanliurfa"),
    ],
)
def test_name_key_folds_case_accents_and_punctuation(written, key):
    assert name_key(written) == key


@pytest.mark.parametrize(
    "key, stripped",
    [("al raqqa", "raqqa"), ("el fasher", "fasher"), ("al ma", "al ma"), ("alma ata", "alma ata")],
)
def test_without_article_keeps_short_remainders(key, stripped):
    assert without_article(key) == stripped


@pytest.mark.parametrize("name, latin", [("Yerevan", True), ("Ереван", False), ("Zone 7", False), ("Québec", True)])
def test_is_latin_name(name, latin):
    assert is_latin_name(name) is latin


@pytest.mark.parametrize("name", ["Tall ‘Afar", "Ma‘arrat an Nu‘mān", "Şan‘ā’", "Əhmədbəyli", "Xi’an"])
def test_transliteration_marks_do_not_make_a_name_foreign(name):
    assert is_latin_name(name)


@pytest.mark.parametrize(
    "first, second",
    [("Mahmoudiya", "Al Maḩmūdīyah"), ("Tal Afar", "Tall ‘Afar"), ("Nik Shahr", "Nikshahr"), ("Tarmia", "Tarmiyah"),
     ("Baqubah", "Baquba"), ("Qayyara", "Al Qayyārah")],
)
def test_loose_keys_fold_transliteration_variants(first, second):
    from incident_extractor.geo.names import loose_key

    assert loose_key(name_key(first)) == loose_key(name_key(second))


@pytest.mark.parametrize("first, second", [("Mosul", "Masul"), ("Aden", "Adana"), ("Homs", "Hama")])
def test_loose_keys_keep_different_names_apart(first, second):
    from incident_extractor.geo.names import loose_key

    assert loose_key(name_key(first)) != loose_key(name_key(second))
