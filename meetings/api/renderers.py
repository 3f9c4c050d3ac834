"""How the API looks in a browser."""

from csp.constants import SELF, UNSAFE_INLINE
from rest_framework import renderers


class BrowsableAPIRenderer(renderers.BrowsableAPIRenderer):
    """Django REST framework's clickable API pages, allowed the inline styles its Bootstrap templates set.

    Only these pages relax the Content Security Policy, and only for styles: scripts stay the site's own files.
    """

    def render(self, data, accepted_media_type=None, renderer_context=None):
        response = (renderer_context or {}).get("response")
        if response is not None:
            # What django-csp's csp_replace decorator sets; a renderer is the one place that knows the page is HTML.
            response._csp_replace = {"style-src": [SELF, UNSAFE_INLINE]}
        return super().render(data, accepted_media_type, renderer_context)
