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
