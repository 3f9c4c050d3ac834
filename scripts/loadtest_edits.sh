#!/usr/bin/env bash
# Readers and an editor at once. The site runs as scripts/serve runs it (gunicorn, production settings), as one
# instance or as two on two ports sharing one Redis; wrk browses and searches with CONNECTIONS connections split
# between the instances, first for SECONDS with nobody editing (the read-only baseline), then for SECONDS while an
# editor saves meetings through the admin of the first instance in a real browser. Then every saved edit is looked
# for on the public pages of every instance, and the readers' p95 with edits is compared with the read-only one.
#
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/kbase_bench10k scripts/loadtest_edits.sh [SECONDS] [CONNECTIONS]
#   REDIS_URL=redis://127.0.0.1:6379/2 KBASE_LOADTEST_INSTANCES=2 DATABASE_URL=... scripts/loadtest_edits.sh 60 50
#
# KBASE_LOADTEST_INSTANCES: 1 (default) or 2; two need REDIS_URL, or each instance's processes keep their own cache.
# WEB_CONCURRENCY: the worker processes of all instances together (default 2 per CPU + 1), split between them.
# It changes the summaries of ten meetings and adds a user "load-editor": run it on a copy, not on live data.
# Plain HTTP on loopback, so the production settings' HTTPS-only cookies are turned off for this run.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_=${1:-60}
CONNECTIONS=${2:-50}
PORT=${KBASE_LOADTEST_PORT:-8092}
INSTANCES=${KBASE_LOADTEST_INSTANCES:-1}
WORKERS=${WEB_CONCURRENCY:-$(($(nproc) * 2 + 1))}
: "${DATABASE_URL:?set DATABASE_URL to a copy of the data}"
export DEBUG=false ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=false SESSION_COOKIE_SECURE=false CSRF_COOKIE_SECURE=false
export SECRET_KEY=${SECRET_KEY:-$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))')}
export STATIC_ROOT=${STATIC_ROOT:-$(mktemp -d)}
export WEB_CONCURRENCY=$(((WORKERS + INSTANCES - 1) / INSTANCES))
PASSWORD=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(24))')

EVENTS=$(.venv/bin/python manage.py shell -v 0 -c "
from django.contrib.auth.models import Group, User
from meetings.models import Event
user, _ = User.objects.get_or_create(username='load-editor', defaults={'is_staff': True})
user.set_password('$PASSWORD'); user.is_staff = True; user.save()
user.groups.add(Group.objects.get(name='Editors'))
print(','.join(f'{pk}:{slug}' for pk, slug in Event.objects.top_level().order_by('-start_date').values_list('pk', 'slug')[:10]))
" | tail -1)

LUA=$(mktemp --suffix=.lua)
LOGS=()
SERVERS=()
SITES=()
cleanup() {
    for pid in "${SERVERS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${SERVERS[@]}"; do wait "$pid" 2>/dev/null || true; done
    cat "${LOGS[@]}" | grep -c "WORKER TIMEOUT" | sed "s/^/Worker timeouts: /" >&2 || true
    rm -f "${LOGS[@]}" "$LUA"
}
trap cleanup EXIT
for n in $(seq 0 $((INSTANCES - 1))); do
    LOG=$(mktemp)
    LOGS+=("$LOG")
    KBASE_ADDR=127.0.0.1:$((PORT + n)) scripts/serve >"$LOG" 2>&1 &
    SERVERS+=($!)
    SITES+=("http://127.0.0.1:$((PORT + n))")
    # One at a time: both would run the same migrations and collectstatic at once.
    for _ in $(seq 1 90); do curl -fs -o /dev/null "http://127.0.0.1:$((PORT + n))/" && break; sleep 1; done
done

cat >"$LUA" <<'LUA'
local paths = {"/", "/events/", "/events/?country=vn", "/search/?q=trafficking", "/search/?q=do+van+hoanh",
               "/organizations/", "/countries/th/", "/forums/", "/outcomes/"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.1f %.1f %d %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, summary.requests, summary.errors.status, errors))
  io.write(string.format("SOCKET connect %d, read %d, write %d, timeout %d\n", summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.timeout))
  -- The latency distribution in 1,000 quantiles, so that runs against two instances can be merged into one p95.
  local q = {}
  for k = 1, 1000 do q[k] = string.format("%.1f", latency:percentile(k / 10) / 1000) end
  io.write("QUANTILES " .. table.concat(q, " ") .. "\n")
end
LUA
# Warm every worker's cache first, as scripts/loadtest does; the measured runs follow.
WARMING=()
for site in "${SITES[@]}"; do
    wrk -t1 -c$((CONNECTIONS / INSTANCES)) -d10s --timeout 30s -s "$LUA" "$site" >/dev/null &
    WARMING+=($!)
done
wait "${WARMING[@]}"

CACHE="local memory, per process"
if [ -n "${REDIS_URL:-${CACHE_URL:-}}" ]; then CACHE="one Redis shared by all"; fi
echo "Readers for $SECONDS_ s, then readers and an editor for $SECONDS_ s, on $(nproc) CPUs (shared with other work," \
     "load average $(cut -d' ' -f1 /proc/loadavg) at the start): $INSTANCES gunicorn instance(s) of $WEB_CONCURRENCY" \
     "workers, cache: $CACHE."
echo
echo "| Run | Who | Throughput | Median | p95 | Total | Errors | |"
echo "|---|---|---|---|---|---|---|---|"
SITE_ARGS=()
for site in "${SITES[@]}"; do SITE_ARGS+=(--site "$site"); done
.venv/bin/python scripts/loadtest_edits.py "${SITE_ARGS[@]}" --user load-editor --password "$PASSWORD" \
    --events "$EVENTS" --seconds "$SECONDS_" --connections "$CONNECTIONS" --lua "$LUA"
