"""'shot to death' / 'stabbed to death' with the victim after the verb ('GUNMEN SHOT TO DEATH A JUDGE'): the
object is the toll and the counted group before the verb are the killers (casualty_lexicon.json: the phrases are
active verbs and 'transitive_ambiguous'). Sentences written for these tests."""

import pytest

from casualty_helpers import headline as count

TO_DEATH_OBJECTS = [
    ("ABOUT SIX ARMED MEN SHOT TO DEATH A NIGHT WATCHMAN AT THE FARM.", 1),
    ("Three youths stabbed to death a taxi driver on Friday.", 1),
    ("UNIDENTIFIED MEN SHOT TO DEATH MAYOR LUIS ORTEGA AND HIS DRIVER.", 2),
    ("A SOLDIER SHOT TO DEATH A MAN WHO TRIED TO FLEE.", 1),
    # no object after the verb: the group before it is the toll
    ("FOUR PEASANTS SHOT TO DEATH YESTERDAY WERE BURIED TODAY.", 4),
    ("Two shopkeepers stabbed to death in the old town were identified.", 2),
    ("THREE MEN WERE BEATEN TO DEATH TWO DAYS AGO.", 3),
]


@pytest.mark.parametrize("text, killed", TO_DEATH_OBJECTS)
def test_to_death_objects(text, killed):
    assert count(text, "killed") == killed
