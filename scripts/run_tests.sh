#!/usr/bin/env bash
# The whole test run behind `make test`: Debian packages, static checks, then pytest on SQLite and on a
# throwaway PostgreSQL (stopped on any exit, failure included). Assumes `make install-dev` ran.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
PYBIN=$ROOT/.venv/bin
export PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
export ARTIFACTS_DIR="${ARTIFACTS_DIR:-$ROOT/artifacts}"
log() { printf '\n== [%4ss] %s\n' "$SECONDS" "$*"; }

# ---- Debian packages: Chromium for the browser tests, PostgreSQL for the second run, nginx and memcached for
# the deployment tests (tests/test_deploy.py, tests/test_rate_limits.py); skipped when present
apt_need=()
command -v chromium >/dev/null || apt_need+=(chromium)
[ -x /usr/sbin/nginx ] || apt_need+=(nginx)
command -v memcached >/dev/null || apt_need+=(memcached)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || apt_need+=(postgresql)
if ((${#apt_need[@]})); then
    if [ "$(id -u)" -ne 0 ]; then
        echo "Missing Debian packages: ${apt_need[*]} (run as root, or: sudo apt-get install ${apt_need[*]})" >&2
        exit 1
    fi
    log "apt-get install ${apt_need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_need[@]}" >/dev/null
fi

# ---- Static and Django checks
log "ruff"
$PYBIN/ruff check .
$PYBIN/ruff format --check .
log "django checks"
DJANGO_DEBUG=1 $PYBIN/python manage.py check --fail-level WARNING
DJANGO_DEBUG=1 $PYBIN/python manage.py makemigrations --check --dry-run
# Production settings must pass the deployment checklist with no warning.
DJANGO_DEBUG=0 DJANGO_SECRET_KEY="$(head -c 48 /dev/urandom | base64)" DJANGO_ALLOWED_HOSTS=studyguide.example.org \
    $PYBIN/python manage.py check --deploy --fail-level WARNING

run_pytest() {
    local rc=0
    timeout 2400 $PYBIN/python -m pytest -p no:cacheprovider "$@" || rc=$?
    if [ "$rc" -eq 5 ]; then echo "pytest collected no tests (exit 5)"; fi
    return "$rc"
}

# ---- pytest on SQLite
log "pytest on SQLite"
(unset DATABASE_URL; run_pytest "$@")

# ---- pytest on PostgreSQL (a throwaway cluster on 127.0.0.1)
log "start PostgreSQL"
# shellcheck source=../.ci/pg.sh
source .ci/pg.sh
trap pg_stop EXIT
trap 'exit 130' INT TERM
PG_PORT=$($PYBIN/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
pg_start
log "pytest on PostgreSQL ($DATABASE_URL)"
EXPECT_DB_VENDOR=postgresql run_pytest "$@"

# ---- A short load test (its own PostgreSQL and gunicorn): fails on any error or lost write
log "load test: 10 students for 15 s"
LOADTEST_USERS=10 LOADTEST_SECONDS=15 bash scripts/loadtest.sh
log "all test runs passed"
