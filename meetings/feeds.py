"""Atom and iCalendar feeds of meetings, filterable like the event list."""

urlpatterns = []
