"""The protective headers of pages, on static files too.

WhiteNoise answers static files before the clickjacking and Content Security Policy middleware see the request
(SecurityMiddleware, above it, still adds nosniff, Referrer-Policy, Cross-Origin-Opener-Policy and HSTS). A file
opened on its own, such as an SVG, which can carry a script, gets the same framing rule and policy as a page.
"""

from django.conf import settings


def add_security_headers(headers, path, url):
    """WhiteNoise's add_headers_function: called once per file when WhiteNoise starts."""
    from csp.utils import build_policy

    headers["X-Frame-Options"] = settings.X_FRAME_OPTIONS
    if getattr(settings, "CONTENT_SECURITY_POLICY", None):
        headers["Content-Security-Policy"] = build_policy()
    if getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None):
        headers["Content-Security-Policy-Report-Only"] = build_policy(report_only=True)
