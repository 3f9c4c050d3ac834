"""
Reference data every deployment needs: all ISO 3166-1 countries (from pycountry)
with the spellings reports use, the controlled topic vocabulary, and the Editors
group.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Spellings that meeting reports in the region use and ISO does not.
COUNTRY_VARIANTS = {
    "VN": ["Viet Nam", "Vietnam", "Socialist Republic of Viet Nam", "Việt Nam"],
    "LA": ["Lao PDR", "Laos", "Lao"],
    "TL": ["Timor-Leste", "Timor Leste", "East Timor"],
    "KR": ["Republic of Korea", "South Korea", "Korea"],
    "KP": ["North Korea", "DPRK"],
    "MM": ["Myanmar", "Burma"],
    "BN": ["Brunei", "Brunei Darussalam"],
    "US": ["United States", "USA", "United States of America", "US"],
    "GB": ["United Kingdom", "UK", "Britain"],
    "RU": ["Russia", "Russian Federation"],
    "CN": ["China", "People's Republic of China", "PRC"],
    "PH": ["Philippines", "the Philippines"],
}

# Shorter display names where the ISO short name reads badly in a sentence.
DISPLAY_NAMES = {
    "VN": "Viet Nam",
    "LA": "Lao PDR",
    "KR": "Republic of Korea",
    "KP": "Democratic People's Republic of Korea",
    "RU": "Russia",
    "BN": "Brunei Darussalam",
}

TOPICS = [
    ("trafficking-in-persons", "Trafficking in persons", "Recruitment, transport or harbouring of people for exploitation."),
    ("people-smuggling", "People smuggling", "Procuring the illegal entry of a person into a state for gain."),
    ("forced-labour", "Forced labour", "Work exacted under threat of penalty, including in fishing and construction."),
    ("forced-criminality-online-scams", "Forced criminality and online scams", "People coerced into committing crimes, such as online fraud from scam compounds."),
    ("irregular-migration", "Irregular migration", "Movement of people outside regular channels, including maritime movements."),
    ("violent-extremism", "Violent extremism", "Radicalisation and violent extremist groups."),
    ("covid-19-impact", "COVID-19 impact", "How the pandemic changed crime and the response to it."),
    ("cybercrime", "Cybercrime and online exploitation", "Use of social networks and the internet to recruit or exploit."),
    ("victim-protection", "Victim protection", "Identification, protection and support of victims."),
    ("law-enforcement-cooperation", "Law enforcement cooperation", "Joint training, joint investigation, information sharing, mutual legal assistance."),
    ("legal-frameworks", "Legal frameworks", "Conventions, protocols and domestic legislation."),
    ("gender-sensitive-policing", "Gender-sensitive policing", "Gender-sensitive approaches to policing and criminal justice."),
    ("transnational-crime", "Transnational crime", "Organized crime across borders in general."),
]

EDITOR_MODELS = [
    "country", "countryname", "topic", "sourcereport", "organization", "organizationname", "membership",
    "membershipcitation", "person", "personname", "position", "positioncitation", "forum", "event", "eventcitation",
    "participation", "participationcitation", "attendance", "attendancecitation", "statement", "agreement",
    "agreementname", "agreementparty", "agreementpartycitation", "eventagreement", "eventagreementcitation",
    "outcome", "outcomecitation",
]


def fold(text):
    import unicodedata

    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def load_countries(apps, schema_editor):
    import pycountry

    Country = apps.get_model("meetings", "Country")
    CountryName = apps.get_model("meetings", "CountryName")
    for entry in pycountry.countries:
        name = DISPLAY_NAMES.get(entry.alpha_2) or getattr(entry, "common_name", None) or entry.name
        country, _ = Country.objects.update_or_create(
            code=entry.alpha_2,
            defaults={
                "alpha3": entry.alpha_3,
                "name": name,
                "name_folded": fold(name),
                "official_name": getattr(entry, "official_name", "") or "",
            },
        )
        names = {entry.name: "official", getattr(entry, "official_name", None): "official"}
        names[getattr(entry, "common_name", None)] = "variant"
        for variant in COUNTRY_VARIANTS.get(entry.alpha_2, []):
            names.setdefault(variant, "variant")
        for other, kind in names.items():
            if other and other != name:
                CountryName.objects.get_or_create(
                    country=country, name=other, defaults={"kind": kind, "name_folded": fold(other)}
                )


def load_topics(apps, schema_editor):
    Topic = apps.get_model("meetings", "Topic")
    for slug, name, description in TOPICS:
        Topic.objects.update_or_create(slug=slug, defaults={"name": name, "description": description})


def create_editors(apps, schema_editor):
    # Permissions are normally created after all migrations; make them now so the group can hold them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    codenames = [f"{action}_{model}" for model in EDITOR_MODELS for action in ("add", "change", "view")]
    editors.permissions.set(Permission.objects.filter(content_type__app_label="meetings", codename__in=codenames))


def remove_editors(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Editors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(load_countries, migrations.RunPython.noop),
        migrations.RunPython(load_topics, migrations.RunPython.noop),
        migrations.RunPython(create_editors, remove_editors),
    ]
