"""Real servers for the deployment and fault tests: gunicorn with the production settings (gunicorn.conf.py),
and Debian's nginx with the site file deploy/nginx.conf. Each is a context manager that starts the process,
waits until it answers and stops it on the way out, whatever happened."""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
MASTERS: dict[int, int] = {}  # port -> pid of the gunicorn master serving it


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def memcached_server() -> Iterator[tuple[subprocess.Popen, int]]:
    """Debian's memcached on a free port (skips the test when it is not installed); yields the process (a
    test may stop it early to see the site fail open) and its port."""
    binary = shutil.which("memcached")
    if binary is None:
        pytest.skip("memcached is not installed (make test installs Debian's memcached)")
    port = free_port()
    args = ["-l", "127.0.0.1", "-p", str(port), "-U", "0", "-u", "nobody", "-m", "16"]
    proc = subprocess.Popen([binary, *args])
    try:
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield proc, port
    finally:
        proc.terminate()
        proc.wait(10)


def wait_until(check, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError as exc:
            last = exc
        time.sleep(0.2)
    raise AssertionError(f"{what} did not come up within {timeout:.0f} s ({last})")


def http_get(port: int, path: str, *, tls: bool = False, timeout: float = 5.0, host: str = "localhost"):
    """(status, headers dict, body bytes) of one GET over a fresh connection; raises on timeout."""
    raw = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    sock = insecure_tls().wrap_socket(raw, server_hostname=host) if tls else raw
    try:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    finally:
        sock.close()
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


def insecure_tls() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the test's own self-signed certificate, on loopback
    return context


def production_env(tmp: Path, **extra: str) -> dict[str, str]:
    """The environment of a production deployment, on loopback (``DATABASE_URL`` kept if the run has one)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "GUNICORN_"))}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="localhost,127.0.0.1",
        DJANGO_CLIENT_IP_HEADER="X-Real-IP",
        DJANGO_MEDIA_ROOT=str(tmp / "media"),
        CLASSIFIER_MODEL_DIR=str(tmp / "models"),
        GUNICORN_WARM_MODELS="0",
        # Static files come from the source folders (no collectstatic before a test) and rate-limit counts
        # from local memory; everything else is the production configuration.
        DJANGO_TESTING="1",
        DATABASE_URL=os.environ.get("DATABASE_URL") or f"sqlite:///{tmp / 'db.sqlite3'}",
    )
    env.update(extra)
    return env


@contextmanager
def gunicorn(tmp: Path, *, workers: int = 2, env: dict[str, str] | None = None) -> Iterator[int]:
    """gunicorn studyguide.wsgi with gunicorn.conf.py on a free loopback port; yields the port."""
    port = free_port()
    run_env = {
        **(env or production_env(tmp)),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": str(workers),
    }
    log = open(tmp / f"gunicorn-{port}.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [str(REPO / ".venv" / "bin" / "gunicorn"), "studyguide.wsgi", "--error-logfile", "-"],
        cwd=REPO,
        env=run_env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    MASTERS[port] = proc.pid
    try:
        wait_until(lambda: http_get(port, "/health/live/", timeout=2)[0] == 200, 60, "gunicorn")
        yield port
    finally:
        stop(proc)
        log.close()
        MASTERS.pop(port, None)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)


def need_nginx() -> None:
    if os.path.exists(NGINX):
        return
    if os.environ.get("CI"):
        pytest.fail(f"{NGINX} is missing: make test installs Debian's nginx (apt-get install nginx)")
    if os.geteuid() != 0:
        pytest.skip(
            "nginx is not installed and this run is not root (make test installs it: apt-get install nginx)"
        )
    pytest.skip("nginx is not installed here: run make test, which installs Debian's nginx")


def site_config(
    *, https_port: int, http_port: int, upstream_port: int, cert: Path, key: Path, tmp: Path
) -> str:
    """deploy/nginx.conf with this machine's ports, certificate and paths put in (nothing else changed)."""
    text = (REPO / "deploy" / "nginx.conf").read_text()
    replacements = {
        "listen 443 ssl http2;": f"listen 127.0.0.1:{https_port} ssl http2;",
        "listen [::]:443 ssl http2;": "",
        "listen 80;": f"listen 127.0.0.1:{http_port};",
        "listen [::]:80;": "",
        "server 127.0.0.1:8000 ": f"server 127.0.0.1:{upstream_port} ",
        "/etc/letsencrypt/live/studyguide.example.org/fullchain.pem": str(cert),
        "/etc/letsencrypt/live/studyguide.example.org/privkey.pem": str(key),
        "/srv/studyguide/var/staticfiles/": f"{REPO / 'static'}/",
        "/var/www/html": str(tmp),
    }
    for old, new in replacements.items():
        assert old in text, f"deploy/nginx.conf no longer contains {old!r}: update tests/servers.py"
        text = text.replace(old, new)
    return text


@contextmanager
def nginx(tmp: Path, *, upstream_port: int) -> Iterator[int]:
    """Debian's nginx running deploy/nginx.conf in front of ``upstream_port``; yields its HTTPS port."""
    need_nginx()
    root = tmp / "nginx"
    root.mkdir()
    cert, key = root / "cert.pem", root / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"]
        + ["-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    https_port, http_port = free_port(), free_port()
    site = site_config(
        https_port=https_port, http_port=http_port, upstream_port=upstream_port, cert=cert, key=key, tmp=root
    )
    (root / "site.conf").write_text(site)
    user = "user root;\n" if os.geteuid() == 0 else ""
    (root / "nginx.conf").write_text(
        f"{user}worker_processes 1;\npid {root}/nginx.pid;\nerror_log {root}/error.log info;\n"
        "events { worker_connections 256; }\n"
        "http {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n"
        f"  access_log {root}/access.log;\n"
        + "".join(
            f"  {kind}_temp_path {root}/{kind};\n"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        + f"  include {root}/site.conf;\n}}\n"
    )
    check = subprocess.run(
        [NGINX, "-t", "-p", str(root), "-c", str(root / "nginx.conf")], capture_output=True
    )
    assert check.returncode == 0, check.stderr.decode()
    proc = subprocess.Popen(
        [NGINX, "-p", str(root), "-c", str(root / "nginx.conf"), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_until(lambda: http_get(https_port, "/health/live/", tls=True, timeout=2)[0] == 200, 20, "nginx")
        yield https_port
    finally:
        stop(proc)
