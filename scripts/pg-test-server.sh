#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server on 127.0.0.1 for the test suite.
#   eval "$(scripts/pg-test-server.sh start)"   # exports COUNTERSIGN_TEST_PG_URL, COUNTERSIGN_TEST_PG_DIR
#                                                # and COUNTERSIGN_TEST_PG_PASSWORD_URL (a role with a password),
#                                                # COUNTERSIGN_TEST_PG_TLS_URL (verify-full against the test CA),
#                                                # COUNTERSIGN_TEST_PG_CA and COUNTERSIGN_TEST_PG_WRONG_CA (a CA
#                                                # that did not sign the server), COUNTERSIGN_TEST_PG_SOCKET_URL
#
# The server runs with ssl=on: a CA and a server certificate (DNS:localhost,
# IP:127.0.0.1) are made with openssl in its folder. Plain connections are
# still accepted, so COUNTERSIGN_TEST_PG_URL (127.0.0.1, libpq's sslmode=prefer)
# is encrypted; the suites that run over TLS with verify-full, over plain text
# and over the Unix socket are tst_pg_tls's.
#   scripts/pg-test-server.sh stop "$COUNTERSIGN_TEST_PG_DIR"
#
# CTest runs it as a fixture (tests/CMakeLists.txt): a fixture cannot hand
# environment variables to the tests, so there the addresses go to a file that
# tests/support/TestSupport.cpp reads (TestSupport::pgSetting):
#   scripts/pg-test-server.sh start-file FILE   # writes the variables, one NAME=VALUE a line
#   scripts/pg-test-server.sh stop-file FILE    # stops that server and removes FILE
#   scripts/pg-test-server.sh standby DIR        # a hot standby streaming from the server in DIR:
#                                                # prints STANDBY_PORT=... and STANDBY_DIR=... (stop DIR stops it)
#   scripts/pg-test-server.sh keep DIR           # a server whose files outlive it (the benchmark's archive):
#                                                # made in DIR the first time, started again on the same port
#                                                # after; prints postgresql://postgres@127.0.0.1:PORT
#   scripts/pg-test-server.sh halt DIR           # stops that server and keeps its files
# Without PostgreSQL installed, start-file writes no server into FILE and
# succeeds, so the PostgreSQL tests skip; with COUNTERSIGN_REQUIRE_PG=1 (as
# scripts/test.sh sets) it fails instead, so a skipped twin never passes CI.
#
# Only coreutils, util-linux (runuser), openssl and PostgreSQL's own programs are used:
# a bare Debian 12 has no python3. COUNTERSIGN_PG_ROOT (default
# /usr/lib/postgresql) is where the server's versions are looked for; pointing
# it at an empty folder shows what happens where PostgreSQL is not installed.
set -euo pipefail

pg_root=${COUNTERSIGN_PG_ROOT:-/usr/lib/postgresql}
bindir=$(ls -d "$pg_root"/*/bin 2>/dev/null | sort -V | tail -n 1 || true)

# initdb refuses to run as root: the server then runs as the postgres system user.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# True when something listens on TCP port $1 (any address), from /proc/net/tcp{,6}:
# field 2 is local address:port in hex, field 4 the state, 0A = LISTEN.
port_in_use() {
    local hex
    hex=$(printf '%04X' "$1")
    awk -v hex="$hex" 'FNR > 1 { split($2, a, ":"); if (a[2] == hex && $4 == "0A") found = 1 }
                       END { exit !found }' /proc/net/tcp /proc/net/tcp6 2>/dev/null
}

# Starts the server in $1/data on port $2 (extra server options in $3).
start_on_port() {
    local dir=$1 port=$2 extra=${3:-}
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 $extra" \
        start >/dev/null
}

# Starts the server in $1/data on a free port (extra server options in $2)
# and prints the port; on failure shows its log and removes $1 (unless $3 is
# "keep": a kept server's files stay). A free port:
# a random one nobody listens on. Another program may take it between the
# check and the start, so a failed start tries another port.
start_on_free_port() {
    local dir=$1 extra=${2:-} keep=${3:-} port
    for _ in 1 2 3 4 5; do
        port=$((20000 + RANDOM % 40000))
        port_in_use "$port" && continue
        if start_on_port "$dir" "$port" "$extra"; then
            echo "$port"
            return 0
        fi
    done
    cat "$dir/server.log" >&2
    [[ $keep == keep ]] || rm -rf "$dir"
    return 1
}

# A CA in $1/$2.crt (key $2.key): self-signed, for certificates only.
make_ca() {
    openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
        -keyout "$1/$2.key" -out "$1/$2.crt" -days 3650 -subj "/CN=Countersign test $2" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
}

# The test CA, the server's certificate it signs (the names a client on this
# machine connects with), and a second CA that signed nothing of the server's.
make_certificates() {
    local dir=$1
    make_ca "$dir" ca && make_ca "$dir" wrong-ca || return 1
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
        -keyout "$dir/server.key" -out "$dir/server.csr" -subj "/CN=localhost" \
        -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" 2>/dev/null || return 1
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" \
        -CAserial "$dir/ca.srl" -CAcreateserial -days 3650 -copy_extensions copyall \
        -out "$dir/server.crt" 2>/dev/null || return 1
    # The server refuses a key anyone else may read.
    chmod 600 "$dir/server.key"
    chmod 644 "$dir/ca.crt" "$dir/wrong-ca.crt" "$dir/server.crt"
    if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$dir/server.key" "$dir/server.crt"; fi
}

# Prints the export lines of a freshly started server on stdout.
start_server() {
    if [[ -z $bindir ]]; then
        echo "pg-test-server: PostgreSQL is not installed (Debian package postgresql)" >&2
        return 1
    fi
    local dir port password
    dir=$(mktemp -d /tmp/countersign-pg.XXXXXX)
    chmod 755 "$dir"
    if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$dir"; fi
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; return 1; }
    # One role must give a password (the GUI's password prompt is tested against
    # it); every other connection is trusted. The first matching line wins.
    sed -i '1i host all countersign_pw 127.0.0.1/32 scram-sha-256' "$dir/data/pg_hba.conf"
    if ! command -v openssl >/dev/null; then
        echo "pg-test-server: openssl is not installed (Debian package openssl)" >&2
        rm -rf "$dir"
        return 1
    fi
    make_certificates "$dir" || { echo "pg-test-server: openssl could not make the certificates" >&2; rm -rf "$dir"; return 1; }
    # In the server's configuration, not its command line: a standby copied
    # from it and a restart (pg_ctl restart) keep TLS on.
    {
        echo "ssl = on"
        echo "ssl_cert_file = '$dir/server.crt'"
        echo "ssl_key_file = '$dir/server.key'"
    } >>"$dir/data/postgresql.conf"
    port=$(start_on_free_port "$dir") || return 1
    password=$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')
    as_owner "$bindir/psql" -q -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE countersign_pw LOGIN PASSWORD '$password'" \
        -c "CREATE DATABASE countersign_pw OWNER countersign_pw" >&2
    echo "COUNTERSIGN_TEST_PG_URL=postgresql://postgres@127.0.0.1:$port/postgres"
    echo "COUNTERSIGN_TEST_PG_PASSWORD_URL=postgresql://countersign_pw:$password@127.0.0.1:$port/countersign_pw"
    echo "COUNTERSIGN_TEST_PG_TLS_URL=postgresql://postgres@localhost:$port/postgres?sslmode=verify-full&sslrootcert=$dir/ca.crt"
    echo "COUNTERSIGN_TEST_PG_CA=$dir/ca.crt"
    echo "COUNTERSIGN_TEST_PG_WRONG_CA=$dir/wrong-ca.crt"
    echo "COUNTERSIGN_TEST_PG_SOCKET_URL=postgresql:///postgres?host=$dir&port=$port&user=postgres"
    echo "COUNTERSIGN_TEST_PG_DIR=$dir"
}

# A hot standby of the server in $1: a base backup streamed from it, started
# read-only on a port of its own, replaying what the primary writes.
start_standby() {
    local primary=$1 primary_port dir port
    primary_port=$(sed -n 4p "$primary/data/postmaster.pid")
    dir=$(mktemp -d /tmp/countersign-pg-standby.XXXXXX)
    chmod 755 "$dir"
    if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$dir"; fi
    as_owner "$bindir/pg_basebackup" -h "$primary" -p "$primary_port" -U postgres -D "$dir/data" -R -X stream -c fast \
        >"$dir/basebackup.log" 2>&1 || { cat "$dir/basebackup.log" >&2; rm -rf "$dir"; return 1; }
    port=$(start_on_free_port "$dir" "-c hot_standby=on") || return 1
    echo "STANDBY_PORT=$port"
    echo "STANDBY_DIR=$dir"
}

# A server in $1 that is kept between runs: made there once (no TLS, no
# password role: only the benchmark uses it), then started again on the port
# it had, so that what was built on it is found under the same address.
keep_server() {
    local dir=$1 port=""
    if [[ -z $bindir ]]; then
        echo "pg-test-server: PostgreSQL is not installed (Debian package postgresql)" >&2
        return 1
    fi
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    chmod 755 "$dir"
    if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$dir"; fi
    if [[ ! -f $dir/data/PG_VERSION ]]; then
        as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; return 1; }
    fi
    if as_owner "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        port=$(sed -n 4p "$dir/data/postmaster.pid")
    else
        local wanted
        wanted=$(cat "$dir/port" 2>/dev/null || true)
        if [[ -n $wanted ]] && ! port_in_use "$wanted" && start_on_port "$dir" "$wanted"; then
            port=$wanted
        else
            port=$(start_on_free_port "$dir" "" keep) || return 1
        fi
        echo "$port" >"$dir/port"
    fi
    echo "postgresql://postgres@127.0.0.1:$port"
}

stop_server() {
    local dir=$1
    [[ -d $dir ]] || return 0
    if [[ -n $bindir && -d $dir/data ]]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    fi
    # The suites leave a database per test behind: hundreds of megabytes whose
    # deletion took up to two minutes on a busy machine, past CTest's timeout
    # for the cleanup step. The server is stopped; delete its files on the side.
    mv "$dir" "$dir.stopped" 2>/dev/null || return 0
    setsid rm -rf "$dir.stopped" </dev/null >/dev/null 2>&1 &
}

# The server folder named in a file written by start-file, or "".
dir_in_file() {
    sed -n 's/^COUNTERSIGN_TEST_PG_DIR=//p' "$1" 2>/dev/null || true
}

case "${1:-}" in
start)
    start_server | sed "s/^\([A-Z_]*\)=\(.*\)$/export \1='\2'/"
    ;;
stop)
    stop_server "${2:?usage: pg-test-server.sh stop DIR}"
    ;;
start-file)
    file=${2:?usage: pg-test-server.sh start-file FILE}
    # A run that was killed before its cleanup left its server behind: stop it.
    if [[ -f $file ]]; then
        stop_server "$(dir_in_file "$file")"
        rm -f "$file"
    fi
    # Someone who runs their own server names it; the tests read the environment first.
    if [[ -n ${COUNTERSIGN_TEST_PG_URL:-} ]]; then
        echo "pg-test-server: the tests use COUNTERSIGN_TEST_PG_URL from the environment; no server started"
        echo "# no server: COUNTERSIGN_TEST_PG_URL is set" >"$file"
        exit 0
    fi
    if [[ -z $bindir ]]; then
        if [[ ${COUNTERSIGN_REQUIRE_PG:-0} == 1 ]]; then
            echo "pg-test-server: PostgreSQL is not installed (Debian package postgresql)," \
                "and COUNTERSIGN_REQUIRE_PG=1 forbids skipping the PostgreSQL tests" >&2
            exit 1
        fi
        echo "pg-test-server: PostgreSQL is not installed (Debian package postgresql): the PostgreSQL tests skip"
        echo "# no server: PostgreSQL is not installed" >"$file"
        exit 0
    fi
    # Written under another name first: a test never reads half a file.
    start_server >"$file.part"
    mv "$file.part" "$file"
    echo "pg-test-server: started $(sed -n 's/^COUNTERSIGN_TEST_PG_URL=//p' "$file")"
    ;;
keep)
    keep_server "${2:?usage: pg-test-server.sh keep DIR}"
    ;;
halt)
    dir=${2:?usage: pg-test-server.sh halt DIR}
    if [[ -n $bindir && -f $dir/data/PG_VERSION ]]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    fi
    ;;
standby)
    start_standby "${2:?usage: pg-test-server.sh standby DIR}"
    ;;
stop-file)
    file=${2:?usage: pg-test-server.sh stop-file FILE}
    if [[ -f $file ]]; then
        stop_server "$(dir_in_file "$file")"
        rm -f "$file"
    fi
    ;;
*)
    echo "usage: pg-test-server.sh start | stop DIR | start-file FILE | stop-file FILE | standby DIR | keep DIR | halt DIR" >&2
    exit 2
    ;;
esac
