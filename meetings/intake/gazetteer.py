"""The knowledge base's own names, as a look-up table over folded word tokens.

Built from the database once per knowledge version (meetings/versioning.py) and kept in the process, so analysing
a report costs one query for the version token. Matching walks the report's tokens and, at each one, tries the
names that start with that word, longest first: a trie one level deep, which at a few hundred thousand names is as
fast as an Aho-Corasick automaton and needs no extra package, and it keeps word boundaries by construction
("ASEAN" is never found inside "ASEANAPOL").
"""

import re
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry

from meetings import versioning
from meetings.models import (
    Agreement,
    AgreementName,
    Country,
    CountryName,
    Event,
    Forum,
    Membership,
    Organization,
    OrganizationName,
    Person,
    PersonName,
    fold,
)

from . import lexicon
from .text import WORD


@dataclass
class Entry:
    """One way of writing one record's name."""

    kind: str  # organization, person, country, agreement, forum, demonym, city
    key: str  # slug, or ISO code for countries and cities
    name: str  # the record's display name
    tokens: tuple
    caps: tuple  # per token: the text must write it in capitals (acronyms)
    via: str = "name"  # name, acronym, other, short, demonym
    extra: dict = field(default_factory=dict)


@lru_cache(maxsize=200_000)
def fold_word(word):
    """fold() of one word, remembered: a rebuild folds every word of every name in the base."""
    if word.isascii() and word.isalnum():
        return word.lower()  # what fold() gives for a plain word, without the Unicode round trip
    return fold(word)


def name_tokens(name):
    """(folded tokens, capitals required) of a name; the possessive and leading "the" are dropped."""
    words = [w for w in WORD.findall(name or "")]
    if words and words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    tokens = tuple(fold_word(w) for w in words)
    caps = tuple(len(w) > 1 and w.isupper() and not w.isdigit() for w in words)
    return tokens, caps


class Gazetteer:
    """Names of organizations, people, countries, agreements and forums, indexed by their first folded word."""

    def __init__(self):
        self.index = defaultdict(list)
        self.organizations = {}  # slug -> {name, acronym, country, parent, kind}
        self.people = {}  # slug -> {name, honorific, patronymic}
        self.countries = {}  # code -> name
        self.forums = {}  # slug -> {name, short_name, convened_by}
        self.agreements = {}  # slug -> {name, short_name}
        self.members = defaultdict(list)  # organization slug -> member country codes
        self.member_orgs = defaultdict(list)  # organization slug -> member organization slugs
        self.person_names = []  # (folded name without particles, slug) for near-namesake look-ups
        self.cities = {}  # folded city -> (city, code)

    def add(self, kind, key, display, name, via="name", **extra):
        tokens, caps = name_tokens(name)
        if not tokens:
            return
        if via != "acronym" and kind != "person":
            # Only acronyms must be written in capitals; "Interpol" and "INTERPOL" are both the name.
            caps = tuple(c and len(t) <= 5 for c, t in zip(caps, tokens, strict=True))
        entry = Entry(kind, key, display, tokens, caps, via, extra)
        self.index[tokens[0]].append(entry)
        return entry

    def finish(self):
        for entries in self.index.values():
            entries.sort(key=lambda e: -len(e.tokens))


def person_variants(name):
    """The name, and the name without particles such as bin and binti."""
    words = (name or "").split()
    variants = {name}
    kept = [w for w in words if fold_word(w) not in lexicon.NAME_PARTICLES]
    if len(kept) >= 2 and len(kept) < len(words):
        variants.add(" ".join(kept))
    return variants


def add_without_middle(gaz, entry, via="other"):
    """ "David Vinluan" for "David Martinez Vinluan": a three-word name without its middle word, built from the
    entry's tokens (no second tokenising: a rebuild does this for every person in the base)."""
    if entry is None or len(entry.tokens) != 3 or any(len(t) <= 2 for t in entry.tokens):
        return
    tokens, caps = (entry.tokens[0], entry.tokens[2]), (entry.caps[0], entry.caps[2])
    gaz.index[tokens[0]].append(Entry("person", entry.key, entry.name, tokens, caps, via))


# Spellings a report may use for the words of a body's name: "UN Office on Drugs and Crime", "Development Program".
NAME_SPELLINGS = [
    (re.compile(r"^United Nations\b"), "UN"),
    (re.compile(r"\bProgramme\b"), "Program"),
    (re.compile(r"\bProgram\b"), "Programme"),
    (re.compile(r"\bOrganisation\b"), "Organization"),
    (re.compile(r"\bOrganization\b"), "Organisation"),
    (re.compile(r"\bDefence\b"), "Defense"),
    (re.compile(r"\bLabour\b"), "Labor"),
    # "the Office of the Immigration Police" for "Office of Immigration Police", and back.
    (re.compile(r"^(Office|Department|Bureau|Division|Directorate|Agency) of (?!the\b)(?=[A-Z])"), r"\1 of the "),
    (re.compile(r"^(Office|Department|Bureau|Division|Directorate|Agency) of the (?=[A-Z])"), r"\1 of "),
]


def name_variants(name):
    """Other spellings of an organization's name, each with one or more of NAME_SPELLINGS applied."""
    variants = {name}
    for regex, replacement in NAME_SPELLINGS:
        for variant in list(variants):
            variants.add(regex.sub(replacement, variant))
    variants.discard(name)
    return variants


def agreement_variants(name):
    """An agreement's name without the tail after its first comma ("ASEAN Plan of Action against Trafficking in
    Persons" for "..., Especially Women and Children"), when what is left still names it."""
    head = name.split(",")[0].strip()
    variants = {head} if head != name and len(head.split()) >= 4 else set()
    # "the Plan of Action against Trafficking in Persons" for the "ASEAN Plan of Action ...": a body's acronym in
    # front may be left out when the rest is long enough to name the agreement alone.
    for variant in [name, *variants]:
        words = variant.split()
        if len(words) >= 6 and words[0].isupper() and len(words[0]) >= 3 and words[1][:1].isupper():
            variants.add(" ".join(words[1:]))
    return variants


# Words left out of a name's initials: "Office of Investigation Police Agency" is OIPA.
MINOR_WORDS = {"of", "the", "and", "for", "on", "in", "to", "against", "de", "du", "des"}


def derived_acronym(name):
    """The initials of a body's significant words ("Royal Canadian Mounted Police" is RCMP), or "" when the name
    is too short to have one worth reading: fewer than three initials, or a word already in capitals."""
    words = [w for w in re.split(r"[\s-]+", name or "") if w and w.lower() not in MINOR_WORDS]
    if len(words) < 3 or any(not w[:1].isupper() or (len(w) > 1 and w.isupper()) for w in words):
        return ""
    return "".join(w[0] for w in words)


def build():
    """A new gazetteer from the database."""
    gaz = Gazetteer()
    for code, name, official in Country.objects.values_list("code", "name", "official_name"):
        gaz.countries[code] = name
        gaz.add("country", code, name, name)
        if official:
            gaz.add("country", code, name, official, via="other")
        # "Viet Nam, Socialist Republic of" style ISO names read as "Viet Nam".
        if "," in name:
            gaz.add("country", code, name, name.split(",")[0], via="other")
    for code, other in CountryName.objects.values_list("country_id", "name"):
        gaz.add("country", code, gaz.countries.get(code, other), other, via="other")
    for country in pycountry.countries:
        code = country.alpha_2
        if code in gaz.countries:
            common = getattr(country, "common_name", None)
            if common:
                gaz.add("country", code, gaz.countries[code], common, via="other")
    for code, names in lexicon.COUNTRY_NAMES.items():
        if code in gaz.countries:
            for other in names:
                gaz.add("country", code, gaz.countries[code], other, via="other")
    for code, words in lexicon.DEMONYMS.items():
        if code in gaz.countries:
            for word in words:
                gaz.add("demonym", code, gaz.countries[code], word, via="demonym")
    for city, code in lexicon.CITIES.items():
        gaz.cities[fold(city)] = (city, code)
    for city, code in Event.objects.exclude(city="").values_list("city", "country_id").distinct():
        if code and fold(city) not in gaz.cities:
            gaz.cities[fold(city)] = (city, code)
    for city, code in gaz.cities.values():
        gaz.add("city", code, city, city)

    org_ids = {}
    for pk, slug, name, acronym, country, parent, kind in Organization.objects.values_list(
        "pk", "slug", "name", "acronym", "country_id", "parent_id", "kind"
    ):
        org_ids[pk] = slug
        gaz.organizations[slug] = {
            "name": name,
            "acronym": acronym,
            "country": country,
            "parent": parent,
            "kind": kind,
        }
        gaz.add("organization", slug, name, name)
        for variant in name_variants(name):
            gaz.add("organization", slug, name, variant, via="other")
        if acronym:
            gaz.add("organization", slug, name, acronym, via="acronym")
        # "AU Federal Police": a national body's name with its country written as the ISO code.
        home = gaz.countries.get(country, "") if country else ""
        if home and name.startswith(home + " ") and len(country) == 2:
            gaz.add("organization", slug, name, country.upper() + name[len(home) :], via="other")
    # A body the base holds without an acronym is still written by its initials ("the RCMP"); such an acronym is
    # read only where no other record of the base is written so, and the analysis checks its context (AFP, the news
    # agency).
    taken = {entry.tokens for entries in gaz.index.values() for entry in entries if len(entry.tokens) == 1}
    for slug, body in gaz.organizations.items():
        initials = derived_acronym(body["name"]) if not body["acronym"] else ""
        if initials and (fold_word(initials),) not in taken and fold_word(initials) not in lexicon.COMMON_WORDS:
            gaz.add("organization", slug, body["name"], initials, via="derived")
    for slug in gaz.organizations:
        parent = gaz.organizations[slug]["parent"]
        gaz.organizations[slug]["parent"] = org_ids.get(parent)
    for org_id, other, kind in OrganizationName.objects.values_list("organization_id", "name", "kind"):
        slug = org_ids.get(org_id)
        if slug:
            via = "acronym" if kind == OrganizationName.Kind.ACRONYM or other.isupper() else "other"
            gaz.add("organization", slug, gaz.organizations[slug]["name"], other, via=via)
            if via == "other":
                for variant in name_variants(other):
                    gaz.add("organization", slug, gaz.organizations[slug]["name"], variant, via="other")
    for org_id, country, member_org in Membership.objects.filter(role=Membership.Role.MEMBER).values_list(
        "organization_id", "member_country_id", "member_organization_id"
    ):
        slug = org_ids.get(org_id)
        if slug and country:
            gaz.members[slug].append(country)
        elif slug and member_org in org_ids:
            gaz.member_orgs[slug].append(org_ids[member_org])

    person_ids = {}
    for pk, slug, name, honorific, patronymic in Person.objects.values_list(
        "pk", "slug", "name", "honorific_prefix", "patronymic_name"
    ):
        person_ids[pk] = slug
        gaz.people[slug] = {"name": name, "honorific": honorific, "patronymic": patronymic}
        for variant in person_variants(name):
            entry = gaz.add("person", slug, name, variant)
            if entry:
                gaz.person_names.append((" ".join(entry.tokens), slug))
                add_without_middle(gaz, entry)
    for person_id, other in PersonName.objects.values_list("person_id", "name"):
        slug = person_ids.get(person_id)
        if slug:
            for variant in person_variants(other):
                add_without_middle(gaz, gaz.add("person", slug, gaz.people[slug]["name"], variant, via="other"))

    for slug, name, short, convener in Forum.objects.values_list("slug", "name", "short_name", "convened_by_id"):
        convener_slug = org_ids.get(convener)
        gaz.forums[slug] = {"name": name, "short_name": short, "convened_by": convener_slug}
        gaz.add("forum", slug, name, name)
        for variant, via in forum_variants(name, short, gaz.organizations.get(convener_slug)):
            gaz.add("forum", slug, name, variant, via=via, convened_by=convener_slug)
        if short:
            gaz.add("forum", slug, name, short, via="short", convened_by=convener_slug)

    agreement_ids = {}
    for pk, slug, name, short in Agreement.objects.values_list("pk", "slug", "name", "short_name"):
        agreement_ids[pk] = slug
        gaz.agreements[slug] = {"name": name, "short_name": short}
        gaz.add("agreement", slug, name, name)
        for variant in agreement_variants(name):
            gaz.add("agreement", slug, name, variant, via="other")
        if short:
            gaz.add("agreement", slug, name, short, via="acronym" if short.isupper() else "other")
    for agreement_id, other in AgreementName.objects.values_list("agreement_id", "name"):
        slug = agreement_ids.get(agreement_id)
        if slug:
            gaz.add("agreement", slug, gaz.agreements[slug]["name"], other, via="other")
            for variant in agreement_variants(other):
                gaz.add("agreement", slug, gaz.agreements[slug]["name"], variant, via="other")
    gaz.finish()
    return gaz


def forum_variants(name, short, convener):
    """Other ways reports name a forum: with its convener's acronym ("COMMIT SOM"), in the singular."""
    variants = set()
    words = name.split()
    if len(words) > 1 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        variants.add((" ".join([*words[:-1], words[-1][:-1]]), "other"))
    if convener:
        for prefix in filter(None, [convener.get("acronym"), convener.get("name")]):
            if short:
                variants.add((f"{prefix} {short}", "other"))
            if not fold(name).startswith(fold(prefix)):
                variants.add((f"{prefix} {name}", "other"))
            else:
                rest = name[len(prefix) :].strip()
                if len(rest.split()) >= 2:
                    # "ASEAN Senior Officials Meeting on Transnational Crime" is also written without "ASEAN", but
                    # "Senior Officials Meeting" alone is a forum only next to its convener.
                    variants.add((rest, "short"))
    return variants


_cache = {}
_lock = threading.Lock()


def current():
    """The gazetteer of the current knowledge version, built on first use after any edit."""
    token = versioning.current()
    gaz = _cache.get(token)
    if gaz is None:
        with _lock:
            gaz = _cache.get(token)
            if gaz is None:
                gaz = build()
                _cache.clear()
                _cache[token] = gaz
    return gaz


@dataclass
class Match:
    """Words of the report that name a record (or several, when the name is shared)."""

    start_token: int
    end_token: int  # exclusive
    start: int
    end: int
    entries: list

    @property
    def kind(self):
        return self.entries[0].kind

    @property
    def keys(self):
        seen = []
        for e in self.entries:
            if (e.kind, e.key) not in seen:
                seen.append((e.kind, e.key))
        return seen


def entry_fits(entry, tokens, i):
    n = len(entry.tokens)
    if i + n > len(tokens):
        return False
    for k in range(n):
        tok = tokens[i + k]
        if tok.folded != entry.tokens[k]:
            return False
        if entry.caps[k] and not tok.is_upper:
            # An acronym written in lower case is a word ("commit"); a long one may be title-cased ("Interpol").
            if not (len(tok.text) >= 4 and tok.text[:1].isupper() and tok.folded not in lexicon.COMMON_WORDS):
                return False
        if entry.kind in ("person", "city") and not tok.text[:1].isupper() and tok.folded not in lexicon.NAME_PARTICLES:
            return False
    if entry.kind in ("organization", "agreement", "forum", "country", "demonym"):
        # A name written all in lower case is ordinary words ("united nations" is fine, "plan" alone is not).
        if not any(tokens[i + k].text[:1].isupper() or tokens[i + k].text[:1].isdigit() for k in range(n)):
            return False
    return True


def person_fits_with_initials(entry, tokens, i):
    """How many tokens "Maria T. Santos" takes as the base's "Maria Santos" (0 when it does not fit): a report may
    put a middle initial or two between the words of a person's name, which the base records without them."""
    j = i
    for k, word in enumerate(entry.tokens):
        skipped = 0
        while k and j < len(tokens) and len(tokens[j].text) == 1 and tokens[j].text.isupper() and skipped < 2:
            if tokens[j].folded == word:
                break
            j, skipped = j + 1, skipped + 1
        if j >= len(tokens) or tokens[j].folded != word or not tokens[j].text[:1].isupper():
            return 0
        j += 1
    return j - i if j - i > len(entry.tokens) else 0


def find(gaz, doc):
    """Non-overlapping matches, longest first at each position, left to right; a match never crosses a sentence."""
    tokens = doc.tokens
    matches = []
    i = 0
    while i < len(tokens):
        candidates = gaz.index.get(tokens[i].folded)
        best = []
        best_len = 0
        if candidates:
            for entry in candidates:
                n = len(entry.tokens)
                if n < best_len:
                    break
                taken = n if entry_fits(entry, tokens, i) else 0
                if not taken and entry.kind == "person" and n >= 2:
                    taken = person_fits_with_initials(entry, tokens, i)
                if taken and doc.sentence_index(i) == doc.sentence_index(i + taken - 1):
                    if taken > best_len:
                        best, best_len = [entry], taken
                    elif taken == best_len:
                        best.append(entry)
        if best:
            matches.append(Match(i, i + best_len, tokens[i].start, tokens[i + best_len - 1].end, best))
            i += best_len
        else:
            i += 1
    return matches
