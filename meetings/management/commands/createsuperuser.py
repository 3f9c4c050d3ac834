"""createsuperuser, with the password rules (AUTH_PASSWORD_VALIDATORS) applied however it is run.

Django's own command skips them for --no-input with DJANGO_SUPERUSER_PASSWORD, and asks at the prompt whether to
bypass them; an administrator's account is the last one that should have a weak password. The "meetings" app comes
before django.contrib.auth in INSTALLED_APPS so that this command replaces Django's.
"""

import builtins
import os

from django.contrib.auth.management.commands import createsuperuser as django_createsuperuser
from django.contrib.auth.password_validation import validate_password
from django.core import exceptions
from django.core.management.base import CommandError

BYPASS_PROMPT = "Bypass password validation"


class Command(django_createsuperuser.Command):
    help = django_createsuperuser.Command.help + " The password must follow the site's password rules."

    def handle(self, *args, **options):
        if not options["interactive"]:
            self.check_password_from_environment(options)
            return super().handle(*args, **options)
        # The prompt's loop asks whether to bypass the rules; here the answer is always no, and the loop asks again.
        django_createsuperuser.input = self.input_without_bypass
        try:
            return super().handle(*args, **options)
        finally:
            del django_createsuperuser.input

    def input_without_bypass(self, prompt=""):
        if prompt.startswith(BYPASS_PROMPT):
            self.stderr.write("The password rules cannot be bypassed. Choose another password.")
            return "n"
        return builtins.input(prompt)

    def check_password_from_environment(self, options):
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD")
        if password is None:
            return  # no password: Django makes the account with an unusable one, to be set with changepassword
        fields = [self.UserModel.USERNAME_FIELD, *self.UserModel.REQUIRED_FIELDS]
        user_data = {}
        for name in fields:
            value = options.get(name) or os.environ.get(f"DJANGO_SUPERUSER_{name.upper()}")
            field = self.UserModel._meta.get_field(name)
            if value and not field.many_to_many and not field.many_to_one:
                user_data[name] = value
        try:
            validate_password(password, self.UserModel(**user_data))
        except exceptions.ValidationError as error:
            raise CommandError(
                "DJANGO_SUPERUSER_PASSWORD does not follow the password rules: " + " ".join(error.messages)
            ) from None
