"""Free-text matching shared by the search page and every list's `q` parameter.

Each searchable record stores its own folded text (lower case, no accents, đ -> d, punctuation as spaces) in
two columns kept current by the signal receivers below:

- search_name: its names (title, name, acronym, other names), used to rank name matches first;
- search_text: everything a reader may search for, names included.

Both are padded with a space at each end, so " word " finds a whole word and "word" a part of one.
Inside meetings.derived.deferred() (a bulk write such as the intake's save) the receivers note the records whose
document to recompute, and each is recomputed once when the block ends.

A query is folded the same way, so no accent function runs at query time and SQLite and PostgreSQL answer
alike: every query word must occur in search_text. A word of three letters or more may be part of a word
("traffick", "aseanap"); PostgreSQL finds it through a trigram GIN index. A shorter word ("un", "ha") must be
a whole word, since two letters occur almost everywhere and a trigram index cannot help; PostgreSQL finds it
through a full-text GIN index on to_tsvector('simple', search_text). Migration 0003 makes both indexes.

A run of query words that names a country ("lao pdr", "viet nam") matches any of that country's names, so
"Lao PDR" finds a report that writes "Laos".
"""

import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Case, F, Func, Q, Value, When
from django.db.models.signals import post_delete, post_save, pre_save

from . import derived
from .models import fold

MAX_QUERY_LENGTH = 200
# The search page counts each kind's matches up to this many, and says "more than" beyond (the kind's list, one
# click away, counts them all). Counting reads matching rows until the limit: for a word in one meeting in ten,
# 1,000 took 15,000 rows and 80 ms at 100,000 meetings, where the first page of a plain scan reads a few hundred.
COUNT_LIMIT = 100
# Above this many matches of one kind, ordering by ts_rank costs more than it tells (about 75 µs a row, as it
# reads every match's text): the first matches are then taken in the model's order, name matches first, which an
# index serves without reading the other matches (first_matches).
RANK_LIMIT = 100
# Words shorter than this match whole words only.
SHORT_WORD = 3
# Country names run to four words at most ("Socialist Republic of Viet Nam" is five; it is matched by its parts).
LONGEST_COUNTRY_NAME = 4


class QueryProblem(ValueError):
    """A query that cannot be searched; the message says why, for the person who typed it."""


def normalize(text):
    """Folded text with every run of non-letters and non-digits turned into one space."""
    folded = fold(text)
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


def document(parts):
    """The stored form of parts: normalized, joined, and padded with a space at each end."""
    text = normalize(" ".join(part for part in parts if part))
    return f" {text} " if text else ""


# --- Documents ------------------------------------------------------------


def _related(instance, name):
    """instance.name, or None while a fixture load has not reached the related row yet."""
    try:
        return getattr(instance, name)
    except ObjectDoesNotExist:
        return None


def _other_names(instance):
    # A record being created has no other names yet, and asking would raise.
    return [n.name for n in instance.other_names.all()] if instance.pk else []


def _country_names(country):
    if country is None:
        return []
    return [country.name, country.official_name, *(n.name for n in country.other_names.all())]


def _event_parts(event, delegations=None, attendees=None):
    """delegations and attendees: the countries that sent delegations and the names of the people who attended,
    when the caller knows them without asking the database."""
    forum = _related(event, "forum")
    names = [event.title]
    text = [
        event.title,
        forum.name if forum else "",
        forum.short_name if forum else "",
        event.city,
        event.venue,
        *_country_names(_related(event, "country")),
        event.summary,
    ]
    if delegations is None and event.pk:
        delegations = [p.country for p in event.participations.all() if p.country_id and not p.organization_id]
    # Country delegations, so that "Lao PDR" finds the meetings Laos took part in.
    for country in delegations or ():
        text += _country_names(country)
    # The people who attended, so that a person's name finds the meetings they were at.
    if attendees is None and event.pk:
        attendees = [attendance.person.name for attendance in event.attendances.all()]
    # Sorted and once each, so the document does not depend on the order rows are read back in.
    text += sorted(set(attendees or ()))
    return names, text


def _organization_parts(organization):
    names = [organization.name, organization.acronym, *_other_names(organization)]
    return names, [*names, *_country_names(_related(organization, "country")), organization.description]


def _person_parts(person):
    names = [person.name, person.given_name, person.family_name, person.patronymic_name, *_other_names(person)]
    return names, [*names, *_country_names(_related(person, "nationality")), person.summary]


def _agreement_parts(agreement):
    names = [agreement.name, agreement.short_name, *_other_names(agreement)]
    return names, [*names, agreement.description]


def _outcome_parts(outcome):
    return [], [outcome.text]


def _source_parts(source):
    return [source.title], [source.title, source.author, source.text]


def _statement_parts(statement):
    # The words said only: the speaker is found as a person, and their name is shown beside each statement found.
    return [], [statement.text]


@dataclass
class Spec:
    parts: callable
    select: list = field(default_factory=list)
    prefetch: list = field(default_factory=list)


SPECS = {
    "event": Spec(
        _event_parts,
        select=["forum", "country"],
        prefetch=["country__other_names", "participations__country__other_names", "attendances__person"],
    ),
    "organization": Spec(_organization_parts, select=["country"], prefetch=["other_names", "country__other_names"]),
    "person": Spec(_person_parts, select=["nationality"], prefetch=["other_names", "nationality__other_names"]),
    "agreement": Spec(_agreement_parts, prefetch=["other_names"]),
    "outcome": Spec(_outcome_parts),
    "sourcereport": Spec(_source_parts),
    "statement": Spec(_statement_parts),
}


def compute(instance):
    """Set instance's search_name and search_text from its current fields; True when they changed."""
    names, text = SPECS[instance._meta.model_name].parts(instance)
    new = (document(names), document(text))
    if new == (instance.search_name, instance.search_text):
        return False
    instance.search_name, instance.search_text = new
    return True


def event_document(event, delegations, attendees):
    """(search_name, search_text) of a meeting not yet saved, given the countries that will send delegations and
    the names of the people who will attend.

    For bulk loads, which insert a meeting and its participations without save() and would otherwise have to
    read every meeting back to fill its document.
    """
    names, text = _event_parts(event, delegations, attendees)
    return document(names), document(text)


def refresh(queryset, batch_size=500):
    """Recompute the stored documents of queryset's records, writing only those that changed.

    Works on historical models too, so migration 0003 fills existing rows with it.
    """
    spec = SPECS[queryset.model._meta.model_name]
    rows = queryset.select_related(*spec.select).prefetch_related(*spec.prefetch).order_by("pk")
    changed = []
    for instance in rows.iterator(chunk_size=batch_size):
        if compute(instance):
            changed.append(instance)
        if len(changed) >= batch_size:
            queryset.model._default_manager.bulk_update(changed, ["search_name", "search_text"])
            changed = []
    if changed:
        queryset.model._default_manager.bulk_update(changed, ["search_name", "search_text"])


# --- Keeping documents current --------------------------------------------


def _before_save(sender, instance, raw=False, **kwargs):
    # Also on fixture loads (raw): loaddata bypasses save() but not pre_save.
    compute(instance)


def _refresh_parent(model_name, field_name):
    def receiver(sender, instance, raw=False, **kwargs):
        from django.apps import apps

        pk = getattr(instance, field_name)
        pending = derived.pending()
        if pending is not None:
            # Inside derived.deferred(): the parent's document is recomputed once, when the block ends.
            pending.refresh_search(model_name.lower(), pk)
            return
        model = apps.get_model("meetings", model_name)
        refresh(model._default_manager.filter(pk=pk))

    return receiver


def refresh_for_countries(codes):
    """Recompute the documents that hold the names of these countries (their meetings, organizations and people)."""
    from .models import Event, Organization, Person

    codes = list(codes)
    refresh(Event.objects.filter(Q(country__in=codes) | Q(participations__country__in=codes)).distinct())
    refresh(Organization.objects.filter(country__in=codes))
    refresh(Person.objects.filter(nationality__in=codes))


def refresh_for_forums(pks):
    """Recompute the documents of these forums' meetings, which hold the forums' names."""
    from .models import Event

    refresh(Event.objects.filter(forum__in=list(pks)))


def _country_changed(sender, instance, **kwargs):
    from .models import Country

    code = instance.pk if isinstance(instance, Country) else instance.country_id
    pending = derived.pending()
    if pending is not None:
        pending.search_countries.add(code)
        return
    refresh_for_countries([code])


def _forum_changed(sender, instance, **kwargs):
    pending = derived.pending()
    if pending is not None:
        pending.search_forums.add(instance.pk)
        return
    refresh_for_forums([instance.pk])


def connect_signals():
    """Called from the app's ready(); dispatch_uid keeps a second call harmless."""
    from . import models

    for model in (
        models.Event,
        models.Organization,
        models.Person,
        models.Agreement,
        models.Outcome,
        models.SourceReport,
        models.Statement,
    ):
        pre_save.connect(_before_save, sender=model, dispatch_uid=f"search-{model.__name__}")
    parents = [
        (models.OrganizationName, "Organization", "organization_id"),
        (models.PersonName, "Person", "person_id"),
        (models.AgreementName, "Agreement", "agreement_id"),
        (models.Participation, "Event", "event_id"),
        (models.Attendance, "Event", "event_id"),
    ]
    for model, parent, field_name in parents:
        receiver = _refresh_parent(parent, field_name)
        post_save.connect(receiver, sender=model, weak=False, dispatch_uid=f"search-{model.__name__}-save")
        post_delete.connect(receiver, sender=model, weak=False, dispatch_uid=f"search-{model.__name__}-delete")
    for model in (models.Country, models.CountryName):
        post_save.connect(_country_changed, sender=model, dispatch_uid=f"search-{model.__name__}-save")
        post_delete.connect(_country_changed, sender=model, dispatch_uid=f"search-{model.__name__}-delete")
    post_save.connect(_forum_changed, sender=models.Forum, dispatch_uid="search-Forum-save")


# --- Queries --------------------------------------------------------------


@dataclass
class Query:
    """A parsed query: terms that must all match, each a list of phrases of which any may."""

    text: str
    terms: list

    @property
    def words(self):
        return [word for term in self.terms for phrase in term for word in phrase.split()]


YEAR = re.compile(r"^(19|20|21)\d\d$")


def years_in(q):
    """The four-digit years in q ("COMMIT Bangkok 2023" -> [2023]), which the search page filters meetings by."""
    return sorted({int(word) for word in normalize(q or "").split() if YEAR.match(word)})


def parse(q, countries=True, years=False):
    """The Query for q, or QueryProblem when it is too long or has nothing to search for.

    years: leave out four-digit years, which the caller applies as a filter on dates rather than as words (a
    meeting's text rarely spells out its own year).
    """
    q = (q or "").strip()
    if len(q) > MAX_QUERY_LENGTH:
        raise QueryProblem(f"The search is too long: use at most {MAX_QUERY_LENGTH} characters.")
    words = list(dict.fromkeys(normalize(q).split()))
    if years and any(not YEAR.match(word) for word in words):
        words = [word for word in words if not YEAR.match(word)]
    if not words:
        raise QueryProblem("Type at least one letter or digit to search for.")
    terms = [[word] for word in words]
    if countries:
        terms = _with_country_names(words)
    return Query(q, terms)


def _with_country_names(words):
    """Terms for words, where a run of words naming a country becomes any of that country's names."""
    from .models import Country

    runs = {
        " ".join(words[i : i + n])
        for n in range(1, LONGEST_COUNTRY_NAME + 1)
        for i in range(len(words) - n + 1)
        if n > 1 or len(words[i]) >= SHORT_WORD
    }
    names = {}
    found = Country.objects.filter(Q(name_folded__in=runs) | Q(other_names__name_folded__in=runs)).distinct()
    for country in found.prefetch_related("other_names"):
        all_names = {normalize(name) for name in _country_names(country)} - {""}
        # "lao" already matches wherever "lao pdr" or "laos" would; fewer LIKEs give the planner a simpler choice.
        needed = sorted(
            name for name in all_names if not any(o != name and len(o) >= SHORT_WORD and o in name for o in all_names)
        )
        for name in all_names & runs:
            names[name] = needed
    terms, i = [], 0
    while i < len(words):
        for n in range(min(LONGEST_COUNTRY_NAME, len(words) - i), 0, -1):
            run = " ".join(words[i : i + n])
            if run in names:
                terms.append(names[run])
                i += n
                break
        else:
            terms.append([words[i]])
            i += 1
    return terms


def _tsvector(column):
    # The same expression as the functional GIN index of migration 0003, so PostgreSQL can use it.
    return Func(
        F(column), template="to_tsvector('simple'::regconfig, %(expressions)s)", output_field=SearchVectorField()
    )


def _phrase_condition(column, phrase, vector_alias=None):
    if len(phrase) >= SHORT_WORD:
        return Q(**{f"{column}__contains": phrase})
    if vector_alias:
        return Q(**{vector_alias: SearchQuery(phrase, config="simple", search_type="plain")})
    return Q(**{f"{column}__contains": f" {phrase} "})


def _terms_condition(query, column, vector_alias=None):
    condition = Q()
    for term in query.terms:
        alternatives = Q()
        for phrase in term:
            alternatives |= _phrase_condition(column, phrase, vector_alias)
        condition &= alternatives
    return condition


# Models without a stored document: matched on their plain fields.
PLAIN_FIELDS = {
    "forum": ["name", "short_name", "description"],
    "country": ["name_folded", "other_names__name_folded"],
}


# The fields of those models that name them: a short word must equal one, and a record one of whose names is the
# whole query comes first ("SOMTC" lists the SOMTC before the AMMTC, whose description mentions it).
PLAIN_NAMES = {
    "forum": ["name", "short_name"],
    "country": ["code", "name_folded"],
}


def plain_ranked(queryset, query):
    """The records of a model without a stored document that match query, those named by it first."""
    model_name = queryset.model._meta.model_name
    ordering = [*queryset.model._meta.ordering, "pk"]
    if not PLAIN_NAMES[model_name]:
        return matching(queryset, query).order_by(*ordering)
    whole = normalize(query.text)
    name_hit = Q()
    for field_name in PLAIN_NAMES[model_name]:
        name_hit |= Q(**{f"{field_name}__iexact": whole})
    # Annotated, not aliased: the matches are DISTINCT (a country's other names), and PostgreSQL orders a DISTINCT
    # query only by what it selects.
    ordered = matching(queryset, query).annotate(name_hit=Case(When(name_hit, then=Value(1)), default=Value(0)))
    return ordered.order_by("-name_hit", *ordering)


def _uses_postgres(queryset):
    from django.db import connections

    return connections[queryset.db].vendor == "postgresql"


def matching(queryset, q):
    """queryset narrowed to the records that match q; unchanged when q has nothing to search for."""
    try:
        query = parse(q) if not isinstance(q, Query) else q
    except QueryProblem:
        return queryset
    model_name = queryset.model._meta.model_name
    if model_name in PLAIN_FIELDS:
        # By terms, not words: "Lao PDR" is one term whose phrases are Laos's names, and any of them will do.
        for term in query.terms:
            condition = Q()
            for phrase in term:
                if len(phrase) >= SHORT_WORD:
                    for field_name in PLAIN_FIELDS[model_name]:
                        condition |= Q(**{f"{field_name}__icontains": phrase})
                else:  # two letters occur in most names: only a whole name, short name or code will do
                    for field_name in PLAIN_NAMES.get(model_name, []):
                        condition |= Q(**{f"{field_name}__iexact": phrase})
            queryset = queryset.filter(condition)
        return queryset.distinct()
    vector_alias = None
    if _uses_postgres(queryset) and any(len(p) < SHORT_WORD for term in query.terms for p in term):
        vector_alias = "search_vector"
        queryset = queryset.alias(search_vector=_tsvector("search_text"))
    return queryset.filter(_terms_condition(query, "search_text", vector_alias))


def ranked(queryset, query, text_rank=True):
    """The records of queryset that match query, name matches first, then (on PostgreSQL) by ts_rank.

    ts_rank reads every matching row's tsvector, so pass text_rank=False when very many rows match (see
    RANK_LIMIT); they are then ordered by name match and the model's own ordering.
    """
    queryset = matching(queryset, query)
    name_hit = Case(When(_terms_condition(query, "search_name"), then=Value(1)), default=Value(0))
    queryset = queryset.alias(name_hit=name_hit)
    ordering = ["-name_hit"]
    if text_rank and _uses_postgres(queryset):
        prefixes = " | ".join(f"{word}:*" for word in dict.fromkeys(query.words))
        rank = SearchRank(_tsvector("search_text"), SearchQuery(prefixes, config="simple", search_type="raw"))
        queryset = queryset.alias(text_rank=rank)
        ordering.append("-text_rank")
    return queryset.order_by(*ordering, *queryset.model._meta.ordering, "pk")


def first_matches(queryset, query, limit, window=None):
    """The first `limit` records matching query: of the first `window` matches in the model's own order, name
    matches first.

    For a query too broad to rank (more than RANK_LIMIT matches). The model's order is indexed
    (event_default_order, sourcereport_default_order), so a word in most records is found in the first few hundred
    rows of the index, and only those `window` matches are sorted. Looking for name matches among all of them
    instead walked that index over the whole table when the names that match were all old (28 s for the reports
    at 100,000 meetings): names have no index, and the planner expects matches anywhere.
    """
    window = window or RANK_LIMIT
    ordering = [*queryset.model._meta.ordering, "pk"]
    first = matching(queryset, query).order_by(*ordering).values("pk")[:window]
    name_hit = Case(When(_terms_condition(query, "search_name"), then=Value(1)), default=Value(0))
    return list(queryset.filter(pk__in=first).alias(name_hit=name_hit).order_by("-name_hit", *ordering)[:limit])


_ASCII_WORD = re.compile(r"[a-z0-9]+")


def _word_parts(word):
    """normalize(word).split(), taking a short cut for plain ASCII, most words of most reports."""
    if word.isascii():
        return _ASCII_WORD.findall(word.lower())
    return normalize(word).split()


def _matched(word, wanted):
    """The words of wanted that word matches: as a whole word, or as part of it when three letters or more."""
    parts = _word_parts(word)
    joined = " ".join(parts)
    return {w for w in wanted if w in parts or (len(w) >= SHORT_WORD and w in joined)}


def _hits(word, wanted):
    return bool(_matched(word, wanted))


def explains(query, *texts):
    """True when every word of query occurs in texts: the record's own fields say why it matched."""
    wanted = set(query.words)
    found = set()
    for text in texts:
        for word in (text or "").split():
            found |= _matched(word, wanted)
            if found >= wanted:
                return True
    return False


_CORE = re.compile(r"^(\W*)(.*?)(\W*)$", re.DOTALL)


def _pieces(words, hits, start, end):
    """words[start:end] as (text, is_match) pieces. Only a matched word's letters and digits are marked, not the
    punctuation around it ("(SOMTC)," marks "SOMTC"); neighbouring matched words share one mark, so "Do Van Hoanh"
    reads as one highlighted name."""
    pieces = [["… " if start > 0 else "", False]]

    def add(text, hit):
        if not text:
            return
        if pieces[-1][1] == hit:
            pieces[-1][0] += text
        else:
            pieces.append([text, hit])

    for i in range(start, end):
        if hits[i]:
            before, core, after = _CORE.match(words[i]).groups()
            # The space between two matched words stays inside the mark, unless punctuation parts them.
            joined = i > start and hits[i - 1] and not before and pieces[-1][1]
            if joined:
                pieces[-1][0] += " "
            else:
                add(" " if i > start else "", False)
            add(before, False)
            add(core, True)
            add(after, False)
        else:
            add((" " if i > start else "") + words[i], False)
    add(" …" if end < len(words) else "", False)
    return [(text, hit) for text, hit in pieces if text]


def _window(words, hits, width):
    first = hits.index(True)
    return _pieces(words, hits, max(0, first - width), min(len(words), first + width))


def snippet(text, query, width=14):
    """About 2 × width words of text around the first matching word, as (text, is_match) pieces, or []."""
    words = (text or "").split()
    wanted = set(query.words)
    hits = [_hits(word, wanted) for word in words]
    if not any(hits):
        return []
    return _window(words, hits, width)


def highlight(text, query):
    """The whole of text as (text, is_match) pieces, matching words marked; one unmarked piece when none match."""
    words = (text or "").split()
    wanted = set(query.words)
    return _pieces(words, [_hits(word, wanted) for word in words], 0, len(words))


def best_snippet(query, passages, width=14):
    """(label, pieces) of the passage among passages, (label, text) pairs, in which most of query's words occur
    (the first of equals), or None when none has any.

    What a result shows under its name: the passage that made it match, so a reader sees why it was found.
    """
    wanted = set(query.words)
    best, best_score = None, 0
    for label, text in passages:
        words = (text or "").split()
        matched = [_matched(word, wanted) for word in words]
        score = len(set().union(*matched))
        if score > best_score:
            best, best_score = (label, words, [bool(m) for m in matched]), score
    if best is None:
        return None
    label, words, hits = best
    return label, _window(words, hits, width)
