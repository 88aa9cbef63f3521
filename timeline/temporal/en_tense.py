"""Tense of an English clause, seen from one position in the text.

News anchors bare weekdays and months on the dateline: "said Friday" is the Friday
before it, "will meet on Thursday" the one after. The verb nearest the expression decides,
which copes with reported speech ("said Friday it will ...") better than a whole sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.temporal.gate import lowered

_IRREGULAR_PAST = (
    "was|were|had|did|said|told|went|came|met|took|made|gave|got|began|rose|fell|left|sent|"
    "held|won|lost|found|saw|sold|bought|paid|led|became|spoke|wrote|ran|struck|flew|"
    "brought|thought|knew|kept|fought|caught|taught|stood|felt|heard|meant|built|spent|"
    "broke|chose|drove|grew|hit|hurt|put|quit|set|shut|slid|split|spread|stole|swore|"
    "threw|understood|withdrew|wore|ago|earlier|previously|yesterday|last|overnight|"
    "closed|ended|reported|announced|posted|agreed|added|noted|declined|rose|dropped"
)
_FUTURE_WORDS = (
    r"will|won't|wo\s+n't|'ll|shall|going\s+to|gonna|plan(?:s|ned|ning)?\s+to|"
    r"as\s+(?:soon|early)\s+as|effective|"
    r"(?:is|are|am)\s+(?:due|set|scheduled|expected|slated|supposed|likely|forecast|"
    r"predicted|projected)\s+to|"
    r"(?:is|are)\s+to|intends?\s+to|hopes?\s+to|aims?\s+to|would|tomorrow|next(?!\s+to\b)|upcoming|"
    r"coming|later|expects?\s+to|scheduled|set\s+to|slated\s+to|poised\s+to|"
    r"due\s+to\s+(?:be|begin|start|expire|arrive|meet|open|close|end|take|visit|return|leave|"
    r"resume|vote|report|announce|hold|sign)\b|"
    r"to\s+(?:be\s+held|begin|start|expire|meet|visit|vote|report|release|announce)|"
    # a scheduled event in the simple present: "the strike begins Thursday"
    r"begins|starts|opens|ends|meets?|resumes|arrives|expires|convenes|kicks\s+off|"
    r"takes\s+effect|go(?:es)?\s+to\s+the\s+polls"
)
# "had been due to expire": a plan in the past, not a future
_PAST_PLAN = (r"(?:had|was|were)\s+(?:been\s+)?(?:due|set|scheduled|expected|supposed|planned|"
              r"slated)\s+to\s+\w+")
# a past form, unless a form of "be" makes it a passive or a participle ("is heard")
_PAST_FORM = (rf"(?<!\bbe\s)(?<!\bbeing\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)"
              rf"(?:(?:{_IRREGULAR_PAST})\b|[a-z]{{3,}}ed\b)")
_PERFECT = (r"(?:has|have)\s+(?!to\b)(?:not\s+|already\s+|also\s+|just\s+)?[a-z]+"
            r"(?:ed|en|wn|ne|ome|ung|ught|ept|elt|ade|id|ost|ound|ood|un|it)\b")
_PRESENT_WORDS = r"is|are|am|says|say|has|have|does|do|today|now|currently"

# every marker starts at a word boundary: one cheap test rejects most positions
_MARKERS = re.compile(
    rf"\b(?:(?P<future>(?:{_FUTURE_WORDS})\b)"
    rf"|(?P<past>{_PAST_PLAN}|{_PAST_FORM}|{_PERFECT})"
    rf"|(?P<present>(?:{_PRESENT_WORDS})\b))",
    re.IGNORECASE,
)
# the same markers (all lower case) on lower-cased text: several times faster
_MARKERS_LOWER = re.compile(_MARKERS.pattern)
# a past-looking word right after these is a bare form ("would hit", "to set")
_BARE_AFTER = re.compile(r"\b(?:will|would|could|should|can|may|might|must|to|did|does|do|"
                         r"n't|not)\s+$", re.IGNORECASE)
_REPORTING = re.compile(r"said|says|told|reported|announced|added|noted", re.IGNORECASE)
# words ending in -ed that are no verbs in the past
_NOT_PAST = {"need", "speed", "seed", "feed", "bed", "red", "shed", "wed", "weed", "breed",
             "indeed", "united", "limited", "based", "related", "expected", "scheduled",
             "planned", "proposed", "anticipated", "hundred", "interested", "concerned",
             "unexpected", "unprecedented", "estimated", "combined", "advanced",
             "detailed", "listed", "so-called", "alleged", "owned", "backed", "led",
             "succeed", "proceed", "exceed", "greed", "deed", "heed", "bleed", "creed"}
# a full stop after an abbreviation ("vs.", "Mr.", "Oct.", "U.S.") ends no sentence
_ABBREVIATION = re.compile(
    r"(?:\b(?:vs|Mrs|Mr|Ms|Dr|St|Jr|Sr|Co|Inc|Corp|Ltd|No|Gen|Sen|Rep|Gov|Lt|Col|Jan|Feb|Mar|"
    r"Apr|Aug|Sept|Sep|Oct|Nov|Dec)|\b[A-Z])$")


def _not_past(word: str) -> bool:
    """An -ed word that is no past verb: listed, or an un-...-ed adjective
    ("unspecified", "undisclosed", "unchanged")."""
    w = word.lower()
    return w in _NOT_PAST or (w.startswith("un") and w.endswith("ed") and " " not in w)


_BOUNDARY = re.compile(r"[.!?;:]\s|\n\s*\n|``|''|\"")


def _boundaries(text: str, lo: int, hi: int):
    """Sentence-like boundaries in text[lo:hi], skipping full stops after abbreviations."""
    for b in _BOUNDARY.finditer(text, lo, hi):
        if text[b.start()] == "." and _ABBREVIATION.search(text, max(0, b.start() - 5),
                                                            b.start()):
            continue
        yield b


def clause_bounds(text: str, pos: int, end: int) -> tuple[int, int]:
    """The stretch of text around [pos, end) up to the nearest sentence-like boundaries,
    at most ~200 characters either way."""
    lo = max(0, pos - 200)
    start = lo
    for b in _boundaries(text, lo, pos):
        start = b.end()
    hi = min(len(text), end + 200)
    b = next(_boundaries(text, end, hi), None)
    stop = b.start() + 1 if b else hi
    return start, stop


@lru_cache(maxsize=256)
def _markers(text: str, start: int, stop: int) -> tuple[tuple[int, int, str], ...]:
    """The tense markers of one clause (cached: expressions often share a clause)."""
    out = []
    low = lowered(text)
    scan, subject = (_MARKERS_LOWER, low) if low is not None else (_MARKERS, text)
    for m in scan.finditer(subject, start, stop):
        kind = m.lastgroup
        if kind == "past":
            if _not_past(m.group()):
                continue
            if _BARE_AFTER.search(text, max(0, m.start() - 8), m.start()):
                continue  # "would hit", "to set", "did put": a bare form, no past
            if _REPORTING.fullmatch(m.group()) and "," in text[max(start, m.start() - 40):
                                                              m.start()]:
                kind = "report"  # "..., officials said": the report, not the event
        out.append((m.start(), m.end(), kind))
    return tuple(out)


def local_tense(text: str, pos: int, end: int | None = None) -> str:
    """'past', 'future' or 'present': the tense marker nearest [pos, end) in its clause."""
    end = pos if end is None else end
    start, stop = clause_bounds(text, pos, end)
    best, best_dist = "present", 10**9
    for m_start, m_end, kind in _markers(text, start, stop):
        if pos <= m_start < end:
            continue  # a word of the expression itself ("last Friday" is handled there)
        dist = pos - m_end if m_end <= pos else m_start - end
        if kind == "report":
            if m_start < end:
                kind = "past"  # "said Friday": the reporting verb dates the expression
            else:
                kind, dist = "past", dist + 40  # "... Thursday, the White House said"
        if kind == "present":
            dist += 40  # a present verb is weak evidence in news
        if dist < best_dist:
            best, best_dist = kind, dist
    return best


def sentence_tense(sentence: str) -> str:
    """Coarse tense of a whole sentence (the engine's interface)."""
    future = past = 0
    for m in _MARKERS.finditer(sentence):
        if m.lastgroup == "future":
            future += 1
        elif m.lastgroup == "past" and not _not_past(m.group()):
            past += 1
    if future and future >= past:
        return "future"
    if past:
        return "past"
    return "present"
