"""`incidents extract` end to end with a blank pipeline: stdout carries data, stderr one line per problem."""

import json
import os

import pytest
from typer.testing import CliRunner

from incident_extractor.cli import app

from test_io_runner import blank_pipeline, one_incident_per_sentence

ARTICLE = "Gunmen attacked a checkpoint on Monday. Two guards were wounded."


@pytest.fixture
def cli(monkeypatch):
    monkeypatch.setattr("incident_extractor.nlp.pipeline.build_pipeline", lambda *a, **k: blank_pipeline())
    monkeypatch.setattr("incident_extractor.extract.run.doc_to_incidents", one_incident_per_sentence)
    runner = CliRunner()

    def invoke(*args, stdin=None):
        return runner.invoke(app, ["extract", *args], input=stdin)

    return invoke


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_a_text_file_gives_jsonl_on_stdout(cli, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = cli(str(tmp_path / "a.txt"), "--published", "2022-01-05")
    assert result.exit_code == 0, result.stderr
    rows = records(result.stdout)
    assert [r["summary"] for r in rows] == ["Gunmen attacked a checkpoint on Monday.", "Two guards were wounded."]
    assert rows[0]["source"]["doc_id"] == str(tmp_path / "a.txt")
    assert rows[0]["source"]["published"] == "2022-01-05"
    assert result.stderr == ""


def test_stdin_and_dash(cli):
    result = cli("-", stdin=ARTICLE)
    assert result.exit_code == 0 and records(result.stdout)[0]["source"]["doc_id"] == "-"
    assert cli(stdin='{"id": "s1", "text": "Shelling hit the town."}\n').stdout.count('"s1"') == 1


def bad_inputs(folder):
    """One good document per kind of input, next to every kind of bad input the batch must survive."""
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "latin.txt").write_bytes("Le caf\u00e9 a br\u00fbl\u00e9 hier soir.".encode("cp1252"))
    (folder / "rows.jsonl").write_text(
        '{"id": "j1", "text": "Rebels took the bridge."}\n{broken\n{"id": "j3"}\n', encoding="utf-8"
    )
    (folder / "table.csv").write_text("id,body\n1,Protesters marched.\n", encoding="utf-8")
    (folder / "page.html").write_text("<html><head><title>x</title></head></html>", encoding="utf-8")
    (folder / "locked.txt").write_text(ARTICLE, encoding="utf-8")
    os.chmod(folder / "locked.txt", 0)
    os.symlink(folder / "loop-a", folder / "loop-b")
    os.symlink(folder / "loop-b", folder / "loop-a")


def test_every_bad_input_is_one_line_and_good_documents_are_still_extracted(cli, tmp_path):
    bad_inputs(tmp_path)
    as_root = os.geteuid() == 0  # root reads files whatever their permissions
    errors = tmp_path / "errors.jsonl"
    result = cli(str(tmp_path), str(tmp_path / "missing.txt"), "--errors", str(errors), "--exclude", "errors.jsonl")
    assert result.exit_code == 1
    doc_ids = {r["source"]["doc_id"] for r in records(result.stdout)}
    expected_ids = {str(tmp_path / "good.txt"), str(tmp_path / "latin.txt"), "j1"}
    assert doc_ids == expected_ids | ({str(tmp_path / "locked.txt")} if as_root else set())
    lines = result.stderr.splitlines()
    assert all(line.startswith("incidents: ") for line in lines), result.stderr
    assert "Traceback" not in result.stderr
    codes = sorted(json.loads(line)["code"] for line in errors.read_text().splitlines())
    # missing, two symlink loops (+ the unreadable file), empty, binary, malformed line, line without
    # text, HTML without body, CSV without text column
    expected = ["E011", "E012", "E012", "E013", "E014", "E015", "E016", "E016", "E017"]
    assert codes == (expected if as_root else sorted(expected + ["E012"]))
    summary = lines[-1]
    assert summary == f"incidents: {len(codes)} of {len(codes) + len(expected_ids) + as_root} document(s) failed"


def test_a_dump_of_several_articles_becomes_several_documents(cli, tmp_path):
    dump = tmp_path / "dump.txt"
    dump.write_text(f"{ARTICLE}\n=====\nProtesters marched in the capital.\n\f\nA bomb exploded.\n", encoding="utf-8")
    ids = [r["source"]["doc_id"] for r in records(cli(str(dump)).stdout)]
    assert ids == [f"{dump}#1", f"{dump}#1", f"{dump}#2", f"{dump}#3"]


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_other_formats(cli, tmp_path, fmt):
    (tmp_path / "a.txt").write_text("=SUM(A1) was written on a wall. Nobody was hurt.", encoding="utf-8")
    result = cli(str(tmp_path / "a.txt"), "--format", fmt)
    assert result.exit_code == 0
    if fmt == "json":
        assert len(json.loads(result.stdout)) == 2
    elif fmt == "csv":
        assert "'=SUM(A1)" in result.stdout
    else:
        assert "2 incident(s)" in result.stdout


def test_workers_give_the_same_output(cli, tmp_path):
    for n in range(30):
        (tmp_path / f"{n:02d}.txt").write_text(f"Report {n} says clashes went on. Nobody was hurt.", encoding="utf-8")
    one = cli(str(tmp_path), "--batch-size", "2")
    two = cli(str(tmp_path), "--batch-size", "2", "--workers", "2")
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and len(records(one.stdout)) == 60


@pytest.mark.parametrize(
    "args, flag",
    [
        (["--published", "07/11/2022"], "--published"),
        (["--resume"], "--resume"),
        (["--resume", "-o", "OUT", "--format", "json"], "--resume"),
        (["--split-on", "(unclosed"], "--split-on"),
        (["--output", "/no/such/folder/out.jsonl"], "--output"),
        (["--workers", "0"], "--workers"),
        (["--format", "xml"], "--format"),
    ],
)
def test_usage_errors_exit_2_and_name_the_flag(cli, tmp_path, args, flag):
    args = [str(tmp_path / "out.jsonl") if a == "OUT" else a for a in args]
    result = cli("-", *args, stdin=ARTICLE)
    assert result.exit_code == 2
    assert flag in result.stderr and result.stdout == ""


def test_output_file_is_written_and_resumable(cli, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert cli(str(tmp_path / "a.txt"), "-o", str(out)).exit_code == 0
    assert len(records(out.read_text())) == 2 and (tmp_path / "out.jsonl.progress").exists()
    again = cli(str(tmp_path / "a.txt"), "-o", str(out), "--resume")
    assert again.exit_code == 0 and len(records(out.read_text())) == 2


def test_help_documents_every_option(cli):
    from typer.testing import CliRunner

    text = CliRunner().invoke(app, ["extract", "--help"], env={"COLUMNS": "200"}).stdout
    for flag in ("--format", "--output", "--resume", "--errors", "--published", "--input-format", "--include",
                 "--exclude", "--text-key", "--id-key", "--published-key", "--split-on", "--no-clean",
                 "--max-chars", "--workers", "--batch-size", "--progress", "--model"):
        assert flag in text


def test_a_saved_web_page_gives_its_title_url_and_date(cli, tmp_path):
    from test_io_html import PAGE

    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    rows = records(cli(str(tmp_path / "page.html")).stdout)
    source = rows[0]["source"]
    assert source["title"] == "Bridge attacked overnight" and source["url"].endswith("/2021/bridge")
    assert (source["published"], source["published_from"]) == ("2021-06-14", "metadata")
    assert any("killing two guards" in r["summary"] for r in rows)


def test_csv_input_with_other_keys(cli, tmp_path):
    table = "uid,body,day\nr1,Rioters burned cars. Police fired tear gas.,2019-04-01\n"
    (tmp_path / "in.csv").write_text(table, "utf-8")
    keys = ("--id-key", "uid", "--text-key", "body", "--published-key", "day")
    rows = records(cli(str(tmp_path / "in.csv"), *keys).stdout)
    assert [r["source"]["doc_id"] for r in rows] == ["r1", "r1"] and rows[0]["source"]["published"] == "2019-04-01"
