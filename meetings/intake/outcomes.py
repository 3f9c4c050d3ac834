"""The intake's readers of what a meeting produced and what was said there: agreements the report names and how
the meeting stands to them, outcomes (decisions, recommendations, plans and where they were sent) and statements
with their speakers. They are separate from the readers of the meeting's fields and of the bodies and people at
it because they run last, on what those have found, and read the verbs of a sentence rather than its names.
Analysis inherits them as OutcomeReading.
"""

import re

from meetings.models import (
    AgreementRelation,
    OutcomeKind,
    OutcomeStatus,
    fold,
)

from . import lexicon
from .cues import QUOTE, REFERRAL, SPEECH_AFTER, SPEECH_FRONT, VENUE_HEADS

COLLECTIVE = re.compile(
    r"\b(?:meeting|meetings|delegates|delegations|participants|members|member (?:countries|states)|officials|"
    r"ministers|they|parties|dialogue partners|partners|leaders|conference|dialogue|forum|session|workshop|"
    r"countries|governments|sides|all|both|it|somtc|som)\b",
    re.IGNORECASE,
)
OUTCOME_RULES = [
    (r"\bagreed to adopt\b|\bagreed to the adoption of\b", OutcomeKind.AGREEMENT_TO_ADOPT, OutcomeStatus.ADOPTED),
    (r"\b(?:endorsed|approved)\b", OutcomeKind.DECISION, OutcomeStatus.ENDORSED),
    (r"\badopted\b", OutcomeKind.DECISION, OutcomeStatus.ADOPTED),
    (r"\bresolved\b|\bresolutions?\b", OutcomeKind.RESOLUTION, OutcomeStatus.ADOPTED),
    (r"\bdecided\b|\bdecisions?\b", OutcomeKind.DECISION, OutcomeStatus.ADOPTED),
    (r"\brecommend(?:ed|ations?)\b", OutcomeKind.RECOMMENDATION, OutcomeStatus.PROPOSED),
    (
        r"\bnoted\b[^.;]{0,80}?\b(?:plans?|intention|intends|initiative|offer|readiness|proposal|bid|willingness)\b",
        OutcomeKind.PLAN_NOTED,
        OutcomeStatus.NOTED,
    ),
    (
        r"\bpropos(?:ed|al|als)\b|\binitiat(?:ed|ing)\b[^.;]{0,30}\bconcept note\b",
        OutcomeKind.PROPOSAL,
        OutcomeStatus.PROPOSED,
    ),
    (
        r"\bdiscussed\b[^.;]{0,120}?\b(?:plan|plans|programme|program|roadmap|work plan)\b",
        OutcomeKind.PLAN_NOTED,
        OutcomeStatus.NOTED,
    ),
    (
        r"\bagreed\b|\breaffirmed\b|\bcommitted (?:to|themselves)\b|\bpledged\b|\bunderlined\b|\bvowed\b|\bresolved\b",
        OutcomeKind.STATEMENT,
        OutcomeStatus.ADOPTED,
    ),
    (r"\bnoted\b", OutcomeKind.STATEMENT, OutcomeStatus.NOTED),
]
OUTCOME_RULES = [(re.compile(p, re.IGNORECASE), kind, status) for p, kind, status in OUTCOME_RULES]


class OutcomeReading:
    """Agreements, outcomes and statements: the readers that run on what the others found."""

    # --- agreements, outcomes, statements -----------------------------------------------------------------------

    def read_agreements(self):
        for match in self.mentions:
            if match.kind != "agreement":
                continue
            kind, key, confidence, choices = self.resolve(match)
            stext = self.doc.passage(self.sentence_of(match.start))
            relation = self.agreement_relation(stext)
            self.add_link(
                "agreement",
                key,
                relation,
                match.start,
                match.end,
                choices is None,
                confidence,
                **({"choices": choices} if choices else {}),
            )
        self.read_new_agreements()

    def agreement_relation(self, stext):
        """How the meeting dealt with an agreement named in stext."""
        relation = AgreementRelation.CITED
        if re.search(r"\badopt(?:ed|ion)?\b|\bagreed to adopt\b", stext, re.IGNORECASE):
            relation = AgreementRelation.ADOPTED
        elif re.search(r"\bendors(?:ed|ement)\b", stext, re.IGNORECASE) and not REFERRAL.search(stext):
            relation = AgreementRelation.ENDORSED
        elif re.search(r"\bsign(?:ed|ing)\b", stext, re.IGNORECASE):
            relation = AgreementRelation.SIGNED
        elif re.search(
            r"\bdiscuss(?:ed|ion|ions)?\b|\breview(?:ed)?\b|\bimplementation\b|\bresolutions\b",
            stext,
            re.IGNORECASE,
        ):
            relation = AgreementRelation.DISCUSSED
        return relation

    def read_new_agreements(self):
        # Agreements named with a head word and an acronym the base lacks: "the Bali Declaration (BD)".
        for m in re.finditer(
            r"\b((?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:[A-Z][\w’'-]*|of|on|the|against|in|for|and|,)"
            r"(?:\s*,|\s+(?:[A-Z][\w’'-]*|of|on|the|against|in|for|and|by|to|Especially))*)",
            self.text,
        ):
            # "the COMMIT Sub-regional Plan of Action and the ASEAN Convention against ...": two agreements.
            offset = m.start(1)
            for piece in re.split(r"\s+and\s+the\s+", m.group(1)):
                self.consider_agreement_phrase(piece, self.text.find(piece, offset))
                offset += len(piece)

    def consider_agreement_phrase(self, phrase, begin):
        """An agreement named with a head word that the base lacks: proposed as new."""
        if begin < 0:
            return
        phrase = phrase.strip(" ,")
        words = phrase.split()
        if len(words) < 2:
            return
        folded = [fold(w.strip(",")) for w in words]
        heads = [
            k
            for k, w in enumerate(folded)
            if w
            in ("convention", "protocol", "treaty", "declaration", "memorandum", "communique", "charter", "roadmap")
            # "the National Convention Centre": a venue named after the word, not an agreement.
            and not (k + 1 < len(folded) and folded[k + 1].strip(",") in VENUE_HEADS)
            or (
                w == "plan"
                and (folded[k + 1 : k + 3] == ["of", "action"] or folded[k - 1 : k] in (["action"], ["work"]))
            )
        ]
        a, b = begin, begin + len(phrase)
        # A known agreement in the phrase is that agreement ("the ASEAN Convention against TIP").
        if not heads or any(x.kind == "agreement" and x.end > a and x.start < b for x in self.mentions):
            return
        while words and words[0].lower() in ("the", "of", "on", "and", "in", "for"):
            words = words[1:]
        while words and words[-1].lower().strip(",") in ("the", "of", "on", "and", "in", "for", "by", "to", ""):
            words = words[:-1]
        if words:
            words[-1] = words[-1].rstrip(",")
        phrase = " ".join(words)
        generic = {"plan", "action", "work", "of", "on", "the", "and", "for", "in", "to", "against"} | {
            "convention",
            "protocol",
            "treaty",
            "declaration",
            "memorandum",
            "communique",
            "charter",
            "roadmap",
        }
        if len(words) < 2 or len(words) > 20 or not words[0][:1].isupper():
            return
        if all(fold(w.strip(",")) in generic for w in words):
            return  # "its Plan of Action (APA)": a generic name, the agreement is the one its acronym names
        start = self.text.find(phrase, begin)
        if start < 0:
            return
        # "the ASEAN Plan of Action" for the base's "ASEAN Plan of Action against Trafficking in Persons, ...": the
        # start of exactly one known agreement's name is that agreement.
        head = [fold(w) for w in re.findall(r"[^\W_]+", phrase)]
        known = [
            slug
            for slug, agreement in self.gaz.agreements.items()
            if len(head) >= 3 and [fold(w) for w in re.findall(r"[^\W_]+", agreement["name"])][: len(head)] == head
        ]
        if len(known) == 1:
            relation = self.agreement_relation(self.doc.passage(self.sentence_of(start)))
            self.add_link("agreement", known[0], relation, start, start + len(phrase), True, 0.75)
            return
        self.add_new("agreement", phrase, start, start + len(phrase))

    def read_outcomes(self):
        for s, e in self.doc.sentences:
            stext = self.text[s:e]
            if stext.strip().endswith("?") or len(stext.split()) < 5:
                continue
            for regex, kind, status in OUTCOME_RULES:
                m = regex.search(stext)
                if not m:
                    continue
                subject = stext[: m.start()]
                persons_before = [p for p in self.person_spans if s <= p[0] < s + m.start()]
                if kind in (OutcomeKind.STATEMENT,) and persons_before:
                    break  # a person's words are a statement, not the meeting's outcome
                if kind == OutcomeKind.STATEMENT and not COLLECTIVE.search(subject):
                    break
                if kind in (OutcomeKind.DECISION, OutcomeKind.RESOLUTION) and not (
                    COLLECTIVE.search(subject) or self.forum_in(s, s + m.start())
                ):
                    if not re.search(r"\bresolutions?\b", m.group(), re.IGNORECASE):
                        break
                if kind == OutcomeKind.PROPOSAL and (persons_before or re.search(r"^\W*(?:he|she)\b", subject, re.I)):
                    if not re.search(r"proposal", m.group()):
                        break
                outcome_status = status
                referred_forum = None
                ref = REFERRAL.search(stext, m.start())
                if ref:
                    outcome_status = OutcomeStatus.REFERRED
                    for fm in self.mentions:
                        if fm.kind == "forum" and fm.start >= s + ref.start() - 2 and fm.start < e:
                            referred_forum = fm.keys[0][1]
                            break
                if kind == OutcomeKind.AGREEMENT_TO_ADOPT and not ref:
                    outcome_status = OutcomeStatus.ADOPTED
                proposed_by = None
                if kind == OutcomeKind.PROPOSAL:
                    after = re.search(r"\bproposal (?:of|by|from) (?:the )?", stext)
                    in_sentence = [
                        om for om in self.mentions if om.kind in ("organization", "country") and s <= om.start < e
                    ]
                    if after:
                        chosen = [om for om in in_sentence if om.start >= s + after.end() - 1][:1]
                    else:
                        chosen = [om for om in in_sentence if om.start < s + m.start()][-1:]
                    for om in chosen:
                        k, key, _c, _ch = self.resolve(om)
                        proposed_by = {"kind": k, "slug": key.lower() if k == "country" else key}
                agreements = sorted(
                    {mm.keys[0][1] for mm in self.mentions if mm.kind == "agreement" and s <= mm.start < e}
                )
                self.outcomes.append(
                    {
                        "kind": kind.value,
                        "status": outcome_status.value,
                        "text": stext,
                        "passage": stext,
                        "start": s,
                        "end": e,
                        "proposed_by": proposed_by,
                        "referred_to_forum": referred_forum,
                        "agreements": agreements,
                    }
                )
                break

    def forum_in(self, s, e):
        return any(m.kind == "forum" and s <= m.start < e for m in self.mentions)

    def read_statements(self):
        quoted_sentences = set()
        for m in QUOTE.finditer(self.text):
            inner_start = m.start(1) if m.group(1) is not None else m.start(2)
            inner = m.group(1) or m.group(2)
            if len(inner.split()) < 5:
                continue
            # A quoted meeting name is not a statement.
            if all(w[:1].isupper() or w.lower() in ("of", "on", "the", "for", "and", "in") for w in inner.split()):
                continue
            speaker = self.speaker_for(m.start(), m.end())
            if speaker is None:
                continue
            first = self.sentence_of(m.start())
            last = self.sentence_of(m.end() - 1)
            ps = self.doc.sentences[first][0]
            pe = self.doc.sentences[last][1]
            quoted_sentences.update(range(first, last + 1))
            self.statements.append(
                {
                    "speaker": speaker,
                    "kind": "quote",
                    "text": inner.strip(),
                    "passage": self.text[ps:pe],
                    "start": inner_start,
                    "end": inner_start + len(inner),
                }
            )
        for index, (s, e) in enumerate(self.doc.sentences):
            if index in quoted_sentences:
                continue
            stext = self.text[s:e]
            for start, end, speaker, _m in self.person_spans:
                if not s <= start < e:
                    continue
                after = self.text[end:e]
                # Past the appositive post: "X, Director of Y, noted ...".
                after_post = (
                    re.sub(r"^\s*,[^,]*(?:,[^,]*)?,", "", after, count=1) if after.lstrip().startswith(",") else after
                )
                if (
                    SPEECH_AFTER.search(after)
                    or SPEECH_AFTER.search(after_post)
                    or (
                        SPEECH_FRONT.search(self.text[s:start])
                        and re.search(r"\b(?:" + "|".join(lexicon.SPEECH_VERBS) + r")\b", after)
                    )
                ):
                    self.statements.append(
                        {
                            "speaker": speaker,
                            "kind": "paraphrase",
                            "text": stext,
                            "passage": stext,
                            "start": s,
                            "end": e,
                        }
                    )
                    break
            else:
                # "He highlighted ...": the last person named before.
                pm = re.match(r"^\s*(?:He|She)\s+(?:also\s+)?(\w+)", stext)
                if pm and pm.group(1).lower() in lexicon.SPEECH_VERBS:
                    speaker = self.last_person_before(s)
                    if speaker:
                        self.statements.append(
                            {
                                "speaker": speaker,
                                "kind": "paraphrase",
                                "text": stext,
                                "passage": stext,
                                "start": s,
                                "end": e,
                            }
                        )

    def speaker_for(self, qstart, qend):
        # The quotation may run over several sentences; its speaker is named in the first or the last of them.
        s = self.sentence_span(qstart)[0]
        e = self.sentence_span(max(qstart, qend - 1))[1]
        e = self.sentence_span(min(len(self.text) - 1, e + 1))[1] if self.text[qend:e].strip(" ,.") == "" else e
        inside = [p for p in self.person_spans if s <= p[0] < e and not qstart <= p[0] < qend]
        if inside:
            before = [p for p in inside if p[0] < qstart]
            return (before[-1] if before else inside[0])[2]
        stext = self.text[s:qstart]
        if re.search(r"\b(?:he|she|his|her)\b", stext + self.text[qend:e], re.IGNORECASE):
            return self.last_person_before(s)
        return None

    def last_person_before(self, offset):
        before = [p for p in self.person_spans if p[0] < offset]
        return before[-1][2] if before else None
