import pytest


@pytest.fixture(scope="session")
def real_nlp():
    """The real extraction pipeline (model + our components); loaded once per test session."""
    from incident_extractor.nlp.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def incidents_of(real_nlp):
    """Records for one short text, run through every stage of the real pipeline."""
    from incident_extractor.extract.run import doc_to_incidents
    from incident_extractor.mentions import DocumentMeta

    def extract(text: str):
        doc = real_nlp.make_doc(text)
        doc._.meta = DocumentMeta(doc_id="report")
        for _, component in real_nlp.pipeline:
            doc = component(doc)
        return doc_to_incidents(doc)

    return extract


@pytest.fixture(scope="module")
def places_nlp():
    """A blank English pipeline with a sentencizer and the places component (no model needed)."""
    import spacy

    import incident_extractor.components  # noqa: F401  (registers the factories)
    from incident_extractor.mentions import register_extensions

    register_extensions()
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("incident_places")
    return pipeline


def places_of(nlp, text, ents=()):
    """The mentions the places pipeline finds in `text`, with NER spans given as (name, label) pairs."""
    from incident_extractor.mentions import mentions_of

    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(text.index(name), text.index(name) + len(name), label=label) for name, label in ents]
    for _, component in nlp.pipeline:
        doc = component(doc)
    return mentions_of(doc)
