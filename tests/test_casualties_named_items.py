"""Items of a named list before a plural passive verb (casualties/named_lists.py): a title and a name after a
determiner, "two of his bodyguards", an apposition the item reader cannot parse. Sentences written for these
tests."""

import pytest

from casualty_helpers import headline as count

NAMED_ITEMS = [
    # a person noun, then the name: one person
    ("The Colonel Pedro Ignacio Ramos Vidal and his wife Clara Ines Soto were murdered by the rebels.", 2),
    ("Judge Ana Ruiz and her husband Tomas were shot dead outside their house.", 2),
    # "N of his ...": a counted item of the list
    ("Mayor Paul Otieno and three of his guards were killed in the ambush.", 4),
    ("Osei and two of the drivers were killed.", 3),
    # a lower-case description between commas after a name: an apposition, however long
    ("Senator Luis Mora, former chief of the national police, and his bodyguard were assassinated.", 2),
    # every name followed by its apposition, however the apposition reads
    ("Van Dijk, a Dutch wind engineer, and Okafor, a citizen of Ghana, were killed in the raid.", 2),
    # "a foreign citizen" names a person like "a tourist"
    ("A member of the border police and a foreign citizen were killed.", 2),
    # unchanged: a title made of capitalised words is no name ("Highway Police Chief"), a restating apposition,
    # a nationality before a name
    ("Eight people, seven border police officers and the District Highway Police Chief, were killed.", 8),
    ("The gunmen killed Mayor Ruiz and the Syrian Army took the town.", 1),
    ("The mayor and his wife were killed.", 2),
]


@pytest.mark.parametrize("text, killed", NAMED_ITEMS)
def test_named_list_items(text, killed):
    assert count(text, "killed") == killed
