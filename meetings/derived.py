"""The derived work of many writes done once, at the end of the block that makes them.

Every save or delete of a knowledge record sets off work derived from it, through signal receivers: the search
documents of the records it belongs to (meetings/search.py), its meeting's facet rows and their totals
(meetings/facets.py), the "Last changed" date of the records it belongs to (meetings/history.py) and a new version
token (meetings/versioning.py). Done row by row, a write of a hundred rows recomputes one meeting's search document and
facets a hundred times: the report intake's save spent most of its time there.

    with derived.deferred():
        ...  # many saves

Inside the block those receivers record what needs doing (which meetings, which records, once each) instead of doing
it; when the block ends without an exception, each piece is done once, still inside the block's transaction. The block
is a transaction of its own (transaction.atomic), so a reader never sees the rows without their search documents and
facets, and an exception anywhere in it, or in the work at its end, rolls everything back. Outside a block nothing
changes: each receiver works at once, as before.

The result is what the receivers would have left, because each piece of work is a recomputation from the rows as they
stand (a document, a meeting's facet rows) or a date set to now, and doing it once at the end gives the state doing it
after every write ends with. The exceptions, on purpose:

- the version token still moves at the block's first change, so that nothing read inside the block is cached under
  the token other readers hold, and once more at the end, so that nothing cached in the middle of the block outlives
  it: two new tokens instead of one per row;
- a meeting's deletion takes its facet rows out of the totals at once (facets._event_deleting): its rows go with it;
- inside the block, a record's search document, its meeting's facets and its owners' dates are those from before the
  block until it ends: code inside it must not read them back. A record first recorded in the history inside the
  block keeps, as its stored state before the change, its date from before the block.

A block inside another is a savepoint: what it records is handed to the outer block when it ends, and dropped with
its writes when it fails. Which block is open is kept in a context variable, so threads and asynchronous tasks each
have their own.
"""

import contextvars
from contextlib import contextmanager

from django.db import transaction

_current = contextvars.ContextVar("kbase_derived_pending", default=None)


class Pending:
    """What the writes of one block have left to derive: filled by the receivers, applied once by apply()."""

    def __init__(self, outer=None):
        self.outer = outer
        self.search = {}  # model name -> pks of the records whose search document to recompute
        self.search_countries = set()  # countries (or their names) changed: the documents that name them
        self.search_forums = set()  # forums changed: their meetings' documents
        self.facets = {}  # meeting id -> the facets of it to recompute
        self.touched = {}  # model -> pks of records whose updated_at moves, and their owners' up the chain
        self.stamped = {}  # model -> pks of records whose updated_at alone moves (a many-to-many change)
        self.changed = False  # the knowledge changed: a new version token at the end

    # --- recorded by the receivers ---

    def refresh_search(self, model_name, pk):
        if pk is not None:
            self.search.setdefault(model_name, set()).add(pk)

    def refresh_facets(self, event_ids, facets):
        for pk in event_ids:
            if pk is not None:
                self.facets.setdefault(pk, set()).update(facets)

    def touch(self, model, pk):
        if pk is not None:
            self.touched.setdefault(model, set()).add(pk)

    def stamp(self, model, pk):
        if pk is not None:
            self.stamped.setdefault(model, set()).add(pk)

    def change(self):
        """Record a change of the knowledge; True when it is the first in this block and the blocks around it."""
        first = not any(block.changed for block in self._chain())
        self.changed = True
        return first

    def _chain(self):
        block = self
        while block is not None:
            yield block
            block = block.outer

    # --- at the end of the block ---

    def merge_into(self, outer):
        for model_name, pks in self.search.items():
            outer.search.setdefault(model_name, set()).update(pks)
        outer.search_countries |= self.search_countries
        outer.search_forums |= self.search_forums
        for pk, facets in self.facets.items():
            outer.facets.setdefault(pk, set()).update(facets)
        for model, pks in self.touched.items():
            outer.touched.setdefault(model, set()).update(pks)
        for model, pks in self.stamped.items():
            outer.stamped.setdefault(model, set()).update(pks)
        outer.changed = outer.changed or self.changed

    def apply(self):
        """Do each recorded piece of work once. Called with no block open, so what it writes is not recorded again."""
        from django.apps import apps
        from django.utils import timezone

        from . import facets, history, search, versioning

        for model_name, pks in sorted(self.search.items()):
            search.refresh(apps.get_model("meetings", model_name)._default_manager.filter(pk__in=pks))
        if self.search_countries:
            search.refresh_for_countries(self.search_countries)
        if self.search_forums:
            search.refresh_for_forums(self.search_forums)

        # The meetings that need the same facets, recomputed together (most often every meeting needs the same).
        by_facets = {}
        for pk, wanted in self.facets.items():
            by_facets.setdefault(tuple(sorted(wanted)), []).append(pk)
        for wanted, ids in sorted(by_facets.items()):
            facets.refresh(ids, wanted)

        for model, pks in self.touched.items():
            history.touch_records(model, model._default_manager.filter(pk__in=pks), 1)
        now = timezone.now()
        for model, pks in self.stamped.items():
            model._default_manager.filter(pk__in=pks).update(updated_at=now)

        if self.changed:
            versioning.bump()


def pending():
    """The open block's Pending, or None outside any block (then receivers do their work at once)."""
    return _current.get()


@contextmanager
def deferred(using=None):
    """Defer the derived work of the writes made inside to one go at the end, in the block's own transaction."""
    outer = _current.get()
    block = Pending(outer)
    with transaction.atomic(using=using):
        token = _current.set(block)
        try:
            yield block
        finally:
            _current.reset(token)
        # Reached only when the block ended without an exception; its transaction is still open.
        if outer is not None:
            block.merge_into(outer)
        else:
            block.apply()
