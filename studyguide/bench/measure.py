"""Pure helpers of the page benchmark: wrk's figures, and a worker's memory read from /proc."""

from __future__ import annotations

import re
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path

_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}
_LATENCY_RE = re.compile(r"^\s*(50|75|90|99)%\s+([\d.]+)(us|ms|s|m)\s*$", re.M)


@dataclass(frozen=True)
class WrkResult:
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    requests: int
    bad_status: int  # responses other than 2xx/3xx
    socket_errors: int  # connect/read/write errors and timeouts (wrk's own 2 s timeout included)

    def as_dict(self) -> dict:
        return asdict(self)


def parse_wrk(output: str) -> WrkResult:
    """The figures of ``wrk --latency`` output; raises ValueError when they are not there."""
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.M)
    total = re.search(r"^\s*(\d+) requests in", output, re.M)
    latency = {q: float(v) * _UNITS[u] for q, v, u in _LATENCY_RE.findall(output)}
    if not rps or not total or "50" not in latency or "99" not in latency:
        raise ValueError(f"not wrk --latency output:\n{output}")
    bad = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses:\s+(\d+)", output))
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    errors = sum(int(n) for n in socket.groups()) if socket else 0
    return WrkResult(float(rps.group(1)), latency["50"], latency["99"], int(total.group(1)), bad, errors)


def run_wrk(url: str, *, cookie: str, seconds: int, connections: int = 8, threads: int = 2) -> WrkResult:
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "-H", f"Cookie: {cookie}"]
    done = subprocess.run([*cmd, url], capture_output=True, text=True, timeout=seconds + 60, check=True)  # noqa: S603
    return parse_wrk(done.stdout)


def children(pid: int, proc: Path = Path("/proc")) -> list[int]:
    """Process ids whose parent is ``pid`` (gunicorn's workers under its master)."""
    out = []
    for stat in proc.glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # the process ended while we looked
            continue
        # The command name sits in parentheses and may hold spaces: the fields after it are fixed.
        fields = text[text.rindex(")") + 2 :].split()
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return sorted(out)


def rss_mb(pid: int, proc: Path = Path("/proc")) -> float:
    for line in (proc / str(pid) / "status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise ValueError(f"no VmRSS for {pid}")


def pss_mb(pid: int, proc: Path = Path("/proc")) -> float | None:
    """Proportional set size: shared pages split between the processes sharing them (workers per GB)."""
    path = proc / str(pid) / "smaps_rollup"
    if not path.is_file():
        return None
    for line in path.read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024
    return None


def mapped_libraries(pid: int, needles: tuple[str, ...], proc: Path = Path("/proc")) -> list[str]:
    """The mapped files of ``pid`` whose name contains one of ``needles`` (e.g. libtorch)."""
    found = set()
    for line in (proc / str(pid) / "maps").read_text().splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) == 6 and any(n in Path(parts[5]).name for n in needles):
            found.add(parts[5])
    return sorted(found)


_READY_RE = re.compile(r"worker (\d+) ready in ([\d.]+) s")


def ready_times(log_text: str) -> dict[int, float]:
    """Seconds from fork to ready of every worker that logged it (gunicorn.conf.py's post_worker_init)."""
    return {int(pid): float(s) for pid, s in _READY_RE.findall(log_text)}
