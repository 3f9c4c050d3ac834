"""The figures over the meeting list (meetings/charts.py): each a page drawn as SVG on the server, its data as JSON
and as CSV at the same address, all taking the meeting list's parameters through its FilterSet.

Server-drawn SVG rather than a charting library in the browser: the pages need no script under the site's Content
Security Policy, print and work without JavaScript, every mark is an ordinary link a keyboard reaches, and the
numbers on the page are the numbers the server counted for the list it links to.
"""

from django import forms
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse

from .. import charts
from ..exports import csv_response
from ..facets import Facet
from ..lists.base import ParameterForm, query_without
from ..lists.events import EventFilter
from ..lists.views import active_filters, hidden_fields
from ..models import Country, Organization

JSON_ERROR = "The figure could not be made from these parameters."


class MatrixForm(ParameterForm):
    """The matrix's own parameters, besides the list's."""

    rows = forms.ChoiceField(choices=[("country", "Countries"), ("topic", "Topics")], required=False, label="Rows")
    cols = forms.ChoiceField(choices=[("forum", "Forums")], required=False, label="Columns")
    by = forms.ChoiceField(
        choices=[("participated", "Took part or hosted"), ("hosted", "Hosted")], required=False, label="Counted by"
    )

    def clean(self):
        data = super().clean()
        data["rows"] = data.get("rows") or "country"
        data["cols"] = data.get("cols") or "forum"
        data["by"] = data.get("by") or "participated"
        if data["rows"] == "topic" and data["by"] == "hosted":
            self.add_error("by", "Only countries host meetings: use by=hosted with rows=country.")
        return data


class CompareForm(ParameterForm):
    """Two to four countries (country=la&country=th) or organizations (organization=<slug>), not both."""

    country = forms.CharField(required=False)
    organization = forms.CharField(required=False)

    def clean(self):
        data = super().clean()
        countries = [v.strip() for v in self.data.getlist("country") if v.strip()]
        organizations = [v.strip() for v in self.data.getlist("organization") if v.strip()]
        if countries and organizations:
            raise forms.ValidationError("Compare countries or organizations, not both at once.")
        values, facet = (countries, Facet.COUNTRY) if countries else (organizations, Facet.ORGANIZATION)
        values = list(dict.fromkeys(value.lower() if facet == Facet.COUNTRY else value for value in values))
        if not (charts.COMPARE_MIN <= len(values) <= charts.COMPARE_MAX):
            raise forms.ValidationError(
                f"Choose {charts.COMPARE_MIN} to {charts.COMPARE_MAX} different countries (country=la&country=th) "
                f"or organizations (organization=…); {len(values)} given."
            )
        if facet == Facet.COUNTRY:
            found = {
                c.code.lower(): c
                for c in Country.objects.filter(
                    code__in=[v.upper() for v in values if len(v) == 2 and v.isascii() and v.isalpha()]
                )
            }
        else:
            found = {o.slug: o for o in Organization.objects.filter(slug__in=[v for v in values if len(v) <= 120])}
        unknown = [value for value in values if value not in found]
        if unknown:
            noun = "country code" if facet == Facet.COUNTRY else "organization"
            raise forms.ValidationError(f"Unknown {noun}{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)}.")
        data["facet"], data["subjects"] = facet, [found[value] for value in values]
        return data


def problems_of(form):
    return [
        {
            "name": name if name != "__all__" else "",
            "label": form.fields[name].label if name in form.fields else "",
            "message": error,
        }
        for name, errors in form.errors.items()
        for error in errors
    ]


def refused(fmt, problems, request, template, context):
    """A 400 in the format asked: the page with its alert, or plain text naming each problem."""
    if fmt == "html":
        return render(request, template, {**context, "errors": problems}, status=400)
    lines = [
        JSON_ERROR,
        *(f"- {p['label'] + ' (' + p['name'] + '): ' if p['name'] else ''}{p['message']}" for p in problems),
    ]
    if fmt == "json":
        return JsonResponse({"errors": lines[1:]}, status=400)
    return HttpResponse("\n".join(lines) + "\n", status=400, content_type="text/plain; charset=utf-8")


TITLES = {"timeline": "Meetings over time", "matrix": "Meetings by forum", "network": "Who meets whom"}


def page_context(request, filterset, name):
    query = query_without(request, "page")
    suffix = f"?{query}" if query else ""
    return {
        "filterset": filterset,
        "chips": active_filters(request, filterset),
        "hidden": hidden_fields(request, filterset),
        "query": query,
        "figure_name": name,
        "page_title": TITLES.get(name, ""),
        "json_url": reverse(f"meetings:event-{name}-json") + suffix,
        "csv_url": reverse(f"meetings:event-{name}-csv") + suffix,
        "views": [
            {"name": "list", "label": "List", "url": reverse("meetings:event-list") + suffix},
            {"name": "timeline", "label": "Timeline", "url": reverse("meetings:event-timeline") + suffix},
            {"name": "matrix", "label": "Matrix", "url": reverse("meetings:event-matrix") + suffix},
            {"name": "network", "label": "Who meets whom", "url": reverse("meetings:event-network") + suffix},
        ],
        "errors": filterset.refusals(),
    }


def timeline(request, fmt="html"):
    filterset = EventFilter(request.GET)
    template = "meetings/charts/timeline.html"
    context = page_context(request, filterset, "timeline")
    if not filterset.is_valid():
        return refused(fmt, context["errors"], request, template, context)
    figure = charts.timeline(filterset, request.GET, full=fmt != "html")
    if fmt == "json":
        return JsonResponse({"unit": figure["unit"], "undated": figure["undated"], "buckets": figure["buckets"]})
    if fmt == "csv":
        rows = figure["rows"]
        header = ["period", "forum", "forum_name", "count", "known_to_month", "known_to_year"]
        return csv_response("meetings-timeline.csv", header, rows)
    context.update(figure=figure, drawing=charts.timeline_drawing(figure))
    return render(request, template, context)


def timeline_summary(request, filterset):
    """The small timeline above the meeting list, computed with the list's own filterset (already valid)."""
    figure = charts.timeline(filterset, request.GET)
    return {"figure": figure, "drawing": charts.timeline_drawing(figure, width=760, height=120)}


def matrix(request, fmt="html"):
    filterset = EventFilter(request.GET)
    options = MatrixForm(request.GET)
    template = "meetings/charts/matrix.html"
    context = page_context(request, filterset, "matrix")
    context["options"] = options
    valid = filterset.is_valid()
    if not options.is_valid() or not valid:
        return refused(fmt, context["errors"] + problems_of(options), request, template, context)
    choice = options.cleaned_data
    row_facet = charts.ROW_KINDS[(choice["rows"], choice["by"])]
    param = {Facet.COUNTRY: "country", Facet.HOST_COUNTRY: "host_country", Facet.TOPIC: "topic"}[row_facet]
    # A cell's link chooses its row and its forum: count under every other filter, as the facets do.
    counted = EventFilter(query_params(request, param, "forum"))
    counted.is_valid()
    figure = charts.matrix(counted, request.GET, row_facet, full=fmt != "html")
    if fmt == "json":
        return JsonResponse({"rows": choice["rows"], "by": choice["by"], "cells": figure["cells"]})
    if fmt == "csv":
        labels = figure["labels"]
        rows = ([c["row"], labels[c["row"]], c["col"], labels[c["col"]], c["count"]] for c in figure["cells"])
        return csv_response("meetings-matrix.csv", ["row", "row_name", "col", "col_name", "count"], rows)
    context.update(figure=figure, choice=choice, ignored=[p for p in (param, "forum") if request.GET.get(p)])
    return render(request, template, context)


def query_params(request, *names):
    params = request.GET.copy()
    for name in names:
        params.pop(name, None)
    return params


def network(request, fmt="html"):
    filterset = EventFilter(request.GET)
    template = "meetings/charts/network.html"
    context = page_context(request, filterset, "network")
    if not filterset.is_valid():
        return refused(fmt, context["errors"], request, template, context)
    figure = charts.network(filterset, request.GET)
    if fmt == "json":
        nodes = [{k: n[k] for k in ("id", "label", "kind", "url", "meetings")} for n in figure["nodes"]]
        return JsonResponse({"nodes": nodes, "edges": figure["edges"], "nodes_involved": figure["node_total"]})
    if fmt == "csv":
        labels = {n["id"]: n["label"] for n in figure["nodes"]}
        rows = (
            [e["source"], labels[e["source"]], e["target"], labels[e["target"]], e["weight"]] for e in figure["edges"]
        )
        return csv_response("meetings-network.csv", ["source", "source_name", "target", "target_name", "weight"], rows)
    context.update(figure=figure, drawing=charts.network_drawing(figure), node_cap=charts.NETWORK_NODES)
    return render(request, template, context)


def compare(request):
    """Two to four countries or organizations side by side, under the meeting list's other filters."""
    subjects = CompareForm(request.GET)
    # country= and organization= name what is compared here, not a filter of the meetings.
    filterset = EventFilter(query_params(request, "country", "organization"))
    template = "meetings/compare.html"
    context = page_context(request, filterset, "timeline")
    context["chips"] = [chip for chip in context["chips"] if chip["name"] not in ("country", "organization")]
    context["hidden"] = [(n, v) for n, v in context["hidden"] if n not in ("country", "organization")]
    valid = filterset.is_valid()
    if not subjects.is_valid() or not valid:
        return render(request, template, {**context, "errors": context["errors"] + problems_of(subjects)}, status=400)
    chosen = subjects.cleaned_data
    param = "country" if chosen["facet"] == Facet.COUNTRY else "organization"
    context["hidden"] += [(param, value) for value in request.GET.getlist(param)]
    figure = charts.compare(
        filterset, query_params(request, "country", "organization"), chosen["facet"], chosen["subjects"]
    )
    context.update(figure=figure)
    return render(request, template, context)
