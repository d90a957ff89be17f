"""Our spaCy components. Importing this package registers their factories.

Every module of this package defines one component; importing them all (whatever this branch holds)
registers every factory the pipeline names.
"""

from __future__ import annotations

import importlib
import pkgutil


def _import_component_modules() -> None:
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")


_import_component_modules()
