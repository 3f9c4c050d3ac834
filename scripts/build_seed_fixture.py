#!/usr/bin/env python
"""
Build fixtures/seed.json: the knowledge of the five seed reports in fixtures/reports/.

Run from the project root:  .venv/bin/python scripts/build_seed_fixture.py
Load it with:               .venv/bin/python manage.py loaddata seed

The knowledge is declared below in plain Python: reports, organizations, people (with the
posts they held), forums, events (with who took part, who attended and said what, which
agreements they dealt with and what came out of them) and agreements. Every fact row carries
citations: passages copied word for word from a report. Before writing, the script checks that
every passage and every direct quote occurs in its report (SourceReport.contains semantics) and
stops with an error otherwise.

Primary keys are explicit and stable, so loading the fixture twice updates rows instead of
duplicating them. Rows that belong to a parent are numbered inside the parent's block:
  participation, attendance, event-agreement link, outcome: event pk * 100 + n
  membership: organization pk * 100 + n;  position: person pk * 10 + n
  statement, citation, other name: parent pk * 10 + n
so that adding a row at the end of a block leaves every other key unchanged.

Countries (primary key = ISO alpha-2 code) and topics come from migrations, not from here.
Topics are named by their slug (Topic's natural key), whatever keys a database gave them.
"""

import importlib
import json
import os
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kbase.settings")

import django  # noqa: E402

django.setup()

from meetings.models import fingerprint_text, normalize_space  # noqa: E402

REPORTS_DIR = BASE_DIR / "fixtures" / "reports"
OUTPUT = BASE_DIR / "fixtures" / "seed.json"
TIMESTAMP = "2025-01-01T00:00:00Z"  # raw loaddata does not run auto_now / auto_now_add
MAX_PASSAGE = 600

TOPIC_SLUGS = {
    slug
    for slug, _name, _description in importlib.import_module("meetings.migrations.0002_countries_topics_editors").TOPICS
}

ASEAN_MEMBER_STATES = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"]


def cite(report, passage, note=""):
    """A passage of a report (by its key below) that states a fact."""
    return {"report": report, "passage": passage, "note": note}


# --- Source reports ----------------------------------------------------------------------------
# key: the number of the file as received (000 … 004); file: fixtures/reports/<slug>.txt

REPORTS = {
    "000": dict(
        pk=1,
        slug="aseanapol-virtual-dialogue-tip-2021",
        title="ASEANAPOL Virtual Dialogue on the Issues of Tackling Trafficking in Persons",
        publisher="aseanapol-secretariat",
        author="Suhasini Gunasagaran",
        published_on="2021-02-26",
        editorial_note=(
            "Received as 000_852ed1d114cfa2b7.txt; the text is stored as received. The report has no headline: "
            "the title is supplied by the editors from its first sentence. Author and date are from the byline "
            "'by Suhasini Gunasagaran | Feb 26, 2021'. The publisher is not named; the ASEANAPOL Secretariat is "
            "inferred: the report speaks of 'our Dialogue Partners and Observers', so it is ASEANAPOL's own news, "
            "and it reports the Secretariat's own dialogue. Report 001 describes the same meeting."
        ),
    ),
    "001": dict(
        pk=2,
        slug="vietnamese-delegation-aseanapol-virtual-dialogue-fragment",
        title="Vietnamese delegation at the ASEANAPOL virtual dialogue on trafficking in persons (untitled fragment)",
        publisher=None,
        author="",
        published_on=None,
        editorial_note=(
            "Received as 001_cc5c688bb4b92e7f.txt; the text is stored as received, including its empty first line. "
            "It is a fragment that begins mid-article ('It also saw the presence of ...') and carries no headline, "
            "date, author or publisher: the title is descriptive, supplied by the editors, and the publisher is left "
            "empty. Its content (a virtual ASEANAPOL dialogue on trafficking in persons during the COVID-19 "
            "pandemic, with the ASEANAPOL Secretariat, member states, Dialogue Partners and Observers) identifies "
            "the meeting as the ASEANAPOL Virtual Dialogue of 25-26 February 2021 that report 000 describes."
        ),
    ),
    "002": dict(
        pk=3,
        slug="commit-14th-som-takes-place-in-hanoi",
        title="COMMIT’s 14th SOM takes place in Hanoi",
        publisher="mps",
        author="Linh Chi",
        published_on="2020-12-17",
        editorial_note=(
            "Received as 002_ad0b6f31afad698a.txt; the text is stored as received, including the portal's "
            "boilerplate lines ('Ministry of Public Security Portal is under construction', the photo caption "
            "'Delegates at the event.' and 'Search'). Title from the headline, date from the dateline "
            "'December, 17 2020', author from 'by Linh Chi'. Publisher: the Ministry of Public Security of Viet "
            "Nam, from the portal's name and the 'MPS -' dateline."
        ),
    ),
    "003": dict(
        pk=4,
        slug="aseanapol-international-people-smuggling-strategic-dialogue-2024",
        title="ASEANAPOL Secretariat at the International People Smuggling Strategic Dialogue, Semarang",
        publisher="aseanapol-secretariat",
        author="",
        published_on=None,
        editorial_note=(
            "Received as 003_f7bf980cd1c926fb.txt; the text is stored as received, including the closing motto. "
            "The report has no headline, date or author: the title is descriptive, supplied by the editors. It was "
            "written after the dialogue of 9-11 December 2024. The publisher is not named; the ASEANAPOL "
            "Secretariat is inferred from the closing motto 'Together We Keep This Region Safe' and from the "
            "report's account of the Secretariat's own participation."
        ),
    ),
    "004": dict(
        pk=5,
        slug="vna-asean-somtc-siem-reap-actip-apa",
        title="ASEAN senior officials agree to adopt ACTIP and APA at the SOMTC in Siem Reap",
        publisher="vna",
        author="",
        published_on=None,
        editorial_note=(
            "Received as 004_6b8c83ddfb80fb26.txt. The received copy repeats paragraphs 2 to 8 (from 'ASEAN’s "
            "Senior Officials Meeting on Transnational Crime (SOMTC) reaffirmed ...' to '... with these "
            "organisations.-VNA') verbatim; the repetition is stored once. Otherwise the text is stored as "
            "received. The report has no headline, date or author: the title is descriptive, supplied by the "
            "editors. The publisher, the Vietnam News Agency, is inferred from the closing credit '-VNA'. The year "
            "of the meeting is not stated; see the event's date note."
        ),
    ),
}


# --- Organizations -----------------------------------------------------------------------------
# Keyed by slug. other_names: (name, kind, note). memberships: rows of Membership where this
# organization is the one belonged to.

ORGANIZATIONS = {
    "aseanapol": dict(
        pk=1,
        name="ASEANAPOL",
        kind="international_police",
        description=(
            "The regional police organization of ten member countries (the ASEAN member states), with Dialogue "
            "Partners and Observers, a Secretariat headed by an Executive Director, and a numbered Conference "
            "that issues joint communiqués. It counts trafficking in persons among its ten prioritized areas "
            "(report 001)."
        ),
        memberships=[
            dict(
                country=code,
                role="member",
                note="The reports speak of the '10 ASEANAPOL Member Countries' without naming them; "
                "they are the ten ASEAN member states.",
                cites=[
                    cite("000", "The two days dialogue were attended by 10 ASEANAPOL Member Countries"),
                    cite("001", "It also saw the presence of delegations from ASEANAPOL member states"),
                ],
            )
            for code in ASEAN_MEMBER_STATES
        ],
    ),
    "aseanapol-secretariat": dict(
        pk=2,
        name="ASEANAPOL Secretariat",
        kind="secretariat",
        parent="aseanapol",
        description="ASEANAPOL's secretariat, headed by an Executive Director.",
    ),
    "mps": dict(
        pk=3,
        name="Ministry of Public Security",
        acronym="MPS",
        kind="ministry",
        country="VN",
        description="The ministry of Viet Nam to which the country's police departments belong.",
    ),
    "oipa": dict(
        pk=4,
        name="Office of Investigation Police Agency",
        acronym="OIPA",
        kind="agency",
        country="VN",
        parent="mps",
        description="An office of the Ministry of Public Security of Viet Nam, headed by a Director General.",
        other_names=[("The Office of Investigation Police Agency", "variant", "As report 000 writes it.")],
    ),
    "criminal-police-department": dict(
        pk=5,
        name="Criminal Police Department",
        kind="agency",
        country="VN",
        parent="mps",
        description="A department of the Ministry of Public Security of Viet Nam.",
        other_names=[("Vietnamese Criminal Police Department", "variant", "As report 001 writes it.")],
    ),
    "ministry-of-national-defence": dict(
        pk=6,
        name="Ministry of National Defence",
        kind="ministry",
        country="VN",
        other_names=[("Ministry of National Defense", "variant", "American spelling, as report 001 writes it.")],
    ),
    "fbi": dict(
        pk=7,
        name="Federal Bureau of Investigation",
        acronym="FBI",
        kind="agency",
        country="US",
        other_names=[("FBI", "acronym", "")],
    ),
    "nca": dict(
        pk=8,
        name="National Crime Agency",
        acronym="NCA",
        kind="agency",
        country="GB",
        other_names=[("NCA", "acronym", "")],
    ),
    "asean-act": dict(
        pk=9,
        name="ASEAN-Australia Counter Trafficking",
        acronym="ASEAN-ACT",
        kind="donor_programme",
        country="AU",
        other_names=[
            ("ASEAN-ACT", "acronym", ""),
            ("ASEAN-Australia Counter Trafficking Program", "variant", "Report 001 writes '(ASEAN-ACT) Program'."),
        ],
    ),
    "new-zealand-police": dict(
        pk=10,
        name="New Zealand Police",
        kind="national_police",
        country="NZ",
    ),
    "commit": dict(
        pk=11,
        name="Coordinated Mekong Ministerial Initiative Against Trafficking",
        acronym="COMMIT",
        kind="mechanism",
        description=(
            "A mechanism of Cambodia, China, Laos, Myanmar, Thailand and Viet Nam against human trafficking, "
            "active since 2004, which meets in numbered Senior Officials Meetings (SOM) and works to an action plan. "
            "According to reports at its 14th SOM, it has supported member countries in developing prevention "
            "programmes and laws on human trafficking, in interdisciplinary training of officials, and in drafting "
            "and signing bilateral agreements and memorandums of understanding (report 002)."
        ),
        other_names=[("COMMIT", "acronym", "")],
        memberships=[
            dict(
                country=code,
                role="member",
                start_date="2004-01-01",
                start_date_precision="year",
                note="Start year from the UNDP Resident Representative's remark that member countries have "
                "shown their commitment via COMMIT since 2004; the report gives no date of joining.",
                cites=[
                    cite(
                        "002",
                        "representatives from the COMMIT member countries, including Cambodia, Laos, Myanmar, "
                        "Thailand, and China",
                    )
                    if code != "VN"
                    else cite("002", "the COMMIT has supported all member countries, including Vietnam"),
                    cite(
                        "002",
                        "Since 2004, via the COMMIT, member countries have shown their commitment to fight "
                        "against human trafficking, Wiesen emphasized.",
                    ),
                ],
            )
            for code in ["KH", "CN", "LA", "MM", "TH", "VN"]
        ],
    ),
    "united-nations": dict(
        pk=12,
        name="United Nations",
        kind="mechanism",
        description="Report 001 notes that the United Nations counts trafficking in persons among the four most "
        "dangerous kinds of crime.",
    ),
    "undp": dict(
        pk=13,
        name="United Nations Development Programme",
        acronym="UNDP",
        kind="un_agency",
        parent="united-nations",
        other_names=[("United Nations Development Program", "variant", "As report 002 writes it.")],
    ),
    "jclec": dict(
        pk=14,
        name="Jakarta Centre for Law Enforcement Cooperation",
        acronym="JCLEC",
        kind="training_centre",
        country="ID",
        description="A law enforcement cooperation centre in Semarang, Indonesia.",
    ),
    "royal-canadian-mounted-police": dict(
        pk=15,
        name="Royal Canadian Mounted Police",
        kind="national_police",
        country="CA",
    ),
    "australian-federal-police": dict(
        pk=16,
        name="Australian Federal Police",
        kind="national_police",
        country="AU",
    ),
    "asean": dict(
        pk=17,
        name="Association of Southeast Asian Nations",
        acronym="ASEAN",
        kind="regional",
        other_names=[
            ("ASEAN", "acronym", ""),
            ("Association of South East Asian Nations", "variant", "As report 004 writes it."),
        ],
        memberships=[
            *[
                dict(
                    country=code,
                    role="dialogue_partner",
                    note="The report calls the parties the SOMTC consulted ASEAN's 'dialogue partners'.",
                    cites=[
                        cite(
                            "004",
                            "The SOMTC also held consultations with Australia, Canada, China, the European Union, "
                            "India, Japan, the Republic of Korea, New Zealand, Russia, the United States and the "
                            "Plus Three.",
                        ),
                        cite(
                            "004",
                            "All dialogue partners agreed to enhance and deepen cooperation with ASEAN in efforts "
                            "to suppress transnational crime in the region.",
                        ),
                    ],
                )
                for code in ["AU", "CA", "CN", "IN", "JP", "KR", "NZ", "RU", "US"]
            ],
            dict(
                organization="european-union",
                role="dialogue_partner",
                note="The report calls the parties the SOMTC consulted ASEAN's 'dialogue partners'.",
                cites=[
                    cite(
                        "004",
                        "The SOMTC also held consultations with Australia, Canada, China, the European Union, "
                        "India, Japan, the Republic of Korea, New Zealand, Russia, the United States and the "
                        "Plus Three.",
                    ),
                    cite(
                        "004",
                        "All dialogue partners agreed to enhance and deepen cooperation with ASEAN in efforts "
                        "to suppress transnational crime in the region.",
                    ),
                ],
            ),
        ],
    ),
    "asean-secretariat": dict(
        pk=18,
        name="ASEAN Secretariat",
        kind="secretariat",
        parent="asean",
        description="Report 004 attributes its account of the June SOMTC in Siem Reap to the ASEAN Secretariat.",
    ),
    "unodc": dict(
        pk=19,
        name="United Nations Office on Drugs and Crime",
        acronym="UNODC",
        kind="un_agency",
        parent="united-nations",
    ),
    "aaptip": dict(
        pk=20,
        name="Australia-Asia Program to Combat Trafficking in Persons",
        acronym="AAPTIP",
        kind="donor_programme",
        country="AU",
    ),
    "interpol": dict(
        pk=21,
        name="International Criminal Police Organization",
        acronym="INTERPOL",
        kind="international_police",
        other_names=[("INTERPOL", "acronym", "")],
    ),
    "european-union": dict(
        pk=22,
        name="European Union",
        kind="regional",
    ),
    "asean-plus-three": dict(
        pk=23,
        name="ASEAN Plus Three",
        kind="mechanism",
        description="ASEAN's cooperation with China, Japan and the Republic of Korea; report 004 calls it "
        "'the Plus Three'.",
        other_names=[("Plus Three", "variant", "As report 004 writes it: 'the Plus Three'.")],
    ),
    "vna": dict(
        pk=24,
        name="Vietnam News Agency",
        acronym="VNA",
        kind="news_publisher",
        country="VN",
    ),
}


# --- People and their posts --------------------------------------------------------------------
# Keyed by slug. Ranks and titles are never part of the name: rank and title go on the position,
# "Dr."/"Ms." on honorific_prefix. as_of: a date on which a report says the post was held.

PERSONS = {
    "do-van-hoanh": dict(
        pk=1,
        name="Do Van Hoanh",
        family_name="Do",
        given_name="Van Hoanh",
        gender="male",
        nationality="VN",
        summary="Police Major General; in February 2021 Director General of the Office of Investigation Police "
        "Agency (OIPA) of Viet Nam's Ministry of Public Security and Chairman of ASEANAPOL.",
        other_names=[
            ("Đỗ Văn Hoanh", "with_diacritics", "Vietnamese spelling; the reports write it without diacritics.")
        ],
        positions=[
            dict(
                organization="oipa",
                title="Director General",
                rank="Police Major General",
                as_of="2021-02-25",
                note="as_of: the first day of the ASEANAPOL Virtual Dialogue, at which the report gives this post.",
                cites=[
                    cite(
                        "000",
                        "Police Major General Do Van Hoanh, Director General of The Office of Investigation Police "
                        "Agency, Ministry Of Public Security, Socialist Republic Of Viet Nam (OIPA)",
                    )
                ],
            ),
            dict(
                organization="aseanapol",
                title="Chairman",
                rank="Police Major General",
                as_of="2021-02-25",
                note="'cum the current Chairman of ASEANAPOL' at the time of the February 2021 dialogue.",
                cites=[
                    cite(
                        "000",
                        "Police Major General Do Van Hoanh, Director General of The Office of Investigation Police "
                        "Agency, Ministry Of Public Security, Socialist Republic Of Viet Nam (OIPA), cum the current "
                        "Chairman of ASEANAPOL",
                    ),
                    cite("000", "Thanking on the speech by the current chairman of the ASEANAPOL"),
                ],
            ),
        ],
    ),
    "jim-wee": dict(
        pk=2,
        name="Jim Wee",
        given_name="Jim",
        family_name="Wee",
        gender="male",
        summary="Deputy Assistant Commissioner of Police; Executive Director of the ASEANAPOL Secretariat in "
        "February 2021.",
        positions=[
            dict(
                organization="aseanapol-secretariat",
                title="Executive Director",
                rank="Deputy Assistant Commissioner of Police",
                as_of="2021-02-25",
                note="as_of: the first day of the ASEANAPOL Virtual Dialogue, at which the report gives this post.",
                cites=[
                    cite(
                        "000",
                        "the ASEANAPOL Secretariat’s Executive Director (ED) Deputy Assistant Commissioner of "
                        "Police (DAC) Jim Wee",
                    )
                ],
            ),
        ],
    ),
    "to-cao-lanh": dict(
        pk=3,
        name="To Cao Lanh",
        family_name="To",
        given_name="Cao Lanh",
        nationality="VN",
        summary="Senior Colonel; Deputy Director of Viet Nam's Criminal Police Department, head of the "
        "Vietnamese delegation to the ASEANAPOL Virtual Dialogue of February 2021.",
        other_names=[
            ("Tô Cao Lãnh", "with_diacritics", "Vietnamese spelling; the report writes it without diacritics.")
        ],
        positions=[
            dict(
                organization="criminal-police-department",
                title="Deputy Director",
                rank="Senior Colonel",
                as_of="2021-02-25",
                note="Report 001 carries no date; as_of is the first day of the dialogue it describes "
                "(25-26 February 2021).",
                cites=[
                    cite(
                        "001",
                        "The Vietnamese delegation, headed by Senior Colonel To Cao Lanh, Deputy Director of the "
                        "Vietnamese Criminal Police Department",
                    )
                ],
            ),
        ],
    ),
    "tran-ngoc-ha": dict(
        pk=4,
        name="Tran Ngoc Ha",
        family_name="Tran",
        given_name="Ngoc Ha",
        nationality="VN",
        summary="Major General; Director of the Criminal Police Department of Viet Nam's Ministry of Public "
        "Security in December 2020.",
        other_names=[
            ("Trần Ngọc Hà", "with_diacritics", "Vietnamese spelling; the report writes it without diacritics.")
        ],
        positions=[
            dict(
                organization="criminal-police-department",
                title="Director",
                rank="Major General",
                as_of="2020-12-16",
                note="as_of: the date of the 14th COMMIT SOM (year inferred from the report's date, 17 December 2020).",
                cites=[
                    cite(
                        "002",
                        "Major General Tran Ngoc Ha, Director of the Criminal Police Department under the Ministry "
                        "of Public Security",
                    )
                ],
            ),
        ],
    ),
    "caitlin-wiesen": dict(
        pk=5,
        name="Caitlin Wiesen",
        given_name="Caitlin",
        family_name="Wiesen",
        honorific_prefix="Ms.",
        gender="female",
        summary="UNDP Resident Representative in Viet Nam in December 2020.",
        positions=[
            dict(
                organization="undp",
                title="Resident Representative in Vietnam",
                as_of="2020-12-16",
                note="as_of: the date of the 14th COMMIT SOM (year inferred from the report's date, 17 December 2020).",
                cites=[
                    cite(
                        "002",
                        "Ms. Caitlin Wiesen, United Nations Development Program (UNDP) Resident Representative in "
                        "Vietnam",
                    )
                ],
            ),
        ],
    ),
    "bakri-bin-zainal-abidin": dict(
        pk=6,
        name="Bakri bin Zainal Abidin",
        given_name="Bakri",
        patronymic_name="bin Zainal Abidin",
        honorific_prefix="Dr.",
        gender="male",
        summary="Assistant Commissioner of Police; Director for Police Services of the ASEANAPOL Secretariat in "
        "December 2024.",
        other_names=[("Bakri Bin Zainal Abidin", "variant", "Capitalisation in the second mention in report 003.")],
        positions=[
            dict(
                organization="aseanapol-secretariat",
                title="Director for Police Services",
                rank="Assistant Commissioner of Police",
                as_of="2024-12-09",
                note="The report misspells the rank 'Assistance Commissioner of Police (ACP)'. as_of: the first "
                "day of the International People Smuggling Strategic Dialogue.",
                cites=[
                    cite(
                        "003",
                        "represented by Assistance Commissioner of Police (ACP) Dr. Bakri bin Zainal Abidin, "
                        "Director for Police Services",
                    )
                ],
            ),
        ],
    ),
    "david-martinez-vinluan": dict(
        pk=7,
        name="David Martinez Vinluan",
        given_name="David",
        summary="Executive Director of the ASEANAPOL Secretariat in December 2024.",
        positions=[
            dict(
                organization="aseanapol-secretariat",
                title="Executive Director",
                as_of="2024-12-09",
                note="as_of: the first day of the International People Smuggling Strategic Dialogue, at which "
                "the report gives this post.",
                cites=[cite("003", "under the supervision of Executive Director David Martinez Vinluan")],
            ),
        ],
    ),
}


# --- Forums ------------------------------------------------------------------------------------

FORUMS = {
    "aseanapol-conference": dict(
        pk=1,
        name="ASEANAPOL Conference",
        convened_by="aseanapol",
        description="ASEANAPOL's numbered conference, which issues a joint communiqué.",
    ),
    "aseanapol-dialogues": dict(
        pk=2,
        name="ASEANAPOL Dialogues",
        convened_by="aseanapol-secretariat",
        description="Dialogues organised and hosted by the ASEANAPOL Secretariat on particular issues.",
    ),
    "commit-som": dict(
        pk=3,
        name="COMMIT Senior Officials Meeting",
        short_name="SOM",
        convened_by="commit",
        description="The numbered Senior Officials Meetings of the Coordinated Mekong Ministerial Initiative "
        "Against Trafficking (COMMIT).",
    ),
    "somtc": dict(
        pk=4,
        name="ASEAN Senior Officials Meeting on Transnational Crime",
        short_name="SOMTC",
        convened_by="asean",
        description="ASEAN's senior officials meeting on transnational crime, which consults ASEAN's dialogue "
        "partners and prepares instruments for the ministers.",
    ),
    "ammtc": dict(
        pk=5,
        name="ASEAN Ministerial Meeting on Transnational Crime",
        short_name="AMMTC",
        convened_by="asean",
        description="The ASEAN ministers' meeting on transnational crime, which endorses instruments agreed by "
        "the SOMTC.",
    ),
}


# --- Agreements --------------------------------------------------------------------------------

AGREEMENTS = {
    "39th-aseanapol-joint-communique": dict(
        pk=1,
        name="39th ASEANAPOL Joint Communiqué",
        kind="joint_communique",
        organization="aseanapol",
        description="The joint communiqué of the 39th ASEANAPOL Conference. Its resolutions were discussed on "
        "the second day of the ASEANAPOL Virtual Dialogue of February 2021.",
        other_names=[("39th Joint Communique", "variant", "As report 000 writes it.")],
    ),
    "counter-human-trafficking-program": dict(
        pk=2,
        name="Counter Human Trafficking Program",
        kind="programme",
        organization="aseanapol",
        description="A programme proposed by the ASEANAPOL Secretariat in February 2021, in three phases: joint "
        "training, joint investigation, and building a transnational cooperation model to enforce laws in the "
        "region.",
    ),
    "commit-action-plan": dict(
        pk=3,
        name="COMMIT action plan",
        kind="plan_of_action",
        organization="commit",
        description="COMMIT's action plan; the 14th COMMIT SOM discussed the results achieved in its "
        "implementation in 2019.",
    ),
    "tip-protocol": dict(
        pk=4,
        name="Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
        short_name="TIP Protocol",
        kind="protocol",
        organization="united-nations",
        other_names=[
            ("Protocol to Prevent, Suppress, and Punish Trafficking in Persons", "variant", "As report 003 writes it."),
            ("Trafficking in Persons Protocol", "variant", "As report 003 writes it."),
            ("Palermo Protocol", "variant", ""),
        ],
    ),
    "actip": dict(
        pk=5,
        name="ASEAN Convention against Trafficking in Persons, Especially Women and Children",
        short_name="ACTIP",
        kind="convention",
        organization="asean",
        other_names=[("ASEAN Convention Against TIP", "variant", "As report 003 writes it.")],
    ),
    "apa": dict(
        pk=6,
        name="ASEAN Plan of Action against Trafficking in Persons, Especially Women and Children",
        short_name="APA",
        kind="plan_of_action",
        organization="asean",
    ),
}


# --- Events ------------------------------------------------------------------------------------
# Keyed by a short name used only inside this script. Each event lists its own participations
# (organization or country delegation), attendances (with statements), agreement links and outcomes.

# Passages used more than once.
P000_DIALOGUE = (
    "ASEANAPOL Virtual Dialogue on The Issues of Tackling Trafficking In Persons was organized and hosted by "
    "ASEANAPOL Secretariat from 25th to 26th February 2021."
)
P000_DAY2 = (
    "On the second day it was a meeting discussed on the 39th Joint Communique’s resolutions which was moderated "
    "by DPS, formulating relevant resolutions for upcoming 40th ASEANAPOL Conference, Summarizing for approval by "
    "DPP and the meeting was ended with the closing note by Executive Director of ASEANAPOL Secretariat."
)
P001_GUESTS = (
    "guests from ASEANAPOL Dialogue Partners and Observers, such as the US Federal Bureau of Investigation (FBI), "
    "UK National Crime Agency (NCA), ASEAN-Australia Counter Trafficking (ASEAN-ACT) Program, and the New Zealand "
    "Police"
)
P000_GUEST_SPEAKERS = "invited speakers from our Dialogue Partners and Observers"
P001_VN_UNITS = (
    "included representatives from various units under the Ministry of Public Security and the Ministry of "
    "National Defense of Vietnam"
)
P002_SOM = (
    "The 14th Senior Officials Meeting (SOM) of the Coordinated Mekong Ministerial Initiative Against Trafficking "
    "(COMMIT) took place on December 16 in Hanoi."
)
P002_HA = "Major General Tran Ngoc Ha, Director of the Criminal Police Department under the Ministry of Public Security"
P002_MEMBERS = (
    "representatives from the COMMIT member countries, including Cambodia, Laos, Myanmar, Thailand, and China"
)
P003_FIRST = (
    "From December 9 to 11, 2024, the ASEANAPOL Secretariat, represented by Assistance Commissioner of Police (ACP) "
    "Dr. Bakri bin Zainal Abidin, Director for Police Services, under the supervision of Executive Director David "
    "Martinez Vinluan, participated in the “International People Smuggling Strategic Dialogue” at the Jakarta "
    "Centre for Law Enforcement Cooperation (JCLEC) in Semarang, Indonesia."
)
P003_OFFICERS = (
    "provided opportunities for police officers from ASEANAPOL Secretariat, Malaysia, Cambodia, Indonesia, Laos, "
    "the Philippines, Singapore, Sri Lanka, Thailand, Timor Leste, and Vietnam to share experiences and insights"
)
P003_PARTNERSHIP = (
    "was delivered through a trilateral partnership involving the Royal Canadian Mounted Police, the Australian "
    "Federal Police, and the New Zealand Police"
)
P004_SOMTC = (
    "ASEAN’s Senior Officials Meeting on Transnational Crime (SOMTC) reaffirmed the commitment to combat this "
    "security challenge in Siem Reap, Cambodia on June 8-11."
)
P004_ACTIP = (
    "the meeting unanimously agreed to adopt the ASEAN Convention against Trafficking in Persons, Especially Women "
    "and Children (ACTIP) and the ASEAN Plan of Action against Trafficking in Persons, Especially Women and "
    "Children (APA) which will be sent to the ASEAN Ministerial Meeting on Transnational Crime for endorsement."
)
P004_CONSULTATIONS = (
    "The SOMTC also held consultations with Australia, Canada, China, the European Union, India, Japan, the "
    "Republic of Korea, New Zealand, Russia, the United States and the Plus Three."
)
P004_PARTNERS_AGREED = (
    "All dialogue partners agreed to enhance and deepen cooperation with ASEAN in efforts to suppress "
    "transnational crime in the region."
)
P004_MET = (
    "the senior officials met Representatives from the United Nations Office on Drugs and Crime (UNODC), "
    "Australia-Asia Program to Combat Trafficking in Persons (AAPTIP) and International Criminal Police "
    "Organization (INTERPOL)"
)
P004_SPECIAL = (
    "They noted Malaysia's plan to host a Special Ministerial Meeting on the Rise of Radicalisation and Violent "
    "Extremism to address the challenges posed to ASEAN."
)
P004_EMERGENCY = (
    "they noted Malaysia's intention to host an Emergency Ministerial Meeting on the Issue of Irregular Movement "
    "of People in Southeast Asia on July 2."
)

YEAR_2015_NOTE = (
    "The report carries no date and gives the meeting's dates only as 'June 8-11'. The year 2015 is inferred, not "
    "stated, from facts outside the report: the ACTIP and the APA, which this meeting agreed to adopt and send to "
    "the AMMTC for endorsement, were endorsed later in 2015 (the ACTIP was signed in November 2015), and the "
    "Emergency Ministerial Meeting on the Issue of Irregular Movement of People in Southeast Asia, which this "
    "meeting noted Malaysia's intention to host 'on July 2', was held on 2 July 2015."
)

EVENTS = {
    "dialogue-2021": dict(
        pk=1,
        slug="2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons",
        title="ASEANAPOL Virtual Dialogue on the Issues of Tackling Trafficking in Persons",
        forum="aseanapol-dialogues",
        start_date="2021-02-25",
        end_date="2021-02-26",
        format="virtual",
        summary=(
            "A two-day virtual dialogue organised and hosted by the ASEANAPOL Secretariat, attended by the ten "
            "ASEANAPOL member countries and by guests from ASEANAPOL's Dialogue Partners and Observers. Member "
            "countries presented their post-Covid-19 strategies against trafficking in persons, and the "
            "Secretariat put forward a concept note on tackling trafficking in persons and a proposal for a "
            "three-phase Counter Human Trafficking Program. The second day discussed the resolutions of the 39th "
            "Joint Communiqué and formulated resolutions for the upcoming 40th ASEANAPOL Conference."
        ),
        topics=["trafficking-in-persons", "covid-19-impact", "cybercrime", "law-enforcement-cooperation"],
        cites=[
            cite("000", P000_DIALOGUE),
            cite(
                "001",
                "In that context, the virtual dialogue served as an important forum for ASEANAPOL member states to "
                "share information and experiences as well as to discuss directions for cooperation in combating "
                "human trafficking in the coming time, especially during and after the COVID-19 pandemic.",
                note="Report 001 neither names nor dates the meeting; its content identifies it with this dialogue.",
            ),
        ],
        participations=[
            dict(org="aseanapol-secretariat", role="host", cites=[cite("000", P000_DIALOGUE)]),
            dict(org="aseanapol-secretariat", role="organiser", cites=[cite("000", P000_DIALOGUE)]),
            *[
                dict(
                    country=code,
                    role="member_delegation",
                    note="One of the '10 ASEANAPOL Member Countries' that attended; the report does not name "
                    "them one by one.",
                    cites=[
                        cite("000", "The two days dialogue were attended by 10 ASEANAPOL Member Countries"),
                        cite("001", "It also saw the presence of delegations from ASEANAPOL member states"),
                        *(
                            [cite("001", "The Vietnamese delegation, headed by Senior Colonel To Cao Lanh")]
                            if code == "VN"
                            else []
                        ),
                    ],
                )
                for code in ASEAN_MEMBER_STATES
            ],
            *[
                dict(
                    org=org,
                    role="guest",
                    note="ASEANAPOL Dialogue Partner or Observer; the report does not say which.",
                    cites=[cite("001", P001_GUESTS), cite("000", P000_GUEST_SPEAKERS)],
                )
                for org in ["fbi", "nca", "asean-act", "new-zealand-police"]
            ],
            dict(
                org="mps",
                role="participant",
                note="Representatives of various units of the ministry were in the Vietnamese delegation.",
                cites=[cite("001", P001_VN_UNITS)],
            ),
            dict(
                org="ministry-of-national-defence",
                role="participant",
                note="Representatives of various units of the ministry were in the Vietnamese delegation.",
                cites=[cite("001", P001_VN_UNITS)],
            ),
        ],
        attendances=[
            dict(
                person="do-van-hoanh",
                role="opening_speaker",
                organization="oipa",
                country="VN",
                position=("do-van-hoanh", 1),
                note="Opened the dialogue as Director General of OIPA and current Chairman of ASEANAPOL.",
                cites=[
                    cite(
                        "000",
                        "The dialogue commenced with and opening speech by The Honorable Police Major General Do "
                        "Van Hoanh",
                    )
                ],
                statements=[
                    dict(
                        kind="paraphrase",
                        source="000",
                        text="Spoke about current trafficking in persons crime in the context of Covid-19, and "
                        "hoped that the delegates would discuss and share practical experiences and information "
                        "to support the prevention and fight against trafficking in persons in the near future.",
                    )
                ],
            ),
            dict(
                person="jim-wee",
                role="opening_speaker",
                organization="aseanapol-secretariat",
                position=("jim-wee", 1),
                note="Gave the Delivery Note, his opening speech, after the Chairman's opening speech.",
                cites=[
                    cite(
                        "000",
                        "followed by the Delivery Note from the ASEANAPOL Secretariat’s Executive Director (ED) "
                        "Deputy Assistant Commissioner of Police (DAC) Jim Wee",
                    ),
                    cite("000", "the Executive Director of ASEANAPOL Secretariat delivered his opening speech"),
                ],
                statements=[
                    dict(
                        kind="paraphrase",
                        source="000",
                        text="Emphasised the Secretariat's roles during the Covid-19 pandemic and introduced a "
                        "concept note on tackling trafficking in persons for discussion in the dialogue; hoped "
                        "the two days of sharing and discussion would give ASEANAPOL member countries "
                        "opportunities to work and collaborate together against the transnational organized "
                        "crime syndicates in the region.",
                    )
                ],
            ),
            dict(
                person="jim-wee",
                role="closing_speaker",
                organization="aseanapol-secretariat",
                position=("jim-wee", 1),
                note="Closed the meeting on the second day; the report names the Executive Director as Jim Wee "
                "earlier in the text.",
                cites=[
                    cite(
                        "000",
                        "the meeting was ended with the closing note by Executive Director of ASEANAPOL Secretariat",
                    )
                ],
            ),
            dict(
                person="to-cao-lanh",
                role="head_of_delegation",
                country="VN",
                position=("to-cao-lanh", 1),
                cites=[
                    cite(
                        "001",
                        "The Vietnamese delegation, headed by Senior Colonel To Cao Lanh, Deputy Director of the "
                        "Vietnamese Criminal Police Department",
                    )
                ],
            ),
        ],
        agreements=[
            dict(
                agreement="39th-aseanapol-joint-communique",
                relation="discussed",
                note="Its resolutions were discussed on the second day.",
                cites=[
                    cite(
                        "000", "On the second day it was a meeting discussed on the 39th Joint Communique’s resolutions"
                    )
                ],
            ),
            dict(
                agreement="counter-human-trafficking-program",
                relation="discussed",
                note="The delegates discussed the ASEANAPOL Secretariat's proposal to develop it.",
                cites=[
                    cite(
                        "001",
                        "the delegates discussed the proposal of the ASEANAPOL Secretariat to develop the Counter "
                        "Human Trafficking Program",
                    )
                ],
            ),
        ],
        outcomes=[
            dict(
                kind="resolution",
                status="referred",
                text="Formulated relevant resolutions for the upcoming 40th ASEANAPOL Conference, after discussing "
                "the resolutions of the 39th Joint Communiqué; summarised for approval by the DPP.",
                agreements=["39th-aseanapol-joint-communique"],
                referred_to_forum="aseanapol-conference",
                referred_to_event="aseanapol-conference-40",
                cites=[cite("000", P000_DAY2)],
            ),
            dict(
                kind="proposal",
                status="proposed",
                text="The ASEANAPOL Secretariat initiated a concept note on the issues of tackling trafficking in "
                "persons, to be discussed further in the dialogue.",
                proposed_by="aseanapol-secretariat",
                cites=[
                    cite(
                        "000",
                        "initiating a concept note as regards to the issues of Tackling Trafficking In Persons which "
                        "would be further discussed in the dialogue",
                    )
                ],
            ),
            dict(
                kind="proposal",
                status="proposed",
                text="The delegates discussed the ASEANAPOL Secretariat's proposal to develop the Counter Human "
                "Trafficking Program in three phases: joint training, joint investigation, and building a "
                "transnational cooperation model to enforce laws in the region.",
                proposed_by="aseanapol-secretariat",
                agreements=["counter-human-trafficking-program"],
                cites=[
                    cite(
                        "001",
                        "Additionally, the delegates discussed the proposal of the ASEANAPOL Secretariat to develop "
                        "the Counter Human Trafficking Program with three phases: joint training, joint "
                        "investigation, and building a transnational cooperation model to enforce laws in the "
                        "region.",
                    )
                ],
            ),
        ],
    ),
    "dialogue-2021-day-1": dict(
        pk=2,
        slug="2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons-day-1",
        title="ASEANAPOL Virtual Dialogue on Tackling Trafficking in Persons, day 1: post-Covid-19 strategies",
        parent="dialogue-2021",
        start_date="2021-02-25",
        format="virtual",
        date_note="The report dates the dialogue 25-26 February 2021 and sets these presentations before 'the "
        "second day'; they are placed on the first day, 25 February.",
        summary=(
            "The first day of the dialogue. At the Secretariat's invitation, ASEANAPOL member countries presented "
            "their Post Covid-19 Strategy Against Trafficking in Persons, and guest speakers from ASEANAPOL's "
            "Dialogue Partners and Observers gave presentations."
        ),
        topics=["trafficking-in-persons", "covid-19-impact"],
        cites=[
            cite(
                "000",
                "The Secretariat also invited AMCs to share presentation on Post Covid-19 Strategy Against "
                "Trafficking In Persons as well as Presentations from guest speakers.",
            ),
            cite(
                "000",
                "showcased the active participation on various presentation delivered by invited speakers from our "
                "Dialogue Partners and Observers as well as AMCs sharing on Post Covid-19 Strategy Against "
                "Trafficking in Persons",
            ),
        ],
    ),
    "dialogue-2021-day-2": dict(
        pk=3,
        slug="2021-aseanapol-virtual-dialogue-on-tackling-trafficking-in-persons-day-2",
        title="ASEANAPOL Virtual Dialogue on Tackling Trafficking in Persons, day 2: the 39th Joint Communiqué "
        "resolutions",
        parent="dialogue-2021",
        start_date="2021-02-26",
        format="virtual",
        summary=(
            "The second day of the dialogue: a meeting on the resolutions of the 39th ASEANAPOL Joint Communiqué, "
            "moderated by the DPS (the report does not expand the abbreviation). It formulated resolutions for the "
            "upcoming 40th ASEANAPOL Conference, summarised for approval by the DPP, and ended with the closing "
            "note of the ASEANAPOL Secretariat's Executive Director."
        ),
        topics=["law-enforcement-cooperation"],
        cites=[cite("000", P000_DAY2)],
    ),
    "aseanapol-conference-39": dict(
        pk=4,
        slug="39th-aseanapol-conference",
        title="39th ASEANAPOL Conference",
        forum="aseanapol-conference",
        number=39,
        status="referenced",
        summary=(
            "An earlier ASEANAPOL Conference, known here only through its 39th Joint Communiqué, whose resolutions "
            "the February 2021 virtual dialogue discussed. The report gives no date or place."
        ),
        topics=["law-enforcement-cooperation"],
        cites=[
            cite(
                "000",
                "On the second day it was a meeting discussed on the 39th Joint Communique’s resolutions",
                note="The report names the 39th Joint Communiqué and the 'upcoming 40th ASEANAPOL Conference'; the "
                "39th Conference itself is inferred from them.",
            )
        ],
        agreements=[
            dict(
                agreement="39th-aseanapol-joint-communique",
                relation="adopted",
                note="Inferred from the numbering: the report names the '39th Joint Communique' beside the "
                "'upcoming 40th ASEANAPOL Conference' but does not say where the communiqué was adopted.",
                cites=[cite("000", "the 39th Joint Communique’s resolutions")],
            )
        ],
    ),
    "aseanapol-conference-40": dict(
        pk=5,
        slug="40th-aseanapol-conference",
        title="40th ASEANAPOL Conference",
        forum="aseanapol-conference",
        number=40,
        status="planned",
        summary=(
            "The ASEANAPOL Conference that was upcoming in February 2021, for which the ASEANAPOL Virtual Dialogue "
            "formulated resolutions. The report gives no date or place."
        ),
        topics=["law-enforcement-cooperation"],
        cites=[cite("000", "formulating relevant resolutions for upcoming 40th ASEANAPOL Conference")],
    ),
    "commit-som-14": dict(
        pk=6,
        slug="2020-14th-commit-senior-officials-meeting",
        title="14th COMMIT Senior Officials Meeting",
        forum="commit-som",
        number=14,
        start_date="2020-12-16",
        date_inferred="year",
        date_note=(
            "The report says the meeting 'took place on December 16' without a year. The year 2020 is inferred "
            "from the report's own date, 'December, 17 2020': a report of 17 December 2020 saying the meeting took "
            "place on December 16."
        ),
        city="Hanoi",
        country="VN",
        summary=(
            "The 14th Senior Officials Meeting of the Coordinated Mekong Ministerial Initiative Against "
            "Trafficking (COMMIT), held in Hanoi with the Director of Viet Nam's Criminal Police Department, the "
            "UNDP Resident Representative in Viet Nam and representatives of the COMMIT member countries. "
            "Delegates discussed the results of COMMIT's action plan in 2019 and the impact of the COVID-19 "
            "pandemic on human trafficking, shared experience in organizing forums on human trafficking, and "
            "underlined the sustainability of the COMMIT process."
        ),
        topics=["trafficking-in-persons", "covid-19-impact", "legal-frameworks", "law-enforcement-cooperation"],
        cites=[cite("002", P002_SOM), cite("002", "COMMIT’s 14th SOM takes place in Hanoi")],
        participations=[
            dict(
                org="commit", role="organiser", note="A meeting of COMMIT's own series.", cites=[cite("002", P002_SOM)]
            ),
            dict(
                country="VN",
                role="member_delegation",
                note="Viet Nam, a COMMIT member, was represented by the Director of its Criminal Police "
                "Department; the meeting was in Hanoi, but the report does not call Viet Nam the host.",
                cites=[
                    cite("002", f"The event saw the presence of {P002_HA}"),
                    cite("002", "the COMMIT has supported all member countries, including Vietnam"),
                ],
            ),
            *[
                dict(country=code, role="member_delegation", cites=[cite("002", P002_MEMBERS)])
                for code in ["KH", "LA", "MM", "TH", "CN"]
            ],
            dict(
                org="undp",
                role="participant",
                cites=[
                    cite(
                        "002",
                        "Ms. Caitlin Wiesen, United Nations Development Program (UNDP) Resident Representative in "
                        "Vietnam",
                    )
                ],
            ),
            dict(org="criminal-police-department", role="participant", cites=[cite("002", P002_HA)]),
        ],
        attendances=[
            dict(
                person="tran-ngoc-ha",
                role="speaker",
                organization="criminal-police-department",
                country="VN",
                position=("tran-ngoc-ha", 1),
                cites=[
                    cite("002", P002_HA),
                    cite(
                        "002",
                        "Addressing the event, Major General Tran Ngoc Ha noted the importance of close, active, "
                        "and effective international cooperation",
                    ),
                ],
                statements=[
                    dict(
                        kind="paraphrase",
                        source="002",
                        text="Noted the importance of close, active and effective international cooperation, "
                        "especially among the Sub-Mekong region countries, in preventing and combating human "
                        "trafficking, given the complicated developments in the human trafficking situation in "
                        "recent years.",
                    )
                ],
            ),
            dict(
                person="caitlin-wiesen",
                role="speaker",
                organization="undp",
                position=("caitlin-wiesen", 1),
                cites=[
                    cite(
                        "002",
                        "Ms. Caitlin Wiesen appreciated the efforts of COMMIT member governments in the long-run "
                        "fight against human trafficking.",
                    ),
                    cite(
                        "002",
                        "Since 2004, via the COMMIT, member countries have shown their commitment to fight against "
                        "human trafficking, Wiesen emphasized.",
                    ),
                ],
                statements=[
                    dict(
                        kind="paraphrase",
                        source="002",
                        text="Appreciated the efforts of COMMIT member governments in the long-run fight against "
                        "human trafficking.",
                    ),
                    dict(
                        kind="paraphrase",
                        source="002",
                        text="Emphasised that since 2004, via COMMIT, member countries have shown their "
                        "commitment to fight against human trafficking.",
                    ),
                    dict(
                        kind="paraphrase",
                        source="002",
                        text="UNDP commits to working closely with other countries in implementing objectives, "
                        "programmes and plans to prevent and combat human trafficking.",
                    ),
                ],
            ),
        ],
        agreements=[
            dict(
                agreement="commit-action-plan",
                relation="discussed",
                note="Delegates discussed the results achieved in its implementation in 2019.",
                cites=[
                    cite(
                        "002",
                        "Delegates at the meeting also discussed the results achieved in the implementation of "
                        "COMMIT’s action plan in 2019",
                    )
                ],
            )
        ],
        outcomes=[
            dict(
                kind="plan_noted",
                status="noted",
                text="Delegates discussed the results achieved in the implementation of COMMIT's action plan in 2019.",
                agreements=["commit-action-plan"],
                cites=[
                    cite(
                        "002",
                        "Delegates at the meeting also discussed the results achieved in the implementation of "
                        "COMMIT’s action plan in 2019",
                    )
                ],
            ),
            dict(
                kind="statement",
                status="noted",
                text="Delegates discussed the impact of the COVID-19 pandemic on human trafficking and the "
                "responses of member countries to the situation.",
                cites=[
                    cite(
                        "002",
                        "the impact of the COVID-19 pandemic on human trafficking and the responses of member "
                        "countries to the situations",
                    )
                ],
            ),
            dict(
                kind="statement",
                status="adopted",
                text="Delegates underlined the sustainability of the COMMIT process to respond effectively to "
                "ending trafficking in persons.",
                cites=[
                    cite(
                        "002",
                        "Delegates underlined the sustainability of the COMMIT process to respond effectively to "
                        "ending trafficking in persons.",
                    )
                ],
            ),
        ],
    ),
    "ipssd-2024": dict(
        pk=7,
        slug="2024-international-people-smuggling-strategic-dialogue",
        title="International People Smuggling Strategic Dialogue",
        start_date="2024-12-09",
        end_date="2024-12-11",
        format="in_person",
        venue="Hotel Aruss",
        city="Semarang",
        country="ID",
        summary=(
            "A three-day dialogue at the Jakarta Centre for Law Enforcement Cooperation (JCLEC) in Semarang, "
            "Indonesia, jointly funded by Canada and New Zealand and delivered through a partnership of the Royal "
            "Canadian Mounted Police, the Australian Federal Police and the New Zealand Police. Police officers "
            "from the ASEANAPOL Secretariat and ten countries of the region discussed migrant smuggling and "
            "trafficking in persons, including emerging forms such as forced labour and forced criminality, "
            "international and regional instruments, gender-sensitive policing and the protection of people."
        ),
        topics=[
            "people-smuggling",
            "trafficking-in-persons",
            "forced-labour",
            "forced-criminality-online-scams",
            "gender-sensitive-policing",
            "victim-protection",
            "legal-frameworks",
            "law-enforcement-cooperation",
        ],
        cites=[
            cite("003", P003_FIRST),
            cite(
                "003",
                "The three-day event, held at the Hotel Aruss in Semarang, Indonesia, brought together experts and "
                "key stakeholders from ASEANAPOL member countries and other regional law enforcement agencies.",
            ),
        ],
        participations=[
            dict(
                org="jclec",
                role="host",
                note="The report places the dialogue 'at' JCLEC; the host role is read from that.",
                cites=[
                    cite(
                        "003",
                        "the “International People Smuggling Strategic Dialogue” at the Jakarta Centre for Law "
                        "Enforcement Cooperation (JCLEC) in Semarang, Indonesia",
                    )
                ],
            ),
            *[
                dict(
                    country=code,
                    role="funder",
                    cites=[cite("003", "The dialogue, jointly funded by Canada and New Zealand")],
                )
                for code in ["CA", "NZ"]
            ],
            *[
                dict(org=org, role="implementing_partner", cites=[cite("003", P003_PARTNERSHIP)])
                for org in ["royal-canadian-mounted-police", "australian-federal-police", "new-zealand-police"]
            ],
            dict(
                org="aseanapol-secretariat",
                role="participant",
                cites=[
                    cite(
                        "003",
                        "the ASEANAPOL Secretariat, represented by Assistance Commissioner of Police (ACP) Dr. Bakri "
                        "bin Zainal Abidin",
                    ),
                    cite("003", P003_OFFICERS),
                ],
            ),
            *[
                dict(
                    country=code,
                    role="participant",
                    note="Police officers from the country took part.",
                    cites=[cite("003", P003_OFFICERS)],
                )
                for code in ["MY", "KH", "ID", "LA", "PH", "SG", "LK", "TH", "TL", "VN"]
            ],
        ],
        attendances=[
            dict(
                person="bakri-bin-zainal-abidin",
                role="speaker",
                organization="aseanapol-secretariat",
                position=("bakri-bin-zainal-abidin", 1),
                note="Represented the ASEANAPOL Secretariat.",
                cites=[
                    cite(
                        "003",
                        "the ASEANAPOL Secretariat, represented by Assistance Commissioner of Police (ACP) Dr. Bakri "
                        "bin Zainal Abidin",
                    ),
                    cite(
                        "003",
                        "During the dialogue, ACP Dr. Bakri Bin Zainal Abidin emphasized ASEANAPOL’s role in "
                        "addressing people smuggling and trafficking in persons in the ASEAN region.",
                    ),
                ],
                statements=[
                    dict(
                        kind="paraphrase",
                        source="003",
                        text="Emphasised ASEANAPOL's role in addressing people smuggling and trafficking in persons "
                        "in the ASEAN region and highlighted the importance of a collaborative approach.",
                    ),
                    dict(
                        kind="quote",
                        source="003",
                        text="You cannot protect people unless you empower people, inform them, and help them "
                        "understand that these crimes (TIP) must be stopped.",
                    ),
                ],
            ),
        ],
        agreements=[
            dict(
                agreement="tip-protocol",
                relation="cited",
                note="Cited in the report's account of a key theme of the dialogue (forced criminality); "
                "'examining international and regional instruments on trafficking' was a discussion point.",
                cites=[
                    cite(
                        "003",
                        "While not explicitly mentioned in the Protocol to Prevent, Suppress, and Punish Trafficking "
                        "in Persons (the Trafficking in Persons Protocol), many countries have incorporated the "
                        "concept of exploitation in criminal activities into their domestic trafficking legislation.",
                    )
                ],
            ),
            dict(
                agreement="actip",
                relation="cited",
                note="Cited in the report's account of the dialogue; the report does not say who referred to it.",
                cites=[
                    cite(
                        "003",
                        "ASEAN Member Countries (AMCs) have made significant progress in combating TIP by "
                        "establishing legal frameworks and fostering international cooperation, including through "
                        "the ASEAN Convention Against TIP.",
                    )
                ],
            ),
        ],
    ),
    "somtc-2015": dict(
        pk=8,
        slug="2015-asean-senior-officials-meeting-on-transnational-crime-siem-reap",
        title="ASEAN Senior Officials Meeting on Transnational Crime, Siem Reap",
        forum="somtc",
        start_date="2015-06-08",
        end_date="2015-06-11",
        date_inferred="year",
        date_note=YEAR_2015_NOTE,
        format="in_person",
        city="Siem Reap",
        country="KH",
        summary=(
            "A meeting of ASEAN senior officials on transnational crime in Siem Reap, Cambodia. It unanimously "
            "agreed to adopt the ASEAN Convention against Trafficking in Persons, Especially Women and Children "
            "(ACTIP) and the ASEAN Plan of Action against Trafficking in Persons (APA) and to send them to the "
            "ASEAN Ministerial Meeting on Transnational Crime for endorsement. It discussed violent extremism and "
            "irregular migration, noting two ministerial meetings Malaysia planned to host, and consulted ASEAN's "
            "dialogue partners and representatives of UNODC, AAPTIP and INTERPOL."
        ),
        topics=[
            "trafficking-in-persons",
            "people-smuggling",
            "irregular-migration",
            "violent-extremism",
            "transnational-crime",
            "legal-frameworks",
            "law-enforcement-cooperation",
        ],
        cites=[cite("004", P004_SOMTC)],
        participations=[
            dict(
                org="asean",
                role="organiser",
                note="A meeting of ASEAN's own series.",
                cites=[cite("004", "ASEAN’s Senior Officials Meeting on Transnational Crime (SOMTC)")],
            ),
            *[
                dict(
                    country=code,
                    role="dialogue_partner",
                    cites=[cite("004", P004_CONSULTATIONS), cite("004", P004_PARTNERS_AGREED)],
                )
                for code in ["AU", "CA", "CN", "IN", "JP", "KR", "NZ", "RU", "US"]
            ],
            dict(
                org="european-union",
                role="dialogue_partner",
                cites=[cite("004", P004_CONSULTATIONS), cite("004", P004_PARTNERS_AGREED)],
            ),
            dict(
                org="asean-plus-three",
                role="dialogue_partner",
                note="Consulted as 'the Plus Three'.",
                cites=[cite("004", P004_CONSULTATIONS), cite("004", P004_PARTNERS_AGREED)],
            ),
            *[
                dict(
                    org=org,
                    role="guest",
                    note="The senior officials met its representatives to strengthen cooperation.",
                    cites=[cite("004", P004_MET)],
                )
                for org in ["unodc", "aaptip", "interpol"]
            ],
        ],
        agreements=[
            dict(
                agreement=key,
                relation="adopted",
                note="The meeting unanimously agreed to adopt it and to send it to the ASEAN Ministerial Meeting "
                "on Transnational Crime for endorsement.",
                cites=[cite("004", P004_ACTIP)],
            )
            for key in ["actip", "apa"]
        ],
        outcomes=[
            dict(
                kind="statement",
                status="adopted",
                text="Reaffirmed the commitment to combat the challenges posed by non-traditional security issues, "
                "transnational crime among them.",
                cites=[
                    cite(
                        "004",
                        "The Association of South East Asian Nations (ASEAN) will enhance cooperation to effectively "
                        "meet the challenges posed by non-traditional security issues, according to the ASEAN "
                        "Secretariat.",
                    ),
                    cite(
                        "004",
                        "ASEAN’s Senior Officials Meeting on Transnational Crime (SOMTC) reaffirmed the commitment to "
                        "combat this security challenge",
                    ),
                ],
            ),
            dict(
                kind="agreement_to_adopt",
                status="referred",
                text="Unanimously agreed to adopt the ACTIP and the APA, to be sent to the ASEAN Ministerial "
                "Meeting on Transnational Crime for endorsement.",
                agreements=["actip", "apa"],
                referred_to_forum="ammtc",
                referred_to_event="ammtc-actip-endorsement",
                cites=[cite("004", P004_ACTIP)],
            ),
            dict(
                kind="plan_noted",
                status="noted",
                text="Noted Malaysia's plan to host a Special Ministerial Meeting on the Rise of Radicalisation and "
                "Violent Extremism to address the challenges posed to ASEAN.",
                referred_to_event="special-ministerial-radicalisation",
                cites=[cite("004", P004_SPECIAL)],
            ),
            dict(
                kind="plan_noted",
                status="noted",
                text="Noted Malaysia's intention to host an Emergency Ministerial Meeting on the Issue of Irregular "
                "Movement of People in Southeast Asia on 2 July.",
                referred_to_event="emergency-ministerial-irregular-movement",
                cites=[cite("004", P004_EMERGENCY)],
            ),
            dict(
                kind="statement",
                status="adopted",
                text="All dialogue partners agreed to enhance and deepen cooperation with ASEAN in efforts to "
                "suppress transnational crime in the region.",
                cites=[cite("004", P004_PARTNERS_AGREED)],
            ),
        ],
    ),
    "ammtc-actip-endorsement": dict(
        pk=9,
        slug="asean-ministerial-meeting-on-transnational-crime-to-endorse-actip-and-apa",
        title="ASEAN Ministerial Meeting on Transnational Crime (to endorse ACTIP and APA)",
        forum="ammtc",
        status="planned",
        summary=(
            "The ASEAN ministerial meeting to which the June SOMTC in Siem Reap sent the ACTIP and the APA for "
            "endorsement. The report gives no date or place."
        ),
        topics=["trafficking-in-persons", "legal-frameworks", "transnational-crime"],
        cites=[
            cite(
                "004",
                "which will be sent to the ASEAN Ministerial Meeting on Transnational Crime for endorsement",
            )
        ],
    ),
    "special-ministerial-radicalisation": dict(
        pk=10,
        slug="special-ministerial-meeting-on-the-rise-of-radicalisation-and-violent-extremism",
        title="Special Ministerial Meeting on the Rise of Radicalisation and Violent Extremism",
        status="planned",
        country="MY",
        summary=(
            "A ministerial meeting Malaysia planned to host to address the challenges posed to ASEAN by the rise "
            "of radicalisation and violent extremism, as noted by the June SOMTC in Siem Reap. The report gives no "
            "date or place."
        ),
        topics=["violent-extremism", "transnational-crime"],
        cites=[cite("004", P004_SPECIAL)],
        participations=[dict(country="MY", role="host", note="Planned host.", cites=[cite("004", P004_SPECIAL)])],
    ),
    "emergency-ministerial-irregular-movement": dict(
        pk=11,
        slug="2015-emergency-ministerial-meeting-on-irregular-movement-of-people-in-southeast-asia",
        title="Emergency Ministerial Meeting on the Issue of Irregular Movement of People in Southeast Asia",
        status="planned",
        start_date="2015-07-02",
        date_inferred="year",
        date_note=(
            "The report gives 'July 2' without a year. The meeting was announced as upcoming at the SOMTC of June "
            "8-11, so it falls in the same year, inferred as 2015 (see that meeting's date note); the year is not "
            "stated in the report."
        ),
        country="MY",
        summary=(
            "An emergency ministerial meeting Malaysia intended to host on irregular movement of people in "
            "Southeast Asia, which the June SOMTC in Siem Reap noted because the suffering of victims of human "
            "trafficking and people smuggling needed urgent attention."
        ),
        topics=["irregular-migration", "people-smuggling", "trafficking-in-persons"],
        cites=[cite("004", P004_EMERGENCY)],
        participations=[dict(country="MY", role="host", note="Intended host.", cites=[cite("004", P004_EMERGENCY)])],
    ),
}


# --- Building the fixture ----------------------------------------------------------------------


class Fixture:
    def __init__(self):
        self.objects = []
        self.seen = set()

    def add(self, model, pk, fields, timestamped=False):
        key = (model, pk)
        if key in self.seen:
            raise SystemExit(f"duplicate primary key {pk} for {model}")
        self.seen.add(key)
        if timestamped:
            fields = {**fields, "created_at": TIMESTAMP, "updated_at": TIMESTAMP}
        self.objects.append({"model": f"meetings.{model}", "pk": pk, "fields": fields})


def load_texts():
    texts = {}
    for key, report in REPORTS.items():
        path = REPORTS_DIR / f"{report['slug']}.txt"
        texts[key] = path.read_text(encoding="utf-8")
        if not texts[key].strip():
            raise SystemExit(f"{path} is empty")
    return texts


def check_passage(texts, report, passage, what):
    """SourceReport.contains: normalize_space(passage) in normalize_space(text)."""
    if report not in texts:
        raise SystemExit(f"{what}: unknown report {report!r}")
    if not passage or normalize_space(passage) not in normalize_space(texts[report]):
        raise SystemExit(f"{what}: passage not found in report {report}:\n  {passage!r}")
    if len(passage) > MAX_PASSAGE:
        raise SystemExit(f"{what}: passage longer than {MAX_PASSAGE} characters")


def build():
    texts = load_texts()
    fx = Fixture()
    org_pk = {slug: o["pk"] for slug, o in ORGANIZATIONS.items()}
    person_pk = {slug: p["pk"] for slug, p in PERSONS.items()}
    forum_pk = {slug: f["pk"] for slug, f in FORUMS.items()}
    agreement_pk = {slug: a["pk"] for slug, a in AGREEMENTS.items()}
    event_pk = {key: e["pk"] for key, e in EVENTS.items()}
    report_pk = {key: r["pk"] for key, r in REPORTS.items()}

    def ref(table, key, what):
        if key is None:
            return None
        if key not in table:
            raise SystemExit(f"{what}: unknown reference {key!r}")
        return table[key]

    def citations(model, parent_field, parent_pk, cites, what):
        if not cites:
            raise SystemExit(f"{what}: needs at least one citation")
        if len(cites) > 9:
            raise SystemExit(f"{what}: at most nine citations fit the numbering")
        for n, c in enumerate(cites, start=1):
            check_passage(texts, c["report"], c["passage"], what)
            fx.add(
                model,
                parent_pk * 10 + n,
                {parent_field: parent_pk, "source": report_pk[c["report"]], "passage": c["passage"], "note": c["note"]},
            )

    def other_names(model, parent_field, parent_pk, names):
        for n, (name, kind, note) in enumerate(names, start=1):
            fx.add(model, parent_pk * 10 + n, {parent_field: parent_pk, "name": name, "kind": kind, "note": note})

    # Organizations, parents first so that the file reads top-down.
    ordered = sorted(ORGANIZATIONS.items(), key=lambda item: (item[1].get("parent") is not None, item[1]["pk"]))
    for slug, o in ordered:
        fx.add(
            "organization",
            o["pk"],
            {
                "slug": slug,
                "name": o["name"],
                "acronym": o.get("acronym", ""),
                "kind": o["kind"],
                "country": o.get("country"),
                "parent": ref(org_pk, o.get("parent"), slug),
                "description": o.get("description", ""),
                "url": "",
            },
            timestamped=True,
        )
        other_names("organizationname", "organization", o["pk"], o.get("other_names", []))

    fingerprints = set()
    for key, r in REPORTS.items():
        fingerprint = fingerprint_text(texts[key])
        if fingerprint in fingerprints:
            raise SystemExit(f"report {key} duplicates another report's text")
        fingerprints.add(fingerprint)
        fx.add(
            "sourcereport",
            r["pk"],
            {
                "slug": r["slug"],
                "title": r["title"],
                "publisher": ref(org_pk, r["publisher"], f"report {key}"),
                "author": r["author"],
                "published_on": r["published_on"],
                "url": "",
                "language": "en",
                "text": texts[key],
                "fingerprint": fingerprint,
                "editorial_note": r["editorial_note"],
            },
            timestamped=True,
        )

    for slug, o in ORGANIZATIONS.items():
        for n, m in enumerate(o.get("memberships", []), start=1):
            pk = o["pk"] * 100 + n
            fx.add(
                "membership",
                pk,
                {
                    "organization": o["pk"],
                    "member_country": m.get("country"),
                    "member_organization": ref(org_pk, m.get("organization"), f"membership of {slug}"),
                    "role": m["role"],
                    "start_date": m.get("start_date"),
                    "start_date_precision": m.get("start_date_precision", "day"),
                    "end_date": None,
                    "end_date_precision": "day",
                    "note": m.get("note", ""),
                },
                timestamped=True,
            )
            citations("membershipcitation", "membership", pk, m["cites"], f"membership {pk} of {slug}")

    position_pk = {}
    for slug, p in PERSONS.items():
        fx.add(
            "person",
            p["pk"],
            {
                "slug": slug,
                "name": p["name"],
                "given_name": p.get("given_name", ""),
                "family_name": p.get("family_name", ""),
                "patronymic_name": p.get("patronymic_name", ""),
                "honorific_prefix": p.get("honorific_prefix", ""),
                "gender": p.get("gender", ""),
                "nationality": p.get("nationality"),
                "summary": p.get("summary", ""),
            },
            timestamped=True,
        )
        other_names("personname", "person", p["pk"], p.get("other_names", []))
        for n, pos in enumerate(p.get("positions", []), start=1):
            pk = p["pk"] * 10 + n
            position_pk[(slug, n)] = pk
            fx.add(
                "position",
                pk,
                {
                    "person": p["pk"],
                    "organization": ref(org_pk, pos["organization"], f"position of {slug}"),
                    "title": pos["title"],
                    "rank": pos.get("rank", ""),
                    "start_date": None,
                    "start_date_precision": "day",
                    "end_date": None,
                    "end_date_precision": "day",
                    "as_of": pos.get("as_of"),
                    "note": pos.get("note", ""),
                },
                timestamped=True,
            )
            citations("positioncitation", "position", pk, pos["cites"], f"position {pk} of {slug}")

    for slug, f in FORUMS.items():
        fx.add(
            "forum",
            f["pk"],
            {
                "slug": slug,
                "name": f["name"],
                "short_name": f.get("short_name", ""),
                "convened_by": ref(org_pk, f.get("convened_by"), f"forum {slug}"),
                "description": f.get("description", ""),
            },
            timestamped=True,
        )

    for slug, a in AGREEMENTS.items():
        fx.add(
            "agreement",
            a["pk"],
            {
                "slug": slug,
                "name": a["name"],
                "short_name": a.get("short_name", ""),
                "kind": a["kind"],
                "organization": ref(org_pk, a.get("organization"), f"agreement {slug}"),
                "adopted_date": None,
                "adopted_date_precision": "day",
                "signed_date": None,
                "signed_date_precision": "day",
                "in_force_date": None,
                "in_force_date_precision": "day",
                "description": a.get("description", ""),
            },
            timestamped=True,
        )
        other_names("agreementname", "agreement", a["pk"], a.get("other_names", []))

    # Events: parents before sessions.
    for key, e in sorted(EVENTS.items(), key=lambda item: (item[1].get("parent") is not None, item[1]["pk"])):
        pk = e["pk"]
        for topic in e.get("topics", []):
            if topic not in TOPIC_SLUGS:
                raise SystemExit(f"event {key}: unknown topic {topic!r}")
        if e.get("date_inferred") and not e.get("date_note"):
            raise SystemExit(f"event {key}: an inferred date needs a date_note")
        fx.add(
            "event",
            pk,
            {
                "slug": e["slug"],
                "title": e["title"],
                "forum": ref(forum_pk, e.get("forum"), f"event {key}"),
                "number": e.get("number"),
                "parent": ref(event_pk, e.get("parent"), f"event {key}"),
                "start_date": e.get("start_date"),
                "start_date_precision": "day",
                "end_date": e.get("end_date"),
                "end_date_precision": "day",
                "date_inferred": e.get("date_inferred", ""),
                "date_note": e.get("date_note", ""),
                "format": e.get("format", "unknown"),
                "venue": e.get("venue", ""),
                "city": e.get("city", ""),
                "country": e.get("country"),
                "status": e.get("status", "held"),
                "summary": e["summary"],
                "topics": [[t] for t in e.get("topics", [])],
            },
            timestamped=True,
        )
        citations("eventcitation", "event", pk, e["cites"], f"event {key}")

        for n, part in enumerate(e.get("participations", []), start=1):
            ppk = pk * 100 + n
            if bool(part.get("org")) == bool(part.get("country")):
                raise SystemExit(f"participation {ppk}: give an organization or a country delegation, not both")
            fx.add(
                "participation",
                ppk,
                {
                    "event": pk,
                    "organization": ref(org_pk, part.get("org"), f"participation {ppk}"),
                    "country": part.get("country"),
                    "role": part["role"],
                    "note": part.get("note", ""),
                },
                timestamped=True,
            )
            citations("participationcitation", "participation", ppk, part["cites"], f"participation {ppk}")

        for n, att in enumerate(e.get("attendances", []), start=1):
            apk = pk * 100 + n
            position = att.get("position")
            if position and position[0] != att["person"]:
                raise SystemExit(f"attendance {apk}: the position belongs to someone else")
            fx.add(
                "attendance",
                apk,
                {
                    "event": pk,
                    "person": ref(person_pk, att["person"], f"attendance {apk}"),
                    "role": att["role"],
                    "organization": ref(org_pk, att.get("organization"), f"attendance {apk}"),
                    "country": att.get("country"),
                    "position": ref(position_pk, position, f"attendance {apk}"),
                    "note": att.get("note", ""),
                },
                timestamped=True,
            )
            citations("attendancecitation", "attendance", apk, att["cites"], f"attendance {apk}")
            for m, st in enumerate(att.get("statements", []), start=1):
                if st["kind"] == "quote":
                    check_passage(texts, st["source"], st["text"], f"quote of attendance {apk}")
                fx.add(
                    "statement",
                    apk * 10 + m,
                    {"attendance": apk, "kind": st["kind"], "text": st["text"], "source": report_pk[st["source"]]},
                    timestamped=True,
                )

        for n, link in enumerate(e.get("agreements", []), start=1):
            lpk = pk * 100 + n
            fx.add(
                "eventagreement",
                lpk,
                {
                    "event": pk,
                    "agreement": ref(agreement_pk, link["agreement"], f"event agreement {lpk}"),
                    "relation": link["relation"],
                    "note": link.get("note", ""),
                },
                timestamped=True,
            )
            citations("eventagreementcitation", "link", lpk, link["cites"], f"event agreement {lpk}")

        for n, out in enumerate(e.get("outcomes", []), start=1):
            opk = pk * 100 + n
            if out.get("referred_to_event") == key:
                raise SystemExit(f"outcome {opk}: referred to its own event")
            fx.add(
                "outcome",
                opk,
                {
                    "event": pk,
                    "kind": out["kind"],
                    "text": out["text"],
                    "status": out["status"],
                    "agreements": [ref(agreement_pk, a, f"outcome {opk}") for a in out.get("agreements", [])],
                    "proposed_by": ref(org_pk, out.get("proposed_by"), f"outcome {opk}"),
                    "referred_to_forum": ref(forum_pk, out.get("referred_to_forum"), f"outcome {opk}"),
                    "referred_to_event": ref(event_pk, out.get("referred_to_event"), f"outcome {opk}"),
                    "order": n,
                },
                timestamped=True,
            )
            citations("outcomecitation", "outcome", opk, out["cites"], f"outcome {opk}")

    return fx.objects


def main():
    objects = build()
    OUTPUT.write_text(json.dumps(objects, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {}
    for obj in objects:
        counts[obj["model"]] = counts.get(obj["model"], 0) + 1
    print(f"wrote {OUTPUT.relative_to(BASE_DIR)}: {len(objects)} objects")
    for model, count in sorted(counts.items()):
        print(f"  {model:35} {count}")


if __name__ == "__main__":
    main()
