#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server on 127.0.0.1 for the test suite.
#   eval "$(scripts/pg-test-server.sh start)"   # exports COUNTERSIGN_TEST_PG_URL, COUNTERSIGN_TEST_PG_DIR
#                                                # and COUNTERSIGN_TEST_PG_PASSWORD_URL (a role with a password)
#   scripts/pg-test-server.sh stop "$COUNTERSIGN_TEST_PG_DIR"
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z $bindir ]]; then
    echo "pg-test-server: PostgreSQL is not installed (Debian package postgresql)" >&2
    exit 1
fi

# initdb refuses to run as root: the server then runs as the postgres system user.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "${1:-}" in
start)
    dir=$(mktemp -d /tmp/countersign-pg.XXXXXX)
    chmod 755 "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # One role must give a password (the GUI's password prompt is tested against
    # it); every other connection is trusted. The first matching line wins.
    sed -i '1i host all countersign_pw 127.0.0.1/32 scram-sha-256' "$dir/data/pg_hba.conf"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2 \
        || { cat "$dir/server.log" >&2; exit 1; }
    password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
    as_owner "$bindir/psql" -q -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE countersign_pw LOGIN PASSWORD '$password'" \
        -c "CREATE DATABASE countersign_pw OWNER countersign_pw" >&2
    echo "export COUNTERSIGN_TEST_PG_URL=postgresql://postgres@127.0.0.1:$port/postgres"
    echo "export COUNTERSIGN_TEST_PG_PASSWORD_URL=postgresql://countersign_pw:$password@127.0.0.1:$port/countersign_pw"
    echo "export COUNTERSIGN_TEST_PG_DIR=$dir"
    ;;
stop)
    dir=${2:?usage: pg-test-server.sh stop DIR}
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg-test-server.sh start | stop DIR" >&2
    exit 2
    ;;
esac
