#!/usr/bin/env bash
# The write path of a running Gramota on PostgreSQL beside raw inserts on the same database and
# GET /api/v1/me, at 1, 8 and 32 clients, in one run; prints the table with the issue's targets and
# writes docs/benchmarks/write-path.csv, docs/benchmarks/write-path.svg and the table in
# docs/benchmarks.md. It starts nothing: the server and its database must be running.
#
#   GRAMOTA_PASSWORD=<admin's password> BENCH_JDBC_URL='jdbc:postgresql://127.0.0.1:5432/gramota?user=postgres' \
#       scripts/benchmark-write.sh
#
# Settings: GRAMOTA_URL (http://localhost:8080), GRAMOTA_USER (admin: an installation administrator;
# the first run makes organisations BENCH-01..BENCH-50, each with journal IN and clerk
# bench.clerk.bench-NN), BENCH_SECONDS (10 per step), BENCH_CLIENTS (1,8,32). The raw baseline
# makes and drops the table benchmark_raw_insert in BENCH_JDBC_URL's default schema.
# BENCH_LOAD_SECONDS=N only writes registrations over the 50 journals for N seconds from the first
# BENCH_CLIENTS count (paced to BENCH_LOAD_RATE a second in all when set), and writes no report:
# the load under which benchmark-registrations.sh measures reads.
# See docs/benchmarks.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

driver="$root/standalone-config/target/drivers/postgresql.jar"
if [ ! -f "$driver" ]; then
    echo "No PostgreSQL driver at $driver: build first (./mvnw -pl standalone-config -am package -DskipTests)" >&2
    exit 2
fi
classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
javac -nowarn -d "$classes" "$here"/write-benchmark/*.java

export BENCH_DOCS="${BENCH_DOCS:-$root/docs}"
# The machine, for the table's heading (BENCH_MACHINE overrides it)
cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)
memory=$(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo)
java_version=$(java -version 2>&1 | head -n 1 | sed 's/.*"\(.*\)".*/\1/')
export BENCH_MACHINE="${BENCH_MACHINE:-$(nproc) cores (${cpu:-unknown CPU}), $memory RAM, Java $java_version}"
java -cp "$classes:$driver" WriteBenchmark
