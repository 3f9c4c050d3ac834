"""Who may read the site and how failed sign-ins are counted.

Browsing is public unless KBASE_REQUIRE_LOGIN is on; then any signed-in, active account may read everything (accounts
are only ever made by an administrator, so having one is the permission to read). What an account may change is
decided in the admin by its groups: Viewers, Editors, Administrators (meetings/migrations/0005_roles.py).
"""

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.contrib.auth.middleware import LoginRequiredMiddleware as DjangoLoginRequiredMiddleware
from django.db.models import Sum
from django.http import HttpResponseForbidden, JsonResponse

# Endpoints read by programs, which cannot follow a redirect to a sign-in form.
MACHINE_NAMESPACES = {"api"}
MACHINE_URL_NAMES = {"meetings:feed-atom", "meetings:feed-ics"}
SIGN_IN_NEEDED = "Sign in first: this knowledge base is open to signed-in users only."


class LoginRequiredMiddleware(DjangoLoginRequiredMiddleware):
    """With KBASE_REQUIRE_LOGIN on, sends anonymous visitors to the sign-in page; the API and feeds answer 403.

    The setting is read on every request, so a test can switch it with override_settings. The admin is left to check
    staff status itself and send visitors to its own sign-in page; views marked login_not_required (the sign-in and
    signed-out pages) stay open; static files never get here (WhiteNoise answers them first).
    """

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not settings.KBASE_REQUIRE_LOGIN or request.user.is_authenticated:
            return None
        match = request.resolver_match
        if match.namespace == "admin":
            return None
        # Checked before the login_not_required mark: DRF puts it on every API view, as it checks permissions itself.
        if match.namespace in MACHINE_NAMESPACES:
            return JsonResponse({"detail": SIGN_IN_NEEDED}, status=403)
        if match.view_name in MACHINE_URL_NAMES:
            return HttpResponseForbidden(SIGN_IN_NEEDED + "\n", content_type="text/plain; charset=utf-8")
        return super().process_view(request, view_func, view_args, view_kwargs)


def client_ip(request):
    """The address failed sign-ins are counted against.

    Behind the HTTPS proxy (BEHIND_HTTPS_PROXY), REMOTE_ADDR is the proxy's own address for everyone; the proxy appends
    the address it saw to X-Forwarded-For, so the last entry is the one to trust (earlier ones are whatever the
    client sent).
    """
    if settings.SECURE_PROXY_SSL_HEADER:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip()
        if forwarded:
            return forwarded
    return request.META.get("REMOTE_ADDR")


class AccountOrAddressHandler(AxesDatabaseHandler):
    """django-axes' database handler, with one limit for an account and a higher one for a network address.

    Many readers share one office network; the same limit for both would lock a whole office out after a few typos.
    """

    def get_failures(self, request, credentials=None):
        # One query set per entry of AXES_LOCKOUT_PARAMETERS, in its order: ["username", "ip_address"].
        by_account, by_address = (
            attempts.aggregate(n=Sum("failures_since_start"))["n"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        # django-axes compares one number with AXES_FAILURE_LIMIT: scale the address's count so that it reaches that
        # number exactly when the address reaches its own limit.
        account_limit = settings.AXES_FAILURE_LIMIT
        return max(by_account, by_address * account_limit // settings.KBASE_LOGIN_ADDRESS_FAILURE_LIMIT)
