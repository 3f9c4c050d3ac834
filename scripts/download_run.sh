#!/usr/bin/env bash
# Download run on loopback against the production setup (scripts/serve: gunicorn, production settings).
#   1. Each large download alone on a freshly started server: status, seconds, size, whether curl saw the whole
#      body, and the peak memory (VmHWM) of the worker processes.
#   2. Readers of the pages (wrk) alone, then while HEAVY clients download the Popolo JSON over and over: their
#      p95, and what the downloaders got (200, or 503 with Retry-After once every slot is taken).
# Prints Markdown tables. Figures and what they mean: docs/faults-and-downloads.md.
#
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/kbase_downloads_bench scripts/download_run.sh [SECONDS] [HEAVY]
#
# Needs curl and wrk (apt-get install wrk). Only loopback addresses; every loop is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-30}
HEAVY=${2:-3}
PORT=${KBASE_DOWNLOAD_RUN_PORT:-8093}
: "${DATABASE_URL:?set DATABASE_URL to the database to download from}"

export DEBUG=false BEHIND_HTTPS_PROXY=true ALLOWED_HOSTS=127.0.0.1
export SECRET_KEY=${SECRET_KEY:-$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))')}
export KBASE_ADDR=127.0.0.1:$PORT STATIC_ROOT=${STATIC_ROOT:-$(mktemp -d)}
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d)
SERVER=

start_server() {
    scripts/serve >"$WORK/server.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 90); do
        curl -fs -o /dev/null -H "X-Forwarded-Proto: https" "$BASE/" && return 0
        sleep 1
    done
    echo "the server did not start; its log:" >&2
    cat "$WORK/server.log" >&2
    exit 1
}

stop_server() {
    [ -n "$SERVER" ] || return 0
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
    SERVER=
}
trap 'stop_server; rm -rf "$WORK"' EXIT

worker_peak_mib() {
    # The largest peak resident memory among the master's worker processes.
    local peak=0 kb
    for pid in $(pgrep -P "$SERVER" || true); do
        kb=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
        [ "${kb:-0}" -gt "$peak" ] && peak=$kb
    done
    echo $((peak / 1024))
}

echo "Download run: gunicorn as scripts/serve starts it (kbase/gunicorn_conf.py), $(nproc) CPUs, load average" \
     "$(cut -d' ' -f1 /proc/loadavg) at the start, KBASE_DOWNLOAD_SLOTS=${KBASE_DOWNLOAD_SLOTS:-2}."
echo
echo "| Download | Status | Seconds | Size (MB) | Complete | Worker peak memory before → after (MiB) |"
echo "|---|---|---|---|---|---|"
for path in /events.csv /outcomes.csv /people.csv /api/popolo.json /feeds/meetings.ics /feeds/meetings.atom; do
    start_server
    before=$(worker_peak_mib)
    set +e
    result=$(curl -s --http1.1 -o "$WORK/body" -H "X-Forwarded-Proto: https" --max-time 600 \
        -w "%{http_code} %{time_total} %{size_download}" "$BASE$path")
    code=$?
    set -e
    read -r status seconds size <<<"$result"
    complete=$([ "$code" -eq 0 ] && echo yes || echo "no (curl exit $code)")
    echo "| \`$path\` | $status | $seconds | $(awk "BEGIN {printf \"%.1f\", $size / 1e6}") | $complete |" \
         "$before → $(worker_peak_mib) |"
    stop_server
done

LUA=$WORK/result.lua
cat >"$LUA" <<'LUA'
wrk.headers["X-Forwarded-Proto"] = "https"
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.1f %.1f %d %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, summary.requests, summary.errors.status, errors))
end
LUA

readers() {
    # Readers of a meeting list page and a search, $SECONDS_PER_RUN seconds each; prints two table rows.
    local label=$1 path line
    for path in "/events/?country=la" "/search/?q=trafficking"; do
        line=$(wrk -t2 -c8 -d"${SECONDS_PER_RUN}s" --timeout 20s -s "$LUA" "$BASE$path" | grep '^RESULT')
        read -r _ rps p50 p95 total status socket <<<"$line"
        echo "| $label | \`$path\` | $rps | $p50 | $p95 | $total | $status | $socket |"
    done
}

downloader() {
    # Downloads the Popolo JSON again and again until the deadline; one line per try: status and whether complete.
    local deadline=$1 out=$2 status code
    while [ "$(date +%s)" -lt "$deadline" ]; do
        set +e
        status=$(curl -s --http1.1 -o /dev/null -H "X-Forwarded-Proto: https" --max-time 300 -w "%{http_code}" \
            "$BASE/api/popolo.json")
        code=$?
        set -e
        echo "$status $code" >>"$out"
        [ "$status" = 503 ] && sleep 1
    done
}

start_server
# Each worker computes the pages once before its cache holds them; not counted.
wrk -t2 -c8 -d10s --timeout 20s "$BASE/events/?country=la" -H "X-Forwarded-Proto: https" >/dev/null
wrk -t2 -c8 -d10s --timeout 20s "$BASE/search/?q=trafficking" -H "X-Forwarded-Proto: https" >/dev/null
echo
echo "| While | URL | Requests/s | Median ms | p95 ms | Requests | Non-2xx | Socket errors |"
echo "|---|---|---|---|---|---|---|---|"
readers "no download"
deadline=$(( $(date +%s) + 2 * SECONDS_PER_RUN ))
for i in $(seq 1 "$HEAVY"); do
    downloader "$deadline" "$WORK/downloads.$i" &
done
sleep 2
readers "$HEAVY clients downloading the Popolo JSON"
wait $(jobs -p | grep -v "^$SERVER$") 2>/dev/null || true
cat "$WORK"/downloads.* >"$WORK/downloads"
echo
echo "Popolo downloads tried by the $HEAVY clients in those $((2 * SECONDS_PER_RUN)) s:" \
     "$(grep -c '^200 0$' "$WORK/downloads" || true) complete with 200," \
     "$(grep -c '^503 ' "$WORK/downloads" || true) refused with 503 (Retry-After)," \
     "$(grep -vc -e '^200 0$' -e '^503 ' "$WORK/downloads" || true) other (cut or failed)."
echo "Worker timeouts in the server log: $(grep -c 'WORKER TIMEOUT' "$WORK/server.log" || true);" \
     "tracebacks: $(grep -c 'Traceback' "$WORK/server.log" || true)."
