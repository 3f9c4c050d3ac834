"""Export the whole knowledge base to one file, and import such a file into an empty database.

The file is gzip-compressed JSON lines, written and read a row at a time so a large knowledge base never sits in
memory:

    {"format": "kbase-backup", "version": 1, "exported_at": ..., "migrations": [...], "password_hashes": false}
    {"table": "meetings.event", "fields": ["id", "created_at", ...]}
    [1, "2025-01-01T00:00:00+00:00", ...]                  one line per row, values in the order of "fields"
    {"rows": 11}                                          the table's row count, checked on import
    ...
    {"end": {"tables": 70, "rows": 12345}}                missing when the file was cut short

What it holds: every knowledge record (countries and topics too, which editors may change), the many-to-many rows,
the source reports' full texts, the whole audit history, and the users and groups the history names. Password
hashes only on request: without them the file can be handed around without exposing anyone's password, and a
restored user sets a new one (manage.py changepassword). What it leaves out, because it is derived or transient:
the search documents (rebuilt on import), sessions, the admin's own action log, content types and permissions
(made by the migrations; permissions are named by app and codename, not by key).
"""

import datetime
import functools
import gzip
import json
import os
import zlib

from django.apps import apps
from django.contrib.auth.models import Group, Permission, User
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.management.color import no_style
from django.db import DatabaseError, connection, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from . import facets
from .models import SourceReport

FORMAT = "kbase-backup"
VERSION = 1
BATCH = 1000
# No line export_kbase writes comes near this: the longest value, a report's full text of 200,000 characters, takes at
# most a few times that once escaped. A longer line is refused before it is parsed, so a damaged or forged file cannot
# make the import hold gigabytes in memory.
LINE_LIMIT = 4_000_000
# Records refused by validation that are listed before the import stops.
ERRORS_SHOWN = 10
# Derived from the other fields; import_kbase rebuilds them.
DERIVED_FIELDS = {"search_name", "search_text"}
# Filled by the migrations in every database; an import replaces their rows with the backup's.
REFERENCE_MODELS = ["country", "countryname", "topic"]
USER_FIELDS = ["id", "username", "first_name", "last_name", "email", "is_staff", "is_active", "is_superuser",
               "last_login", "date_joined"]  # fmt: skip


class BackupError(Exception):
    """A backup that cannot be written or read; the message says why, for the person running the command."""


# --- Tables ---------------------------------------------------------------


def knowledge_models():
    """Every model of the knowledge base, history and many-to-many tables included, reference tables first."""
    # The version token is cache bookkeeping, made by its migration and renewed after an import; the facet tables
    # are derived from the knowledge and rebuilt after an import.
    models = [
        m
        for m in apps.get_app_config("meetings").get_models(include_auto_created=True)
        if m._meta.model_name not in ("knowledgeversion", "eventfacet", "facettotal", "facetpair")
    ]
    reference = [m for m in models if m._meta.model_name in REFERENCE_MODELS]
    reference.sort(key=lambda m: REFERENCE_MODELS.index(m._meta.model_name))
    return reference + [m for m in models if m not in reference]


def model_fields(model):
    return [f.attname for f in model._meta.concrete_fields if f.name not in DERIVED_FIELDS]


def applied_migrations():
    """The knowledge base's migrations applied to this database: a backup only loads where they are the same."""
    recorder = MigrationRecorder(connection)
    return sorted(name for app, name in recorder.applied_migrations() if app == "meetings")


def non_empty_tables():
    """{verbose name plural: count} of the knowledge tables that hold rows (reference tables aside)."""
    found = {}
    for model in knowledge_models():
        if model._meta.model_name in REFERENCE_MODELS:
            continue
        if model._default_manager.exists():
            found[str(model._meta.verbose_name_plural)] = model._default_manager.count()
    return found


# --- Export ---------------------------------------------------------------


def encode(value):
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()  # full precision: DjangoJSONEncoder drops microseconds
    raise TypeError(f"Cannot store {type(value).__name__} in a backup")


def export(path, password_hashes=False, progress=None):
    """Write the backup to path (via a temporary file, so an interrupted export leaves no plausible file)."""
    partial = f"{path}.partial"
    counts = {}
    connection.ensure_connection()
    # Inside a caller's transaction (a test) the snapshot is that transaction's.
    own_transaction = not connection.in_atomic_block
    try:
        # Readable by its owner only: it names users, and with --with-password-hashes holds their hashes.
        raw = os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb")
        with transaction.atomic(), raw, gzip.open(raw, "wt", encoding="utf-8", compresslevel=6) as out:
            if own_transaction and connection.vendor == "postgresql":
                # One snapshot for every table, so the file is consistent while editors keep working.
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")

            def line(item):
                out.write(json.dumps(item, ensure_ascii=False, default=encode))
                out.write("\n")

            line(
                {
                    "format": FORMAT,
                    "version": VERSION,
                    "exported_at": timezone.now().isoformat(),
                    "database": connection.vendor,
                    "migrations": applied_migrations(),
                    "password_hashes": password_hashes,
                }
            )
            for label, fields, rows in export_tables(password_hashes):
                line({"table": label, "fields": fields})
                n = 0
                for row in rows:
                    line(list(row))
                    n += 1
                line({"rows": n})
                counts[label] = n
                if progress:
                    progress(label, n)
            line({"end": {"tables": len(counts), "rows": sum(counts.values())}})
        os.replace(partial, path)
    except BaseException:
        if os.path.exists(partial):
            os.remove(partial)
        raise
    return counts


def export_tables(password_hashes):
    """(label, fields, rows) for every table of the backup, in the order an import needs them."""

    def rows(queryset, fields):
        return queryset.order_by("pk").values_list(*fields).iterator(chunk_size=2000)

    yield "auth.group", ["id", "name"], rows(Group.objects, ["id", "name"])
    yield (
        "auth.group_permissions",
        ["group_id", "app_label", "codename"],
        Group.permissions.through.objects.order_by("pk")
        .values_list("group_id", "permission__content_type__app_label", "permission__codename")
        .iterator(),
    )
    user_fields = USER_FIELDS + (["password"] if password_hashes else [])
    yield "auth.user", user_fields, rows(User.objects, user_fields)
    yield (
        "auth.user_groups",
        ["user_id", "group_id"],
        User.groups.through.objects.order_by("pk").values_list("user_id", "group_id").iterator(),
    )
    yield (
        "auth.user_user_permissions",
        ["user_id", "app_label", "codename"],
        User.user_permissions.through.objects.order_by("pk")
        .values_list("user_id", "permission__content_type__app_label", "permission__codename")
        .iterator(),
    )
    for model in knowledge_models():
        fields = model_fields(model)
        yield model._meta.label_lower, fields, rows(model._default_manager, fields)


# --- Reading --------------------------------------------------------------


class Reader:
    """The items of a backup file one at a time, with a clear BackupError for whatever is wrong with it."""

    def __init__(self, path):
        self.path = path
        self.line_number = 0

    def __iter__(self):
        try:
            with gzip.open(self.path, "rt", encoding="utf-8") as lines:
                while text := lines.readline(LINE_LIMIT + 1):
                    self.line_number += 1
                    if len(text) > LINE_LIMIT:
                        raise BackupError(
                            f"Line {self.line_number} of {self.path} is longer than any line export_kbase writes "
                            f"({LINE_LIMIT:,} characters): the file is damaged or was not written by kbase. "
                            "Nothing was imported."
                        )
                    try:
                        yield json.loads(text)
                    except json.JSONDecodeError:
                        if not text.endswith("\n"):
                            raise BackupError(self.truncated()) from None
                        raise BackupError(
                            f"Line {self.line_number} of {self.path} is not valid JSON: the file is damaged. "
                            "Nothing was imported."
                        ) from None
        except FileNotFoundError:
            raise BackupError(f"No such file: {self.path}") from None
        except IsADirectoryError:
            raise BackupError(f"{self.path} is a directory, not a backup file.") from None
        except gzip.BadGzipFile as error:
            if self.line_number == 0 and str(error).startswith("Not a gzipped file"):
                raise BackupError(f"{self.path} is not a kbase backup: it is not gzip-compressed.") from None
            raise BackupError(f"{self.path} is damaged and cannot be read ({error}). Nothing was imported.") from None
        except EOFError:
            raise BackupError(self.truncated()) from None
        except (zlib.error, UnicodeDecodeError, OSError) as error:
            raise BackupError(f"{self.path} is damaged and cannot be read ({error}). Nothing was imported.") from None

    def truncated(self):
        return (
            f"{self.path} ends early, after line {self.line_number}: the file is incomplete (an interrupted copy or "
            "export?). Nothing was imported."
        )


def parse(reader):
    """(header, tables) where tables yields (label, fields, rows) and rows yields each row as a list.

    Checks the shape as it goes: a table's rows have as many values as it has fields, its row count matches, and
    the file ends with its end line.
    """
    path = reader.path
    items = iter(reader)
    header = next(items, None)
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BackupError(f"{path} is not a kbase backup (it has no kbase-backup header).")
    if header.get("version") != VERSION:
        raise BackupError(f"{path} is a version {header.get('version')} backup; this kbase reads version {VERSION}.")

    def tables():
        for item in items:
            if isinstance(item, dict) and "end" in item:
                if next(items, None) is not None:
                    raise BackupError(f"{path} has data after its end line.")
                return
            if not (
                isinstance(item, dict)
                and isinstance(item.get("table"), str)
                and isinstance(item.get("fields"), list)
                and all(isinstance(name, str) for name in item["fields"])
                and len(set(item["fields"])) == len(item["fields"])
            ):
                raise BackupError(f"{path}: line {reader.line_number} should start a table.")
            counted = []
            yield item["table"], item["fields"], table_rows(item, counted)
            if not counted:
                raise BackupError(f"{path}: the table {item['table']} was not read to its end.")
        raise BackupError(reader.truncated())

    def table_rows(table, counted):
        n = 0
        for item in items:
            if isinstance(item, list):
                if len(item) != len(table["fields"]):
                    raise BackupError(
                        f"{path}: line {reader.line_number} has {len(item)} values for {len(table['fields'])} fields."
                    )
                n += 1
                yield item
            elif isinstance(item, dict) and "rows" in item:
                if item["rows"] != n:
                    raise BackupError(f"{path}: the table {table['table']} should have {item['rows']} rows, not {n}.")
                counted.append(n)
                return
            else:
                raise BackupError(f"{path}: line {reader.line_number} should be a row of {table['table']}.")
        raise BackupError(reader.truncated())

    return header, tables()


# --- Import ---------------------------------------------------------------


def import_(path, progress=None):
    """Load the backup at path into this database, which must hold no knowledge records yet, in one transaction.

    Returns {table label: rows loaded}. Raises BackupError, leaving the database as it was, for a file that is not
    a complete kbase backup, for a database that is not empty or not migrated to the backup's migrations, and for a
    row the database refuses.
    """
    reader = Reader(path)
    try:
        with transaction.atomic():
            return _import(reader, progress)
    except DatabaseError as error:
        raise BackupError(f"The database refused the backup ({error}). Nothing was imported.") from None
    except (KeyError, TypeError, ValueError, OverflowError, AttributeError) as error:
        # A value of the wrong kind where export_kbase always writes a number, a name or a list: the file was
        # damaged or edited by hand. Said in one line, with where it is, rather than as a traceback.
        raise BackupError(
            f"Line {reader.line_number} of {path} holds a value of the wrong kind ({error.__class__.__name__}: "
            f"{str(error)[:200]}): the file is damaged or was not written by kbase. Nothing was imported."
        ) from None


def _import(reader, progress):
    path = reader.path
    header, tables = parse(reader)
    try:
        found = non_empty_tables()
    except DatabaseError:
        raise BackupError("This database has no knowledge-base tables: run manage.py migrate first.") from None
    if found:
        listed = ", ".join(f"{count} {name}" for name, count in list(found.items())[:5])
        raise BackupError(
            f"This database already holds knowledge records ({listed}{', …' if len(found) > 5 else ''}). "
            "import_kbase only loads into an empty, freshly migrated database; nothing was changed."
        )
    if header.get("migrations") != applied_migrations():
        raise BackupError(
            f"The backup was written by a knowledge base migrated to {last(header.get('migrations'))}; this database "
            f"is migrated to {last(applied_migrations())}. Import into a database migrated to the same point."
        )
    loader = Loader(header)
    counts = {}
    for label, fields, rows in tables:
        counts[label] = loader.load(label, fields, rows)
        if progress:
            progress(label, counts[label])
    missing = set(loader.expected) - set(counts)
    if missing:
        raise BackupError(f"{path} has no table {', '.join(sorted(missing))}: it is not a whole backup.")
    reset_sequences()
    rebuild_search_documents()
    facets.rebuild()
    return counts


def last(migrations):
    return migrations[-1] if migrations else "no migration"


class Loader:
    """Puts the rows of each table of a backup into the database with bulk inserts (no signals, no history)."""

    def __init__(self, header):
        self.password_hashes = bool(header.get("password_hashes"))
        self.users = {}  # user id in the backup -> user id here
        self.new_users = set()  # ids here of the users this import created
        self.groups = {}  # group id in the backup -> group id here
        self.expected = {model._meta.label_lower: model for model in knowledge_models()}
        self.special = {
            "auth.group": self.load_groups,
            "auth.group_permissions": self.load_group_permissions,
            "auth.user": self.load_users,
            "auth.user_groups": self.load_user_groups,
            "auth.user_user_permissions": self.load_user_permissions,
        }

    def load(self, label, fields, rows):
        if label in self.special:
            return self.special[label](fields, rows)
        model = self.expected.get(label)
        if model is None:
            raise BackupError(f"The backup has a table {label} that this knowledge base does not know.")
        expected = model_fields(model)
        if sorted(fields) != sorted(expected):
            extra, lacking = set(fields) - set(expected), set(expected) - set(fields)
            raise BackupError(
                f"The table {label} in the backup does not match this knowledge base"
                f"{': it has ' + ', '.join(sorted(extra)) if extra else ''}"
                f"{'; it lacks ' + ', '.join(sorted(lacking)) if lacking else ''}."
            )
        if model._meta.model_name in REFERENCE_MODELS:
            # The migrations filled these; the backup's rows, edits included, take their place.
            with connection.cursor() as cursor:
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")
        converters = [self.converter(model, name) for name in fields]
        history = is_history(model)
        source_field = next(
            (f.name for f in model._meta.concrete_fields if f.name == "source" and f.related_model is SourceReport),
            None,
        )
        n = 0
        batch = []
        refused = []
        for row in rows:
            try:
                values = {name: convert(value) for name, convert, value in zip(fields, converters, row, strict=True)}
            except (ValidationError, ValueError, TypeError, OverflowError) as error:
                raise BackupError(f"A row of {label} has a value this knowledge base cannot take: {error}") from None
            record = model(**values)
            if not history and source_field and record.source_id is not None:
                # The passage and quote checks read the cited report; the reports of a backup are few and often
                # cited, so they are read once each rather than once per citation.
                report = self.report(record.source_id)
                if report is not None:
                    setattr(record, source_field, report)
            problem = validation_error(record)
            if problem:
                refused.append(problem)
                if len(refused) >= ERRORS_SHOWN:
                    break
                continue
            batch.append(record)
            if len(batch) >= BATCH:
                n += self.insert(model, batch)
                batch = []
        if refused:
            raise BackupError(
                f"The backup holds rows of {label} that the admin would refuse; nothing was imported:\n"
                + "\n".join(f"  {line}" for line in refused)
            )
        if batch:
            n += self.insert(model, batch)
        return n

    @functools.lru_cache(maxsize=256)  # noqa: B019 (the loader lives for one import)
    def report(self, pk):
        return SourceReport.objects.only("pk", "text").filter(pk=pk).first()

    def converter(self, model, attname):
        field = next(f for f in model._meta.concrete_fields if f.attname == attname)
        if attname == "history_user_id":
            # Users keep their ids where they can; history follows the ones that had to move.
            return lambda value: None if value is None else self.users.get(value)
        return lambda value: None if value is None else field.to_python(value)

    def insert(self, model, batch):
        # A raw insert, as loaddata does it: bulk_create would stamp created_at and updated_at with the time of the
        # import instead of keeping the backup's.
        fields = model._meta.concrete_fields
        size = connection.ops.bulk_batch_size(fields, batch) or len(batch)
        try:
            for start in range(0, len(batch), size):
                model._base_manager._insert(batch[start : start + size], fields=fields, raw=True)
        except DatabaseError as error:
            raise BackupError(
                f"The database refused rows of {model._meta.label_lower} ({error}). Nothing was imported."
            ) from None
        return len(batch)

    # Users and groups are matched by name: a user or group that already exists here (the Editors group the
    # migrations make, the administrator who runs the import) is kept as it is, and the history follows it.

    def load_groups(self, fields, rows):
        n = 0
        for row in rows:
            item = dict(zip(fields, row, strict=True))
            group, _ = Group.objects.get_or_create(name=item["name"])
            # The backup's permissions replace what the migrations gave a group of the same name.
            group.permissions.clear()
            self.groups[item["id"]] = group.pk
            n += 1
        return n

    def load_group_permissions(self, fields, rows):
        return self.add_permissions(fields, rows, "group_id", self.groups, Group.permissions.through, "group_id")

    def load_users(self, fields, rows):
        n = 0
        taken = set(User.objects.values_list("pk", flat=True))
        existing = dict(User.objects.values_list("username", "pk"))
        for row in rows:
            item = dict(zip(fields, row, strict=True))
            old_id = item.pop("id")
            if item["username"] in existing:
                self.users[old_id] = existing[item["username"]]
                n += 1
                continue
            for name in ("last_login", "date_joined"):
                if item.get(name):
                    item[name] = User._meta.get_field(name).to_python(item[name])
            user = User(**item)
            if old_id not in taken:
                user.pk = old_id
            if not self.password_hashes:
                user.set_unusable_password()
            user.save()
            self.users[old_id] = user.pk
            self.new_users.add(user.pk)
            taken.add(user.pk)
            n += 1
        return n

    def load_user_groups(self, fields, rows):
        links = []
        for row in rows:
            item = dict(zip(fields, row, strict=True))
            user, group = self.users.get(item["user_id"]), self.groups.get(item["group_id"])
            if user in self.new_users and group is not None:
                links.append(User.groups.through(user_id=user, group_id=group))
        User.groups.through.objects.bulk_create(links, ignore_conflicts=True)
        return len(links)

    def load_user_permissions(self, fields, rows):
        new = {old: here for old, here in self.users.items() if here in self.new_users}
        return self.add_permissions(fields, rows, "user_id", new, User.user_permissions.through, "user_id")

    def add_permissions(self, fields, rows, owner_field, owners, through, through_field):
        permissions = {
            (app_label, codename): pk
            for pk, app_label, codename in Permission.objects.values_list("pk", "content_type__app_label", "codename")
        }
        links = []
        for row in rows:
            item = dict(zip(fields, row, strict=True))
            owner = owners.get(item[owner_field])
            permission = permissions.get((item["app_label"], item["codename"]))
            if owner is not None and permission is not None:
                links.append(through(**{through_field: owner, "permission_id": permission}))
        through.objects.bulk_create(links, ignore_conflicts=True)
        return len(links)


def validation_error(record):
    """One line naming the record and each field the admin's forms would refuse, or None when it would pass.

    The same checks as the admin: every field's own (lengths, URLs with an http(s) or ftp scheme, choices), the
    length bound of the free texts, which the database does not enforce, and the record's clean() (a passage must
    occur in its report, a meeting cannot end before it starts...). Relations are left to the database's foreign
    keys, and history rows keep their fields' checks only: a past version is what it was.
    """
    model = type(record)
    relations = [f.name for f in model._meta.concrete_fields if f.is_relation]
    errors = {}
    if is_history(model):
        for f in model._meta.concrete_fields:
            value = getattr(record, f.attname)
            if f.is_relation or value in f.empty_values:
                continue
            try:
                f.clean(value, record)
            except ValidationError as error:
                errors[f.name] = error.messages
    else:
        try:
            record.full_clean(exclude=relations, validate_unique=False, validate_constraints=False)
        except ValidationError as error:
            errors = error.message_dict
        except ObjectDoesNotExist:
            # clean() read a related record (the cited report) that is neither here nor in the backup.
            errors = {"__all__": ["It refers to a record that the backup does not hold."]}
    for f in model._meta.concrete_fields:
        value = getattr(record, f.attname)
        if f.get_internal_type() == "TextField" and f.max_length and isinstance(value, str):
            if len(value) > f.max_length and f.name not in errors:
                errors[f.name] = [f"Ensure this value has at most {f.max_length} characters (it has {len(value)})."]
    if not errors:
        return None
    described = "; ".join(f"{'record' if name == '__all__' else name}: {' '.join(messages)}"
                          for name, messages in errors.items())  # fmt: skip
    return f"{model._meta.label_lower} id {record.pk}: {described}"


def is_history(model):
    return any(f.name == "history_id" for f in model._meta.concrete_fields)


def reset_sequences():
    """Let new rows take keys after the imported ones (PostgreSQL; SQLite does it by itself)."""
    models = [*knowledge_models(), User, Group]
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


def rebuild_search_documents():
    from . import search, versioning

    for name in search.SPECS:
        search.refresh(apps.get_model("meetings", name)._default_manager.all())
    # Rows went in without signals: whatever was cached describes the empty database.
    versioning.bump()
