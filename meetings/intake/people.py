"""People in a report: ranks and honorifics apart from the name, posts from appositions, names the base lacks."""

import re

from meetings.models import fold

from . import lexicon

# Words with their full stops ("Maj.", "H.E."), and brackets, read backwards from a name.
RANK_WORD = re.compile(r"\([^()]{1,12}\)|[A-Za-z][A-Za-z'’./-]*")


def _phrases():
    table = {}
    for phrase, full in lexicon.RANKS.items():
        table[phrase] = ("rank", full)
    for phrase, full in lexicon.HONORIFICS.items():
        table[phrase] = ("honorific", full)
    # "Pol Gen" and "Maj Gen" are written without their full stops too.
    for phrase, value in list(table.items()):
        bare = phrase.replace(".", "").strip()
        if bare and bare not in table and len(bare) > 2:
            table[bare] = value
    return table


PHRASES = _phrases()
MAX_PHRASE = max(len(p.split()) for p in PHRASES)


# Posts that end in "General" ("Director General", "Secretary General"): the word is no rank there.
POST_BEFORE_GENERAL = {"director", "secretary", "attorney", "solicitor", "consul", "auditor", "governor", "surgeon"}


def normalise_word(word):
    return word.lower().replace("’", "'")


def titles_before(text, end, limit=120):
    """(rank, honorific, start offset, leftover words before them) read backwards from offset end.

    "Assistance Commissioner of Police (ACP) Dr." gives rank "Assistant Commissioner of Police" (from the
    bracketed abbreviation, which also covers the spelled-out words before it) and honorific "Dr.".
    """
    window_start = max(0, end - limit)
    window = text[window_start:end]
    words = [(m.start() + window_start, m.end() + window_start, m.group()) for m in RANK_WORD.finditer(window)]
    # Only the words directly before the name, with nothing but spaces between them.
    run = []
    pos = end
    for s, e, w in reversed(words):
        gap = text[e:pos]
        if gap.strip() not in ("",):
            break
        run.insert(0, (s, e, w))
        pos = s
    rank = honorific = ""
    start = end
    i = len(run)
    while i > 0:
        found = False
        for n in range(min(MAX_PHRASE, i), 0, -1):
            chunk = run[i - n : i]
            phrase = " ".join(normalise_word(w) for _, _, w in chunk)
            bracketed = n == 1 and phrase.startswith("(")
            key = phrase.strip("()") if bracketed else phrase
            kind_full = PHRASES.get(key) or PHRASES.get(key.rstrip("."))
            if kind_full is None and not bracketed and not key.endswith("."):
                kind_full = PHRASES.get(key + ".")
            if (
                kind_full
                and key == "general"
                and i - n > 0
                and normalise_word(run[i - n - 1][2]) in POST_BEFORE_GENERAL
            ):
                kind_full = None  # "Director General X": a post, not the rank of General
            if kind_full:
                kind, full = kind_full
                if bracketed and kind == "rank":
                    # The abbreviation explains the capitalised words before it: skip them.
                    j = i - 1
                    while j > 0 and (run[j - 1][2][:1].isupper() or run[j - 1][2].lower() in ("of", "the")):
                        j -= 1
                    n = i - j
                if kind == "rank" and not rank:
                    rank = full
                elif kind == "honorific" and not honorific:
                    honorific = full
                elif kind == "rank" and rank and full not in rank:
                    rank = f"{full} {rank}" if len(full) < 25 else rank
                i -= n
                start = run[i][0]
                found = True
                break
        if not found:
            # A bracketed abbreviation of a post ("(ED)") between a title and a rank is skipped.
            if run[i - 1][2].startswith("(") and rank == "" and honorific == "":
                i -= 1
                continue
            break
    leftover = run[:i]
    return rank, honorific, start, leftover


def title_words_before(leftover):
    """The post written right before the rank or name ("Executive Director"), if its words are a post's."""
    words = []
    for _s, _e, w in reversed(leftover):
        if w.startswith("("):
            if words:
                break
            continue
        if not w[:1].isupper() and w.lower() not in ("of", "for", "and", "general"):
            break
        words.insert(0, w)
        if len(words) >= 5:
            break
    while words and words[0].lower() in ("of", "for", "and", "the"):
        words.pop(0)
    if words and any(fold(w) in lexicon.POST_WORDS for w in words):
        # The post starts at its first post word: "Secretariat's Executive Director" -> "Executive Director",
        # "Deputy Minister of Public Security" stays whole.
        first = next(k for k, w in enumerate(words) if fold(w) in lexicon.POST_WORDS)
        kept = words[first:]
        while kept and kept[-1].lower() in ("of", "for", "and", "the"):
            kept.pop()
        return " ".join(kept)
    return ""


# Lower-case particles inside a name: Malay "bin"/"binti", Filipino "dela", "del", "de los", Dutch "van der" ...
# (each a whole word: "de" is not the start of "dela").
NAME_TOKEN = re.compile(
    r"[A-ZÀ-ÖØ-ÞĐ][\w'’-]*|(?:binti|bin|bte|ibn|van|dela|delos|della|del|de|der|di|la|le|los|las|da|dos|von|al|el)\b"
)
# A nickname in quotes inside a name (Ramon "Jun" Villasenor): left out of the name the base records.
NICKNAME = re.compile(r"\s*[\"“'‘][A-Z][\w.-]*[\"”'’](?=\s)")


# Letters after a name in mixed case with two capitals or more ("SSpS", "PhD", "MSc", "CSsR"): no surname is written
# so, while "McKay" or "DeLima" end in a run of small letters and all-capital surnames ("CRUZ") are left alone.
POSTNOMINAL = re.compile(r"(?=(?:[a-z]*[A-Z]){2})(?=[A-Za-z]*[a-z])[A-Za-z]{2,5}(?<![a-z]{2})")


def name_after(text, start, limit=80):
    """A capitalised name of two to five words starting at offset start, or None: (name, start, end)."""
    # A service or status in brackets after a rank is not the name: "Brigadier General (Pol) X", "Colonel (Ret.) X".
    # So is an Indonesian service written after the rank: "Brigadier General Pol. Budi ...".
    qualifier = re.compile(r"\s*\([A-Za-z.]{1,8}\)(?=\s)|\s*(?:Pol|Purn|Ret)\.(?=\s)").match(text, start)
    pos = start = qualifier.end() if qualifier else start
    words = []
    last_end = start
    # "Mohd Faizal bin Pengiran Haji Osman": the father's styles after "bin" are part of the name but not of its
    # length, which counts the names alone.
    styles = 0
    while len(words) - styles < 6:
        m = re.compile(r"\s*").match(text, pos)
        pos = m.end()
        w = NAME_TOKEN.match(text, pos)
        if not w:
            break
        word = w.group()
        if word.lower() in lexicon.WEEKDAYS:
            break
        if word.lower().rstrip("'’") in lexicon.MONTHS and (not words or re.compile(r"[\s,]*\d").match(text, w.end())):
            # "on 3 May", "Mr. X May 2025": a date ends the name; but "Khin Mar Win" and "Than May Oo" are names.
            break
        if not word[:1].isupper() and (not words or len(words) >= 5):
            break
        if word == "Ma" and re.compile(r"\.\s+[A-Z]").match(text, w.end()):
            # "Ma. Theresa": the Philippine abbreviation of Maria, with its full stop, begins or continues a name.
            words.append("Ma.")
            last_end = pos = w.end() + 1
            continue
        if words and len(word) == 1 and word.isupper() and re.compile(r"\.\s+[A-Z]").match(text, w.end()):
            # "Somchai K. Rattanakorn": a middle initial with its full stop stays inside the name.
            words.append(word + ".")
            last_end = pos = w.end() + 1
            continue
        if (
            words
            and word[:1].isupper()
            and word.lower() in lexicon.HONORIFICS
            and any(x.lower() in lexicon.PATRONYMIC_PARTICLES for x in words[1:])
        ):
            styles += 1
        if words and word.lower() in lexicon.PATRONYMIC_PARTICLES:
            # "Nik Hashimah binti Nik Ab Rahman": the particle joins two names and is neither.
            styles += 1
        words.append(word)
        last_end = w.end()
        pos = w.end()
        nickname = NICKNAME.match(text, pos) if word[:1].isupper() else None
        if nickname:
            pos = nickname.end()
        if pos < len(text) and text[pos] not in " \u00a0":
            break
        if pos - start > limit:
            break
    while words and not words[-1][:1].isupper():
        words.pop()
    # "Sister Maria Goreti Bria SSpS", "Agus Salim PhD": the letters of a religious order or a degree written after
    # the name are no part of it.
    while len(words) > 2 and POSTNOMINAL.fullmatch(words[-1]):
        words.pop()
    if len(words) < 2 or len(words) - styles > 5:
        return None
    name = " ".join(words)
    if NICKNAME.search(text[start:last_end]):
        # The name goes without its nickname, so it is not the text between start and end.
        real_start = text.index(words[0], start)
        return name, real_start, text.index(words[-1], real_start) + len(words[-1])
    end = start + len(text[start:last_end]) if words else start
    real_start = text.index(words[0], start)
    # Trim an end past the last kept word.
    end = text.index(words[-1], real_start) + len(words[-1])
    return name, real_start, end


def split_name(name):
    """(name without a patronymic, patronymic) for names like "Bakri bin Zainal Abidin"."""
    words = name.split()
    for i, w in enumerate(words):
        if i > 0 and w.lower() in lexicon.PATRONYMIC_PARTICLES:
            return name, " ".join([w.lower(), *words[i + 1 :]])
    return name, ""
