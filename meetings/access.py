"""Who may read the site and how failed sign-ins are counted.

Browsing is public unless KBASE_REQUIRE_LOGIN is on; then any signed-in, active account may read everything (accounts
are only ever made by an administrator, so having one is the permission to read). What an account may change is
decided in the admin by its groups: Viewers, Editors, Administrators (meetings/migrations/0005_roles.py).
"""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
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


class PairOrAddressHandler(AxesDatabaseHandler):
    """django-axes' database handler: one limit for an (account, address) pair, a higher one for an address.

    No limit for an account alone: anyone can send failures to any account, and a lock they could set would shut the
    account's user out (the per-account hourly rate in meetings/signin.py holds back only unknown addresses). Many
    readers share one office network, so an address gets a higher limit than a pair.
    """

    def get_failures(self, request, credentials=None):
        # One query set per entry of AXES_LOCKOUT_PARAMETERS, in its order: [["username", "ip_address"], "ip_address"].
        by_pair, by_address = (
            attempts.aggregate(n=Sum("failures_since_start"))["n"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        # django-axes compares one number with AXES_FAILURE_LIMIT: scale the address's count so that it reaches that
        # number exactly when the address reaches its own limit.
        pair_limit = settings.AXES_FAILURE_LIMIT
        return max(by_pair, by_address * pair_limit // settings.KBASE_LOGIN_ADDRESS_FAILURE_LIMIT)

    def reset_user_attempts(self, request, credentials=None):
        """On a successful sign-in, clear the failures of that account at that address, and nothing else.

        axes would clear every entry of AXES_LOCKOUT_PARAMETERS, the address's whole count included: then anyone with
        an account could spray other accounts from one address and wipe the count with their own sign-in.
        """
        username = get_client_username(request, credentials)
        count, _ = AccessAttempt.objects.filter(username=username, ip_address=request.axes_ip_address).delete()
        return count
