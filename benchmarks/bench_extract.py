"""make bench: throughput of `incidents extract` against bare spaCy on the same real-length articles.

Never a test: it prints numbers, it asserts nothing. Each measurement runs in its own process so peak
memory is its own. Texts come from ../shared/eval (full articles) when it exists, else from samples/;
they are read where they are and never copied into the project.

    python benchmarks/bench_extract.py [--docs 200] [--source PATH.jsonl] [--model NAME]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = Path(os.environ.get("SHARED_EVAL", ROOT.parent / "shared" / "eval"))
SOURCES = ("fakes_syria.jsonl", "muc4.dev.jsonl")  # full articles, 300-1,500 tokens
BATCH_SIZE = 16
WARM_UP = "Two soldiers were killed in an attack near Paris on Monday, 3 May 2021, police said."


def article_texts(source: str | None, count: int) -> list[str]:
    """Real-length articles: the shared dev files when present, else the project's samples, repeated."""
    candidates = [Path(source)] if source else [SHARED_EVAL / name for name in SOURCES]
    for path in candidates:
        if path.exists():
            texts = []
            with open(path, encoding="utf-8") as rows:
                for line in rows:
                    text = json.loads(line).get("text", "")
                    if len(text) >= 1000:
                        texts.append(text)
                    if len(texts) == count:
                        return texts
            if texts:
                return texts
    samples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    return [samples[i % len(samples)] for i in range(count)]


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


class ChildMemorySampler:
    """Peak PSS of this process's children, sampled from /proc (Linux).

    Forked workers share the parent's loaded pipeline copy-on-write, so their RSS counts the shared
    pages in full; PSS splits shared pages between the processes that map them.
    """

    def __init__(self, interval: float = 0.25):
        import threading

        self.interval = interval
        self.peak_pss_mb: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _children(self) -> list[int]:
        me, found = str(os.getpid()), []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as stat:
                        if stat.read().rsplit(")", 1)[1].split()[1] == me:
                            found.append(int(entry))
                except (OSError, IndexError):
                    continue
        return found

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            for pid in self._children():
                try:
                    with open(f"/proc/{pid}/smaps_rollup") as rollup:
                        for line in rollup:
                            if line.startswith("Pss:"):
                                pss = int(line.split()[1]) / 1024
                                self.peak_pss_mb[pid] = max(pss, self.peak_pss_mb.get(pid, 0.0))
                except OSError:
                    continue

    @property
    def peak(self) -> float | None:
        return max(self.peak_pss_mb.values()) if self.peak_pss_mb else None


def measure_bare(texts: list[str], model: str | None) -> dict:
    from incident_extractor.nlp.loader import load_model

    nlp = load_model(model)
    list(nlp.pipe([WARM_UP]))
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=BATCH_SIZE))
    return {"seconds": time.perf_counter() - start, "tokens": tokens, "peak_mb": peak_mb()}


def measure_extract(texts: list[str], model: str | None, workers: int) -> dict:
    """The `incidents extract FILE.jsonl -o /dev/null` path, timed after the model is loaded."""
    from incident_extractor.extract.batch import BatchJob, run_batch
    from incident_extractor.nlp.pipeline import build_pipeline

    nlp = build_pipeline(model)
    list(nlp.pipe([WARM_UP]))  # lazy tables load here, not in the timed part (as in a long batch)
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "articles.jsonl"
        inputs.write_text("".join(json.dumps({"id": f"a{n}", "text": t}) + "\n" for n, t in enumerate(texts)), "utf-8")
        job = BatchJob(paths=[str(inputs)], fmt="jsonl", workers=workers, batch_size=BATCH_SIZE, progress=False)
        with open(os.devnull, "w", encoding="utf-8") as sink, ChildMemorySampler() as sampler:
            start = time.perf_counter()
            summary = run_batch(nlp, job, sink)
            seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "failed": summary.failed,
        "incidents": summary.incidents,
        "peak_mb": peak_mb(),
        "worker_peak_mb": peak_mb(resource.RUSAGE_CHILDREN) if workers > 1 else None,
        "worker_peak_pss_mb": sampler.peak,
    }


def run_measurement(kind: str, args, workers: int = 1) -> dict:
    """One measurement in a fresh process; its JSON result is the last line of its stdout."""
    command = [sys.executable, __file__, "--measure", kind, "--workers", str(workers), "--docs", str(args.docs)]
    if args.source:
        command += ["--source", args.source]
    if args.model:
        command += ["--model", args.model]
    done = subprocess.run(command, capture_output=True, text=True, env=_env())
    if done.returncode != 0:
        sys.exit(f"bench: the {kind} measurement failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    return env


def wall_time(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, env=_env(), check=False)
    return time.perf_counter() - start


def incidents_command() -> list[str]:
    return [sys.executable, "-m", "incident_extractor"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=200, help="how many articles to time")
    parser.add_argument("--source", help="a JSONL file of articles (key 'text') to time instead")
    parser.add_argument("--model", help="spaCy pipeline to use (default: the extractor's)")
    parser.add_argument("--measure", choices=("bare", "extract"), help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    texts = article_texts(args.source, args.docs)
    if args.measure == "bare":
        print(json.dumps(measure_bare(texts, args.model)))
        return
    if args.measure == "extract":
        print(json.dumps(measure_extract(texts, args.model, args.workers)))
        return

    print(f"bench: {len(texts)} articles, {sum(map(len, texts)):,} characters, {os.cpu_count()} cores", file=sys.stderr)
    # a cache of our own: the gazetteer index is built once (by the first measurement), then loaded, as
    # on a user's machine; a cache shared with other checkouts of other versions would be rebuilt each run
    cache = None
    if "INCIDENTS_CACHE_DIR" not in os.environ:
        cache = tempfile.TemporaryDirectory(prefix="incidents-bench-cache-")
        os.environ["INCIDENTS_CACHE_DIR"] = cache.name
    bare = run_measurement("bare", args)
    one = run_measurement("extract", args, workers=1)
    two = run_measurement("extract", args, workers=2)
    sample = sorted((ROOT / "samples").glob("*.txt"))[0]
    help_seconds = min(wall_time(incidents_command() + ["--help"]) for _ in range(3))
    one_article = min(wall_time(incidents_command() + ["extract", str(sample), "--format", "jsonl"]) for _ in range(2))
    if cache is not None:
        cache.cleanup()

    docs, tokens = len(texts), bare["tokens"]
    rows = [
        ("bare nlp.pipe", bare["seconds"], bare["peak_mb"]),
        ("incidents extract, 1 process", one["seconds"], one["peak_mb"]),
        ("incidents extract, 2 workers", two["seconds"], max(two["peak_mb"], two["worker_peak_mb"] or 0)),
    ]
    print(f"{'run':32} {'seconds':>8} {'docs/s':>8} {'tokens/s':>9} {'peak MB':>8}")
    for name, seconds, memory in rows:
        print(f"{name:32} {seconds:8.2f} {docs / seconds:8.1f} {tokens / seconds:9.0f} {memory:8.0f}")
    print(f"throughput ratio (extract / bare, 1 process): {bare['seconds'] / one['seconds']:.2f}   target >= 0.85")
    print(f"speedup with 2 workers: {one['seconds'] / two['seconds']:.2f}x   target >= 1.7x on 2 cores")
    pss = two.get("worker_peak_pss_mb")
    shared = f" (RSS, shared pages counted in full; PSS {pss:.0f} MB)" if pss else " (RSS)"
    print(f"peak memory per worker: {two['worker_peak_mb']:.0f} MB{shared}   target <= 600 MB")
    print(f"incidents --help: {help_seconds:.2f} s   target <= 0.3 s")
    print(f"one article end to end (model load included, caches built): {one_article:.2f} s   target <= 1.5 s")
    print(f"failed documents: {one['failed']} (1 process), {two['failed']} (2 workers); incidents {one['incidents']}")


if __name__ == "__main__":
    main()
