"""
Finding a cited passage again after its report's text was corrected.

A passage is anchored in its report by its words. When the text changes (a typo fixed, a paragraph re-flowed, a
sentence reworded), each passage that no longer occurs is looked for where its words went: the old and the new text
are compared word by word, the passage's place in the old text is carried over to the new one, and the words found
there become the passage, if they are close enough to the old ones (a few characters changed, not a sentence
rewritten). A passage that was deleted, rewritten, or that occurred in several places that went different ways is not
re-anchored: an editor decides.
"""

import bisect
import re
from difflib import SequenceMatcher

# How alike the old passage and the words found in its place must be, as difflib's ratio of their characters
# (case and white space ignored): 0.8 lets a corrected name or a few fixed typos through, not a rewritten sentence.
SIMILAR_ENOUGH = 0.8

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_WORD = re.compile(r"\S+")


def _words(text):
    """The text's words with their spans in the text, quotes unified as normalize_space does."""
    return [(m.start(), m.end(), m.group().translate(_QUOTES)) for m in _WORD.finditer(text)]


def _similar(a, b):
    return SequenceMatcher(None, " ".join(a.casefold().split()), " ".join(b.casefold().split())).ratio()


class Anchorer:
    """Carries passages of old_text over to new_text. One instance compares the two texts once for many passages."""

    def __init__(self, old_text, new_text):
        self.new_text = new_text
        self.old = _words(old_text)
        self.new = _words(new_text)
        # The old text as normalize_space gives it (words joined by one space), and where each word starts in it.
        self.old_joined = " ".join(word for _, _, word in self.old)
        self.old_starts = []
        position = 0
        for _, _, word in self.old:
            self.old_starts.append(position)
            position += len(word) + 1
        matcher = SequenceMatcher(
            None, [w.casefold() for _, _, w in self.old], [w.casefold() for _, _, w in self.new], autojunk=False
        )
        self.opcodes = matcher.get_opcodes()
        self.opcode_starts = [i1 for _, i1, _, _, _ in self.opcodes]

    def _opcode(self, i):
        return self.opcodes[bisect.bisect_right(self.opcode_starts, i) - 1]

    def _map_start(self, i):
        tag, i1, _, j1, j2 = self._opcode(i)
        if tag == "equal":
            return j1 + (i - i1), True
        return (j1 if tag == "replace" else j2), False

    def _map_end(self, i):
        tag, i1, _, j1, j2 = self._opcode(i)
        if tag == "equal":
            return j1 + (i - i1), True
        return (j2 - 1 if tag == "replace" else j1 - 1), False

    def _carry(self, start, end):
        """The counterpart in the new text of old_joined[start:end], or None when its words were deleted."""
        a = bisect.bisect_right(self.old_starts, start) - 1
        b = bisect.bisect_right(self.old_starts, end - 1) - 1
        cut_front = start - self.old_starts[a]
        cut_back = self.old_starts[b] + len(self.old[b][2]) - end
        na, a_kept = self._map_start(a)
        nb, b_kept = self._map_end(b)
        if nb < na or na >= len(self.new) or nb < 0:
            return None
        # A passage that starts or ends inside a word keeps that cut only where the word itself is unchanged.
        front = self.new[na][0] + (cut_front if a_kept and self.new[na][2] == self.old[a][2] else 0)
        back = self.new[nb][1] - (cut_back if b_kept and self.new[nb][2] == self.old[b][2] else 0)
        return self.new_text[front:back].strip() or None

    def find(self, passage):
        """The passage as the new text now words it, or None when it cannot be found again unambiguously."""
        wanted = " ".join(passage.translate(_QUOTES).split())
        if not wanted:
            return None
        found = set()
        start = self.old_joined.find(wanted)
        while start != -1:
            carried = self._carry(start, start + len(wanted))
            if carried is not None and _similar(carried, wanted) >= SIMILAR_ENOUGH:
                found.add(" ".join(carried.split()))
            else:
                # One occurrence of the passage cannot be followed: choosing among the rest would be a guess.
                return None
            start = self.old_joined.find(wanted, start + 1)
        if len(found) != 1:
            return None
        (carried,) = found
        return carried
