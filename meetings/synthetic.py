"""Synthetic meetings for scale work: many events, shaped like the real record, made from a seed.

A Plan is pure: built from the seed, the number of events and the country and topic rows (which migrations
give every database alike), it never reads primary keys, so the same seed gives the same data in any
database. Rows refer to each other by their index in the plan; write() turns the indexes into keys while
inserting in batches.

Shape, roughly as the reports show it:
- forums are numbered series over decades ("47th ... Conference"); a few meet very often, most rarely
  (Zipf-like); some meetings belong to no forum and some are sessions of another meeting;
- countries are real rows, Southeast Asia heavily weighted, partners less, the rest rare;
- organizations: international bodies, ministries and national police per country, offices under them;
  regional bodies have member countries and member organizations;
- officials carry names of the region (with diacritics), and move between posts over time, rising in rank;
- each meeting has 5 to 30 participating organizations/delegations and attending officials together
  (about half each, most meetings small), one source report whose text names everyone involved, and a
  citation for the meeting, each participation, attendance and outcome that quotes a sentence of that text.

Every slug starts with syn<seed>- so the data sits beside the seed fixtures and can be found again.

Rows are inserted without save() or signals (COPY on PostgreSQL, bulk_create elsewhere), so the stored search
documents of meetings.search are made here, before the insert, from unsaved instances (a meeting's also names the
countries the plan says will send delegations). A load that at least doubles the meetings drops the trigram and
full-text indexes first and builds them once at the end, inside the same transaction: building a GIN index in one
go is several times cheaper than updating it row by row.
"""

import bisect
import datetime
import random
import re
import time
from dataclasses import dataclass, field
from functools import cached_property

from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from . import facets, search, versioning
from .models import (
    Agreement,
    Attendance,
    AttendanceCitation,
    Country,
    DatePrecision,
    Event,
    EventAgreement,
    EventAgreementCitation,
    EventCitation,
    EventStatus,
    Forum,
    Membership,
    Organization,
    Outcome,
    OutcomeCitation,
    Participation,
    ParticipationCitation,
    ParticipationRole,
    Person,
    Position,
    SourceReport,
    Topic,
    fingerprint_text,
    fold,
    format_partial_date,
)

D = datetime.date
DAY, MONTH, YEAR = DatePrecision.DAY.value, DatePrecision.MONTH.value, DatePrecision.YEAR.value

# A fixed "today", so a seed gives the same statuses whichever day it runs: later meetings are planned.
TODAY = D(2026, 1, 1)
FIRST_YEAR, LAST_YEAR = 1976, 2027

SLUG_PREFIX_RE = re.compile(r"^syn(\d+)-")


def slug_prefix(seed):
    return f"syn{seed}-"


# Country code -> weight. Southeast Asia dominates, dialogue partners follow, everyone else is rare.
COUNTRY_WEIGHTS = {
    "TH": 30, "VN": 27, "MY": 24, "ID": 22, "PH": 20, "KH": 14, "LA": 11, "MM": 10, "SG": 9, "BN": 5, "TL": 3,
    "AU": 4, "CN": 4, "JP": 3, "KR": 3, "US": 3, "IN": 1.5, "NZ": 1.5, "GB": 1, "RU": 0.8, "BD": 0.8, "CA": 0.6,
    "FR": 0.5, "DE": 0.5, "LK": 0.5, "NP": 0.4, "PG": 0.3, "PK": 0.3, "AE": 0.3, "SA": 0.3, "HK": 0.3, "NL": 0.2,
    "SE": 0.2, "CH": 0.2, "NO": 0.2, "IT": 0.2, "ES": 0.2, "TR": 0.2, "MN": 0.2, "FJ": 0.2, "NG": 0.2, "MO": 0.15,
    "BR": 0.1, "ZA": 0.1, "KE": 0.1, "MV": 0.1, "BT": 0.1, "QA": 0.1, "IE": 0.1, "BE": 0.1,
}  # fmt: skip
ASEAN = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"]

CITIES = {
    "VN": ["Hà Nội", "Hồ Chí Minh City", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Lào Cai", "Hạ Long"],
    "TH": ["Bangkok", "Chiang Mai", "Chiang Rai", "Phuket", "Songkhla", "Udon Thani", "Mae Sot", "Pattaya"],
    "MY": ["Kuala Lumpur", "Putrajaya", "Penang", "Johor Bahru", "Kota Kinabalu", "Kuching", "Langkawi"],
    "ID": ["Jakarta", "Denpasar", "Surabaya", "Medan", "Batam", "Makassar", "Yogyakarta"],
    "PH": ["Manila", "Cebu City", "Davao City", "Quezon City", "Zamboanga City", "Iloilo City"],
    "KH": ["Phnom Penh", "Siem Reap", "Battambang", "Sihanoukville", "Poipet"],
    "LA": ["Vientiane", "Luang Prabang", "Savannakhet", "Pakse"],
    "MM": ["Nay Pyi Taw", "Yangon", "Mandalay", "Myawaddy"],
    "SG": ["Singapore"],
    "BN": ["Bandar Seri Begawan"],
    "TL": ["Dili"],
    "AU": ["Canberra", "Sydney", "Brisbane"],
    "CN": ["Beijing", "Kunming", "Nanning"],
    "JP": ["Tokyo"],
    "KR": ["Seoul", "Busan"],
    "US": ["Washington, D.C."],
    "IN": ["New Delhi"],
    "NZ": ["Wellington"],
    "GB": ["London"],
}
VENUES = ["{city} International Convention Centre", "Grand Hotel {city}", "National Police Headquarters, {city}",
          "Ministry of Foreign Affairs Conference Hall, {city}", "Regional Training Centre, {city}"]  # fmt: skip

NATIONAL_POLICE = {
    "TH": "Royal Thai Police", "MY": "Royal Malaysia Police", "ID": "Indonesian National Police",
    "PH": "Philippine National Police", "KH": "Cambodian National Police", "LA": "Lao National Police",
    "MM": "Myanmar Police Force", "SG": "Singapore Police Force", "BN": "Royal Brunei Police Force",
    "TL": "Polícia Nacional de Timor-Leste", "VN": "People's Police of Viet Nam", "AU": "Australian Federal Police",
    "NZ": "New Zealand Police", "JP": "National Police Agency of Japan", "KR": "Korean National Police Agency",
}  # fmt: skip
MINISTRIES = ["Home Affairs", "Foreign Affairs", "Justice", "Labour", "Social Welfare", "Public Security",
              "Women and Child Development", "Immigration"]  # fmt: skip
OFFICES = ["Anti-Trafficking in Persons Division", "Immigration Department", "Criminal Investigation Department",
           "Department of Social Development", "Border Patrol Bureau", "Cybercrime Investigation Unit",
           "Victim Support Unit", "Legal Affairs Department", "International Cooperation Department",
           "Transnational Crime Centre", "Child Protection Unit", "Labour Inspection Department",
           "Financial Intelligence Unit", "Maritime Police Division", "Department of Consular Affairs"]  # fmt: skip
LOCAL_OFFICES = ["{city} Provincial Police", "Anti-Trafficking Task Force, {city}", "{city} Immigration Office",
                 "{city} Social Welfare Office", "{city} Border Liaison Office"]  # fmt: skip

# (name, acronym, kind, member countries: "asean" or None)
INTERNATIONAL = [
    ("ASEAN Regional Police Cooperation Council", "ARPCC", "international_police", "asean"),
    ("Secretariat of the ASEAN Regional Police Cooperation Council", "ARPCC-SEC", "secretariat", None),
    ("ASEAN Senior Officials Network on Transnational Crime", "SONTC", "mechanism", "asean"),
    ("Mekong Regional Anti-Trafficking Mechanism", "MRAM", "mechanism", ["KH", "CN", "LA", "MM", "TH", "VN"]),
    ("Bali Process Regional Support Office", "RSO", "secretariat", None),
    ("ASEAN Commission on the Rights of Women and Children", "ACWC", "mechanism", "asean"),
    ("ASEAN Committee on Migrant Workers", "ACMW", "mechanism", "asean"),
    ("UNODC Regional Office for Southeast Asia and the Pacific", "UNODC ROSEAP", "un_agency", None),
    ("IOM Regional Office for Asia and the Pacific", "IOM", "un_agency", None),
    ("ILO Regional Office for Asia and the Pacific", "ILO", "un_agency", None),
    ("UNICEF East Asia and Pacific Regional Office", "UNICEF EAPRO", "un_agency", None),
    ("UN Women Regional Office for Asia and the Pacific", "UN Women", "un_agency", None),
    ("INTERPOL Liaison Office Bangkok", "INTERPOL", "international_police", None),
    ("Southeast Asia Law Enforcement Academy", "SEALEA", "training_centre", "asean"),
    ("Regional Programme on Safe Migration", "RPSM", "donor_programme", None),
    ("Partnership for Justice against Trafficking", "PJAT", "donor_programme", None),
    ("Mekong Freedom Coalition", "", "ngo", None),
    ("Safe Passage Foundation", "", "ngo", None),
    ("Coalition for Children's Protection in Asia", "CCPA", "ngo", None),
    ("Migrant Workers Rights Network Asia", "MWRNA", "ngo", None),
    ("Regional News Service", "", "news_publisher", None),
    ("Southeast Asia Press Agency", "SEAPA", "news_publisher", None),
]
MEETING_KINDS = ["Conference", "Senior Officials Meeting", "Ministerial Meeting", "Working Group Meeting",
                 "Heads of Specialist Units Meeting", "Technical Working Group", "Dialogue", "Consultation",
                 "Task Force Meeting", "Roundtable", "Coordination Meeting", "Regional Workshop", "Training Course",
                 "Forum", "Expert Group Meeting"]  # fmt: skip
SUBJECTS = ["Trafficking in Persons", "People Smuggling", "Forced Labour", "Online Scam Operations",
            "Border Management", "Victim Identification", "Mutual Legal Assistance", "Labour Migration",
            "Child Protection", "Maritime Security", "Financial Investigation", "Cross-Border Cooperation",
            "Cybercrime", "Victim Protection", "Transnational Crime", "Gender-Sensitive Policing",
            "Irregular Migration", "Fraudulent Recruitment", "Repatriation and Reintegration",
            "Law Enforcement Cooperation"]  # fmt: skip
# Names of the seed fixtures' forums: Forum.name is unique, so the plan never makes these.
RESERVED_FORUM_NAMES = {
    "ASEANAPOL Conference", "ASEANAPOL Dialogues", "COMMIT Senior Officials Meeting",
    "ASEAN Senior Officials Meeting on Transnational Crime", "ASEAN Ministerial Meeting on Transnational Crime",
}  # fmt: skip
SESSION_NAMES = ["Plenary Session", "Opening Ceremony", "Closed-Door Session of Heads of Delegation",
                 "Working Session on {subject}", "Panel on {subject}", "Side Event on {subject}"]  # fmt: skip

# Names. Each culture: a function of rng returning (name, given, family, patronymic, gender).
VI_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
             "Ngô", "Dương", "Lý", "Đinh", "Trịnh"]  # fmt: skip
VI_MIDDLE = {"male": ["Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Xuân"], "female": ["Thị", "Ngọc", "Thu", "Thanh"]}
VI_GIVEN = {"male": ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Long", "Nam", "Quân", "Sơn", "Thắng", "Tuấn",
                     "Việt", "Hoanh", "Khánh", "Toàn", "Đạt"],
            "female": ["Hương", "Lan", "Linh", "Phương", "Hà", "Mai", "Thảo", "Trang", "Nga", "Yến"]}  # fmt: skip
TH_GIVEN = {"male": ["Somchai", "Somsak", "Suthep", "Wirat", "Kittipong", "Anucha", "Thanakorn", "Prasert",
                     "Surachai"],
            "female": ["Chanida", "Siriporn", "Nattaya", "Pornthip", "Supaporn", "Kanokwan", "Ratchanee"]}  # fmt: skip
TH_FAMILY = ["Srisuk", "Chaiyaporn", "Wongsuwan", "Thongchai", "Rattanakorn", "Phromphan", "Saengthong", "Boonmee",
             "Kaewkanya", "Sukprasert", "Jaidee", "Phongsri"]  # fmt: skip
MS_GIVEN = {"male": ["Ahmad", "Mohd Faizal", "Muhammad Hafiz", "Zulkifli", "Rosli", "Azman", "Khairul Anuar", "Razak"],
            "female": ["Siti Aminah", "Nur Aisyah", "Noraini", "Azizah", "Rohana", "Farah Diana",
                       "Zarina"]}  # fmt: skip
MS_FATHER = ["Abdullah", "Ismail", "Hassan", "Yusof", "Omar", "Zainal Abidin", "Ibrahim", "Mahmud", "Rahman"]
ID_NAMES = {"male": ["Budi Santoso", "Agus Wijaya", "Eko Prasetyo", "Bambang Hartono", "Hendra Gunawan",
                     "Wahyu Setiawan", "Joko Susilo", "Rudi Hermawan", "Arief Rahman"],
            "female": ["Dewi Lestari", "Sri Wahyuni", "Rina Kusumawati", "Siti Nurhaliza", "Indah Permata",
                       "Ratna Sari", "Yuliana Putri"]}  # fmt: skip
PH_GIVEN = {"male": ["Jose", "Juan Carlos", "Ramon", "Rodrigo", "Antonio", "Emmanuel", "Rafael", "Manuel"],
            "female": ["Maria Cristina", "Ana Liza", "Ma. Theresa", "Rosario", "Carmela", "Josefina"]}  # fmt: skip
PH_FAMILY = ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "dela Cruz", "Villanueva",
             "Aquino", "Macaraeg", "Dimaculangan"]  # fmt: skip
KM_FAMILY = ["Sok", "Chea", "Kim", "Heng", "Prak", "Chhun", "Meas", "Keo", "Ouk"]
KM_GIVEN = {
    "male": ["Sokha", "Dara", "Vuthy", "Sovann", "Rithy", "Pisey"],
    "female": ["Sophea", "Vanna", "Chanthy", "Sreymom"],
}
LO_GIVEN = {
    "male": ["Khamphoui", "Bounmy", "Somphone", "Phouthone", "Vilay"],
    "female": ["Keomany", "Souksavanh", "Manivone"],
}
LO_FAMILY = ["Phonsavanh", "Vongsa", "Sisouk", "Keovongsa", "Inthavong", "Sengdara", "Phommachanh"]
MY_PARTS = ["Aung", "Kyaw", "Thein", "Win", "Myint", "Hla", "Zaw", "Tun", "Naing", "Moe", "Soe", "Min", "Thu", "Khin"]
ZH_FAMILY = ["Tan", "Lim", "Lee", "Ng", "Wong", "Chua", "Goh", "Ong"]
ZH_GIVEN = ["Wei Ming", "Mei Ling", "Kok Leong", "Hui Min", "Boon Hwee", "Siew Lan", "Jun Jie", "Li Na"]
PT_GIVEN = {
    "male": ["João", "José", "Francisco", "Agostinho", "Domingos"],
    "female": ["Maria", "Ana", "Filomena", "Teresa"],
}
PT_FAMILY = ["da Costa", "Soares", "dos Santos", "Guterres", "Pereira", "Ximenes", "de Araújo", "Belo"]
JA_NAMES = (["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Sato"], ["Hiroshi", "Kenji", "Yuko", "Akiko", "Takeshi"])
KO_NAMES = (["Kim", "Lee", "Park", "Choi", "Jung"], ["Min-jun", "Ji-hoon", "Seo-yeon", "Hye-jin", "Dong-hyun"])
EN_GIVEN = {"male": ["John", "David", "Michael", "James", "Peter", "Andrew", "Mark", "Thomas"],
            "female": ["Sarah", "Emma", "Caitlin", "Rachel", "Helen", "Claire", "Laura", "Anna"]}  # fmt: skip
EN_FAMILY = ["Smith", "Brown", "Wilson", "Taylor", "Anderson", "Thompson", "Walker", "Harris", "Clarke", "Martin"]

RANKS = {
    "VN": ["Lieutenant Colonel", "Colonel", "Senior Colonel", "Major General", "Lieutenant General"],
    "TH": ["Police Lieutenant Colonel", "Police Colonel", "Police Major General", "Police Lieutenant General",
           "Police General"],
    "MY": ["Assistant Commissioner of Police", "Senior Assistant Commissioner", "Deputy Commissioner of Police",
           "Commissioner of Police"],
    "ID": ["Police Senior Commissioner", "Police Brigadier General", "Police Inspector General",
           "Police Commissioner General"],
    "PH": ["Police Colonel", "Police Brigadier General", "Police Major General", "Police Lieutenant General"],
    "LA": ["Police Colonel", "Police Major General", "Police Lieutenant General"],
    "KH": ["Police Colonel", "Police Major General", "Police Lieutenant General", "Police General"],
}  # fmt: skip
DEFAULT_RANKS = ["Superintendent", "Chief Superintendent", "Assistant Commissioner", "Deputy Commissioner",
                 "Commissioner"]  # fmt: skip
TITLES = ["Senior Officer", "Deputy Head of Division", "Head of Division", "Deputy Director", "Director",
          "Deputy Director General", "Director General"]  # fmt: skip
INTERNATIONAL_TITLES = ["Programme Officer", "Senior Programme Officer", "Programme Manager", "Regional Coordinator",
                        "Deputy Executive Director", "Executive Director"]  # fmt: skip
POLICE_KINDS = {"national_police", "international_police"}

ATTENDANCE_VERBS = {
    "chair": "chaired the meeting",
    "opening_speaker": "delivered the opening remarks",
    "closing_speaker": "delivered the closing remarks",
    "moderator": "moderated the discussion on {topic}",
    "speaker": "gave a presentation on {topic}",
    "representative": "represented the {org}",
    "delegate": "attended as a delegate",
    "head_of_delegation": "led the delegation of {country}",
}
ORG_ROLE_VERBS = {
    "participant": "took part in the meeting",
    "observer": "attended as an observer",
    "dialogue_partner": "attended as a dialogue partner",
    "funder": "supported the meeting as a funder",
    "implementing_partner": "took part as an implementing partner",
    "guest": "attended as a guest",
    "chair": "chaired the meeting",
}
OUTCOME_PHRASES = [
    ("agreement_to_adopt", "adopted", "agreed to adopt the {agreement}"),
    ("decision", "adopted", "decided to strengthen the implementation of the {agreement}"),
    ("recommendation", "endorsed", "recommended a review of the {agreement}"),
    ("plan_noted", "noted", "noted the progress report on the {agreement}"),
    ("resolution", "referred", "referred a resolution on the {agreement} to the next meeting"),
]
FREE_OUTCOMES = [
    ("recommendation", "proposed", "recommended joint training on {topic}"),
    ("proposal", "proposed", "proposed a regional study on {topic}"),
    ("decision", "implemented", "decided to set up a contact point network on {topic}"),
    ("statement", "noted", "issued a statement on {topic}"),
]


def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def zipf_weights(n, exponent=1.0):
    return [1 / (rank + 1) ** exponent for rank in range(n)]


def skewed_index(rng, n, power=2.0):
    """An index in range(n), small ones far more often than large ones."""
    return min(n - 1, int(n * rng.random() ** power))


def apportion(total, weights):
    """Split total into integer parts proportional to weights (largest remainder), each at least 1 if it can."""
    floor = 1 if total >= len(weights) else 0
    rest = total - floor * len(weights)
    scale = rest / sum(weights)
    exact = [w * scale for w in weights]
    parts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: exact[i] - parts[i], reverse=True)
    for i in order[: rest - sum(parts)]:
        parts[i] += 1
    return [p + floor for p in parts]


def with_precision(value, precision):
    if precision == MONTH:
        return value.replace(day=1)
    if precision == YEAR:
        return value.replace(month=1, day=1)
    return value


class Slugs:
    """Slugs unique within the plan, all with the seed's prefix."""

    def __init__(self, prefix, max_length):
        self.prefix, self.max_length, self.used = prefix, max_length, set()

    def make(self, text):
        base = (self.prefix + slugify(fold(text)))[: self.max_length].strip("-")
        slug, n = base, 2
        while slug in self.used:
            suffix = f"-{n}"
            slug = base[: self.max_length - len(suffix)] + suffix
            n += 1
        self.used.add(slug)
        return slug


@dataclass
class OrgPlan:
    slug: str
    name: str
    acronym: str
    kind: str
    country: str | None
    parent: int | None  # index of the parent organization


@dataclass
class PersonPlan:
    slug: str
    name: str
    given_name: str
    family_name: str
    patronymic_name: str
    honorific_prefix: str
    gender: str
    nationality: str
    first_year: int
    last_year: int
    positions: list = field(default_factory=list)  # indexes into Plan.positions, in date order


@dataclass
class PositionPlan:
    person: int
    organization: int
    title: str
    rank: str
    start_date: datetime.date
    start_date_precision: str
    end_date: datetime.date | None
    end_date_precision: str


@dataclass
class ForumPlan:
    slug: str
    name: str
    short_name: str
    convened_by: int | None
    numbered: bool
    events: int  # how many top-level meetings of the series the plan holds
    first_year: int
    last_year: int


@dataclass
class AgreementPlan:
    slug: str
    name: str
    short_name: str
    kind: str
    organization: int | None
    adopted_date: datetime.date
    adopted_date_precision: str


@dataclass
class EventPlan:
    """One meeting with everything hanging off it. Child rows are tuples; their last item is the cited sentence."""

    index: int
    slug: str
    title: str
    forum: int | None
    number: int | None
    parent: int | None  # index of the event this is a session of
    start_date: datetime.date
    start_date_precision: str
    end_date: datetime.date | None
    end_date_precision: str
    date_inferred: str
    date_note: str
    format: str
    venue: str
    city: str
    country: str | None
    status: str
    summary: str
    topics: list  # topic slugs
    passage: str  # the report's sentence that the meeting took place
    report: dict  # SourceReport fields
    participations: list  # (organization index | None, country code | None, role, passage)
    attendances: list  # (person index, role, position index, organization index, country code, passage)
    outcomes: list  # (kind, status, text, agreement index | None, order, passage)
    agreement_links: list  # (agreement index, relation, passage)

    def row(self):
        """The fields that identify this meeting, for comparing two plans."""
        return (
            self.slug,
            self.title,
            self.forum,
            self.number,
            self.parent,
            self.start_date,
            self.start_date_precision,
            self.end_date,
            self.country,
            self.status,
            tuple(self.topics),
            tuple(p[:3] for p in self.participations),
            tuple(a[:3] for a in self.attendances),
            tuple(o[:4] for o in self.outcomes),
        )


class Plan:
    def __init__(self, seed, events, countries, topics):
        """countries: {code: name} of the database's Country rows; topics: [(slug, name)] of its Topic rows."""
        if events < 1:
            raise ValueError("The plan needs at least one event.")
        self.seed, self.total_events = seed, events
        self.prefix = slug_prefix(seed)
        self.countries = {code: countries[code] for code in COUNTRY_WEIGHTS if code in countries}
        missing = [code for code in ASEAN if code not in self.countries]
        if missing:
            raise ValueError(f"The countries table lacks {', '.join(missing)}; run the migrations first.")
        self.topics = sorted(topics)
        self.country_codes = list(self.countries)
        self.country_weights = [COUNTRY_WEIGHTS[c] for c in self.country_codes]
        self.country_cum = _cumulative(self.country_weights)
        self.topic_cum = _cumulative(zipf_weights(len(self.topics), 0.8)) if self.topics else []
        started = time.perf_counter()
        rng = random.Random(f"kbase-synthetic-{seed}")
        self._organizations(rng)
        self._people(rng)
        self._forums(rng)
        self._agreements(rng)
        self.seconds = time.perf_counter() - started  # building the reference data

    # --- reference data ---------------------------------------------------

    def country(self, rng):
        return self.country_codes[bisect.bisect(self.country_cum, rng.random() * self.country_cum[-1])]

    def _organizations(self, rng):
        slugs = Slugs(self.prefix, 100)
        self.organizations, self.memberships = [], []
        self.orgs_by_country = {code: [] for code in self.country_codes}
        self.international, self.publishers = [], []

        def add(name, acronym, kind, country, parent=None):
            self.organizations.append(OrgPlan(slugs.make(acronym or name), name, acronym, kind, country, parent))
            index = len(self.organizations) - 1
            if country:
                self.orgs_by_country[country].append(index)
            return index

        regional = []
        for name, acronym, kind, members in INTERNATIONAL:
            index = add(name, acronym, kind, None)
            if kind == "news_publisher":
                self.publishers.append(index)
            else:
                self.international.append(index)
            if members:
                regional.append((index, ASEAN if members == "asean" else members))
        self.police = {}
        ministries = []
        for code in self.country_codes:
            country = self.countries[code]
            major = COUNTRY_WEIGHTS[code] >= 3
            self.police[code] = add(
                NATIONAL_POLICE.get(code, f"National Police of {country}"), "", "national_police", code
            )
            for ministry in MINISTRIES if major else ["Foreign Affairs"]:
                if ministry == "Public Security" and code not in ("VN", "LA"):
                    continue
                ministries.append(add(f"Ministry of {ministry} of {country}", "", "ministry", code))
        for index, members in regional:
            for code in members:
                if code in self.countries:
                    self.memberships.append((index, code, None))
            if self.organizations[index].kind == "international_police":
                for code in members:
                    if code in self.police:
                        self.memberships.append((index, None, self.police[code]))
        # Offices under police and ministries, most under the frequent countries, up to the target size.
        target = max(80, self.total_events // 20)
        parents = [self.police[c] for c in self.country_codes] + ministries
        names = {o.name for o in self.organizations}
        attempts = 0
        while len(self.organizations) < target and attempts < target * 20:
            attempts += 1
            code = self.country(rng)
            candidates = [p for p in parents if self.organizations[p].country == code]
            parent = rng.choice(candidates)
            cities = CITIES.get(code)
            if cities and rng.random() < 0.4:
                name = (
                    rng.choice(LOCAL_OFFICES).format(city=rng.choice(cities)) + f", {self.organizations[parent].name}"
                )
            else:
                name = f"{rng.choice(OFFICES)}, {self.organizations[parent].name}"
            if name in names:
                continue
            names.add(name)
            kind = "agency"
            add(name, "", kind, code, parent)

    def _name(self, rng, code):
        gender = "female" if rng.random() < 0.35 else "male"
        patronymic = ""
        if code == "VN":
            family = rng.choice(VI_FAMILY)
            given = f"{rng.choice(VI_MIDDLE[gender])} {rng.choice(VI_GIVEN[gender])}"
            name = f"{family} {given}"
        elif code == "TH":
            given, family = rng.choice(TH_GIVEN[gender]), rng.choice(TH_FAMILY)
            name = f"{given} {family}"
        elif code in ("MY", "BN"):
            given = rng.choice(MS_GIVEN[gender])
            patronymic = f"{'bin' if gender == 'male' else 'binti'} {rng.choice(MS_FATHER)}"
            family, name = "", f"{given} {patronymic}"
        elif code == "ID":
            name = rng.choice(ID_NAMES[gender])
            given, _, family = name.partition(" ")
        elif code == "PH":
            given, family = rng.choice(PH_GIVEN[gender]), rng.choice(PH_FAMILY)
            name = f"{given} {family}"
        elif code == "KH":
            family, given = rng.choice(KM_FAMILY), rng.choice(KM_GIVEN[gender])
            name = f"{family} {given}"
        elif code == "LA":
            given, family = rng.choice(LO_GIVEN[gender]), rng.choice(LO_FAMILY)
            name = f"{given} {family}"
        elif code == "MM":
            name = " ".join(rng.sample(MY_PARTS, rng.choice([2, 3])))
            given = family = ""
        elif code in ("SG", "CN", "HK", "MO"):
            family, given = rng.choice(ZH_FAMILY), rng.choice(ZH_GIVEN)
            name = f"{family} {given}"
        elif code == "TL":
            given, family = rng.choice(PT_GIVEN[gender]), rng.choice(PT_FAMILY)
            name = f"{given} {family}"
        elif code in ("JP", "KR"):
            families, givens = JA_NAMES if code == "JP" else KO_NAMES
            family, given = rng.choice(families), rng.choice(givens)
            name = f"{family} {given}"
        else:
            given, family = rng.choice(EN_GIVEN[gender]), rng.choice(EN_FAMILY)
            name = f"{given} {family}"
        return name, given, family, patronymic, gender

    def _people(self, rng):
        slugs = Slugs(self.prefix, 100)
        self.people, self.positions = [], []
        count = max(150, self.total_events // 3)
        self.active = {}  # (country, year) -> person indexes active then
        self.active_any = {}  # year -> person indexes
        for index in range(count):
            code = self.country(rng)
            name, given, family, patronymic, gender = self._name(rng, code)
            honorific = rng.choice(["", "", "Dr.", "Ms." if gender == "female" else "Mr."])
            first = rng.randint(FIRST_YEAR - 8, LAST_YEAR - 4)
            last = min(LAST_YEAR + 3, first + rng.randint(8, 32))
            person = PersonPlan(slugs.make(name), name, given, family, patronymic, honorific, gender, code, first, last)
            self.people.append(person)
            for year in range(max(first, FIRST_YEAR), min(last, LAST_YEAR) + 1):
                self.active.setdefault((code, year), []).append(index)
                self.active_any.setdefault(year, []).append(index)
            self._career(rng, index, person)

    def _career(self, rng, index, person):
        span = person.last_year - person.first_year
        moves = min(span, rng.choice([1, 2, 2, 3, 3, 4]))
        years = sorted(rng.sample(range(person.first_year + 1, person.last_year + 1), moves - 1))
        years = [person.first_year, *years]
        international = rng.random() < 0.1
        home = self.orgs_by_country[person.nationality]
        ranks = RANKS.get(person.nationality, DEFAULT_RANKS)
        level = rng.randint(0, 2)
        starts = []
        for year in years:
            precision = rng.choices([DAY, MONTH, YEAR], [7, 2, 1])[0]
            starts.append(
                (with_precision(D(year, 1, 1) + datetime.timedelta(days=rng.randint(0, 364)), precision), precision)
            )
        for n, (start, precision) in enumerate(starts):
            if international and n == len(starts) - 1 and self.international:
                org = rng.choice(self.international)
                title, rank = INTERNATIONAL_TITLES[min(level, len(INTERNATIONAL_TITLES) - 1)], ""
            else:
                org = home[skewed_index(rng, len(home), 1.5)]
                title = TITLES[min(level, len(TITLES) - 1)]
                police = self.organizations[org].kind in POLICE_KINDS or "Police" in self.organizations[org].name
                rank = ranks[min(level * len(ranks) // len(TITLES), len(ranks) - 1)] if police else ""
            if n + 1 < len(starts):
                end, end_precision = starts[n + 1]
            elif person.last_year < TODAY.year:
                end, end_precision = D(person.last_year, 12, 31), DAY
            else:
                end, end_precision = None, DAY
            self.positions.append(PositionPlan(index, org, title, rank, start, precision, end, end_precision))
            person.positions.append(len(self.positions) - 1)
            level += rng.choice([1, 1, 2])

    def position_at(self, person, when):
        """The post a person held on a date: the last one started by then (or their first)."""
        chosen = person.positions[0]
        for index in person.positions:
            if self.positions[index].start_date <= when:
                chosen = index
        return chosen

    def _forums(self, rng):
        slugs = Slugs(self.prefix, 100)
        self.forums = []
        count = max(12, min(8000, self.total_events // 25))
        convenors = self.international + [self.police[c] for c in ASEAN if c in self.police]
        names = set(RESERVED_FORUM_NAMES)
        while len(self.forums) < count:
            convenor = rng.choice(convenors)
            org = self.organizations[convenor]
            short = org.acronym or org.name
            roll = rng.random()
            if roll < 0.15:
                a, b = rng.sample(ASEAN, 2)
                name = f"{self.countries[a]}–{self.countries[b]} Joint Working Group on {rng.choice(SUBJECTS)}"
                convenor = self.police[a]
            elif roll < 0.45:
                name = f"{short} {rng.choice(MEETING_KINDS)}"
            else:
                name = f"{short} {rng.choice(MEETING_KINDS)} on {rng.choice(SUBJECTS)}"
            if name in names:
                continue
            names.add(name)
            first = rng.randint(FIRST_YEAR, 2018)
            last = LAST_YEAR if rng.random() < 0.75 else rng.randint(first, 2025)
            numbered = rng.random() < 0.85
            self.forums.append(ForumPlan(slugs.make(name), name, "", convenor, numbered, 0, first, last))
        # The oldest series are the busiest, as with the ASEANAPOL Conference.
        self.forums.sort(key=lambda f: (f.first_year, f.slug))
        self.sessions = self.total_events * 5 // 100
        self.adhoc = self.total_events * 6 // 100
        counts = apportion(self.total_events - self.sessions - self.adhoc, zipf_weights(count))
        for forum, events in zip(self.forums, counts, strict=True):
            forum.events = events

    def _agreements(self, rng):
        slugs = Slugs(self.prefix, 100)
        self.agreements = []
        names = set()
        count = max(12, self.total_events // 400)
        while len(self.agreements) < count:
            roll = rng.random()
            year = rng.randint(FIRST_YEAR, 2024)
            org = rng.choice(self.international)
            short = self.organizations[org].acronym or self.organizations[org].name
            subject = rng.choice(SUBJECTS)
            if roll < 0.3:
                a, b = sorted(rng.sample(ASEAN, 2))
                name = (
                    f"Memorandum of Understanding between {self.countries[a]} and {self.countries[b]} "
                    f"on Cooperation against {subject} ({year})"
                )
                kind, org = "mou", None
            elif roll < 0.6:
                name, kind = f"{short} Plan of Action against {subject} {year}–{year + 5}", "plan_of_action"
            elif roll < 0.8:
                name, kind = f"{short} Declaration on {subject} ({year})", "declaration"
            else:
                name, kind = f"{short} Work Programme on {subject} {year}–{year + 3}", "programme"
            if name in names:
                continue
            names.add(name)
            precision = rng.choices([DAY, MONTH, YEAR], [6, 2, 2])[0]
            adopted = with_precision(D(year, 1, 1) + datetime.timedelta(days=rng.randint(0, 364)), precision)
            self.agreements.append(AgreementPlan(slugs.make(name), name, "", kind, org, adopted, precision))
        self.agreements.sort(key=lambda a: (a.adopted_date, a.slug))
        self.agreement_dates = [a.adopted_date for a in self.agreements]

    # --- meetings ---------------------------------------------------------

    def events(self):
        """Every meeting of the plan, in order: parents always come before their sessions."""
        rng = random.Random(f"kbase-synthetic-events-{self.seed}")
        slugs = Slugs(self.prefix, 120)
        report_slugs = Slugs(self.prefix, 100)
        index = 0
        schedule = []  # (forum index | None, number | None, date)
        for f, forum in enumerate(self.forums):
            if not forum.events:
                continue
            start, end = D(forum.first_year, 1, 1).toordinal(), D(forum.last_year, 12, 31).toordinal()
            step = (end - start) / forum.events
            for n in range(forum.events):
                when = D.fromordinal(int(start + (n + rng.random()) * step))
                schedule.append((f, n + 1 if forum.numbered and n < 32767 else None, when))
        for _ in range(self.adhoc):
            schedule.append(
                (None, None, D(rng.randint(FIRST_YEAR, 2025), 1, 1) + datetime.timedelta(rng.randint(0, 364)))
            )
        sessions_left = self.sessions
        top_level = len(schedule)
        for position, (forum, number, when) in enumerate(schedule):
            event = self._event(rng, slugs, report_slugs, index, forum, number, when, None)
            yield event
            index += 1
            # Spread the sessions over the schedule, under meetings of numbered series.
            due = self.sessions * (position + 1) // top_level
            while sessions_left > self.sessions - due:
                session = self._event(rng, slugs, report_slugs, index, forum, None, when, event)
                yield session
                index += 1
                sessions_left -= 1

    def _event(self, rng, slugs, report_slugs, index, forum_index, number, when, parent):
        forum = self.forums[forum_index] if forum_index is not None else None
        subject = rng.choice(SUBJECTS)
        if parent is not None:
            title = f"{parent.title}: {rng.choice(SESSION_NAMES).format(subject=subject)}"
            when, precision = parent.start_date, parent.start_date_precision
            country, city, venue, fmt = parent.country, parent.city, parent.venue, parent.format
        else:
            if forum is None:
                title = f"{rng.choice(MEETING_KINDS)} on {subject}"
            elif number:
                title = f"{ordinal(number)} {forum.name}"
            else:
                title = f"{forum.name} {when.year}"
            planned = when > TODAY
            precision = DAY if planned else rng.choices([DAY, MONTH, YEAR], [85, 10, 5])[0]
            when = with_precision(when, precision)
            fmt = self._format(rng, when.year)
            country = self._host(rng) if fmt != "virtual" or rng.random() < 0.5 else None
            city = rng.choice(CITIES[country]) if country in CITIES and fmt != "virtual" else ""
            venue = rng.choice(VENUES).format(city=city) if city and rng.random() < 0.6 else ""
        end, end_precision = None, DAY
        if precision == DAY:
            end = when + datetime.timedelta(days=rng.choice([0, 0, 1, 1, 2, 2, 3, 4]))
        status = EventStatus.PLANNED if when > TODAY else (EventStatus.REFERENCED if rng.random() < 0.03 else "held")
        inferred = note = ""
        if precision == DAY and status == "held" and rng.random() < 0.02:
            inferred = "year"
            note = "The report gives the day and month; the year is inferred from its publication date."
        topics = self._topics(rng)
        topic_names = [name for slug, name in self.topics if slug in topics]
        topic_text = " and ".join(name.lower() for name in topic_names[:2]) or "transnational crime"

        country_name = self.countries.get(country, "")
        verb = "will be held" if status == EventStatus.PLANNED else "was held"
        if fmt == "virtual":
            where = "virtually"
        elif city:
            where = f"in {city}, {country_name}"
        elif country:
            where = f"in {country_name}"
        else:
            where = ""
        passage = " ".join(x for x in (f"The {title}", verb, where, _when_text(when, precision, end)) if x) + "."
        summary = f"The meeting discussed {topic_text}."

        sentences = [passage]
        size = self._size(rng)
        participations = self._participations(rng, forum, country, size // 2 + (size % 2 if rng.random() < 0.5 else 0))
        for org, code, role, _ in participations:
            sentences.append(self._participation_sentence(org, code, role))
        participations = [(*p[:3], s) for p, s in zip(participations, sentences[1:], strict=True)]
        delegations = [p[1] for p in participations if p[1]] + ([country] if country else [])
        attendances = []
        wanted = size - len(participations)
        chosen = set()
        for n in range(wanted):
            person = self._attendee(rng, delegations, when.year, chosen)
            if person is None:
                continue
            chosen.add(person)
            role = self._attendance_role(rng, n, wanted)
            position = self.position_at(self.people[person], when)
            org = self.positions[position].organization
            sentence = self._attendance_sentence(person, position, role, topic_text)
            sentences.append(sentence)
            attendances.append((person, role, position, org, self.people[person].nationality, sentence))
        outcomes, links = [], []
        if status == "held":
            for order in range(rng.choices([0, 1, 2, 3], [35, 35, 20, 10])[0]):
                outcome = self._outcome(rng, when, topic_text, order)
                if outcome[2] in {o[2] for o in outcomes}:
                    continue
                sentences.append(outcome[-1])
                outcomes.append(outcome)
                agreement = outcome[3]
                if agreement is not None and agreement not in {link[0] for link in links}:
                    relation = {"adopted": "adopted", "endorsed": "endorsed"}.get(outcome[1], "discussed")
                    links.append((agreement, relation, outcome[-1]))

        publisher = self._publisher(rng, forum)
        published = (end or when) + datetime.timedelta(days=rng.randint(0, 5))
        if status == EventStatus.PLANNED:
            published = min(when - datetime.timedelta(days=30), TODAY)
        head = f"{self.organizations[publisher].name} | {format_partial_date(published, DAY)}"
        text = head + "\n\n" + " ".join(sentences[:3]) + "\n" + "\n".join(sentences[3:]) + f"\n\nRef. {index + 1:07d}"
        report = {
            "slug": report_slugs.make(f"{when.year} {title} report"),
            "title": title if rng.random() < 0.7 else f"Press release: {title}",
            "publisher": publisher,
            "published_on": published,
            "text": text,
        }
        return EventPlan(
            index=index,
            slug=slugs.make(f"{when.year} {title}"),
            title=title,
            forum=forum_index,
            number=number,
            parent=parent.index if parent is not None else None,
            start_date=when,
            start_date_precision=precision,
            end_date=end,
            end_date_precision=end_precision,
            date_inferred=inferred,
            date_note=note,
            format=fmt,
            venue=venue,
            city=city,
            country=country,
            status=status,
            summary=summary,
            topics=topics,
            passage=passage,
            report=report,
            participations=participations,
            attendances=attendances,
            outcomes=outcomes,
            agreement_links=links,
        )

    def _size(self, rng):
        """Participations and attendances together: 5 to 30, most meetings small (mean about 10)."""
        return 5 + round(25 * rng.random() ** 4)

    def _format(self, rng, year):
        if year < 2020:
            weights = [85, 0, 0, 15]
        elif year < 2022:
            weights = [10, 70, 10, 10]
        else:
            weights = [65, 10, 20, 5]
        return rng.choices(["in_person", "virtual", "hybrid", "unknown"], weights)[0]

    def _host(self, rng):
        for _ in range(3):
            code = self.country(rng)
            if code in CITIES:
                return code
        return code

    def _topics(self, rng):
        if not self.topics:
            return []
        picked = set()
        for _ in range(rng.choice([1, 1, 2, 2, 3])):
            picked.add(self.topics[bisect.bisect(self.topic_cum, rng.random() * self.topic_cum[-1])][0])
        return sorted(picked)

    def _participations(self, rng, forum, host, count):
        rows, orgs, countries = [], set(), set()
        if host:
            rows.append((self.police[host], None, "host", ""))
            orgs.add(self.police[host])
        if forum and forum.convened_by is not None and forum.convened_by not in orgs:
            rows.append((forum.convened_by, None, "organiser", ""))
            orgs.add(forum.convened_by)
        tries = 0
        while len(rows) < count and tries < count * 10:
            tries += 1
            if rng.random() < 0.6:
                code = self.country(rng)
                if code in countries:
                    continue
                countries.add(code)
                role = "member_delegation" if code in ASEAN else rng.choice(["dialogue_partner", "observer"])
                rows.append((None, code, role, ""))
            else:
                org = skewed_index(rng, len(self.organizations), 3)
                if org in orgs or self.organizations[org].kind == "news_publisher":
                    continue
                orgs.add(org)
                rows.append((org, None, rng.choice(list(ORG_ROLE_VERBS)), ""))
        return rows

    def _participation_sentence(self, org, code, role):
        if org is None:
            label = ParticipationRole(role).label.lower()
            article = "an" if label[0] in "aeiou" else "a"
            return f"A delegation from {self.countries[code]} took part as {article} {label}."
        name = self.organizations[org].name
        if role == "host":
            return f"The meeting was hosted by the {name}."
        if role == "organiser":
            return f"The meeting was organised by the {name}."
        return f"The {name} {ORG_ROLE_VERBS[role]}."

    def _attendee(self, rng, delegations, year, chosen):
        for _ in range(8):
            if delegations and rng.random() < 0.7:
                pool = self.active.get((rng.choice(delegations), year)) or self.active_any.get(year)
            else:
                pool = self.active_any.get(year)
            if not pool:
                return None
            person = pool[skewed_index(rng, len(pool), 2)]
            if person not in chosen:
                return person
        return None

    def _attendance_role(self, rng, n, wanted):
        if n == 0:
            return "chair"
        if n == 1:
            return "opening_speaker"
        if n == wanted - 1 and rng.random() < 0.5:
            return "closing_speaker"
        return rng.choices(
            ["head_of_delegation", "speaker", "delegate", "representative", "moderator"], [30, 25, 25, 12, 8]
        )[0]

    def _attendance_sentence(self, person_index, position_index, role, topic_text):
        person, position = self.people[person_index], self.positions[position_index]
        org = self.organizations[position.organization]
        name = f"{position.rank} {person.name}" if position.rank else f"{person.honorific_prefix} {person.name}".strip()
        verb = ATTENDANCE_VERBS[role].format(topic=topic_text, org=org.name, country=self.countries[person.nationality])
        return f"{name}, {position.title} of the {org.name}, {verb}."

    def _outcome(self, rng, when, topic_text, order):
        available = bisect.bisect(self.agreement_dates, when)
        if available and rng.random() < 0.6:
            agreement = available - 1 - skewed_index(rng, available, 2)
            kind, status, phrase = rng.choice(OUTCOME_PHRASES)
            text = phrase.format(agreement=self.agreements[agreement].name)
        else:
            agreement = None
            kind, status, phrase = rng.choice(FREE_OUTCOMES)
            text = phrase.format(topic=topic_text)
        sentence = f"The meeting {text}."
        return (kind, status, text[0].upper() + text[1:] + ".", agreement, order + 1, sentence)

    def _publisher(self, rng, forum):
        if forum and forum.convened_by is not None and rng.random() < 0.6:
            return forum.convened_by
        return rng.choice(self.publishers)


def _cumulative(weights):
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


def _when_text(start, precision, end):
    if precision == YEAR:
        return f"in {start.year}"
    if precision == MONTH:
        return f"in {format_partial_date(start, MONTH)}"
    if end and end != start:
        return f"from {format_partial_date(start, DAY)} to {format_partial_date(end, DAY)}"
    return f"on {format_partial_date(start, DAY)}"


# --- writing ----------------------------------------------------------------


class AlreadyLoaded(Exception):
    """The database already holds synthetic data that this plan would clash with."""


def plan_for_database(seed, events):
    """A plan built from this database's country and topic rows."""
    countries = dict(Country.objects.values_list("code", "name"))
    topics = list(Topic.objects.values_list("slug", "name"))
    return Plan(seed, events, countries, topics)


def check_can_write(plan):
    """Refuse rather than half-insert: same seed twice, or names that another load already took."""
    loaded = Event.objects.filter(slug__startswith=plan.prefix).count()
    if loaded:
        raise AlreadyLoaded(
            f"Synthetic data for seed {plan.seed} is already in this database ({loaded} events with slugs starting "
            f"“{plan.prefix}”). Use another --seed, or generate into a fresh database."
        )
    other = Forum.objects.filter(slug__regex=SLUG_PREFIX_RE.pattern).values_list("slug", flat=True).first()
    if other:
        raise AlreadyLoaded(
            f"This database already holds synthetic data of seed {SLUG_PREFIX_RE.match(other).group(1)}; "
            "forum names of another seed would clash with it. Generate into a fresh database."
        )
    clash = Forum.objects.filter(name__in=[f.name for f in plan.forums]).values_list("name", flat=True).first()
    if clash:
        raise AlreadyLoaded(f"A forum named “{clash}” already exists; the synthetic forums need their own names.")


def batched(iterable, size):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


SEARCHABLE_TABLES = [m._meta.db_table for m in (Event, Organization, Person, Agreement, Outcome, SourceReport)]


def search_indexes_dropped(plan):
    """Drop the GIN (trigram and full-text) indexes when the plan at least doubles the meetings; their definitions.

    Only on PostgreSQL, and only inside write()'s transaction, so a failed load puts them back with everything else.
    """
    if connection.vendor != "postgresql" or plan.total_events < Event.objects.count():
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
            "AND tablename = ANY(%s) AND indexdef LIKE '%%USING gin%%' ORDER BY indexname",
            [SEARCHABLE_TABLES],
        )
        indexes = cursor.fetchall()
        for name, _ in indexes:
            cursor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")
    return [definition for _, definition in indexes]


def write(plan, batch_size=1000, progress=None):
    """Insert the plan in one transaction, batch_size meetings at a time; the writer returned has the counts."""
    writer = Writer(plan, batch_size)
    with transaction.atomic():
        check_can_write(plan)
        rebuild = search_indexes_dropped(plan)
        writer.reference()
        done = 0
        chunks = batched(plan.events(), batch_size)
        while True:
            started = time.perf_counter()
            chunk = next(chunks, None)
            writer.planning += time.perf_counter() - started
            if chunk is None:
                break
            writer.events(chunk)
            done += len(chunk)
            if progress:
                progress(done, plan.total_events)
        started = time.perf_counter()
        if rebuild:
            with connection.cursor() as cursor:
                # A table with foreign-key checks still pending cannot be indexed: run the checks now.
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                for definition in rebuild:
                    cursor.execute(definition)
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")  # back to how Django declares them
            writer.seconds["search indexes rebuilt"] = time.perf_counter() - started
        # COPY and bulk_create send no signals: recompute the facet table and tell cached figures the base has changed.
        started = time.perf_counter()
        facets.rebuild()
        writer.seconds["facet table rebuilt"] = time.perf_counter() - started
        versioning.bump()
        # The database checks the deferred foreign keys of every row at commit; worth knowing at scale.
        committing = time.perf_counter()
    writer.commit_seconds = time.perf_counter() - committing
    return writer


class Writer:
    """Inserts rows given as tuples of field values and returns their primary keys.

    On PostgreSQL the rows go in with COPY, with keys drawn from the table's sequence first: several times
    faster than INSERT ... RETURNING for the million-row tables. Elsewhere bulk_create does the same job.
    """

    def __init__(self, plan, batch_size):
        self.plan, self.batch_size = plan, max(1, batch_size)
        self.rows = min(self.batch_size, 2000)  # rows per INSERT statement where bulk_create is used
        self.counts = {}  # model label -> rows inserted
        self.seconds = {}  # model label -> seconds spent inserting
        self.event_pks = {}
        self.planning = 0.0  # seconds spent generating the meetings (reference data excluded)
        self.commit_seconds = 0.0
        self.copy = connection.vendor == "postgresql"
        self.now = timezone.now()

    def insert(self, model, fields, rows):
        started = time.perf_counter()
        rows = list(rows)
        if model in (Organization, Person, Agreement, Outcome, SourceReport):
            fields, rows = self.with_documents(model, fields, rows)
        pks = self._copy(model, fields, rows) if self.copy else self._bulk_create(model, fields, rows)
        label = model._meta.label
        self.counts[label] = self.counts.get(label, 0) + len(rows)
        self.seconds[label] = self.seconds.get(label, 0) + time.perf_counter() - started
        return pks

    def _bulk_create(self, model, fields, rows):
        objects = [model(**dict(zip(fields, row, strict=True))) for row in rows]
        model.objects.bulk_create(objects, batch_size=self.rows)
        return [obj.pk for obj in objects]

    def _copy(self, model, fields, rows):
        if not rows:
            return []
        meta, quote = model._meta, connection.ops.quote_name
        by_attname = {f.attname: f for f in meta.concrete_fields}
        # Fields the plan leaves out get their model default (COPY does not know Django's defaults).
        rest = [f for f in meta.concrete_fields if f.attname not in fields and not f.primary_key]
        extra = tuple(self.now if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
                      else f.get_default() for f in rest)  # fmt: skip
        columns = [meta.pk.column, *(by_attname[name].column for name in fields), *(f.column for f in rest)]
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [meta.db_table, meta.pk.column, len(rows)],
            )
            pks = [pk for (pk,) in cursor.fetchall()]
            sql = f"COPY {quote(meta.db_table)} ({', '.join(quote(c) for c in columns)}) FROM STDIN"
            with cursor.cursor.copy(sql) as copy:
                for pk, row in zip(pks, rows, strict=True):
                    copy.write_row((pk, *row, *extra))
        return pks

    def with_documents(self, model, fields, rows):
        """Rows with their stored search documents, made by meetings.search from unsaved instances.

        These records' documents read only their own fields and their country, so they are made before the
        insert: far cheaper than updating a million rows afterwards. Meetings, whose documents also name the
        delegations, are refreshed after their participations instead.
        """
        documented = []
        for row in rows:
            instance = model(**dict(zip(fields, row, strict=True)))
            for name in ("country", "nationality"):
                code = getattr(instance, f"{name}_id", None)
                if code:
                    setattr(instance, name, self.countries[code])
            search.compute(instance)
            documented.append((*row, instance.search_name, instance.search_text))
        return (*fields, "search_name", "search_text"), documented

    @cached_property
    def countries(self):
        return {c.code: c for c in Country.objects.prefetch_related("other_names")}

    def event_documents(self, e):
        """The stored search documents of a planned meeting, as meetings.search would make them after saving."""
        started = time.perf_counter()
        forum = self.plan.forums[e.forum] if e.forum is not None else None
        event = Event(
            title=e.title,
            forum=Forum(name=forum.name, short_name=forum.short_name) if forum else None,
            country=self.countries[e.country] if e.country else None,
            city=e.city,
            venue=e.venue,
            summary=e.summary,
        )
        # In the order the meeting's participations are read back (by role, then as inserted).
        delegations = [
            self.countries[code]
            for org, code, _, _ in sorted(e.participations, key=lambda p: p[2])
            if code and org is None
        ]
        attendees = [self.plan.people[person].name for person, *_ in e.attendances]
        documents = search.event_document(event, delegations, attendees)
        self.seconds["meeting search documents"] = self.seconds.get("meeting search documents", 0) + (
            time.perf_counter() - started
        )
        return documents

    def reference(self):
        plan = self.plan
        org_fields = ("slug", "name", "acronym", "kind", "country_id", "parent_id")
        # Parents first, so the offices can point at them.
        roots = [i for i, o in enumerate(plan.organizations) if o.parent is None]
        offices = [i for i, o in enumerate(plan.organizations) if o.parent is not None]
        org_pks = [None] * len(plan.organizations)

        def org_row(o):
            parent = org_pks[o.parent] if o.parent is not None else None
            return (o.slug, o.name, o.acronym, o.kind, o.country, parent)

        for group in (roots, offices):
            pks = self.insert(Organization, org_fields, [org_row(plan.organizations[i]) for i in group])
            for i, pk in zip(group, pks, strict=True):
                org_pks[i] = pk
        self.org_pks = org_pks
        self.insert(
            Membership,
            ("organization_id", "member_country_id", "member_organization_id"),
            [
                (org_pks[org], code, org_pks[member] if member is not None else None)
                for org, code, member in plan.memberships
            ],
        )
        self.person_pks = self.insert(
            Person,
            ("slug", "name", "given_name", "family_name", "patronymic_name", "honorific_prefix", "gender",
             "nationality_id"),
            [(p.slug, p.name, p.given_name, p.family_name, p.patronymic_name, p.honorific_prefix, p.gender,
              p.nationality) for p in plan.people],
        )  # fmt: skip
        self.position_pks = self.insert(
            Position,
            ("person_id", "organization_id", "title", "rank", "start_date", "start_date_precision", "end_date",
             "end_date_precision"),
            [(self.person_pks[p.person], org_pks[p.organization], p.title, p.rank, p.start_date,
              p.start_date_precision, p.end_date, p.end_date_precision) for p in plan.positions],
        )  # fmt: skip
        self.forum_pks = self.insert(
            Forum,
            ("slug", "name", "short_name", "convened_by_id"),
            [
                (f.slug, f.name, f.short_name, org_pks[f.convened_by] if f.convened_by is not None else None)
                for f in plan.forums
            ],
        )
        self.agreement_pks = self.insert(
            Agreement,
            ("slug", "name", "short_name", "kind", "organization_id", "adopted_date", "adopted_date_precision"),
            [(a.slug, a.name, a.short_name, a.kind, org_pks[a.organization] if a.organization is not None else None,
              a.adopted_date, a.adopted_date_precision) for a in plan.agreements],
        )  # fmt: skip
        self.topic_pks = dict(Topic.objects.values_list("slug", "pk"))

    def events(self, chunk):
        org_pks, forum_pks = self.org_pks, self.forum_pks
        sources = self.insert(
            SourceReport,
            ("slug", "title", "publisher_id", "published_on", "text", "fingerprint"),
            [(e.report["slug"], e.report["title"], org_pks[e.report["publisher"]], e.report["published_on"],
              e.report["text"], fingerprint_text(e.report["text"])) for e in chunk],
        )  # fmt: skip
        event_fields = ("slug", "title", "forum_id", "number", "parent_id", "start_date", "start_date_precision",
                        "end_date", "end_date_precision", "date_inferred", "date_note", "format", "venue", "city",
                        "country_id", "status", "summary", "search_name", "search_text")  # fmt: skip

        def event_row(e):
            forum = forum_pks[e.forum] if e.forum is not None else None
            parent = self.event_pks[e.parent] if e.parent is not None else None
            return (e.slug, e.title, forum, e.number, parent, e.start_date, e.start_date_precision, e.end_date,
                    e.end_date_precision, e.date_inferred, e.date_note, e.format, e.venue, e.city, e.country,
                    e.status, e.summary, *self.event_documents(e))  # fmt: skip

        # Meetings before their sessions: a session's parent may be in this very batch.
        pks = {}
        for group in ([e for e in chunk if e.parent is None], [e for e in chunk if e.parent is not None]):
            for e, pk in zip(group, self.insert(Event, event_fields, [event_row(e) for e in group]), strict=True):
                pks[e.index] = pk
                if e.parent is None:
                    self.event_pks[e.index] = pk

        topics, citations, participations, attendances, outcomes, links = [], [], [], [], [], []
        for e, source in zip(chunk, sources, strict=True):
            event = pks[e.index]
            topics += [(event, self.topic_pks[t]) for t in e.topics]
            citations.append((event, source, e.passage))
            participations += [
                (event, org_pks[org] if org is not None else None, code, role, source, passage)
                for org, code, role, passage in e.participations
            ]
            attendances += [
                (event, self.person_pks[person], role, org_pks[org], code, self.position_pks[position], source,
                 passage) for person, role, position, org, code, passage in e.attendances
            ]  # fmt: skip
            outcomes += [
                (event, kind, status, text, order, source, passage, agreement)
                for kind, status, text, agreement, order, passage in e.outcomes
            ]
            links += [
                (event, self.agreement_pks[agreement], relation, source, passage)
                for agreement, relation, passage in e.agreement_links
            ]
        self.insert(Event.topics.through, ("event_id", "topic_id"), topics)
        self.insert(EventCitation, ("event_id", "source_id", "passage"), citations)
        self.cited(Participation, ("event_id", "organization_id", "country_id", "role"), participations,
                   ParticipationCitation, "participation_id")  # fmt: skip
        self.cited(Attendance, ("event_id", "person_id", "role", "organization_id", "country_id", "position_id"),
                   attendances, AttendanceCitation, "attendance_id")  # fmt: skip
        outcome_pks = self.cited(Outcome, ("event_id", "kind", "status", "text", "order"),
                                 [row[:-1] for row in outcomes], OutcomeCitation, "outcome_id")  # fmt: skip
        self.insert(
            Outcome.agreements.through,
            ("outcome_id", "agreement_id"),
            [(pk, self.agreement_pks[row[-1]]) for pk, row in zip(outcome_pks, outcomes, strict=True)
             if row[-1] is not None],
        )  # fmt: skip
        self.cited(EventAgreement, ("event_id", "agreement_id", "relation"), links, EventAgreementCitation, "link_id")

    def cited(self, model, fields, rows, citation_model, citation_field):
        """Insert rows whose last two items are (source, passage), then a citation of each."""
        pks = self.insert(model, fields, [row[:-2] for row in rows])
        self.insert(
            citation_model,
            (citation_field, "source_id", "passage"),
            [(pk, row[-2], row[-1]) for pk, row in zip(pks, rows, strict=True)],
        )
        return pks
