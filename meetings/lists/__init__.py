"""The public lists, one module each: meetings (events), outcomes, organizations, people, countries, forums,
agreements and sources.

Each module's FilterSet (a base.ListFilterSet) owns the list's parameters, its rows and default order (rows(), run by
django-filter's filter_queryset so `filterset.qs` is always right), what its page and CSV read besides (page_queryset,
csv_queryset) and its CSV columns. The page (views.list_page), the CSV (views.list_csv), the API, the feeds and
the facets all use it as it is. Who is "involved" in a meeting is defined once, as QuerySet methods in models.py.
"""
