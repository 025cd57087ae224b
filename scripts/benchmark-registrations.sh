#!/usr/bin/env bash
# Measures the registrations list and card against a running Gramota, with GET /api/v1/me as the
# raw baseline measured in the same run, and prints p50/p95/p99/max and the ratios to the baseline:
#
#   GRAMOTA_PASSWORD=<clerk.gov's password> scripts/benchmark-registrations.sh
#
# Settings: GRAMOTA_URL (http://localhost:8080), GRAMOTA_USER (clerk.gov: the registry clerk of
# BENCH_ORGANISATION, who sees all its registrations), BENCH_ORGANISATION (GOV), BENCH_JOURNAL (IN),
# BENCH_REQUESTS (500 measured requests of each kind), BENCH_WARMUP (300 rounds).
# BENCH_PSQL, when set, is a psql command line for the installation's database; the script then
# also prints the number of registrations in it, e.g.
#   BENCH_PSQL="psql -h 127.0.0.1 -U postgres gramota_bench"
# Generate data first with scripts/generate-registrations.sh. See docs/benchmarks.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

if [ -n "${BENCH_PSQL:-}" ]; then
    echo "Registrations in the database: $($BENCH_PSQL -qAt -c \
        "select count(*) from gramota.document where status <> 'DRAFT'")"
fi
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM," \
    "Java $(java -version 2>&1 | head -n 1 | sed 's/.*"\(.*\)".*/\1/')"
exec java "$here/RegistrationBenchmark.java"
