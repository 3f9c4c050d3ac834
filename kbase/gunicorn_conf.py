"""gunicorn settings for scripts/serve, each with its reason. Figures behind them: docs/faults-and-downloads.md.

WEB_CONCURRENCY sets the worker processes (default 2 per CPU + 1), KBASE_THREADS the threads in each (default 4),
KBASE_ADDR the address (default 127.0.0.1:8000), FORWARDED_ALLOW_IPS the proxies trusted for X-Forwarded-*.
"""

import multiprocessing
import os

bind = os.environ.get("KBASE_ADDR", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))

# Threads, not one request per process: a long download, or a reader on a slow line, holds one thread while the
# other threads of its process go on answering pages. With sync workers three downloads froze a three-worker site.
worker_class = "gthread"
threads = int(os.environ.get("KBASE_THREADS", 4))

# With threads this is how long a worker process may stay silent (hung, not answering its heartbeat) before it is
# killed and replaced; it is not a limit on a request. Sync workers applied it to every request, and so cut any
# download that ran past 30 s mid-file. A streamed export of any length now runs to its end.
timeout = 30

# On a restart (SIGHUP, SIGTERM) or when a worker is recycled below, the requests in flight get this long to finish
# before the worker is stopped: longer than the largest export takes, so a deploy does not cut a download.
graceful_timeout = 120

# Recycle each worker after about this many requests (the jitter keeps them from all restarting at once), so memory
# that large exports fragment is given back to the system now and then.
max_requests = 1000
max_requests_jitter = 100

# A kept-alive connection waits this long for its next request without holding a thread.
keepalive = 5

accesslog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
