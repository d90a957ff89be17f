"""A pool of worker processes, each running the whole pipeline on chunks of documents.

Why not spaCy's n_process: it ships Docs through msgpack, which cannot carry our `doc._.meta` and
`doc._.mentions` dataclasses. Here the parent reads and cleans, workers run nlp.pipe + assembly and
send back validated records, and the parent writes them in input order.

- The parent's loaded pipeline is inherited by forked workers (no per-worker load on Linux); where fork
  is unavailable each worker gets a pickled copy once, at start.
- At most `2 x workers` chunks are in flight, so memory stays flat however many documents there are.
- Workers ignore Ctrl-C; the parent stops them, so an interrupt never leaves a half-written record.
- A worker that dies (out of memory, a crash in C code) fails the documents of its chunk and the pool
  is started again; the batch goes on.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Iterable, Iterator, Optional

from incident_extractor.extract.run import DocumentResult, Item, ToIncidents, annotate_in_order, failed
from incident_extractor.io.document import InputDocument, ReadFailure

_WORKER_NLP = None  # the pipeline of this process, set before the fork or by the initializer
_WORKER_TO_INCIDENTS: Optional[ToIncidents] = None
CHUNKS_IN_FLIGHT_PER_WORKER = 2


def _init_worker(nlp=None, to_incidents=None) -> None:
    global _WORKER_NLP, _WORKER_TO_INCIDENTS
    import sys

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt means
    # the parent's progress bar redirects sys.stderr through its console, whose lock a fork may have
    # copied while held: workers write to the real streams
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    if nlp is not None:
        _WORKER_NLP = nlp
    if to_incidents is not None:
        _WORKER_TO_INCIDENTS = to_incidents


def _process_chunk(documents: list[InputDocument], batch_size: int) -> list[tuple[list, Optional[ReadFailure]]]:
    """(incidents, failure) per document, in order; texts are not sent back: the parent has them."""
    from incident_extractor.extract.run import doc_to_incidents

    to_incidents = _WORKER_TO_INCIDENTS or doc_to_incidents
    results = annotate_in_order(_WORKER_NLP, documents, batch_size=batch_size, to_incidents=to_incidents)
    return [(result.incidents, result.failure) for result in results]


def warm_up(nlp) -> None:
    """Run one tiny document so lazily loaded tables (gazetteer, date tables) load once, before the fork."""
    from incident_extractor.mentions import register_extensions

    register_extensions()
    try:
        list(nlp.pipe(["Two soldiers were killed in Paris on Monday, 3 May 2021."]))
    except Exception:  # a broken component will report itself on the real documents
        pass


def _start_pool(nlp, workers: int, to_incidents: Optional[ToIncidents]) -> ProcessPoolExecutor:
    global _WORKER_NLP, _WORKER_TO_INCIDENTS
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods:
        warm_up(nlp)
        _WORKER_NLP, _WORKER_TO_INCIDENTS = nlp, to_incidents  # inherited by the children, copy-on-write
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_init_worker)
    return ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(nlp, to_incidents))


def _stop_pool(pool: ProcessPoolExecutor, *, at_once: bool) -> None:
    if not at_once:
        pool.shutdown(wait=True)
        return
    # ProcessPoolExecutor has no terminate(): stop the workers so an interrupt returns at once
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)


def extract_in_workers(
    nlp,
    items: Iterable[Item],
    *,
    workers: int,
    batch_size: int = 16,
    to_incidents: Optional[ToIncidents] = None,
) -> Iterator[DocumentResult]:
    """Results in input order, one per item, like extract_documents with one process."""
    pool = _start_pool(nlp, workers, to_incidents)
    in_flight: deque = deque()  # (chunk items, future or None when the chunk has no documents)
    source = iter(items)
    finished = False
    try:
        while True:
            while len(in_flight) < workers * CHUNKS_IN_FLIGHT_PER_WORKER:
                chunk = list(islice(source, batch_size))
                if not chunk:
                    break
                documents = [item for item in chunk if isinstance(item, InputDocument)]
                future = pool.submit(_process_chunk, documents, batch_size) if documents else None
                in_flight.append((chunk, future))
            if not in_flight:
                finished = True
                return
            chunk, future = in_flight.popleft()
            outcomes = None
            for attempt in (1, 2):  # the crash may have come from another chunk: retry this one once
                try:
                    outcomes = iter(future.result()) if future is not None else iter(())
                    break
                except BrokenProcessPool:
                    _stop_pool(pool, at_once=True)
                    pool = _start_pool(nlp, workers, to_incidents)
                    retried = _resubmit(pool, deque([(chunk, future)]) + in_flight, batch_size)
                    (chunk, future), in_flight = retried[0], deque(list(retried)[1:])
            yield from _results_of(chunk, outcomes)
    finally:  # an interrupt, or the consumer stopped early: do not wait for chunks nobody will read
        _stop_pool(pool, at_once=not finished)


def _resubmit(pool: ProcessPoolExecutor, in_flight: deque, batch_size: int) -> deque:
    """After a crash, every chunk still in flight was lost with the pool: send them again."""
    again: deque = deque()
    for chunk, _lost in in_flight:
        documents = [item for item in chunk if isinstance(item, InputDocument)]
        again.append((chunk, pool.submit(_process_chunk, documents, batch_size) if documents else None))
    return again


def _results_of(chunk: list[Item], outcomes) -> Iterator[DocumentResult]:
    for item in chunk:
        if isinstance(item, ReadFailure):
            yield DocumentResult(document=None, failure=item)
        elif outcomes is None:
            yield failed(item, "the worker process died (out of memory?) while processing this chunk")
        else:
            incidents, failure = next(outcomes)
            yield DocumentResult(document=item, incidents=incidents, failure=failure)
