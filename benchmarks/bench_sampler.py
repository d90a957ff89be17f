"""Sampling the bench's worker processes from /proc (Linux): peak PSS and CPU time per child."""

from __future__ import annotations

import os


class ChildMemorySampler:
    """Peak PSS and CPU time of this process's children, sampled from /proc (Linux).

    Forked workers share the parent's loaded pipeline copy-on-write, so their RSS counts the shared
    pages in full; PSS splits shared pages between the processes that map them. The CPU time of the
    busiest worker is the critical path of a 2-worker run on two free cores.
    """

    def __init__(self, interval: float = 0.25):
        import threading

        self.interval = interval
        self.peak_pss_mb: dict[int, float] = {}
        self.cpu_seconds: dict[int, float] = {}
        self._tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
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
                    with open(f"/proc/{pid}/stat") as stat:
                        fields = stat.read().rsplit(")", 1)[1].split()
                    self.cpu_seconds[pid] = (int(fields[11]) + int(fields[12])) / self._tick  # utime + stime
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

    @property
    def busiest_cpu(self) -> float | None:
        return max(self.cpu_seconds.values()) if self.cpu_seconds else None
