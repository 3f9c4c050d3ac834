#!/usr/bin/env bash
# Readers and an editor at once: wrk browses and searches with 50 connections for 60 s while an editor saves
# meetings through the admin in a real browser; then every saved edit is looked for on the public pages.
#
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/kbase_bench10k scripts/loadtest_edits.sh [SECONDS] [CONNECTIONS]
#
# It changes the summaries of ten meetings and adds a user "load-editor": run it on a copy, not on live data.
# Plain HTTP on loopback, so the production settings' HTTPS-only cookies are turned off for this run.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_=${1:-60}
CONNECTIONS=${2:-50}
PORT=${KBASE_LOADTEST_PORT:-8092}
: "${DATABASE_URL:?set DATABASE_URL to a copy of the data}"
export DEBUG=false ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=false SESSION_COOKIE_SECURE=false CSRF_COOKIE_SECURE=false
export SECRET_KEY=${SECRET_KEY:-$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))')}
export KBASE_ADDR=127.0.0.1:$PORT STATIC_ROOT=${STATIC_ROOT:-$(mktemp -d)}
PASSWORD=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(24))')

EVENTS=$(.venv/bin/python manage.py shell -v 0 -c "
from django.contrib.auth.models import Group, User
from meetings.models import Event
user, _ = User.objects.get_or_create(username='load-editor', defaults={'is_staff': True})
user.set_password('$PASSWORD'); user.is_staff = True; user.save()
user.groups.add(Group.objects.get(name='Editors'))
print(','.join(f'{pk}:{slug}' for pk, slug in Event.objects.top_level().order_by('-start_date').values_list('pk', 'slug')[:10]))
" | tail -1)

LOG=$(mktemp)
scripts/serve >"$LOG" 2>&1 &
SERVER=$!
LUA=$(mktemp --suffix=.lua)
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; rm -f "$LOG" "$LUA"' EXIT
for _ in $(seq 1 60); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 1; done

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
end
LUA
# Warm every worker's cache first, as scripts/loadtest does; the measured minute follows.
wrk -t2 -c"$CONNECTIONS" -d10s --timeout 30s -s "$LUA" "http://127.0.0.1:$PORT" >/dev/null

echo "Readers and an editor for $SECONDS_ s on $(nproc) CPUs, gunicorn with ${WEB_CONCURRENCY:-$(( $(nproc) * 2 + 1 ))} workers:"
echo
echo "| Who | Throughput | Median | p95 | Total | Errors | |"
echo "|---|---|---|---|---|---|---|"
.venv/bin/python scripts/loadtest_edits.py --site "http://127.0.0.1:$PORT" --user load-editor --password "$PASSWORD" \
    --events "$EVENTS" --seconds "$SECONDS_" --connections "$CONNECTIONS" --lua "$LUA"
