"""
WSGI config for kbase project.

It exposes the WSGI callable as a module-level variable named ``application``.

For more information on this file, see
https://docs.djangoproject.com/en/5.2/howto/deployment/wsgi/
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kbase.settings")

application = get_wsgi_application()

# Only a process that serves pages warms them after an edit: a management command would leave before it finished, and
# the benchmark measures pages computed cold.
from meetings import warmup  # noqa: E402 (needs the apps loaded above)

warmup.serving()
