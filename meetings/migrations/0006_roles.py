"""
The three roles, as groups. Give a user staff status and one group in the admin under Users:

- Viewers read every knowledge-base record in the admin and change nothing.
- Editors add and change records; they cannot delete them or manage users (as created by 0002, kept here).
- Administrators may also delete records (merging two duplicates deletes one, so merging is theirs too), manage
  users and groups, and unlock accounts that failed to sign in too often (django-axes' access attempts).
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# The knowledge base's records, as in 0002 (a model added later is given to the groups by its own migration).
KNOWLEDGE_MODELS = [
    "country", "countryname", "topic", "sourcereport", "organization", "organizationname", "membership",
    "membershipcitation", "person", "personname", "position", "positioncitation", "forum", "event", "eventcitation",
    "participation", "participationcitation", "attendance", "attendancecitation", "statement", "agreement",
    "agreementname", "agreementparty", "agreementpartycitation", "eventagreement", "eventagreementcitation",
    "outcome", "outcomecitation",
]

ROLES = {
    "Viewers": {"meetings": [f"view_{model}" for model in KNOWLEDGE_MODELS]},
    "Editors": {"meetings": [f"{action}_{model}" for model in KNOWLEDGE_MODELS for action in ("add", "change", "view")]},
    "Administrators": {
        "meetings": [
            f"{action}_{model}" for model in KNOWLEDGE_MODELS for action in ("add", "change", "delete", "view")
        ],
        "auth": [f"{action}_{model}" for model in ("user", "group") for action in ("add", "change", "delete", "view")],
        # Deleting an access attempt is how the admin unlocks an account or an address.
        "axes": ["view_accessattempt", "delete_accessattempt", "view_accesslog", "view_accessfailurelog"],
    },
}


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; make them now so the groups can hold them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, grants in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        permissions = []
        for app_label, codenames in grants.items():
            found = list(Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))
            missing = set(codenames) - {permission.codename for permission in found}
            if missing:
                raise RuntimeError(f"{name}: no such permissions in {app_label}: {', '.join(sorted(missing))}")
            permissions += found
        group.permissions.set(permissions)


def remove_roles(apps, schema_editor):
    # Editors existed before this migration with the same permissions it has now, so only the new groups go.
    apps.get_model("auth", "Group").objects.filter(name__in=["Viewers", "Administrators"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0005_event_list_indexes"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("axes", "0010_accessattemptexpiration"),
    ]

    operations = [
        migrations.RunPython(create_roles, remove_roles),
    ]
