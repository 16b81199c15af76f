"""Issue 12, finding 3: slow clients held gunicorn's sync workers (two sockets sending a header line every 2 s
made the health check time out). The production recipe puts Debian's nginx in front (deploy/nginx.conf); this
starts gunicorn and nginx for real, on loopback, and checks that slow-loris clients no longer block the site,
that nginx cuts them off, that a 200 MB body is refused before it is read (by nginx, and by Django itself when
reached directly), and that nginx serves the static files. Figures are never asserted: only whether the site
answers within a socket timeout at all.
"""

import socket
import ssl
import threading
import time

import pytest

from tests.servers import gunicorn, http_get, insecure_tls, nginx

pytestmark = pytest.mark.django_db(transaction=True)  # servers in other processes read the same database
WORKERS = 2
SLOW_CLIENTS = WORKERS * 3


class SlowLoris:
    """Sockets that each send a request line, then one more header line every 2 s, and never finish."""

    def __init__(self, port: int, *, tls: bool, n: int = SLOW_CLIENTS):
        self.socks, self.closed_by_server = [], 0
        self.stopping = threading.Event()
        for _ in range(n):
            raw = socket.create_connection(("127.0.0.1", port), timeout=5)
            sock = insecure_tls().wrap_socket(raw, server_hostname="localhost") if tls else raw
            sock.sendall(b"GET /health/ HTTP/1.1\r\nHost: localhost\r\n")
            self.socks.append(sock)
        self.thread = threading.Thread(target=self._drip, daemon=True)
        self.thread.start()

    def _drip(self):
        n = 0
        while not self.stopping.wait(2):
            n += 1
            for sock in list(self.socks):
                try:
                    sock.sendall(f"X-Slow-{n}: {'a' * 10}\r\n".encode())
                except (OSError, ssl.SSLError):
                    self.socks.remove(sock)
                    self.closed_by_server += 1

    def close(self):
        self.stopping.set()
        self.thread.join(5)
        for sock in self.socks:
            sock.close()


def refused_early(port: int, *, tls: bool) -> tuple[int, bool]:
    """Declare a 200 MB body, send 64 KB of it: (status of the answer, whether it came before the rest)."""
    raw = socket.create_connection(("127.0.0.1", port), timeout=10)
    sock = insecure_tls().wrap_socket(raw, server_hostname="localhost") if tls else raw
    try:
        sock.sendall(
            b"POST /classifier/ HTTP/1.1\r\nHost: localhost\r\n"
            b"Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 209715200\r\n\r\n"
            + b"x"
            * 65536
        )
        answer = sock.recv(4096)
    finally:
        sock.close()
    return int(answer.split()[1]), bool(answer)


def test_slow_clients_do_not_block_the_site_behind_nginx(tmp_path):
    with gunicorn(tmp_path, workers=WORKERS) as app_port:
        # The check of the checker: straight at gunicorn, the slow clients do take every worker.
        loris = SlowLoris(app_port, tls=False)
        try:
            time.sleep(1)
            with pytest.raises(OSError):  # socket.timeout: no worker free to answer within 3 s
                http_get(app_port, "/health/", timeout=3)
        finally:
            loris.close()
        time.sleep(1)

        with nginx(tmp_path, upstream_port=app_port) as https_port:
            loris = SlowLoris(https_port, tls=True)
            try:
                time.sleep(3)  # every slow client has sent a few header lines by now
                for _ in range(3):
                    status, _, body = http_get(https_port, "/health/", tls=True, timeout=5)
                    assert (status, body) == (200, b"ok")
                # nginx gives up on them (client_header_timeout 10 s) without a worker ever seeing them
                deadline = time.monotonic() + 20
                while loris.socks and time.monotonic() < deadline:
                    time.sleep(0.5)
                assert not loris.socks and loris.closed_by_server == SLOW_CLIENTS
            finally:
                loris.close()


def test_large_bodies_static_files_and_headers_through_nginx(tmp_path):
    with gunicorn(tmp_path, workers=WORKERS) as app_port:
        # Django refuses a declared 200 MB body with a 413 before reading it, even without nginx...
        assert refused_early(app_port, tls=False) == (413, True)
        with nginx(tmp_path, upstream_port=app_port) as https_port:
            # ...and nginx refuses it before it reaches a worker.
            assert refused_early(https_port, tls=True) == (413, True)
            status, headers, body = http_get(https_port, "/static/css/site.css", tls=True)
            assert status == 200 and body and "public" in headers.get("cache-control", "")
            assert "content-security-policy" not in headers  # nginx served it, not Django
            status, headers, _ = http_get(https_port, "/", tls=True)
            assert status == 200 and "default-src 'self'" in headers["content-security-policy"]
            assert "camera=()" in headers["permissions-policy"]
            assert "strict-transport-security" in headers  # the app sees HTTPS through X-Forwarded-Proto
