#!/usr/bin/env bash
# make loadtest: LOADTEST_USERS (default 50) simulated students for LOADTEST_SECONDS (default 60) against gunicorn
# with the production settings and a throwaway PostgreSQL (and memcached, when installed), all on 127.0.0.1 and
# all stopped on exit. See scripts/loadtest/run.py for what is printed and checked.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
PY=$ROOT/.venv/bin/python
USERS=${LOADTEST_USERS:-50}
DURATION=${LOADTEST_SECONDS:-60}
PASSWORD=load-test-password-1  # scripts/loadtest/locustfile.py logs in with it
free_port() { $PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
log() { printf '== %s\n' "$*" >&2; }

WORK=$(mktemp -d /tmp/studyguide-loadtest.XXXXXX)
GUNICORN_PID= MEMCACHED_PID=
# shellcheck source=../.ci/pg.sh
source .ci/pg.sh
cleanup() {
    [ -n "$GUNICORN_PID" ] && kill -TERM -- "-$GUNICORN_PID" 2>/dev/null && wait "$GUNICORN_PID" 2>/dev/null
    [ -n "$MEMCACHED_PID" ] && kill "$MEMCACHED_PID" 2>/dev/null
    pg_stop
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

PG_PORT=$(free_port)
pg_start
export DJANGO_DEBUG=0 DJANGO_SECRET_KEY="$(head -c 48 /dev/urandom | base64)" DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost
export DJANGO_SECURE_SSL_REDIRECT=0 DJANGO_MEDIA_ROOT="$WORK/media" DJANGO_LOG_LEVEL=WARNING
export CLASSIFIER_MODEL_DIR=${CLASSIFIER_MODEL_DIR:-$ROOT/var/models}
if command -v memcached >/dev/null; then
    MC_PORT=$(free_port)
    memcached -l 127.0.0.1 -p "$MC_PORT" -U 0 -u nobody -m 32 & MEMCACHED_PID=$!
    export DJANGO_MEMCACHED_LOCATION=127.0.0.1:$MC_PORT
fi
log "database, content, model, $USERS load-test students"
$PY manage.py migrate --noinput >/dev/null
$PY manage.py collectstatic --noinput >/dev/null
$PY manage.py load_course >/dev/null
$PY manage.py create_quizzes >/dev/null
$PY manage.py build_classifier >/dev/null
$PY scripts/loadtest/prepare.py "$USERS" "$PASSWORD" >&2

PORT=$(free_port)
log "gunicorn on 127.0.0.1:$PORT (warming the models)"
GUNICORN_BIND=127.0.0.1:$PORT setsid .venv/bin/gunicorn studyguide.wsgi --access-logfile /dev/null \
    >"$WORK/gunicorn.log" 2>&1 &
GUNICORN_PID=$!
for _ in $(seq 1 240); do
    curl -fsS "http://127.0.0.1:$PORT/health/" >/dev/null 2>&1 && break
    sleep 0.5
done
curl -fsS "http://127.0.0.1:$PORT/health/" >/dev/null || { cat "$WORK/gunicorn.log" >&2; exit 1; }
sleep 5  # the second worker finishes warming up
log "load: $USERS students for $DURATION s"
$PY scripts/loadtest/run.py --host "http://127.0.0.1:$PORT" --users "$USERS" --seconds "$DURATION"
