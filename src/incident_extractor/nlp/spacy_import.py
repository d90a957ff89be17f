"""`import spacy` without spaCy's command-line package, which the extractor never uses.

Why: `spacy/__init__.py` imports `spacy.cli` (typer commands, weasel, requests, httpx, jinja2) only to
re-export `spacy.info`: about 0.2 s of a 1.9 s one-article run. While spaCy is first imported, two
placeholder modules stand in for `spacy.cli` and `spacy.cli.info`; the latter's `info` imports the real
command when called. The placeholders are removed as soon as spaCy is imported, so a later
`import spacy.cli` (or `spacy.info()`) gets the real package. Only spaCy's own `__init__` imports
`spacy.cli` (checked for spaCy 3.8); if anything fails, spaCy is imported the ordinary way.
"""

from __future__ import annotations

import sys
import types

_PLACEHOLDER_FLAG = "__incident_extractor_placeholder__"


def _info(*args, **kwargs):
    """spacy.info, imported when it is actually called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _placeholders() -> dict[str, types.ModuleType]:
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, so that `spacy.cli.info` can be found in sys.modules under it
    info = types.ModuleType("spacy.cli.info")
    info.info = _info
    for module in (cli, info):
        setattr(module, _PLACEHOLDER_FLAG, True)
    return {"spacy.cli": cli, "spacy.cli.info": info}


def import_spacy():
    """The spacy module; imported without spacy.cli when nothing imported spaCy before."""
    if "spacy" in sys.modules or any(name in sys.modules for name in ("spacy.cli", "spacy.cli.info")):
        import spacy

        return spacy
    placeholders = _placeholders()
    sys.modules.update(placeholders)
    try:
        import spacy
    except Exception:  # noqa: BLE001 - a spaCy that needs more of its cli while importing: the ordinary way
        _remove(placeholders)  # (Python already dropped the failed `spacy`; its loaded submodules are reused)
        import spacy

        return spacy
    _remove(placeholders)
    return spacy


def _remove(placeholders: dict[str, types.ModuleType]) -> None:
    for name, module in placeholders.items():
        if sys.modules.get(name) is module:
            del sys.modules[name]
    spacy = sys.modules.get("spacy")
    if spacy is not None and getattr(getattr(spacy, "cli", None), _PLACEHOLDER_FLAG, False):
        delattr(spacy, "cli")
