"""The shared cache: Django's RedisCache, made to fall back to computing when Redis cannot be reached.

Everything the site caches can be computed again from the database, so a Redis server that is down, restarting or
unreachable must cost time, never a failed page. Each operation that fails is answered as a miss (get), or as not
done (set, add, delete), and Redis is left alone for a few seconds before it is tried again, so that a server that
hangs rather than refuses does not add its timeout to every request. Django's own RedisCache raises instead.
"""

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# Seconds Redis is left alone after a failure. Per process, shared by its threads (each has its own cache object).
RETRY_AFTER = 5.0
_down_until = {}
_down_lock = threading.Lock()


class ResilientRedisCache(RedisCache):
    """RedisCache whose failures read as misses; clear() removes only this site's keys."""

    @property
    def _server(self):
        return ",".join(self._servers)

    def _is_down(self):
        return time.monotonic() < _down_until.get(self._server, 0.0)

    def _went_down(self, error):
        with _down_lock:
            first = not self._is_down()
            _down_until[self._server] = time.monotonic() + RETRY_AFTER
        if first:
            # Not the URL: it may hold a password.
            logger.warning("The shared cache cannot be reached (%s); pages are computed", type(error).__name__)

    def _call(self, name, fallback, *args, **kwargs):
        if self._is_down():
            return fallback
        try:
            return getattr(super(), name)(*args, **kwargs)
        except RedisError as error:
            self._went_down(error)
            return fallback

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def add(self, key, value, timeout=..., version=None):
        timeout = self.default_timeout if timeout is ... else timeout
        return self._call("add", False, key, value, timeout, version)

    def set(self, key, value, timeout=..., version=None):
        timeout = self.default_timeout if timeout is ... else timeout
        self._call("set", None, key, value, timeout, version)

    def set_many(self, data, timeout=..., version=None):
        timeout = self.default_timeout if timeout is ... else timeout
        return self._call("set_many", list(data), data, timeout, version)

    def touch(self, key, timeout=..., version=None):
        timeout = self.default_timeout if timeout is ... else timeout
        return self._call("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version)

    def delete_many(self, keys, version=None):
        self._call("delete_many", None, keys, version)

    def clear(self):
        """Delete this site's keys only: the Redis database may be shared with other sites or test runs.

        Django's RedisCache empties the whole Redis database (FLUSHDB).
        """
        if self._is_down():
            return False
        try:
            client = self._cache.get_client(write=True)
            keys = []
            for key in client.scan_iter(match=f"{self.key_prefix}:*", count=1000):
                keys.append(key)
                if len(keys) == 1000:
                    client.delete(*keys)
                    keys = []
            if keys:
                client.delete(*keys)
            return True
        except RedisError as error:
            self._went_down(error)
            return False
