"""The meeting list's facet counts from a meeting-by-value table, kept exact in the same transaction as each edit.

Counting a facet used to read every matching meeting's participations, attendances and topics: at 100,000 meetings
that is seconds, every time a reader arrives after an edit. Here each top-level meeting has one EventFacet row per
value it carries (a country involved, its host, its forum, an organization involved, a person, a topic, its year,
format and status), and FacetTotal holds how many meetings carry each value. Then:

- the unfiltered list reads FacetTotal (a few rows per facet);
- a list filtered by facets only (?country=vn&year=2019) intersects EventFacet with itself on the meeting, through
  the (facet, value, event) index, without reading a meeting's row;
- any other filter (words, dates, an agreement) narrows by the meetings' ids, as before, and still counts on the
  table, not on the meetings' relations.

The rows are derived data. refresh() recomputes a meeting's rows, or some facets of them, from the knowledge, and
applies the difference with its totals; the signals below call it on every save and delete that changes a value
(a meeting, a participation, an attendance, a topic link, an organization's country, a topic deleted), and bulk
writes that send no signals (the synthetic data, a backup import, a merge) call it or rebuild() themselves.
Inside meetings.derived.deferred() the receivers note the meetings to refresh, and each is refreshed once when the
block ends (a meeting's deletion still takes its rows out of the totals at once). differences() compares the table
with a recomputation: the tests and `manage.py rebuild_facets --check` use it.

Raw SQL because the recomputation is one INSERT ... SELECT (a UNION over five tables) and the counts need the
self-joins and the top-N cut in the database; it runs on PostgreSQL and SQLite alike.
"""

from collections import Counter

from django.db import connection, transaction
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from . import derived, replica
from .models import (
    Attendance,
    Country,
    Event,
    EventFacet,
    FacetPair,
    FacetTotal,
    Forum,
    Organization,
    Participation,
    Person,
    Topic,
)

Facet = EventFacet.Facet
ALL = tuple(Facet.values)

# Values shown per facet: the most frequent ones, plus the selected one wherever it ranks.
FACET_SIZE = 15

# Facets whose value names a record: (model, the field a URL names it by). Countries are named by their key.
RECORDS = {
    Facet.COUNTRY: (Country, "code"),
    Facet.HOST_COUNTRY: (Country, "code"),
    Facet.FORUM: (Forum, "slug"),
    Facet.ORGANIZATION: (Organization, "slug"),
    Facet.PERSON: (Person, "slug"),
    Facet.TOPIC: (Topic, "slug"),
}

# What changes which facets of a meeting.
PARTICIPATION_FACETS = (Facet.COUNTRY, Facet.ORGANIZATION)
ATTENDANCE_FACETS = (Facet.PERSON, Facet.ORGANIZATION)
TOPIC_FACETS = (Facet.TOPIC,)

CHUNK = 500  # meetings recomputed per statement

# A value carried by this share of the meetings (and at least this many) has the list's counts filtered by it kept in
# FacetPair: intersecting a third of the meetings with every facet is the slow case; a rarer value's meetings are
# few enough to intersect. Decided at each rebuild.
PAIRED_SHARE = 0.02
PAIRED_MIN_EVENTS = 100


def _table(model):
    return connection.ops.quote_name(model._meta.db_table)


def _text(expression):
    return f"CAST({expression} AS {'VARCHAR(20)' if connection.vendor == 'postgresql' else 'TEXT'})"


def _year(column):
    if connection.vendor == "postgresql":
        return f"CAST(EXTRACT(YEAR FROM {column}) AS INTEGER)"
    # SQLite keeps dates as ISO text.
    return f"CAST(substr({column}, 1, 4) AS INTEGER)"


def value_rows_sql(facets, scope, scope_params=()):
    """SELECT (event_id, facet, value) for the top-level meetings `scope` admits, for the facets named.

    scope is a condition on the meeting table aliased e, e.g. "e.id IN (%s, %s)" with scope_params. Each facet
    reads as the list's filter of that name does (meetings/lists/events.py): "country involved" is the host, a
    participating delegation, or the country of a participating organization; "organization involved" a
    participation or someone attending on its behalf; "person" an attendance.
    """
    e, p, a, o = _table(Event), _table(Participation), _table(Attendance), _table(Organization)
    t = _table(Event.topics.through)
    top = f"e.parent_id IS NULL AND ({scope})"
    own = {
        Facet.HOST_COUNTRY: "e.country_id",
        Facet.FORUM: _text("e.forum_id"),
        Facet.YEAR: _text(_year("e.start_date")),
        Facet.FORMAT: "e.format",
        Facet.STATUS: "e.status",
    }
    parts, params = [], []
    for facet in facets:
        if facet in own:
            column = own[facet]
            parts.append(f"SELECT e.id, %s, {column} FROM {e} e WHERE {top} AND {column} IS NOT NULL")
            params += [facet, *scope_params]
        elif facet == Facet.COUNTRY:
            parts += [
                f"SELECT e.id, %s, e.country_id FROM {e} e WHERE {top} AND e.country_id IS NOT NULL",
                f"SELECT e.id, %s, p.country_id FROM {p} p JOIN {e} e ON e.id = p.event_id "
                f"WHERE {top} AND p.country_id IS NOT NULL",
                f"SELECT e.id, %s, o.country_id FROM {p} p JOIN {e} e ON e.id = p.event_id "
                f"JOIN {o} o ON o.id = p.organization_id WHERE {top} AND o.country_id IS NOT NULL",
            ]
            params += [facet, *scope_params] * 3
        elif facet == Facet.ORGANIZATION:
            parts += [
                f"SELECT e.id, %s, {_text('p.organization_id')} FROM {p} p JOIN {e} e ON e.id = p.event_id "
                f"WHERE {top} AND p.organization_id IS NOT NULL",
                f"SELECT e.id, %s, {_text('a.organization_id')} FROM {a} a JOIN {e} e ON e.id = a.event_id "
                f"WHERE {top} AND a.organization_id IS NOT NULL",
            ]
            params += [facet, *scope_params] * 2
        elif facet == Facet.PERSON:
            parts.append(
                f"SELECT e.id, %s, {_text('a.person_id')} FROM {a} a JOIN {e} e ON e.id = a.event_id WHERE {top}"
            )
            params += [facet, *scope_params]
        elif facet == Facet.TOPIC:
            parts.append(
                f"SELECT e.id, %s, {_text('t.topic_id')} FROM {t} t JOIN {e} e ON e.id = t.event_id WHERE {top}"
            )
            params += [facet, *scope_params]
    # UNION, not UNION ALL: a meeting counts once per value, however many rows give it.
    return " UNION ".join(parts), params


def _id_scope(ids):
    return f"e.id IN ({', '.join(['%s'] * len(ids))})", list(ids)


def _chunks(ids):
    ids = sorted(set(ids))
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def refresh(event_ids, facets=ALL):
    """Recompute the named facets of these meetings from the knowledge, and apply the difference to the table, its
    totals and its pairs.

    A meeting that is gone or is a session of another has no values. Runs inside the caller's transaction.
    """
    event_ids = [pk for pk in event_ids if pk is not None]
    if not event_ids:
        return
    facets = tuple(facets)
    with transaction.atomic():
        for ids in _chunks(event_ids):
            # Two editors saving one meeting's rows at once would each apply their difference to the totals: the
            # second waits for the first here, then reads what it wrote.
            list(Event.objects.select_for_update().filter(pk__in=ids).values_list("pk", flat=True))
            scope, scope_params = _id_scope(ids)
            sql, params = value_rows_sql(facets, scope, scope_params)
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                wanted = set(cursor.fetchall())
            # All of the meetings' rows, the facets not recomputed too: the pairs they make with the others change.
            held = {
                (event, facet, value): pk
                for pk, event, facet, value in EventFacet.objects.filter(event_id__in=ids).values_list(
                    "pk", "event_id", "facet", "value"
                )
            }
            wanted |= {row for row in held if row[1] not in facets}
            _apply(wanted, held)


def _apply(wanted, held):
    """Make the held rows of some meetings (all their rows: {row: pk}) the wanted ones, with totals and pairs."""
    gone = [pk for row, pk in held.items() if row not in wanted]
    new = [row for row in wanted if row not in held]
    if not gone and not new:
        return
    if gone:
        EventFacet.objects.filter(pk__in=gone).delete()
    if new:
        EventFacet.objects.bulk_create(EventFacet(event_id=e, facet=f, value=v) for e, f, v in new)
    change = Counter()
    for row in new:
        change[row[1:]] += 1
    for row in held:
        if row not in wanted:
            change[row[1:]] -= 1
    add_to(FacetTotal, ("facet", "value"), change)
    common = paired_values()
    pairs = Counter(pairs_of(wanted, common))
    pairs.subtract(pairs_of(held, common))
    add_to(FacetPair, ("facet", "value", "other_facet", "other_value"), pairs)


def paired_values():
    return set(FacetTotal.objects.filter(paired=True).values_list("facet", "value"))


def pairs_of(rows, common):
    """(common facet, value, other facet, value) for each meeting's common value and each other value it carries,
    of another facet or of the same (Viet Nam and Thailand both involved: the network's ties)."""
    by_event = {}
    for event, facet, value in rows:
        by_event.setdefault(event, []).append((facet, value))
    for values in by_event.values():
        for facet, value in values:
            if (facet, value) in common:
                for other_facet, other_value in values:
                    if (other_facet, other_value) != (facet, value):
                        yield (facet, value, other_facet, other_value)


def add_to(model, key, change):
    """Add change ({key values: n}) to model's events counts, making the rows that are new."""
    table, columns = _table(model), ", ".join(key)
    where = " AND ".join(f"{column} = %s" for column in key)
    more = [(*values, n) for values, n in change.items() if n > 0]
    fewer = [(-n, *values) for values, n in change.items() if n < 0]
    with connection.cursor() as cursor:
        if more:
            cursor.executemany(
                f"INSERT INTO {table} ({columns}, events) VALUES ({', '.join(['%s'] * (len(key) + 1))}) "
                f"ON CONFLICT ({columns}) DO UPDATE SET events = {table}.events + excluded.events",
                more,
            )
        if fewer:
            # A value loses only meetings that counted it, so its row is there.
            cursor.executemany(f"UPDATE {table} SET events = events - %s WHERE {where}", fewer)


def rebuild():
    """Recompute the whole table, its totals and its pairs from the knowledge: after bulk loads that send no signals.

    The values carried by at least PAIRED_SHARE of the meetings (and PAIRED_MIN_EVENTS) become the paired ones.
    """
    ef, ft, fp = _table(EventFacet), _table(FacetTotal), _table(FacetPair)
    sql, params = value_rows_sql(ALL, "1 = 1")
    with transaction.atomic(), connection.cursor() as cursor:
        for table in (ef, ft, fp):
            cursor.execute(f"DELETE FROM {table}")
        cursor.execute(f"INSERT INTO {ef} (event_id, facet, value) {sql}", params)
        cursor.execute(
            f"INSERT INTO {ft} (facet, value, events, paired) "
            f"SELECT facet, value, COUNT(*), %s FROM {ef} GROUP BY facet, value",
            [False],
        )
        cursor.execute(f"SELECT COUNT(*) FROM {ef} WHERE facet = %s", [Facet.STATUS])
        threshold = max(PAIRED_MIN_EVENTS, PAIRED_SHARE * cursor.fetchone()[0])
        cursor.execute(f"UPDATE {ft} SET paired = %s WHERE events >= %s", [True, threshold])
        cursor.execute(
            f"INSERT INTO {fp} (facet, value, other_facet, other_value, events) "
            f"SELECT a.facet, a.value, b.facet, b.value, COUNT(*) FROM {ef} a "
            f"JOIN {ft} common ON common.facet = a.facet AND common.value = a.value AND common.paired "
            f"JOIN {ef} b ON b.event_id = a.event_id AND (b.facet <> a.facet OR b.value <> a.value) "
            f"GROUP BY a.facet, a.value, b.facet, b.value"
        )


def differences():
    """What the table, its totals and its pairs hold that a recomputation would not, and the reverse; empty when
    exact."""
    sql, params = value_rows_sql(ALL, "1 = 1")
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        wanted = set(cursor.fetchall())
    held = set(EventFacet.objects.values_list("event_id", "facet", "value"))
    problems = [f"missing {row}" for row in sorted(wanted - held)] + [f"extra {row}" for row in sorted(held - wanted)]
    totals = Counter((facet, value) for _, facet, value in wanted)
    pairs = Counter(pairs_of(wanted, paired_values()))
    for model, expected in ((FacetTotal, totals), (FacetPair, pairs)):
        key = ["facet", "value"] + (["other_facet", "other_value"] if model is FacetPair else [])
        stored = {tuple(row[:-1]): row[-1] for row in model.objects.exclude(events=0).values_list(*key, "events")}
        problems += [
            f"{model._meta.model_name} {values}: {stored.get(values, 0)} held, {expected.get(values, 0)} counted"
            for values in sorted(set(expected) | set(stored))
            if stored.get(values, 0) != expected.get(values, 0)
        ]
    return problems


# --- Counting -----------------------------------------------------------------------------------------------


def facet_key(facet, value):
    """The value as the table holds it, from a filter's cleaned value (a record, a year, a choice)."""
    if value is None or value == "":
        return None
    return str(getattr(value, "pk", value))


def _intersection(selected):
    """FROM-clause joins and parameters that keep the meetings carrying every (facet, value) in selected.

    The joined aliases are s0, s1, ...; the caller joins them to its own alias on event_id.
    """
    joins, params = [], []
    for n, (facet, value) in enumerate(sorted(selected.items())):
        joins.append((f"s{n}", f"s{n}.facet = %s AND s{n}.value = %s"))
        params += [facet, value]
    return joins, params


def counted_sql(facet, selected, events=None, paired=()):
    """SELECT value, n: how many meetings carry each value of facet, among those carrying every selected value and,
    if events (sql, params) is given, among those ids too. paired: the selected values that FacetPair counts."""
    ef = _table(EventFacet)
    if events is None and not selected:
        return f"SELECT value, events AS n FROM {_table(FacetTotal)} WHERE facet = %s AND events > 0", [facet]
    if events is None and len(selected) == 1:
        ((common, value),) = selected.items()
        if (common, value) in paired:
            return (
                f"SELECT other_value AS value, events AS n FROM {_table(FacetPair)} "
                "WHERE facet = %s AND value = %s AND other_facet = %s AND events > 0",
                [common, value, facet],
            )
    joins, join_params = _intersection(selected)
    sql = f"SELECT f.value, COUNT(*) AS n FROM {ef} f"
    for alias, condition in joins:
        sql += f" JOIN {ef} {alias} ON {alias}.event_id = f.event_id AND {condition}"
    sql += " WHERE f.facet = %s"
    params = [*join_params, facet]
    if events is not None:
        sql += f" AND f.event_id IN ({events[0]})"
        params += list(events[1])
    return sql + " GROUP BY f.value", params


def top_values(facet, selected, events=None, chosen=None, paired=()):
    """[{value, label, n}] of facet's most frequent values, the chosen one first if it has any, in one query.

    Ordered as the page shows ties: by count, then by name; only the values tied with the last one shown are
    joined to their names.
    """
    counted, params = counted_sql(facet, selected, events, paired)
    size = FACET_SIZE + (1 if chosen is not None else 0)
    if facet in RECORDS:
        model, named_by = RECORDS[facet]
        key = "code" if model is Country else "id"
        value_column = f"v.{named_by}"
        label = "v.name"
        join = f"JOIN {_table(model)} v ON {_text('v.' + key) if key == 'id' else 'v.code'} = g.value"
    else:
        value_column, label, join = "g.value", "g.value", ""
    if counted.startswith("SELECT f.value"):
        # Counted by a join: once, into a common table read twice.
        prefix, source, cut_source, params = f"WITH g AS ({counted}) ", "g", "g", [*params]
    else:
        # Stored counts: read twice through their index, rather than sorting every value's row once.
        prefix, source, cut_source, params = "", f"({counted}) g", f"({counted}) c", [*params, *params]
    # The FACET_SIZE+1-th count: no value counted fewer can be shown, but the chosen one.
    cut = f"COALESCE((SELECT n FROM {cut_source} ORDER BY n DESC LIMIT 1 OFFSET {FACET_SIZE}), 0)"
    sql = (
        f"{prefix}SELECT {value_column}, {label}, g.n FROM {source} {join} WHERE g.n >= {cut} OR g.value = %s "
        f"ORDER BY CASE WHEN g.value = %s THEN 0 ELSE 1 END, g.n DESC, {label}, {value_column} LIMIT {size}"
    )
    with replica.read_connection(EventFacet).cursor() as cursor:
        cursor.execute(sql, [*params, chosen, chosen])
        rows = cursor.fetchall()
    if facet == Facet.YEAR:
        return [{"value": int(value), "label": int(value), "n": n} for value, _, n in rows]
    return [{"value": value, "label": label, "n": n} for value, label, n in rows]


def carrying(selected):
    """(sql, params) of the ids of the top-level meetings carrying every selected (facet, value): the table
    intersected with itself through its (facet, value, event) index, reading no meeting row. The same meetings as the
    list's filters of those names select (the table holds each value as they read it)."""
    ef = _table(EventFacet)
    joins, params = _intersection(selected)
    first, condition = joins[0]
    sql = f"SELECT {first}.event_id FROM {ef} {first}"
    for alias, other in joins[1:]:
        sql += f" JOIN {ef} {alias} ON {alias}.event_id = {first}.event_id AND {other}"
    # Each alias's condition takes one (facet, value): which alias gets which does not change the intersection.
    return sql + f" WHERE {condition}", params


def count_events(selected):
    """How many top-level meetings carry every selected (facet, value): the list's number of results."""
    ef = _table(EventFacet)
    if not selected:
        sql, params = f"SELECT COALESCE(SUM(events), 0) FROM {_table(FacetTotal)} WHERE facet = %s", [Facet.STATUS]
    elif len(selected) == 1:
        ((facet, value),) = selected.items()
        sql = f"SELECT COALESCE(SUM(events), 0) FROM {_table(FacetTotal)} WHERE facet = %s AND value = %s"
        params = [facet, value]
    else:
        joins, params = _intersection(selected)
        first, condition = joins[0]
        sql = f"SELECT COUNT(*) FROM {ef} {first}"
        for alias, other in joins[1:]:
            sql += f" JOIN {ef} {alias} ON {alias}.event_id = {first}.event_id AND {other}"
        sql += f" WHERE {condition}"
    with replica.read_connection(EventFacet).cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]


def value_totals(*keys):
    """{(facet, value): (how many top-level meetings carry it, whether FacetPair counts the meetings carrying it with
    others)} for each (facet, value) key, in one query: a record page's numbers of meetings, and how to read what
    else its meetings carry (ids_with)."""
    wanted = Q()
    for facet, value in keys:
        wanted |= Q(facet=facet, value=value)
    found = {
        (f, v): (n, paired)
        for f, v, n, paired in FacetTotal.objects.filter(wanted).values_list("facet", "value", "events", "paired")
    }
    return {key: found.get(key, (0, False)) for key in keys}


def ids_with(facet, given, value, paired):
    """The record ids of facet carried by the top-level meetings that carry (given, value): the forums a country's
    meetings belong to. From FacetPair when the value is paired (an index range, however many meetings carry it),
    else by intersecting the value's meetings, which are then few. Read as a list: as a subquery of the records'
    query, PostgreSQL compared every record with every id (8 s for Viet Nam's 3,693 forums at 100,000 meetings)."""
    sql, params = counted_sql(facet, {given: value}, paired={(given, value)} if paired else ())
    with replica.read_connection(EventFacet).cursor() as cursor:
        cursor.execute(sql, params)
        return [int(found) for found, _ in cursor.fetchall()]


def split_filters(cleaned):
    """The active filters as ({facet: value key} of those that are facets, {name: value} of the others)."""
    selected, others = {}, {}
    for name, value in cleaned.items():
        if name == "sort" or value in (None, ""):
            continue
        if name in ALL:
            selected[name] = facet_key(name, value)
        else:
            others[name] = value
    return selected, others


def other_events(filterset, others):
    """(sql, params) of the top-level meetings' ids under the filters that are not facets, or None if there are none.

    The words filter (`q`) is the search's own, as the list applies it.
    """
    if not others:
        return None
    events = Event.objects.top_level()
    for name, value in others.items():
        events = filterset.filters[name].filter(events, value)
    return events.order_by().values("pk").query.sql_with_params()


def list_counts(filterset):
    """{facet: its top rows} for the meeting list under filterset's active filters (the form already valid).

    Each facet is counted under every active filter but its own, so its values say what choosing them would give.
    """
    selected, others = split_filters(filterset.form.cleaned_data)
    events = other_events(filterset, others)
    paired = set()
    if events is None and 0 < len(selected) <= 2:
        chosen = Q()
        for facet, value in selected.items():
            chosen |= Q(facet=facet, value=value)
        paired = set(FacetTotal.objects.filter(chosen, paired=True).values_list("facet", "value"))
    return {
        facet: top_values(facet, {f: v for f, v in selected.items() if f != facet}, events, selected.get(facet), paired)
        for facet in ALL
    }


def list_count(filterset, ids):
    """The number of meetings the list shows: from the table when every active filter is a facet, else ids.count()."""
    selected, others = split_filters(filterset.form.cleaned_data)
    if others:
        return ids.count()
    return count_events(selected)


# --- Keeping the table current --------------------------------------------------------------------------------


def events_depending_on(record):
    """Ids of the top-level meetings whose facet values name record (for merges, which move rows by update())."""
    model = type(record)
    if model is Event:
        return [record.pk]
    if model is Organization:
        ids = set(Participation.objects.filter(organization=record).values_list("event_id", flat=True))
        return ids | set(Attendance.objects.filter(organization=record).values_list("event_id", flat=True))
    if model is Person:
        return set(Attendance.objects.filter(person=record).values_list("event_id", flat=True))
    if model is Topic:
        return set(Event.topics.through.objects.filter(topic=record).values_list("event_id", flat=True))
    if model is Forum:
        return set(Event.objects.filter(forum=record).values_list("pk", flat=True))
    if model is Country:
        return set(Event.objects.involving_country(record).values_list("pk", flat=True))
    return set()


def _refresh(event_ids, facets=ALL):
    """refresh(), or inside derived.deferred() a note to refresh these meetings' facets once when the block ends."""
    pending = derived.pending()
    if pending is not None:
        pending.refresh_facets(event_ids, facets)
    else:
        refresh(event_ids, facets)


def _event_saved(sender, instance, **kwargs):
    _refresh([instance.pk])


def _event_deleting(sender, instance, **kwargs):
    # Before the delete, so the totals lose what its rows counted; the rows themselves go with the meeting. At once,
    # even inside derived.deferred(): the totals always count the rows held, whatever the block has left to refresh.
    held = {
        (event, facet, value): pk
        for pk, event, facet, value in EventFacet.objects.filter(event=instance).values_list(
            "pk", "event_id", "facet", "value"
        )
    }
    _apply(set(), held)


def _participation_changed(sender, instance, **kwargs):
    _refresh([instance.event_id], PARTICIPATION_FACETS)


def _attendance_changed(sender, instance, **kwargs):
    _refresh([instance.event_id], ATTENDANCE_FACETS)


def _topics_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action == "pre_clear" and reverse:
        # topic.events.clear(): which meetings lose it is known only before.
        instance._facet_events = list(instance.events.values_list("pk", flat=True))
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        ids = [instance.pk]
    elif action == "post_clear":
        ids = getattr(instance, "_facet_events", [])
    else:
        ids = pk_set or []
    _refresh(ids, TOPIC_FACETS)


def _organization_saving(sender, instance, raw=False, **kwargs):
    if instance.pk and not raw:
        instance._facet_country = (
            Organization.objects.filter(pk=instance.pk).values_list("country_id", flat=True).first()
        )


def _organization_saved(sender, instance, created, raw=False, **kwargs):
    # Its country is a country involved in every meeting it took part in.
    if created and not raw:
        return
    if raw or getattr(instance, "_facet_country", instance.country_id) != instance.country_id:
        _refresh(
            list(Participation.objects.filter(organization=instance).values_list("event_id", flat=True)),
            (Facet.COUNTRY,),
        )


def _topic_deleting(sender, instance, **kwargs):
    # Its links to meetings are deleted without signals.
    instance._facet_events = list(
        Event.topics.through.objects.filter(topic=instance).values_list("event_id", flat=True)
    )


def _topic_deleted(sender, instance, **kwargs):
    _refresh(getattr(instance, "_facet_events", []), TOPIC_FACETS)


def connect_signals():
    uid = "kbase-facets-"
    post_save.connect(_event_saved, sender=Event, dispatch_uid=uid + "event-saved")
    pre_delete.connect(_event_deleting, sender=Event, dispatch_uid=uid + "event-deleting")
    for model, receiver in ((Participation, _participation_changed), (Attendance, _attendance_changed)):
        post_save.connect(receiver, sender=model, dispatch_uid=f"{uid}{model._meta.model_name}-saved")
        post_delete.connect(receiver, sender=model, dispatch_uid=f"{uid}{model._meta.model_name}-deleted")
    m2m_changed.connect(_topics_changed, sender=Event.topics.through, dispatch_uid=uid + "topics")
    pre_save.connect(_organization_saving, sender=Organization, dispatch_uid=uid + "organization-saving")
    post_save.connect(_organization_saved, sender=Organization, dispatch_uid=uid + "organization-saved")
    pre_delete.connect(_topic_deleting, sender=Topic, dispatch_uid=uid + "topic-deleting")
    post_delete.connect(_topic_deleted, sender=Topic, dispatch_uid=uid + "topic-deleted")
