import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command


@pytest.fixture
def seeded(db):
    """The knowledge of the five seed reports, loaded the way a deployment loads it."""
    call_command("loaddata", "seed", verbosity=0)


@pytest.fixture
def editor(db):
    user = User.objects.create_user("editor", "editor@example.org", "a-long-editor-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def staff_without_group(db):
    return User.objects.create_user("clerk", "clerk@example.org", "a-long-clerk-password", is_staff=True)


@pytest.fixture
def superuser(db):
    return User.objects.create_superuser("root", "root@example.org", "a-long-admin-password")
