"""Every public address of the site, with what caches it; names are namespaced as meetings:<name>.

cache_until_edit keeps a page until the knowledge base next changes (meetings/versioning.py). The CSV downloads and
the calendar are streamed and never cached; the Atom feed is small and computed on each request. Downloads and feeds
are conditional: a client that polls gets 304 Not Modified until the knowledge base changes (versioning.conditional).
"""

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import path
from django.views.generic import TemplateView

from . import feeds
from .lists import views as lists
from .lists.agreements import AgreementFilter
from .lists.countries import CountryFilter
from .lists.events import EventFilter
from .lists.forums import ForumFilter
from .lists.organizations import OrganizationFilter
from .lists.outcomes import OutcomeFilter
from .lists.people import PersonFilter
from .lists.sources import SourceFilter
from .versioning import cache_until_edit, conditional
from .views import access, charts, events, pages, search

app_name = "meetings"


def csv_of(filterset_class):
    """The CSV download of a list: the list's own FilterSet, rows, order and columns."""
    return conditional(lambda request: lists.list_csv(request, filterset_class))


urlpatterns = [
    path("", cache_until_edit(pages.home), name="home"),
    # The lists (meetings/lists/) and their CSV twins, which take the same parameters.
    path("events/", cache_until_edit(lists.event_list), name="event-list"),
    path("events.csv", csv_of(EventFilter), name="event-csv"),
    path("outcomes/", cache_until_edit(lists.outcome_list), name="outcome-list"),
    path("outcomes.csv", csv_of(OutcomeFilter), name="outcome-csv"),
    path("organizations/", cache_until_edit(lists.organization_list), name="organization-list"),
    path("organizations.csv", csv_of(OrganizationFilter), name="organization-csv"),
    path("people/", cache_until_edit(lists.person_list), name="person-list"),
    path("people.csv", csv_of(PersonFilter), name="person-csv"),
    path("countries/", cache_until_edit(lists.country_list), name="country-list"),
    path("countries.csv", csv_of(CountryFilter), name="country-csv"),
    path("forums/", cache_until_edit(lists.forum_list), name="forum-list"),
    path("forums.csv", csv_of(ForumFilter), name="forum-csv"),
    path("agreements/", cache_until_edit(lists.agreement_list), name="agreement-list"),
    path("agreements.csv", csv_of(AgreementFilter), name="agreement-csv"),
    path("sources/", cache_until_edit(lists.source_list), name="source-list"),
    path("sources.csv", csv_of(SourceFilter), name="source-csv"),
    # The figures over the meeting list (meetings/charts.py), with the list's parameters; their data as JSON and CSV.
    path("events/timeline/", cache_until_edit(charts.timeline), name="event-timeline"),
    path("events/timeline.json", cache_until_edit(charts.timeline), {"fmt": "json"}, name="event-timeline-json"),
    path("events/timeline.csv", charts.timeline, {"fmt": "csv"}, name="event-timeline-csv"),
    path("events/matrix/", cache_until_edit(charts.matrix), name="event-matrix"),
    path("events/matrix.json", cache_until_edit(charts.matrix), {"fmt": "json"}, name="event-matrix-json"),
    path("events/matrix.csv", charts.matrix, {"fmt": "csv"}, name="event-matrix-csv"),
    path("events/network/", cache_until_edit(charts.network), name="event-network"),
    path("events/network.json", cache_until_edit(charts.network), {"fmt": "json"}, name="event-network-json"),
    path("events/network.csv", charts.network, {"fmt": "csv"}, name="event-network-csv"),
    path("compare/", cache_until_edit(charts.compare), name="compare"),
    # A record's page.
    path("events/<slug:slug>/", cache_until_edit(events.event_detail), name="event-detail"),
    path("organizations/<slug:slug>/", cache_until_edit(pages.organization_detail), name="organization-detail"),
    path("people/<slug:slug>/", cache_until_edit(pages.person_detail), name="person-detail"),
    path("countries/<str:code>/", cache_until_edit(pages.country_detail), name="country-detail"),
    path("forums/<slug:slug>/", cache_until_edit(pages.forum_detail), name="forum-detail"),
    path("agreements/<slug:slug>/", cache_until_edit(pages.agreement_detail), name="agreement-detail"),
    path("sources/<slug:slug>/", cache_until_edit(pages.source_detail), name="source-detail"),
    path("search/", cache_until_edit(search.search_page), name="search"),
    # Feeds, filtered like the meeting list (EventFilter).
    path("feeds/meetings.atom", conditional(feeds.MeetingsAtomFeed()), name="feed-atom"),
    path("feeds/meetings.ics", conditional(feeds.meetings_ics), name="feed-ics"),
    # Signing in and out.
    path("login/", access.LoginView.as_view(), name="login"),
    # Open to anyone, so that signing out of a session that has just expired still ends on the signed-out page.
    path("logout/", login_not_required(auth_views.LogoutView.as_view()), name="logout"),
    path(
        "logged-out/",
        login_not_required(TemplateView.as_view(template_name="access/logged_out.html")),
        name="logged-out",
    ),
]
