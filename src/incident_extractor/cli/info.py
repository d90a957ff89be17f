"""`incidents info`: versions, model and pipeline components."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Optional

import typer

from incident_extractor.cli.common import ModelOption, fail_usage


def info(model: ModelOption = None) -> None:
    """Print versions, the spaCy model that would be used and the pipeline's components, as JSON."""
    import spacy

    from incident_extractor import SCHEMA_VERSION, __version__
    from incident_extractor.errors import ModelNotFound
    from incident_extractor.nlp.pipeline import build_pipeline

    try:
        nlp = build_pipeline(model)
    except ModelNotFound as error:
        fail_usage(str(error))
    details = {
        "incidents": __version__,
        "schema_version": SCHEMA_VERSION,
        "python": sys.version.split()[0],
        "spacy": spacy.__version__,
        "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}",
        "model_version": nlp.meta.get("version"),
        "pipeline": list(nlp.pipe_names),
    }
    print(json.dumps(details, indent=2))
