"""The site's own address (KBASE_SITE_URL), for identities that must not change with the Host a request came by.

Feed entry ids, calendar UIDs and the canonical link of a page are the same whichever alias a reader used, and
differ between two deployments, because they come from the configured address rather than from the request.
"""

from urllib.parse import urlsplit

from django.conf import settings


def absolute(path):
    """path ("/events/x/") as an absolute address on the configured site."""
    return settings.KBASE_SITE_URL + path


def authority():
    """The configured host name, as the authority of tag: URIs and calendar UIDs (kbase.example.org)."""
    return urlsplit(settings.KBASE_SITE_URL).hostname
