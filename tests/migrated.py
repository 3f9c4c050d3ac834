"""The test database built from the models, and the check that it is what the migrations build.

Replaying every migration costs most of the tests' setup (Django renders the models' state again and again), so
the test database is created from the models as they are now (pytest-django's --no-migrations, in pyproject.toml).
What the migrations do besides making tables is then done here: the data steps of this project's migrations
(RunPython and RunSQL: countries, topics, the groups and their permissions, the knowledge version row, and on
PostgreSQL the search and list indexes the models cannot declare) run in order against the final state's models,
and every migration is recorded as applied, as `migrate` would.

tests/test_migrations.py runs every migration from an empty database and compares the result with the test
database, table by table and row by row (fingerprint below), so a migration whose effect this misses fails there.
"""

import json
import re
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.operations import RunPython, RunSQL, SeparateDatabaseAndState
from django.db.migrations.recorder import MigrationRecorder

UNNAMED = re.compile(r"^(fk_\d+|__unnamed_constraint_\d+__)$")
# Values made afresh by each run: the knowledge version is a random token.
VOLATILE = {("meetings", "knowledgeversion"): {"token", "changed_at"}}


def own_apps():
    """The labels of this project's apps (third-party apps' data migrations only adjust older schemas)."""
    base = Path(settings.BASE_DIR).resolve()
    return {config.label for config in apps.get_app_configs() if Path(config.path).resolve().is_relative_to(base)}


def data_operations(operations):
    for operation in operations:
        if isinstance(operation, SeparateDatabaseAndState):
            yield from data_operations(operation.database_operations)
        elif isinstance(operation, RunPython | RunSQL):
            yield operation


def as_if_migrated(connection):
    """Do what the migrations do besides creating tables, to a database whose tables were made from the models."""
    loader = MigrationLoader(connection)
    plan = []
    for leaf in loader.graph.leaf_nodes():
        plan += [key for key in loader.graph.forwards_plan(leaf) if key not in plan]
    state = loader.project_state()
    # The models as the last migration leaves them, without the project's signals: what a data migration expects.
    state_apps = state.apps
    ours = own_apps()
    with connection.schema_editor() as schema_editor:
        for app_label, name in plan:
            if app_label not in ours:
                continue
            for operation in data_operations(loader.graph.nodes[app_label, name].operations):
                if isinstance(operation, RunPython):
                    operation.code(state_apps, schema_editor)
                else:
                    operation.database_forwards(app_label, schema_editor, state, state)
    recorder = MigrationRecorder(connection)
    recorder.ensure_schema()
    recorder.migration_qs.bulk_create([recorder.Migration(app=app, name=name) for app, name in plan])


def fingerprint(connection):
    """Everything a test could tell apart between two databases: tables, columns, constraints and indexes, the
    applied migrations, and every row (keys that are only sequence numbers left out, links shown by what they
    point at)."""
    with connection.cursor() as cursor:
        introspection = connection.introspection
        tables = {}
        for table in sorted(introspection.table_names(cursor)):
            columns = {
                c.name: [str(c.type_code), c.display_size, c.precision, c.scale, c.null_ok]
                for c in introspection.get_table_description(cursor, table)
            }
            # SQLite names the constraints it reports without a name by their position ("fk_0"): those are
            # compared by what they are, the named ones by name.
            constraints = sorted(
                json.dumps([None if UNNAMED.match(name) else name, info], sort_keys=True, default=str)
                for name, info in introspection.get_constraints(cursor, table).items()
            )
            tables[table] = {"columns": columns, "constraints": constraints}
        extra = {}
        if connection.vendor == "postgresql":
            cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()")
            extra["indexes"] = dict(sorted(cursor.fetchall()))
            cursor.execute("SELECT extname FROM pg_extension ORDER BY extname")
            extra["extensions"] = [row[0] for row in cursor.fetchall()]
    applied = sorted(f"{app}.{name}" for app, name in MigrationRecorder(connection).applied_migrations())
    return {"tables": tables, **extra, "migrations": applied, "rows": rows()}


def rows():
    labels = {}

    def label(model, pk):
        if model not in labels:
            labels[model] = {obj.pk: str(obj) for obj in model._base_manager.all()}
        return labels[model].get(pk)

    found = {}
    for model in apps.get_models(include_auto_created=True):
        opts = model._meta
        volatile = VOLATILE.get((opts.app_label, opts.model_name), set())
        fields = [
            field
            for field in opts.concrete_fields
            if field.name not in volatile and not (field.primary_key and isinstance(field, models.AutoField))
        ]
        listed = []
        # A model whose every field is left out still shows how many rows it has.
        names = [field.attname for field in fields] or ["pk"]
        for values in model._base_manager.values_list(*names):
            values = values[: len(fields)]
            row = []
            for field, value in zip(fields, values, strict=True):
                if field.is_relation and value is not None:
                    value = label(field.related_model, value)
                row.append(repr(value))
            listed.append(row)
        if listed:
            found[opts.label_lower] = sorted(listed)
    return found
