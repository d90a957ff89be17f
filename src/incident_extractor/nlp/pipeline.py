"""The extraction pipeline: the model's own components, then ours, each annotating the Doc."""

from __future__ import annotations

from typing import Optional

from incident_extractor.mentions import register_extensions

# Our components in the order they run. Places come first so later stages can use the country context.
OUR_COMPONENTS = (
    "incident_places",
    "incident_dates",
    "incident_casualties",
    "incident_actors",
    "incident_triggers",
)


def import_components() -> None:
    """Importing the modules registers their factories with spaCy."""
    import incident_extractor.components  # noqa: F401


def add_components(nlp, *, date_order: str = "MDY"):
    register_extensions()
    import_components()
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")  # a headline is parsed apart from the first sentence
    elif "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True)
    for name in OUR_COMPONENTS:
        config = {"date_order": date_order} if name == "incident_dates" else {}
        nlp.add_pipe(name, config=config)
    return nlp


def build_pipeline(model: Optional[str] = None, *, date_order: str = "MDY"):
    from incident_extractor.nlp.loader import load_model

    return add_components(load_model(model), date_order=date_order)
