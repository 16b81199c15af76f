#!/usr/bin/env bash
# The page benchmark behind `make bench`: gunicorn with the repo's config and production settings, one
# worker per core, on a throwaway PostgreSQL (.ci/pg.sh), measured by `manage.py bench_pages` (wrk against
# each student page as a logged-in student, worker memory, time to ready, exam submit, grading). Everything
# it starts is stopped on exit, failure included. Not part of `make test`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
PY=$ROOT/.venv/bin/python
log() { printf '\n== [%4ss] %s\n' "$SECONDS" "$*"; }

# ---- wrk and memcached (Debian packages), as scripts/run_tests.sh installs Chromium
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v memcached >/dev/null || need+=(memcached)
if ((${#need[@]})); then
    if [ "$(id -u)" -ne 0 ]; then
        echo "${need[*]} missing (run as root, or: sudo apt-get install ${need[*]})" >&2
        exit 1
    fi
    log "apt-get install ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# shellcheck source=../.ci/pg.sh
source .ci/pg.sh
BENCH_DIR=$(mktemp -d /tmp/studyguide-bench.XXXXXX)
GUNICORN_PID=
MEMCACHED_PID=
WORKER_PID=
stop_all() {
    if [ -n "$WORKER_PID" ]; then
        kill -TERM "$WORKER_PID" 2>/dev/null || true
        wait "$WORKER_PID" 2>/dev/null || true
    fi
    if [ -n "$GUNICORN_PID" ] && kill -0 "$GUNICORN_PID" 2>/dev/null; then
        kill -TERM "$GUNICORN_PID" 2>/dev/null || true
        wait "$GUNICORN_PID" 2>/dev/null || true
    fi
    if [ -n "$MEMCACHED_PID" ]; then
        kill -TERM "$MEMCACHED_PID" 2>/dev/null || true
        wait "$MEMCACHED_PID" 2>/dev/null || true
    fi
    pg_stop
    rm -rf "$BENCH_DIR"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

free_port() { $PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
log "start PostgreSQL"
PG_PORT=$(free_port)
pg_start
# The production cache (sessions, the logged-in user, content versions, rate limits): a memcached of its own.
MEMCACHED_PORT=$(free_port)
memcached_user=()
[ "$(id -u)" -eq 0 ] && memcached_user=(-u nobody)
log "start memcached on 127.0.0.1:$MEMCACHED_PORT"
memcached -l 127.0.0.1 -p "$MEMCACHED_PORT" -U 0 -m 64 "${memcached_user[@]}" &
MEMCACHED_PID=$!
export DJANGO_MEMCACHED_LOCATION=127.0.0.1:$MEMCACHED_PORT

export DJANGO_DEBUG=0 DJANGO_ALLOWED_HOSTS=127.0.0.1 DJANGO_SECURE_SSL_REDIRECT=0
DJANGO_SECRET_KEY="$(head -c 48 /dev/urandom | base64)"
export DJANGO_SECRET_KEY DJANGO_MEDIA_ROOT="$BENCH_DIR/media"
log "prepare the database and both models (production settings, $DATABASE_URL)"
$PY manage.py migrate --noinput -v 0
$PY manage.py load_course
$PY manage.py create_quizzes
$PY manage.py build_classifier
$PY manage.py build_embedder
$PY manage.py create_demo_accounts --password "bench-$(head -c 12 /dev/urandom | base64 | tr -dc a-z0-9)"
$PY manage.py create_demo_data
$PY manage.py collectstatic --noinput -v 0

WORKERS=${BENCH_WORKERS:-$(nproc)}
PORT=$(free_port)
# Workers are not recycled during the sweeps (thousands of /health/ requests would recycle them at random
# moments); bench_pages recycles one on purpose and times it. BENCH_MAX_REQUESTS=2000 keeps the repo's value.
MAX_REQUESTS=${BENCH_MAX_REQUESTS:-1000000}
log "gunicorn: $WORKERS workers on 127.0.0.1:$PORT (max_requests $MAX_REQUESTS)"
GUNICORN_BIND=127.0.0.1:$PORT GUNICORN_WORKERS=$WORKERS GUNICORN_ACCESSLOG="$BENCH_DIR/access.log" \
    GUNICORN_MAX_REQUESTS=$MAX_REQUESTS \
    "$ROOT/.venv/bin/gunicorn" studyguide.wsgi --pid "$BENCH_DIR/gunicorn.pid" \
    --error-logfile "$BENCH_DIR/gunicorn.log" &
GUNICORN_PID=$!
for _ in $(seq 1 100); do [ -s "$BENCH_DIR/gunicorn.pid" ] && break; sleep 0.1; done

# Submitted exams are graded by a task worker on the "grading" queue, as `make serve` and production run it.
log "grading task worker (manage.py db_worker --queue-name grading)"
$PY manage.py db_worker --no-reload --interval 0.2 --queue-name grading >"$BENCH_DIR/worker.log" 2>&1 &
WORKER_PID=$!

log "measure"
$PY manage.py bench_pages --url "http://127.0.0.1:$PORT" --pidfile "$BENCH_DIR/gunicorn.pid" \
    --log "$BENCH_DIR/gunicorn.log" --workers "$WORKERS" "$@"
