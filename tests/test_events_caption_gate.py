"""The word gate before the caption cue pattern (events/triggers.py, nlp/regex_gate.py) must never hide a caption."""

import pytest

from incident_extractor.dating.scan import can_scan_lowered
from incident_extractor.events.triggers import is_caption, sentence_cues


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Rescue workers at the scene (L) and a medic (R).", True),
        ("Smoke rises over the market. Image credit: a staff photographer", True),
        ("PHOTOGRAPH: A STAFF PHOTOGRAPHER", True),
        ("The mayor, pictured, spoke to reporters.", True),
        ("Mourners gather at the funeral (AP Photo/A Staffer)", True),
        ("İMAGE CREDIT: A STAFF PHOTOGRAPHER", True),  # a capital dotted I still matches the cue
        ("Three people were killed in the blast on Monday.", False),
        ("Police (who arrived late) said nothing.", False),
    ],
)
def test_caption_gate_never_hides_a_caption(sentence, expected):
    assert is_caption(sentence) is expected
    assert ("caption" in sentence_cues(sentence)) is expected
    lowered = sentence.lower()
    if can_scan_lowered(sentence, lowered):
        assert is_caption(lowered, lowered=True) is expected
        assert ("caption" in sentence_cues(lowered, lowered=True)) is expected
