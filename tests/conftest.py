import pytest


@pytest.fixture(scope="session")
def real_nlp():
    """The real extraction pipeline (model + our components); loaded once per test session."""
    from incident_extractor.nlp.pipeline import build_pipeline

    return build_pipeline()
