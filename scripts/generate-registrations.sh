#!/usr/bin/env bash
# Loads generated registrations into a running Gramota and draws a progress bar while it works:
#
#   GRAMOTA_PASSWORD=… scripts/generate-registrations.sh [COUNT] [ORGANISATION] [JOURNAL]
#
# COUNT defaults to 100000, ORGANISATION/JOURNAL to GOV/IN (the demo government's incoming journal;
# start the server with GRAMOTA_DEMO_DATA=true for it). The server must run with
# GRAMOTA_GENERATOR_ENABLED=true; the user (GRAMOTA_USER, default admin) must be an installation
# administrator. GRAMOTA_URL defaults to http://localhost:8080, GRAMOTA_SEED to the server's default.
# Needs bash and curl only. Exits non-zero with the server's message when the run cannot start or fails.
# See docs/benchmarks.md.
set -euo pipefail

count=${1:-100000}
organisation=${2:-GOV}
journal=${3:-IN}
url=${GRAMOTA_URL:-http://localhost:8080}
user=${GRAMOTA_USER:-admin}
password=${GRAMOTA_PASSWORD:?set GRAMOTA_PASSWORD to the password of $user}

# The value of a top-level string or number field of a flat JSON object (no jq here).
field() {
    local name=$1 json=$2 value
    value=$(printf '%s' "$json" | sed -n 's/.*"'"$name"'":\("\([^"\\]\|\\.\)*"\|[-0-9.]*\).*/\1/p')
    value=${value#\"}
    printf '%s' "${value%\"}"
}

# The server's message from a problem-details answer, with its field errors.
problem() {
    local detail errors
    detail=$(field detail "$1")
    errors=$(printf '%s' "$1" | sed -n 's/.*"errors":\[\(.*\)\].*/\1/p')
    printf '%s%s' "${detail:-$1}" "${errors:+ ($errors)}"
}

# POST or GET; prints the body, then the status on a line of its own.
call() {
    curl -sS -w '\n%{http_code}' -H 'Content-Type: application/json' -H 'Accept: application/json' \
        ${token:+-H "Authorization: Bearer $token"} "$@"
}

status_of() { printf '%s' "$1" | tail -n 1; }
body_of() { printf '%s' "$1" | sed '$d'; }

# 1234567 → 1,234,567
thousands() { printf '%d' "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

clock() {
    local s=$1
    if ((s >= 3600)); then printf '%d:%02d:%02d' $((s / 3600)) $((s % 3600 / 60)) $((s % 60)); else printf '%d:%02d' $((s / 60)) $((s % 60)); fi
}

token=
answer=$(call -X POST "$url/api/v1/tokens" \
    -d "{\"username\":\"$user\",\"password\":\"$password\"}") || { echo "Cannot reach $url" >&2; exit 1; }
if [ "$(status_of "$answer")" != 201 ]; then
    echo "Cannot sign in as $user: $(problem "$(body_of "$answer")")" >&2
    exit 1
fi
token=$(field token "$(body_of "$answer")")

request="{\"organisationCode\":\"$organisation\",\"journalCode\":\"$journal\",\"count\":$count${GRAMOTA_SEED:+,\"seed\":$GRAMOTA_SEED}}"
answer=$(call -X POST "$url/api/v1/generator/registrations" -d "$request")
if [ "$(status_of "$answer")" != 202 ]; then
    echo "The generator did not start: $(problem "$(body_of "$answer")")" >&2
    exit 1
fi
execution=$(field executionId "$(body_of "$answer")")
echo "Generating $(thousands "$count") registrations in $organisation/$journal (run $execution)"

started=$(date +%s)
width=40
while :; do
    sleep 1
    answer=$(call "$url/api/v1/generator/registrations/$execution")
    if [ "$(status_of "$answer")" != 200 ]; then
        echo >&2
        echo "Cannot follow run $execution: $(problem "$(body_of "$answer")")" >&2
        exit 1
    fi
    run=$(body_of "$answer")
    status=$(field status "$run")
    written=$(field written "$run")
    elapsed=$(($(date +%s) - started))
    ((elapsed > 0)) || elapsed=1
    percent=$((written * 100 / count))
    filled=$((written * width / count))
    rate=$((written / elapsed))
    eta=$((rate > 0 ? (count - written) / rate : 0))
    bar=$(printf '%*s' "$filled" '' | tr ' ' '#')$(printf '%*s' $((width - filled)) '' | tr ' ' '.')
    printf '\r[%s] %3d%%  %s / %s  %s/s  ETA %s ' "$bar" "$percent" "$(thousands "$written")" \
        "$(thousands "$count")" "$(thousands "$rate")" "$(clock "$eta")"
    case $status in
        COMPLETED)
            printf '\nDone: %s registrations in %s (%s/s).\n' "$(thousands "$written")" "$(clock "$elapsed")" \
                "$(thousands "$rate")"
            exit 0
            ;;
        FAILED | STOPPED | ABANDONED)
            echo >&2
            echo "The run $status after $(thousands "$written") registrations: $(field message "$run")" >&2
            exit 1
            ;;
    esac
done
