"""Faults under load, with real processes: gunicorn (production settings) on its own throwaway PostgreSQL.

- PostgreSQL stops while students are using the site: every request gets the site's own 500 page (never a
  traceback), /health/ says 503 and /health/live/ 200; PostgreSQL comes back and the same gunicorn workers
  serve again, without restarting the app.
- Every worker is killed (SIGKILL) in the middle of receiving a photo upload: nothing is left behind (no
  temporary file, no row, nothing in the media folder) and the master starts fresh workers.

Runs in the PostgreSQL pass of ``make test`` (it starts and stops a cluster of its own, as root, like
.ci/pg.sh).
"""

import os
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest
from django.db import connection

from tests.servers import MASTERS, REPO, free_port, gunicorn, http_get, production_env, wait_until

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "fault-test-password-1"
NEEDS_DB = "/worksheets/"  # the student's worksheets: read on every request
MAY_BE_CACHED = "/quiz/"  # the quiz list: from the per-user cache once warm


@pytest.fixture
def own_postgres(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("runs in the PostgreSQL pass of make test (it restarts a PostgreSQL of its own)")
    if os.geteuid() != 0 or not shutil.which("runuser"):
        pytest.skip("needs root to run a throwaway PostgreSQL as the postgres user (as .ci/pg.sh does)")
    port = free_port()
    script = f'source "{REPO}/.ci/pg.sh"; PG_PORT={port} pg_start >/dev/null; echo "$PG_DIR|$PG_BIN"'
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True).stdout.strip()
    pg_dir, pg_bin = out.splitlines()[-1].split("|")
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {pg_dir} -c fsync=off"

    def pg_ctl(*args):
        subprocess.run(
            [
                "runuser",
                "-u",
                "postgres",
                "--",
                f"{pg_bin}/pg_ctl",
                "-D",
                f"{pg_dir}/data",
                "-w",
                "-t",
                "60",
                *args,
            ],
            check=True,
            capture_output=True,
        )

    try:
        yield {
            "url": f"postgres://postgres@127.0.0.1:{port}/studyguide",
            "stop": lambda: pg_ctl("stop", "-m", "fast"),
            "start": lambda: pg_ctl("-l", f"{pg_dir}/server.log", "-o", options, "start"),
        }
    finally:
        subprocess.run(["bash", "-c", f'source "{REPO}/.ci/pg.sh"; PG_DIR={pg_dir}; pg_stop'], check=False)


def manage(env, *args):
    subprocess.run(
        [str(REPO / ".venv" / "bin" / "python"), *args], cwd=REPO, env=env, check=True, capture_output=True
    )


class Browser:
    """A logged-in student over plain HTTP (the production cookies are Secure: their flag is dropped)."""

    def __init__(self, port: int):
        import requests

        self.base, self.session = f"http://127.0.0.1:{port}", requests.Session()

    def get(self, path: str, **kw):
        response = self.session.get(self.base + path, timeout=10, allow_redirects=False, **kw)
        for cookie in self.session.cookies:
            cookie.secure = False
        return response

    def log_in(self, username: str):
        import re

        page = self.get("/accounts/login/").text
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        self.session.post(
            self.base + "/accounts/login/",
            {"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token},
            timeout=10,
            allow_redirects=False,
        )
        for cookie in self.session.cookies:
            cookie.secure = False
        assert self.get("/quiz/").status_code == 200


def worker_pids(master: int) -> set[int]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return {int(pid) for pid in children}


def test_database_restart_under_load_and_a_worker_killed_mid_upload(own_postgres, tmp_path):
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    env = production_env(
        tmp_path, DATABASE_URL=own_postgres["url"], TMPDIR=str(tmpdir), DJANGO_SECURE_SSL_REDIRECT="0"
    )
    manage(env, "manage.py", "migrate", "--noinput")
    manage(env, "scripts/loadtest/prepare.py", "1", PASSWORD)
    with gunicorn(tmp_path, workers=2, env=env) as port:
        student = Browser(port)
        student.log_in("load001")
        master = MASTERS[port]
        workers_before = worker_pids(master)
        assert len(workers_before) == 2

        # load: two threads keep asking for a page that reads the database on every request (the student's
        # worksheets) and one the workers may serve from their caches (the quiz list)
        results, stop = [], threading.Event()

        def hammer():
            browser = Browser(port)
            browser.session.cookies.update(student.session.cookies)
            while not stop.is_set():
                for url in (NEEDS_DB, MAY_BE_CACHED):
                    started = time.monotonic()
                    try:
                        response = browser.get(url)
                        results.append((started, time.monotonic(), response.status_code, response.text, url))
                    except OSError as exc:
                        results.append((started, time.monotonic(), 0, repr(exc), url))

        threads = [threading.Thread(target=hammer, daemon=True) for _ in range(2)]
        for t in threads:
            t.start()
        time.sleep(1)
        own_postgres["stop"]()
        down_since = time.monotonic()
        time.sleep(3)
        assert http_get(port, "/health/")[0] == 503
        assert http_get(port, "/health/live/")[:3:2] == (200, b"ok")
        restarting = time.monotonic()  # PostgreSQL may answer before pg_ctl start returns
        own_postgres["start"]()
        up_since = time.monotonic()
        wait_until(
            lambda: student.get(NEEDS_DB).status_code == 200, 30, "the site after PostgreSQL came back"
        )
        time.sleep(1)
        stop.set()
        for t in threads:
            t.join(10)

        # requests made entirely while PostgreSQL was down, and those made well after it came back
        during = [r for r in results if down_since < r[0] and r[1] < restarting]
        assert during, "no request was made while PostgreSQL was down"
        assert any(r[4] == NEEDS_DB for r in during), "no database page was asked for while it was down"
        for started, ended, status, body, url in during:
            when = f"{started - down_since:.2f}..{ended - down_since:.2f} s after the stop"
            # a page that needs the database is a clean 500; one served from the caches may still work
            if url == NEEDS_DB or status != 200:
                assert status == 500, (url, status, when, body[:200])
                assert "Something went wrong on our side" in body and "Traceback" not in body
        assert all(r[2] == 200 for r in results if r[0] > up_since + 5)
        assert worker_pids(master) == workers_before  # recovered without restarting anything
        assert http_get(port, "/health/")[0] == 200

        # a photo upload in flight when every worker is killed
        before = sorted(p.name for p in tmpdir.iterdir())
        sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        boundary = "cut-here"
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="image"; filename="big.jpg"\r\n'
            "Content-Type: image/jpeg\r\n\r\n"
        ).encode()
        sock.sendall(
            b"POST /classifier/ HTTP/1.1\r\nHost: localhost\r\n"
            + f"Content-Type: multipart/form-data; boundary={boundary}\r\n".encode()
            + f"Content-Length: {6 * 1024 * 1024}\r\n\r\n".encode()
            + head
            + b"\xff" * (2 * 1024 * 1024)
        )
        time.sleep(1)  # a worker is now reading the body: 2 MB of the 6 MB it was promised
        killed = worker_pids(master)
        for pid in killed:
            os.kill(pid, 9)
        sock.close()
        wait_until(
            lambda: len(worker_pids(master)) == 2 and http_get(port, "/health/")[0] == 200, 60, "new workers"
        )
        assert sorted(p.name for p in tmpdir.iterdir()) == before  # no temporary upload file left
        media = tmp_path / "media"
        assert not media.exists() or not any(media.rglob("*"))
        out = subprocess.run(
            [
                str(REPO / ".venv" / "bin" / "python"),
                "manage.py",
                "shell",
                "-c",
                "from classifier.models import Flag; from quiz.models import Answer; "
                "print(Flag.objects.count(), Answer.objects.count())",
            ],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
        assert out[-1].split() == ["0", "0"]  # no flag, no answer: nothing half-written
