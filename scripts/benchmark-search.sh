#!/usr/bin/env bash
# Search on a running Gramota with generated registrations, each figure beside its raw baseline
# measured in the same run: the rebuild of the node's index beside raw Lucene indexing of the same
# records; a mix of clerk's queries over REST, through the search service in the server and on raw
# Lucene; the same mix in PostgreSQL full-text search (a GIN index over the same texts). Prints the
# table with the issue's targets. It starts nothing: the server (GRAMOTA_GENERATOR_ENABLED=true) and
# its PostgreSQL database must be running, with data from scripts/generate-registrations.sh.
#
#   BENCH_ADMIN_PASSWORD=<admin's password> GRAMOTA_PASSWORD=<clerk.gov's password> \
#   BENCH_JDBC_URL='jdbc:postgresql://127.0.0.1:5432/gramota?user=postgres' scripts/benchmark-search.sh
#
# Settings: GRAMOTA_URL (http://localhost:8080), BENCH_ADMIN (admin), GRAMOTA_USER (clerk.gov),
# BENCH_CLIENTS (4), BENCH_WARMUP (10 s), BENCH_SECONDS (30 s), BENCH_INDEX_RECORDS (200000),
# BENCH_REBUILD (true; false skips the rebuild), BENCH_NODE (the node the server reports as).
# The PostgreSQL baseline makes and drops the table bench_search_text in BENCH_JDBC_URL's default
# schema. The sources: scripts/search-benchmark/. See docs/benchmarks.md, Search.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

driver="$root/standalone-config/target/drivers/postgresql.jar"
if [ ! -f "$driver" ]; then
    echo "No PostgreSQL driver at $driver: build first (./mvnw -pl standalone-config -am package -DskipTests)" >&2
    exit 2
fi
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM," \
    "Java $(java -version 2>&1 | head -n 1 | sed 's/.*"\(.*\)".*/\1/')"
classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
javac -nowarn -d "$classes" "$here"/search-benchmark/*.java
java -cp "$classes:$driver" SearchBenchmark
