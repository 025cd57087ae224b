#!/usr/bin/env bash
# Prepares a PostgreSQL database for Gramota's integration tests and prints the environment that
# points the tests at it:
#
#   eval "$(scripts/postgresql-test-database.sh)" && ./mvnw verify
#
# It (re)creates the role gramota and an empty database (default gramota_it) on PGHOST:PGPORT
# (default 127.0.0.1:5432) as the superuser PGSUPERUSER (default postgres), and makes sure the
# server allows prepared transactions, which Gramota's XA transactions need: when
# max_prepared_transactions is 0 on a local cluster, it raises it and restarts the cluster.
# Fails, never skips, when PostgreSQL is not there.
set -euo pipefail

host=${PGHOST:-127.0.0.1}
port=${PGPORT:-5432}
superuser=${PGSUPERUSER:-postgres}
database=${GRAMOTA_IT_DATABASE:-gramota_it}
psql_super=(psql -v ON_ERROR_STOP=1 -qAt -h "$host" -p "$port" -U "$superuser" -d postgres)

if ! pg_isready -q -h "$host" -p "$port"; then
    echo "PostgreSQL is not answering on $host:$port; start it (or set PGHOST/PGPORT) and try again." >&2
    exit 1
fi

prepared=$("${psql_super[@]}" -c "show max_prepared_transactions")
if [ "$prepared" = "0" ]; then
    echo "max_prepared_transactions is 0: XA transactions would fail. Raising it to 64." >&2
    "${psql_super[@]}" -c "alter system set max_prepared_transactions = 64"
    cluster=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$cluster" ] || ! command -v pg_ctlcluster >/dev/null; then
        echo "Restart PostgreSQL on $host:$port so that max_prepared_transactions takes effect, then run again." >&2
        exit 1
    fi
    # The restarted server must not keep the caller's open files (a build's lock, CI's output pipe):
    # close every descriptor above stderr in the subshell that starts it.
    (
        for fd in /proc/$BASHPID/fd/*; do
            fd=${fd##*/}
            [ "$fd" -gt 2 ] 2>/dev/null && eval "exec $fd>&-"
        done
        exec pg_ctlcluster --skip-systemctl-redirect "$cluster" main restart </dev/null >&2
    )
    for _ in $(seq 1 30); do pg_isready -q -h "$host" -p "$port" && break; sleep 1; done
    prepared=$("${psql_super[@]}" -c "show max_prepared_transactions")
    [ "$prepared" != "0" ] || { echo "max_prepared_transactions is still 0 after the restart." >&2; exit 1; }
fi

"${psql_super[@]}" <<SQL >&2
select pg_terminate_backend(pid) from pg_stat_activity where datname = '$database' and pid <> pg_backend_pid();
drop database if exists $database;
do \$\$ begin
    if not exists (select from pg_roles where rolname = 'gramota') then
        create role gramota login password 'gramota';
    end if;
end \$\$;
create database $database owner gramota encoding 'UTF8' template template0;
SQL

cat <<ENV
export GRAMOTA_DB=postgresql
export GRAMOTA_DB_URL=jdbc:postgresql://$host:$port/$database
export GRAMOTA_DB_USER=gramota
export GRAMOTA_DB_PASSWORD=gramota
ENV
