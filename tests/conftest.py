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
