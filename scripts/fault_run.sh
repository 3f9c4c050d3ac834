#!/usr/bin/env bash
# Fault run on loopback: the production setup (scripts/serve) under load while its database restarts, goes away for
# OUTAGE seconds, and while one gunicorn worker is killed with SIGKILL in the middle of a Popolo download.
# Counts the failed requests and measures the recovery time of each fault; prints Markdown.
#
# It stops and starts a PostgreSQL cluster, so give it one of its own, never a shared one:
#   pg_createcluster 15 faults -p 5444 && pg_ctlcluster 15 faults start      # then trust 127.0.0.1 in its pg_hba.conf
#   createdb -h 127.0.0.1 -p 5444 -U postgres kbase_faults
#   pg_dump -h 127.0.0.1 -U postgres -Fc kbase_bench | pg_restore -h 127.0.0.1 -p 5444 -U postgres -d kbase_faults
#   FAULT_CLUSTER="15 faults" DATABASE_URL=postgres://postgres@127.0.0.1:5444/kbase_faults scripts/fault_run.sh [OUTAGE]
#
# Needs curl and wrk. Only loopback addresses; every load and probe loop stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
OUTAGE=${1:-10}
PORT=${KBASE_FAULT_RUN_PORT:-8094}
: "${DATABASE_URL:?set DATABASE_URL to a database on the cluster this run may stop}"
: "${FAULT_CLUSTER:?set FAULT_CLUSTER to the cluster this run may stop, as pg_ctlcluster takes it: \"15 faults\"}"
case "$FAULT_CLUSTER" in *" main") echo "refusing to stop a cluster named main" >&2; exit 2 ;; esac

export DEBUG=false BEHIND_HTTPS_PROXY=true ALLOWED_HOSTS=127.0.0.1
export SECRET_KEY=${SECRET_KEY:-$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))')}
export KBASE_ADDR=127.0.0.1:$PORT STATIC_ROOT=${STATIC_ROOT:-$(mktemp -d)}
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d)
pg_ctlcluster $FAULT_CLUSTER start 2>/dev/null || true

scripts/serve >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; pg_ctlcluster $FAULT_CLUSTER start 2>/dev/null || true;
      rm -rf "$WORK"' EXIT
for _ in $(seq 1 90); do
    curl -fs -o /dev/null -H "X-Forwarded-Proto: https" "$BASE/" && break
    sleep 1
done

# A probe: one request every 0.1 s, one line each: seconds since the start, status (000 when no answer).
cat >"$WORK/probe.py" <<'PY'
import sys, time, urllib.error, urllib.request
url, seconds, out = sys.argv[1], float(sys.argv[2]), open(sys.argv[3], "w")
start = time.monotonic()
while (now := time.monotonic() - start) < seconds:
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            status = response.status
            response.read()
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError:
        status = 0
    out.write(f"{now:.2f} {status:03d}\n")
    out.flush()
    time.sleep(0.1)
PY

cat >"$WORK/mix.lua" <<'LUA'
wrk.headers["X-Forwarded-Proto"] = "https"
local paths = {"/", "/events/?country=la", "/api/events/", "/feeds/meetings.atom", "/search/?q=trafficking"}
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, paths[n % #paths + 1])
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %d %d %.1f\n", summary.requests, summary.errors.status, errors,
    latency:percentile(95) / 1000))
end
LUA

# Warm the workers' caches, then the phases: each under wrk load and the probe, the fault at +5 s.
wrk -t2 -c8 -d10s --timeout 10s -s "$WORK/mix.lua" "$BASE" >/dev/null

phase() {
    local name=$1 seconds=$2 fault=$3 t0
    t0=$(date +%s.%N)
    .venv/bin/python "$WORK/probe.py" "$BASE/events/?country=la" "$seconds" "$WORK/$name.probe" &
    local probe=$!
    wrk -t2 -c8 -d"${seconds}s" --timeout 10s -s "$WORK/mix.lua" "$BASE" >"$WORK/$name.wrk" &
    local load=$!
    sleep 5
    eval "$fault" >"$WORK/$name.fault" 2>&1
    # When the fault was over (the database started again, the worker killed), in the probe's seconds.
    echo "$(date +%s.%N) $t0" | awk '{printf "%.2f\n", $1 - $2}' >"$WORK/$name.over"
    wait $probe $load
}

summarise() {
    # Failed probe answers, how long the failures lasted (first to last), and the recovery time: from the end of the
    # fault to the first answer 200 after the last failed one (0 when nothing failed, or it recovered before).
    local name=$1 label=$2
    read -r requests status socket p95 <<<"$(grep '^RESULT' "$WORK/$name.wrk" | cut -d' ' -f2-)"
    local probes failed window recovery codes
    probes=$(wc -l <"$WORK/$name.probe")
    failed=$(awk '$2 != "200"' "$WORK/$name.probe" | wc -l)
    window=$(awk '$2 != "200" {if (!f) f = $1; l = $1} END {printf "%.1f", l - f}' "$WORK/$name.probe")
    recovery=$(awk -v over="$(cat "$WORK/$name.over")" '$2 != "200" {last = $1}
        $2 == "200" && last && $1 > last && !done {r = $1 - over; done = 1} END {printf "%.1f", (r > 0 ? r : 0)}' \
        "$WORK/$name.probe")
    codes=$(awk '{print $2}' "$WORK/$name.probe" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')
    echo "| $label | $requests | $status | $socket | $p95 | $probes | $failed | ${codes% } | $window | $recovery |"
}

echo "Fault run: gunicorn as scripts/serve starts it (kbase/gunicorn_conf.py), $(nproc) CPUs, load average" \
     "$(cut -d' ' -f1 /proc/loadavg); wrk with 8 connections over five addresses, and a probe of a page every 0.1 s."
echo
phase restart 25 "pg_ctlcluster $FAULT_CLUSTER restart"
phase outage $((OUTAGE + 25)) "pg_ctlcluster $FAULT_CLUSTER stop -m fast; sleep $OUTAGE; pg_ctlcluster $FAULT_CLUSTER start"

# A worker killed in the middle of a Popolo download: the download must end as a broken transfer, not a 200 file.
kill_worker() {
    curl -s --http1.1 -o "$WORK/popolo.json" -H "X-Forwarded-Proto: https" -w "%{http_code}" \
        "$BASE/api/popolo.json" >"$WORK/popolo.status" 2>/dev/null &
    local download=$!
    sleep 3  # the body has begun
    local client_port worker
    client_port=$(ss -Htnp state established "( dport = :$PORT )" | grep "pid=$download," | awk '{print $3}' \
        | awk -F: '{print $NF}')
    worker=$(ss -Htnp state established "( sport = :$PORT and dport = :$client_port )" \
        | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
    kill -9 "$worker"
    set +e
    wait $download
    echo "$?" >"$WORK/popolo.exit"
    set -e
}
phase kill 25 "kill_worker"

echo "| Fault | Load requests | Load non-2xx | Load socket errors | Load p95 ms | Probes | Probes failed | Probe answers |" \
     "Failing for s | Recovery s |"
echo "|---|---|---|---|---|---|---|---|---|---|"
summarise restart "database restart (pg_ctlcluster restart)"
summarise outage "database down ${OUTAGE} s (stop, start)"
summarise kill "one worker killed (kill -9)"
echo
echo "The Popolo download whose worker was killed: status $(cat "$WORK/popolo.status"), curl exit" \
     "$(cat "$WORK/popolo.exit") ($([ "$(cat "$WORK/popolo.exit")" = 18 ] && echo 'transfer closed before the end: seen as incomplete' || echo 'see curl(1)')), $(stat -c %s "$WORK/popolo.json" 2>/dev/null || echo 0) bytes received."
echo "Server log: $(grep -c 'Database unavailable' "$WORK/server.log" || true) 'Database unavailable' lines" \
     "(one per worker process and outage), $(grep -c 'Traceback' "$WORK/server.log" || true) tracebacks," \
     "$(grep -c 'Internal Server Error' "$WORK/server.log" || true) 'Internal Server Error' lines," \
     "$(grep -c 'WORKER TIMEOUT' "$WORK/server.log" || true) worker timeouts," \
     "$(grep -ci 'booting worker' "$WORK/server.log" || true) workers booted in all."
cp "$WORK/server.log" "${FAULT_RUN_LOG:-/dev/null}" 2>/dev/null || true
