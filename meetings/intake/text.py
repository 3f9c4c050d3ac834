"""Tokens and sentences of a report, each with its character offsets in the text as given.

Passages must be verbatim substrings of the report (Citation.clean refuses others), so nothing here rewrites the
text: tokens and sentences are spans of it.
"""

import bisect
import re
from dataclasses import dataclass

from meetings.models import fold

WORD = re.compile(r"[^\W_]+", re.UNICODE)
APOSTROPHES = "'’"

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = {
    "dr",
    "mr",
    "ms",
    "mrs",
    "prof",
    "gen",
    "col",
    "lt",
    "maj",
    "brig",
    "capt",
    "supt",
    "pol",
    "sr",
    "jr",
    "st",
    "no",
    "nos",
    "vs",
    "etc",
    "e",
    "h",
    "u",
    "s",
    "hon",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "inc",
    "ltd",
    "co",
    "govt",
    "dept",
    "i",
}


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    folded: str

    @property
    def is_capitalised(self):
        return self.text[:1].isupper()

    @property
    def is_upper(self):
        return len(self.text) > 1 and self.text.isupper()


def tokenize(text):
    """Word tokens; a possessive "'s" is dropped so "ASEANAPOL's" reads as "ASEANAPOL"."""
    tokens = []
    folded = {}  # a report repeats its words; fold each once
    for m in WORD.finditer(text):
        word = m.group()
        if word in ("s", "S") and m.start() > 0 and text[m.start() - 1] in APOSTROPHES:
            continue
        if word not in folded:
            folded[word] = fold(word)
        tokens.append(Token(m.start(), m.end(), word, folded[word]))
    return tokens


def sentences(text):
    """(start, end) spans of the sentences, white space trimmed; line breaks always end one."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        chunk = para.group()
        pos = 0
        for m in re.finditer(r"[.!?][\"'”’)]*(?=\s+[\"“‘(]?[A-Z0-9])", chunk):
            end = m.end()
            before = re.search(r"([^\W_]+)\.?[\"'”’)]*$", chunk[pos : m.start() + 1])
            word = before.group(1).lower() if before else ""
            if chunk[m.start()] == "." and (word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
                continue
            maria = re.match(r"\s+[A-Z][a-z]+\s+(?:[A-Z]\.\s|[A-Z][a-z])", chunk[end:])
            if before and before.group(1) == "Ma" and maria:
                continue  # "Ma. Theresa P. Cruz": the Philippine abbreviation of Maria ends no sentence
            spans.append((start + pos, start + end))
            pos = end
        spans.append((start + pos, start + len(chunk)))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


# A hard-wrapped paragraph (a PDF's text layer, an e-mail, a pasted chair's summary) breaks its lines at a width
# of some 60 to 100 characters, wherever a word ends: inside names and sentences. Its lines are long for that
# width and do not end a sentence; headings, list items and the short last line of a paragraph are not like that.
WRAP_WIDTHS = (40, 120)  # the longest line of a wrapped block lies between these
WRAP_SHARE = 0.6  # a line this share of the block's longest or longer runs on into the next
SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
LIST_ITEM = re.compile(r"(?:[-•*–—]|\(?\w{1,3}[.)]|[A-Z][\w ]{0,24}:)\s")  # "- ", "2. ", "(b) ", "Venue: "


HEADING_CAPITALS = 0.7  # share of a line's letters in capitals that makes it a heading


def is_heading(line):
    """True for a line in capitals ("OF THE 19th MEETING ON TRANSNATIONAL CRIME (19th SOM)"), an ordinal's "th"
    or a stray word in lower case notwithstanding."""
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= HEADING_CAPITALS * len(letters)


# "+----+------+": the border of a table drawn as a grid, above its header, under it and below its last row.
GRID_BORDER = re.compile(r"[ \t]*\+(?:[-=:]+\+)+[ \t]*")


def unwrap(text):
    """The text with the line breaks inside hard-wrapped paragraphs made spaces, keeping every offset.

    The result has the same length as the text, so tokens, sentences and passages found in it are spans of the
    text as given (Analysis copies passages from the original). A break is kept where the line ends a sentence
    or is short for its block (a heading, a paragraph's last line), where either line has no lower-case letter
    (a heading in capitals), where the next line starts a list item, and in blocks whose lines are too short
    (a list of names) or too long (one paragraph a line, as web pages paste) to be a wrapped paragraph."""
    if "\n" not in text:
        return text
    chars = list(text)
    offset = 0
    block = []  # (start offset, line without its end) of consecutive non-blank lines

    def join(block):
        width = max(len(line.rstrip()) for _s, line in block)
        if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
            return
        for index, ((start, line), (_next_start, following)) in enumerate(zip(block, block[1:], strict=False)):
            stripped, after = line.rstrip(), following.strip()
            if len(stripped) < WRAP_SHARE * width or SENTENCE_END.search(stripped) or LIST_ITEM.match(after):
                continue
            if (
                len(after) < WRAP_SHARE * width
                and index + 2 < len(block)
                and LIST_ITEM.match(block[index + 2][1].strip())
            ):
                continue  # a short next line over a list of its own ("Viet Nam" above its bodies) is a heading
            if is_heading(stripped) or is_heading(after):
                continue
            if stripped.count("|") >= 2 or line.count("\t") >= 2 or GRID_BORDER.fullmatch(stripped):
                continue  # a row of a plain-text table ("name | post | agency"), or its border, ends at its line
            for k in range(start + len(stripped), start + len(line) + 1):
                chars[k] = " "  # the trailing white space, a carriage return and the line break

    for line in text.split("\n"):
        if line.strip():
            block.append((offset, line))
        else:
            if len(block) > 1:
                join(block)
            block = []
        offset += len(line) + 1
    if len(block) > 1:
        join(block)
    return "".join(chars)


class Document:
    """A report's text with its tokens and sentences, and look-ups between them."""

    def __init__(self, text):
        self.text = text
        self.tokens = tokenize(text)
        self.sentences = sentences(text)
        self._starts = [s for s, _e in self.sentences]
        self._sentence_of_token = []
        self._ranges = [[None, None] for _ in self.sentences]
        si = 0
        for i, tok in enumerate(self.tokens):
            while si < len(self.sentences) - 1 and tok.start >= self.sentences[si][1]:
                si += 1
            self._sentence_of_token.append(si)
            if self._ranges:
                if self._ranges[si][0] is None:
                    self._ranges[si][0] = i
                self._ranges[si][1] = i + 1

    def sentence_index(self, token_index):
        return self._sentence_of_token[token_index] if self._sentence_of_token else 0

    def sentence_at(self, offset):
        """The sentence holding offset, or the one before it when offset falls between two."""
        index = bisect.bisect_right(self._starts, offset) - 1
        return min(max(0, index), max(0, len(self.sentences) - 1))

    def passage(self, sentence_index):
        s, e = self.sentences[sentence_index]
        return self.text[s:e]

    def sentence_tokens(self, sentence_index):
        first, end = self._ranges[sentence_index] if self._ranges else (None, None)
        return range(first, end) if first is not None else range(0)

    def between(self, a, b):
        """The raw text between two offsets."""
        return self.text[a:b]
