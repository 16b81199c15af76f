"""The page benchmark's readers: wrk's output, /proc (a fake tree and this very process), gunicorn's log."""

import os

import pytest

from studyguide.bench import measure

WRK_OUTPUT = """Running 10s test @ http://127.0.0.1:8000/health/
  2 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     5.12ms    1.20ms  20.00ms   80.00%
    Req/Sec   780.00     50.00     1.00k    70.00%
  Latency Distribution
     50%  850.00us
     75%    5.50ms
     90%    6.20ms
     99%    1.20s
  15600 requests in 10.00s, 3.00MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 12
Requests/sec:   1558.25
Transfer/sec:    300.00KB
"""


def test_wrk_figures_with_their_units():
    r = measure.parse_wrk(WRK_OUTPUT)
    assert r.requests_per_s == 1558.25 and r.requests == 15600
    assert r.p50_ms == pytest.approx(0.85) and r.p99_ms == pytest.approx(1200.0)
    assert r.bad_status == 12 and r.socket_errors == 3


def test_output_without_latency_is_refused():
    with pytest.raises(ValueError):
        measure.parse_wrk(WRK_OUTPUT.replace("     99%    1.20s\n", ""))


def test_workers_memory_and_mapped_libraries_from_a_proc_tree(tmp_path):
    for pid, ppid, name in ((10, 1, "gunicorn: master"), (11, 10, "gunicorn: worker (a) b"), (12, 99, "x")):
        (tmp_path / str(pid)).mkdir()
        (tmp_path / str(pid) / "stat").write_text(f"{pid} ({name}) S {ppid} 1 1 0 -1\n")
    (tmp_path / "11" / "status").write_text("Name:\tpython\nVmRSS:\t  262144 kB\n")
    (tmp_path / "11" / "maps").write_text(
        "7f00-7f01 r-xp 00000000 08:01 1 /venv/lib/python3.11/site-packages/torch/lib/libtorch_cpu.so\n"
        "7f02-7f03 r-xp 00000000 08:01 2 /venv/lib/onnxruntime/capi/libonnxruntime.so.1\n"
        "7f04-7f05 rw-p 00000000 00:00 0 \n"
    )
    assert measure.children(10, proc=tmp_path) == [11]
    assert measure.rss_mb(11, proc=tmp_path) == 256.0
    libs = measure.mapped_libraries(11, ("libtorch",), proc=tmp_path)
    assert libs == ["/venv/lib/python3.11/site-packages/torch/lib/libtorch_cpu.so"]


def test_this_process_reads_from_the_real_proc():
    assert measure.rss_mb(os.getpid()) > 10
    assert 0 < (measure.pss_mb(os.getpid()) or 1) <= measure.rss_mb(os.getpid()) + 1
    assert measure.mapped_libraries(os.getpid(), ("no-such-library-here",)) == []


def test_ready_times_from_the_gunicorn_log():
    log = (
        "[2026-01-01 10:00:00 +0000] [41] [INFO] Booting worker with pid: 41\n"
        "[2026-01-01 10:00:03 +0000] [41] [INFO] worker 41 ready in 3.21 s\n"
        "[2026-01-01 10:00:03 +0000] [42] [INFO] worker 42 ready in 2.50 s\n"
    )
    assert measure.ready_times(log) == {41: 3.21, 42: 2.5}
