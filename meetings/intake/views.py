"""The intake's screens in the admin: hand in a report, review the suggestions, save the meeting.

Editors and administrators (those who may add meetings and reports) use them; anyone else in the admin gets 403,
and a visitor is sent to the admin's sign-in. Nothing enters the knowledge base before the editor saves; until then
the report and the choices made are a draft on the server (IntakeDraft), kept as the editor goes.
"""

import logging
from functools import wraps
from urllib.parse import urlencode

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from meetings.models import Country, Forum, IntakeDraft, Person

from . import analyse
from .documents import DocumentError, language_warning, max_bytes, read_document
from .review import GROUPS, choices_for_event, decisions_from, event_spans, event_values, highlighted, report_values
from .review import rows_of as review_rows
from .saving import SaveError, save, save_report_only, stored_report

logger = logging.getLogger(__name__)

PERMISSIONS = ["meetings.add_event", "meetings.add_sourcereport"]


def intake_view(view):
    """An admin page (sign-in, staff, CSRF, no caching) for those who may add meetings and reports."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if not request.user.has_perms(PERMISSIONS):
            raise PermissionDenied("Entering reports needs the right to add meetings and reports (Editors).")
        return view(request, *args, **kwargs)

    return admin.site.admin_view(checked)


def context(request, **values):
    # The admin's page furniture without its app list beside the content: the review screen needs the width.
    return {**admin.site.each_context(request), "is_nav_sidebar_enabled": False, **values}


class IntakeForm(forms.Form):
    text = forms.CharField(
        label="Paste the report's text",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 14, "class": "intake-paste"}),
    )
    file = forms.FileField(
        label="or choose a file",
        required=False,
        help_text="A .txt, .html or .pdf file of up to 10 MB; an HTML page is read for its article text.",
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.html,.htm,.pdf,text/plain,text/html,application/pdf"}),
    )
    title = forms.CharField(max_length=300, required=False, help_text="Leave empty to take it from the document.")
    publisher = forms.CharField(max_length=300, required=False)
    published_on = forms.DateField(
        label="Publication date", required=False, help_text="YYYY-MM-DD", widget=forms.DateInput(attrs={"size": 12})
    )
    url = forms.URLField(label="Address (URL)", max_length=500, required=False, assume_scheme="https")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = (
            f"A .txt, .html or .pdf file of up to {filesizeformat(max_bytes())}; an HTML page is read for its article"
            " text."
        )

    def clean(self):
        cleaned = super().clean()
        text, upload = cleaned.get("text") or "", cleaned.get("file")
        if upload and text.strip():
            raise forms.ValidationError("Paste the text or choose a file, not both.")
        if not upload and not text.strip():
            raise forms.ValidationError("There is no text to read: paste the report's text or choose a file.")
        if upload:
            if upload.size > max_bytes():
                self.add_error(
                    "file",
                    f"This file is {filesizeformat(upload.size)}; the intake reads files of up to "
                    f"{filesizeformat(max_bytes())}. Paste the report's text instead.",
                )
                return cleaned
            data, name, content_type = upload.read(), upload.name, upload.content_type
        else:
            data, name, content_type = text.encode("utf-8"), "", None
        try:
            cleaned["document"] = read_document(data, name, content_type)
        except DocumentError as error:
            self.add_error("file" if upload else "text", error.message)
        return cleaned


@intake_view
def start(request):
    """Hand in a report (pasted or as a file); the open drafts, to resume or discard."""
    form = None
    if request.method == "POST":
        try:
            form = IntakeForm(request.POST, request.FILES)
            form.is_valid()
        except RequestDataTooBig:
            # Pasted text beyond DATA_UPLOAD_MAX_MEMORY_SIZE: say so rather than answer a bare 400.
            form = IntakeForm()
            form.add_error(None, "This text is too long to paste. Save it as a .txt file and choose the file instead.")
        if form.is_bound and not form.errors:
            draft = create_draft(request, form)
            return HttpResponseRedirect(reverse("intake:review", args=[draft.pk]))
    drafts = IntakeDraft.objects.filter(status=IntakeDraft.Status.OPEN).select_related("created_by")[:50]
    return render(
        request,
        "admin/intake/start.html",
        context(request, title="Enter a report", form=form or IntakeForm(), drafts=drafts),
        status=400 if form is not None else 200,
    )


def create_draft(request, form):
    document, data = form.cleaned_data["document"], form.cleaned_data
    title = data.get("title") or document.title
    publisher = data.get("publisher") or document.publisher
    published_on = data.get("published_on") or document.published_on
    try:
        proposals = analyse(document.text, title=title, publisher=publisher, published_on=published_on)
    except Exception:
        # The suggestions are a help: without them the editor still reviews and fills in the meeting by hand.
        logger.exception("The analysis of a report failed")
        messages.warning(request, "No suggestions could be made for this report; fill in the meeting by hand.")
        proposals = {"event": {"title": title}, "links": [], "new": [], "outcomes": [], "statements": []}
    upload = data.get("file")
    return IntakeDraft.objects.create(
        created_by=request.user,
        title=title[:300],
        publisher=publisher[:300],
        published_on=published_on,
        url=(data.get("url") or document.url)[:500],
        filename=(upload.name if upload else "")[:255],
        text=document.text,
        proposals=proposals,
    )


def open_draft(pk):
    return get_object_or_404(IntakeDraft, pk=pk)


@intake_view
def review(request, pk):
    """The review screen; its form keeps the draft, saves the meeting or opens the add form pre-filled."""
    draft = open_draft(pk)
    if draft.status == IntakeDraft.Status.SAVED and draft.saved_event_id:
        messages.info(request, "This report was saved as the meeting below.")
        return HttpResponseRedirect(reverse("admin:meetings_event_change", args=[draft.saved_event_id]))
    if draft.status == IntakeDraft.Status.DISCARDED:
        messages.warning(request, "That draft was discarded.")
        return HttpResponseRedirect(reverse("intake:start"))
    errors = []
    if request.method == "POST":
        draft.decisions = decisions_from(request.POST, draft)
        draft.save(update_fields=["decisions", "updated_at"])
        action = request.POST.get("action")
        if action == "save":
            try:
                saved = save(draft, request.user)
            except SaveError as error:
                errors = error.errors
            else:
                if saved.report_reused:
                    messages.info(request, f"The report was already stored as “{saved.source}”: not stored again.")
                messages.success(request, f"The meeting “{saved.event.title}” was saved with {describe(saved.counts)}.")
                return HttpResponseRedirect(reverse("admin:meetings_event_change", args=[saved.event.pk]))
        elif action == "prefill":
            try:
                report, reused = save_report_only(draft, request.user)
            except SaveError as error:
                errors = error.errors
            else:
                word = "was already stored" if reused else "is stored"
                messages.info(
                    request,
                    f"The report {word} as “{report}”: choose it as the source of each row's passage.",
                )
                return HttpResponseRedirect(add_form_url(draft))
        else:
            messages.success(request, "The draft is kept. Resume it from Enter a report at any time.")
            return HttpResponseRedirect(reverse("intake:review", args=[draft.pk]))
    return render(
        request,
        "admin/intake/review.html",
        review_context(request, draft, errors),
        status=400 if errors else 200,
    )


def review_context(request, draft, errors):
    groups = review_rows(draft)
    all_rows = [row for rows in groups.values() for row in rows]
    # Speakers are named by slug in the proposals: show their names, found in one query.
    speakers = {row["speaker"].get("slug") for row in groups["statements"] if row["speaker"].get("kind") == "person"}
    names = dict(Person.objects.filter(slug__in=speakers).values_list("slug", "name"))
    for row in groups["statements"]:
        row["speaker_name"] = names.get(row["speaker"].get("slug"), row["speaker_name"])
    stored = stored_report(draft.text)
    event = event_values(draft)
    return context(
        request,
        title=f"Review: {draft.title or event.get('title') or 'untitled report'}",
        draft=draft,
        groups=[(name, label, groups[name]) for name, label in GROUPS],
        row_count=len(all_rows),
        event=event,
        report=report_values(draft),
        text_html=highlighted(draft.text, all_rows, event_spans(draft)),
        language_warning=language_warning(draft.text),
        stored_report=stored,
        stored_report_url=reverse("admin:meetings_sourcereport_change", args=[stored.pk]) if stored else "",
        forums=Forum.objects.order_by("name").only("slug", "name"),
        countries=Country.objects.order_by("name").only("code", "name"),
        errors=errors,
        **choices_for_event(),
    )


def describe(counts):
    parts = [f"{number} {name}" for name, number in counts.items() if name not in ("events", "source reports")]
    return ", ".join(parts) if parts else "no rows besides the meeting"


def add_form_url(draft):
    """The admin's add form for a meeting, filled in with what the review screen holds."""
    values = event_values(draft)
    params = {
        "title": values.get("title", ""),
        "start_date": values.get("start_date", ""),
        "end_date": values.get("end_date", ""),
        "start_date_precision": values.get("date_precision", ""),
        "end_date_precision": values.get("date_precision", ""),
        "date_inferred": values.get("date_inferred", ""),
        "date_note": values.get("date_note", ""),
        "city": values.get("city", ""),
        "number": values.get("number", ""),
        "format": values.get("format", ""),
    }
    forum = Forum.objects.filter(slug=values.get("forum") or "").first()
    if forum:
        params["forum"] = forum.pk
    country = Country.objects.filter(code=(values.get("host_country") or "").upper()).first()
    if country:
        params["country"] = country.pk
    if draft.source_id:
        # The meeting form's "report" field (the default source of every row's passage), where the form has one.
        params["report"] = draft.source_id
    query = urlencode({key: value for key, value in params.items() if value not in ("", None)})
    return f"{reverse('admin:meetings_event_add')}?{query}"


@require_POST
@intake_view
def autosave(request, pk):
    """The review screen's script keeps the draft as the editor goes; answers when it was kept."""
    draft = open_draft(pk)
    now = timezone.now()
    # One UPDATE that applies only while the draft is open: a keep that arrives after the meeting was saved (a tab
    # closed with a change pending) or the draft discarded changes nothing.
    kept = IntakeDraft.objects.filter(pk=draft.pk, status=IntakeDraft.Status.OPEN).update(
        decisions=decisions_from(request.POST, draft), updated_at=now
    )
    if not kept:
        return JsonResponse({"error": "This draft is no longer open: reload the page."}, status=409)
    return JsonResponse({"saved_at": timezone.localtime(now).strftime("%H:%M:%S")})


@require_POST
@intake_view
def discard(request, pk):
    draft = open_draft(pk)
    if draft.status == IntakeDraft.Status.OPEN:
        draft.status = IntakeDraft.Status.DISCARDED
        draft.save(update_fields=["status", "updated_at"])
        messages.success(request, f"The draft “{draft}” was discarded.")
    return HttpResponseRedirect(reverse("intake:start"))
