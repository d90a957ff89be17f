"""Deaths told next to an accident inside a story of violence are no incident (extract/accidents.py), through the
real pipeline on sentences written for these tests."""

import datetime as dt

import pytest

from incident_extractor.extract.run import doc_to_incidents
from incident_extractor.mentions import DocumentMeta


def killed_of(nlp, text):
    doc = nlp.make_doc(text)
    doc._.meta = DocumentMeta(doc_id="report", published=dt.date(2024, 6, 10))
    for _, component in nlp.pipeline:
        doc = component(doc)
    return sorted(r.killed for r in doc_to_incidents(doc) if r.killed)


@pytest.mark.parametrize("text, expected_killed", [
    # the recalled crash or drowning is dropped, the violence stays
    ("Gunmen shot dead two guards at a bank in Lagos on Monday. The road was closed a year after a bus crash "
     "there killed ten people.", [2]),
    ("A bomb killed three soldiers in Kunar on Sunday. Last year four people drowned when a ferry capsized "
     "on the river.", [3]),
    # deaths told with no accident word stay an incident of their own
    ("A bomb killed three soldiers in Kunar on Sunday. Last year four people died in an attack on the river.",
     [3, 4]),
])
def test_recalled_accidents_are_no_incidents(real_nlp, text, expected_killed):
    assert killed_of(real_nlp, text) == expected_killed
