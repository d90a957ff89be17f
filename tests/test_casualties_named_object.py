"""A named person after an active verb (extra_rules.named_figures): whose last name ends in "s" is one person, not
a people (victims.names_a_people); after "attempted to" no one died. Sentences written for these tests."""

import pytest

from casualty_helpers import headline as count

NAMED_OBJECTS = [
    ("Masked men killed Ravi Kumar Das, 41, a shopkeeper, in the market.", 1),
    ("Gunmen shot dead Owen Jones in Cardiff.", 1),
    ("Militants killed Tomas Reyes near the border.", 1),
    # an attempt or a plan: no death (unless "managed to")
    ("Two men attempted to assassinate Judge Paul Mwangi outside the court.", None),
    ("The cell plotted to kill Mayor Ines Duarte.", None),
    ("Gunmen managed to kill Ines Duarte outside her home.", 1),
    # a people, not a person: no count
    ("Gunmen killed Syrian Kurds in the town.", None),
    ("Gunmen killed Shia Muslims in the town.", None),
    ("The militia killed Americans in the town.", None),
    # a title-case headline: capitals tell no names apart
    ("Four Rebel Fighters Kill During Border Clashes", None),
]


@pytest.mark.parametrize("text, killed", NAMED_OBJECTS)
def test_named_object(text, killed):
    assert count(text, "killed") == killed
