"""Signing in and out of the site, and the page shown when too many sign-ins have failed.

Django's own LoginView and LogoutView do the work: the sign-in passes the request to authenticate(), which django-axes
needs to count failures, and follows `next` only to this site; signing out is a POST and ends the session.
"""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.shortcuts import render


class LoginView(auth_views.LoginView):
    template_name = "access/login.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            require_login=settings.KBASE_REQUIRE_LOGIN,
            failure_limit=settings.AXES_FAILURE_LIMIT,
            lockout_minutes=settings.KBASE_LOGIN_LOCKOUT_MINUTES,
            **kwargs,
        )


def locked_out(request, original_response=None, credentials=None):
    """django-axes' lockout response (AXES_LOCKOUT_CALLABLE), for the site's and the admin's sign-in alike."""
    context = {"minutes": settings.KBASE_LOGIN_LOCKOUT_MINUTES}
    return render(request, "access/locked_out.html", context, status=429)
