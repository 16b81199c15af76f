# Source me. A throwaway PostgreSQL cluster on 127.0.0.1, run as the 'postgres' OS user.
# pg_start sets DATABASE_URL; pg_stop stops it through its pid file and deletes the data folder.
pg_start() {
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    PG_PORT=${PG_PORT:-55432}
    # Under /tmp because the postgres user must reach it (root's home is 0700).
    PG_DIR=$(mktemp -d /tmp/studyguide-pg.XXXXXX)
    chown postgres:postgres "$PG_DIR"
    runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --no-sync \
        >"$PG_DIR/initdb.log"
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null
    runuser -u postgres -- "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres studyguide
    export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/studyguide"
    export PG_DIR PG_BIN
}

pg_stop() {
    [ -n "${PG_DIR:-}" ] || return 0
    local pidfile="$PG_DIR/data/postmaster.pid"
    if [ -f "$pidfile" ]; then
        local pid
        pid=$(head -1 "$pidfile")
        kill -INT "$pid" 2>/dev/null || true # fast shutdown
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$pid" 2>/dev/null && kill -QUIT "$pid" 2>/dev/null || true
    fi
    rm -rf "$PG_DIR"
    PG_DIR=
}
