"""Tense of an English clause, seen from one position in the text.

News anchors bare weekdays and months on the dateline: "said Friday" is the Friday
before it, "will meet on Thursday" the one after. The verb nearest the expression decides,
which copes with reported speech ("said Friday it will ...") better than a whole sentence;
a verb after the expression counts less (an adjunct follows its verb), and one in a
later clause much less ("Jones, who won on Sunday, will defend ...").

Looking ahead are "will", "going to", modals ("could arrive Sunday", not "could not be
reached" or "may have left"), forecasts and plans ("expect rain Thursday", "is set for",
"to be published"), and schedules in the simple present ("the team plays Saturday",
"polls close at 8 p.m.").
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.temporal.first_char import with_first_char_check
from timeline.temporal.gate import lowered


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex (split at "|" outside groups and classes)."""
    out, current, depth, in_class, i = [], [], 0, False, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            current.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            out.append("".join(current))
            current = []
            i += 1
            continue
        current.append(c)
        i += 1
    out.append("".join(current))
    return out


def by_first_letter(pattern: str) -> str:
    """The same alternation with the alternatives that open with a lower-case letter
    grouped by it ("will|would|won't" -> "w(?:ill|ould|on't)"): the regex engine then tries
    each first letter once instead of every word at every position. Within a group the
    order stays; an alternative that opens otherwise ("(?:is|are)...", "'ll") closes the
    groups before it, so every match is the one the flat alternation gives."""
    parts: list[str] = []
    groups: dict[str, list[str]] = {}

    def flush() -> None:
        for letter, rests in groups.items():
            parts.append(letter + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0]))
        groups.clear()

    for alt in _alternatives(pattern):
        if alt[:1].isalpha() and alt[:1].islower():
            groups.setdefault(alt[0], []).append(alt[1:])
        else:
            flush()
            parts.append(alt)
    flush()
    return "|".join(parts)


_IRREGULAR_PAST = (
    "was|were|had|did|said|told|went|came|met|took|made|gave|got|began|rose|fell|left|sent|"
    "held|won|lost|found|saw|sold|bought|paid|led|became|spoke|wrote|ran|struck|flew|"
    "brought|thought|knew|kept|fought|caught|taught|stood|felt|heard|meant|built|spent|"
    "broke|chose|drove|grew|hit|hurt|put|quit|set|shut|slid|split|spread|stole|swore|"
    "threw|understood|withdrew|wore|ago|earlier(?!\\s+than)|previously|yesterday|last|overnight|"
    "closed|ended|reported|announced|posted|agreed|added|noted|declined|rose|dropped|"
    # short or irregular past forms the "-ed" pattern misses
    "died|fled|freed|tied|dug|fed|hid|rode|rang|sank|sat|shook|slept|sang|swept|swung|tore|"
    "woke|bled|bent|dealt|forgot|forgave|froze|hung|laid|lent|sought|sprang|stuck|wept|ate|"
    "drank|blew|drew|overtook|oversaw|shot"
)
_FUTURE_WORDS = (
    r"will|won't|wo\s+n't|'ll|shall|going\s+to|gonna|plan(?:s|ned|ning)?\s+to|"
    r"as\s+soon\s+as|effective|"
    r"(?:is|are|am)\s+(?:due|set|scheduled|expected|slated|supposed|likely|forecast|"
    r"predicted|projected)\s+to|"
    # an expectation reported in the past still looks ahead: "showers were expected on
    # Wednesday", "the vote was set for Thursday" (_markers turns "had been", "originally"
    # plans back into the past)
    r"(?P<wasdue>(?<!\bas\s)(?<!\bthan\s)(?:was|were)\s+(?:expected|forecast|predicted|"
    r"projected|likely|(?:due|set|scheduled|slated)\s+(?:to|for)))|"
    # a state a schedule sets: "markets are closed on Monday"
    r"(?:is|are)\s+(?:closed|shut|open)(?!\s+(?:to|for\s+business)\b)|"
    r"(?:is|are)\s+to|intends?\s+to|hopes?\s+to|aims?\s+to|"
    # a wish looks ahead to its infinitive: "wants the council to review"
    r"wants?\s+(?:[\w-]+\s+){0,3}?to\s|"
    # a promise or a hope looks ahead even when it was made in the past
    r"(?:hoped|intended|aimed|vowed|promised|pledged|threatened)\s+to|would|tomorrow|next(?!\s+to\b)|upcoming|"
    # so does what was promised: "the county has promised a replacement in the autumn"
    # (not a promise that was due before: "had promised a result by Monday")
    r"(?<!\bhad\s)(?:(?:has|have)\s+)?(?:promised|pledged)\s+(?:an?|the)\s|"
    r"coming|later|expects?\s+to|scheduled|set\s+to|slated\s+to|poised\s+to|"
    r"due\s+to\s+(?:be|begin|start|expire|arrive|meet|open|close|end|take|visit|return|leave|"
    r"resume|vote|report|announce|hold|sign)\b|"
    r"to\s+(?:be\s+held|begin|start|expire|meet|visit|vote|report|release|announce)|"
    # a scheduled event in the simple present: "the strike begins Thursday"
    r"begins|starts|opens|ends|meets?|resumes|arrives|expires|convenes|kicks\s+off|"
    r"runs\s+(?:from|through|until|till)\b|runs(?=\s+(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day)|"
    r"takes\s+effect|go(?:es)?\s+to\s+the\s+polls|closes|reopens|concludes|shuts|"
    # a last day at work in the simple present: "the editor retires on Friday"
    r"retires|steps\s+down|stands\s+down|bows\s+out|"
    # a law's first day: "a new law comes into force on Wednesday"
    r"comes?\s+into\s+(?:force|effect|operation)|kicks?\s+in|goes\s+live|"
    # a day a date falls on, a status one takes: "which this year falls on Friday",
    # "becomes a free agent on March 11"; an arrival: "lands at Heathrow on Wednesday"
    r"falls\s+on|becomes|lands|docks|touches\s+down|"
    # a day kept or an office taken in the simple present: "celebrates its 10th
    # anniversary on Saturday", "a new mayor takes office Thursday"
    r"celebrates|takes\s+office|(?:is|are)\s+booked\s+for|"
    r"go(?:es)?\s+on\s+(?:general\s+|public\s+)?(?:sale|air|display|show|tour|trial|view)|"
    # results in the simple present are due: "Northwind reports its results on Thursday"
    r"(?:reports|releases|posts|publishes|announces)\s+(?:its|their)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:results|earnings|figures|numbers)|"
    # a schedule in the simple present ("plays Saturday", "polls close"): _markers keeps
    # these only after a subject (see _SCHEDULE_SUBJECT)
    r"(?P<sched>plays|faces|hosts|visits|travels|flies|returns|holds|heads|leaves|debates|"
    r"testifies|unveils|launches|departs|sails|premieres|airs|votes|decides|hears|"
    r"close|open|reopen|begin|start|resume|convene|end|play|face|host|visit|travel|fly|"
    r"return|hold|head|leave|debate|testify|vote|meet)|"
    # modals look ahead ("could arrive Sunday"); "could not" mostly reports the past, and
    # "may have left" is a guess about the past
    r"(?:could(?!\s+not\b|\s*n't)|can(?!not\b|\s+not\b|'t\b)|might|may|should|must)"
    r"(?!\s+(?:not\s+)?have\b)|"
    r"ought\s+to|(?:has|have|need|needs)\s+to|"
    # forecasts and plans: "expect rain Thursday", "to be published Friday"
    r"expects?|(?<!\bthan\s)(?<!\bas\s)expected\s+to|forecasts?|predicts?|anticipates?|"
    # a forecast's participle right before its day: "the heaviest snow expected Thursday"
    r"(?<!\bwas\s)(?<!\bwere\s)expected(?=\s+(?:(?:on|by|early|late|around|about|"
    r"before|after|until|at|from)\s+)?(?:(?:[\d.:]+\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midday|"
    r"midnight)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
    # "the team projects 25 percent containment by Sunday" (not the noun: "two projects")
    r"projects?(?=\s+(?:\d|(?:a|an|full|about|around|roughly|some)\b))|"
    r"to\s+be\s+[a-z]+(?:ed|en|wn)|"
    r"(?:is|are|be)\s+(?:possible|likely|expected|planned|due|scheduled|set|slated)|"
    r"ahead\s+of|in\s+advance\s+of|(?:set|reset|slated|planned|scheduled|rescheduled)\s+for"
)
# "was due to expire", "had been expected to": a plan in the past, not a future; "was
# expected to linger through the weekend" is a forecast, which looks ahead
_PAST_PLAN = (r"(?:had\s+(?:been\s+)?(?:due|set|scheduled|expected|supposed|planned|slated)"
              r"\s+(?:to\s+\w+|for\b)"
              r"|(?:was|were)\s+(?:due|set|scheduled|supposed|planned|slated)\s+to\s+\w+)")
# a past form, unless a form of "be" makes it a passive or a participle ("is heard")
_PAST_FORM = (r"(?<!\bbe\s)(?<!\bbeing\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)"
              rf"(?:(?:{by_first_letter(_IRREGULAR_PAST)})\b|[a-z]{{3,}}ed\b)")
_PERFECT = (r"(?:has|have)\s+(?!to\b)(?:not\s+|already\s+|also\s+|just\s+)?[a-z]+"
            r"(?:ed|en|wn|ne|ome|ung|ught|ept|elt|ade|id|ost|ound|ood|un|it)\b")
_PRESENT_WORDS = r"is|are|am|says|say|has|have|does|do|today|now|currently"



# verbs whose past is their base form: past after a singular subject ("the department
# cut its forecast"), which the present would give an -s; see _bare_past
_BARE_PAST = ("cut|let|cost|beat|bid|cast|burst|broadcast|shed|upset|bet|forecast|hit|put|"
              "set|hurt|quit|shut|split|spread")
# the verbs of _BARE_PAST that _IRREGULAR_PAST does not already count as past everywhere
_BARE_ONLY = frozenset("cut let cost beat bid cast burst broadcast shed upset bet forecast"
                       .split())

# every marker starts at a word boundary: one cheap test rejects most positions
_MARKERS = re.compile(
    rf"\b(?:(?P<future>(?:{by_first_letter(_FUTURE_WORDS)})\b)"
    rf"|(?P<past>{_PAST_PLAN}|(?P<bare>(?:{by_first_letter(_BARE_PAST)})\b)|{_PAST_FORM}|"
    rf"{_PERFECT})"
    rf"|(?P<present>(?:{_PRESENT_WORDS})\b))",
    re.IGNORECASE,
)
# the same markers (all lower case) on lower-cased text: several times faster
_MARKERS_LOWER = with_first_char_check(re.compile(_MARKERS.pattern))
# a past-looking word right after these is a bare form ("would hit", "to set")
_BARE_AFTER = re.compile(r"\b(?:will|would|could|should|can|may|might|must|to|did|does|do|"
                         r"n't|not|remain|stay|be)\s+$", re.IGNORECASE)
# modals that a negation before them ("could not", "nor could") or a capital ("May") turns
# into something else than a look ahead
_NOT_LOOKING_AHEAD = re.compile(r"could|may|can", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|n't|nor|neither|never|nobody|none)\b", re.IGNORECASE)
# a clause that opens after the expression has its own verb: "on Thursday that strikes
# could harm", "Jones, who won on Sunday, will defend"
_CLAUSE_OPENER = re.compile(r",|\b(?:that|which|who|when|if|because|while|and|but)\b",
                            re.IGNORECASE)
# a coordinate clause set off by a comma: "before the August recess, but acknowledged"
_COORDINATE_AFTER = re.compile(r",\s+(?:and|but|while|although|though)\s", re.IGNORECASE)
_TO_BE = re.compile(r"to\s+be\b", re.IGNORECASE)
# verbs after which "to be <participle>" describes a state, not something to come
_SEEMING = re.compile(r"\b(?:appear|seem|prove|said|believed|thought|known|found|reported|"
                      r"alleged|claimed|understood|happen|used|turn\s+out|turned\s+out)"
                      r"[a-z]*\s+$", re.IGNORECASE)
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


# (also after a verb in the past: "signed heads of terms", where "heads" is its object)
# a noun after a preposition and an adjective: "a canvass of senatorial votes"
_AFTER_PREPOSITION = re.compile(r"\b(?:of|for|with|from|about|by)\s+(?:[a-z]+\s+)?$")
_AFTER_DETERMINER = re.compile(r"\b(?:the|a|an|of|to|its|his|her|their|[a-z]{2,}ed)\s+$",
                               re.IGNORECASE)
# "its forecast", "its profit forecast", "the latest forecast": a noun
_FORECAST_NOUN = re.compile(r"\b(?:the|a|an|of|to|its|his|her|their)\s+"
                            r"(?:(?:profit|sales|earnings|revenue|growth|weather|budget|"
                            r"inflation|price|rate|official|latest|new|annual|full-year|"
                            r"quarterly)\s+)?$", re.IGNORECASE)
# an -ed form after an article or a possessive is an adjective: "the revised figures"
_ADJECTIVE_AFTER = re.compile(r"\b(?:the|a|an|its|his|her|their|our|these|those|all)\s+$",
                              re.IGNORECASE)
# ... and so is one between a count and a plural noun: "all 26 registered parties"
_COUNT_BEFORE = re.compile(r"(?<![:.,\d])\b\d(?:[\d,]*\d)?\s+$")
_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b")
# ... and so is one between a verb after a modal and its object: "will hold closed
# practices", "to serve frozen meals" (not "will have closed", "to be closed")
_MODAL_VERB_BEFORE = re.compile(r"\b(?:will|would|to|can|could|may|might|must|should|shall)"
                                r"\s+(?!(?:have|has|had|be|been|get|got|keep|stay)\b)"
                                r"[a-z]+\s+$")
_WORD_AFTER = re.compile(r"\s+[a-z]")
_AFTER_PLURAL = re.compile(r"[a-z]s\s+$", re.IGNORECASE)
# a plural subject with a place after it: "markets in Asia reopen"
_AFTER_PLURAL_PLACE = re.compile(r"[a-z]s\s+(?:in|of|at|across|around)\s+(?:the\s+)?"
                                 r"(?:[A-Z][\w.-]*\s+){1,3}$")

# --- a base-form past after a singular subject ---------------------------------------

# what may stand between a subject and its verb: a time adjunct ("on Friday", "late
# Tuesday", "yesterday") or an adverb ("also", "sharply")
_ADJUNCT_BEFORE = re.compile(
    r"(?:,?\s*\b(?:(?:on|late|early|earlier|last|this)\s+)?(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|yesterday|today|week|month|year)"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?|\s*\b(?:also|again|just|then|already|"
    r"[a-z]{3,}ly))\s*$", re.IGNORECASE)
_SUBJECT_WORD = re.compile(r"\b([A-Za-z][\w.'-]*)\s*$")
_SINGULAR_PRONOUNS = {"he", "she", "it"}
# no singular subject: pronouns of other persons, words that make the verb bare or a
# noun ("the cut", "to cut", "will cut"), relatives whose number is unknown
_NO_SUBJECT = {"i", "we", "you", "they", "the", "a", "an", "its", "his", "her", "their",
               "our", "my", "your", "this", "that", "these", "those", "who", "which", "to",
               "and", "or", "of", "in", "on", "at", "for", "with", "by", "from", "as",
               "people", "police", "men", "women", "children", "data", "staff", "media",
               "not", "never", "also", "did", "does", "do", "will", "would", "could", "can",
               "should", "may", "might", "must", "is", "are", "be", "been", "being", "was",
               "were", "has", "have", "had", "deep", "short", "price", "tax", "rate", "job",
               "budget", "spending", "pay", "wage", "interest", "cost", "net"}
# what follows a verb with an object or a particle, not a noun ("the tax cut on Friday")
_OBJECT_AFTER = re.compile(
    r"\s+(?:(?:its|the|a|an|his|her|their|our|my|your|this|that|these|those|some|all|"
    r"him|them|it|us|me|more|nearly|almost|about|back|down|off|up|out|short|loose|ties|"
    r"[a-z]+s)\b|[$\d]|[A-Z][a-z])")


def _bare_past(text: str, start: int, end: int, lo: int) -> bool:
    """Whether the base-form verb at text[start:end] is a past: after a singular subject
    ("The Agriculture Department on Friday cut its forecast", "the storm hit the coast")
    and before an object, where a present would end in -s. After "they", a plural or a
    modal it stays what it was."""
    after = _OBJECT_AFTER.match(text, end)
    if after is None or after.group().endswith("s") and text[start:end].lower() == "cost":
        return False  # ("initial cost estimates": a noun before a noun)
    pos = start
    while True:
        adjunct = _ADJUNCT_BEFORE.search(text, max(lo, pos - 40), pos)
        if adjunct is None or adjunct.start() == adjunct.end():
            break
        pos = adjunct.start()
    word = _SUBJECT_WORD.search(text, max(lo, pos - 30), pos)
    if word is None:
        return False
    w = word.group(1).lower()
    if w in _SINGULAR_PRONOUNS:
        return True
    if w in _NO_SUBJECT or w.endswith("ing") or not w.isalpha() and "-" not in w:
        return False  # ("getting beat up": a participle)
    return not (w.endswith("s") and not w.endswith(("ss", "us", "is")))


# a plan the text says was dropped or changed is no expectation: "originally set for"
_EARLIER_PLAN = re.compile(r"\b(?:originally|previously|initially|(?<=was\s)first|"
                           r"(?<=were\s)first)\s+$",
                           re.IGNORECASE)


def _schedule_subject(text: str, pos: int, word: str) -> bool:
    """Whether the schedule verb at `pos` follows a subject: any word but a determiner
    for "plays", a plural noun for "play" ("the Senate votes", "polls close")."""
    before = max(0, pos - 14)
    if word.endswith("s") and not word.endswith("ss"):
        return not _AFTER_DETERMINER.search(text, before, pos) \
            and not _AFTER_PREPOSITION.search(text, max(0, pos - 30), pos)
    return bool(_AFTER_PLURAL.search(text, before, pos)
                or _AFTER_PLURAL_PLACE.search(text, max(0, pos - 50), pos))


def _not_past(word: str) -> bool:
    """An -ed word that is no past verb: listed, or an un-...-ed adjective
    ("unspecified", "undisclosed", "unchanged"), not a verb of its own ("unveiled")."""
    w = word.lower()
    return w in _NOT_PAST or (w.startswith("un") and w.endswith("ed") and " " not in w
                              and w not in _UN_VERBS)


# verbs that begin with "un" (or "under"), whose -ed forms are pasts
_UN_VERBS = frozenset(
    "unveiled uncovered unleashed unloaded unlocked unfolded unearthed unraveled unravelled "
    "unsealed unblocked undermined underlined underscored underestimated underperformed "
    "underpinned unified united unionized unplugged unpacked unrolled untangled unfurled "
    "unmasked unnerved unseated unwrapped unhooked".split())


_BOUNDARY = with_first_char_check(re.compile(r"[.!?;:]\s|\n\s*\n|``|''|\""))


def _after_abbreviation(text: str, b: re.Match) -> bool:
    """Whether a boundary is a full stop after an abbreviation ("Sept.", "Mr.", "4 p.m. EDT,
    after"): none."""
    if text[b.start()] != ".":
        return False
    if _ABBREVIATION.search(text, max(0, b.start() - 5), b.start()) is not None:
        return True
    return text[max(0, b.start() - 3):b.start()] in ("a.m", "p.m") \
        and _AFTER_CLOCK.match(text, b.start() + 1) is not None


# what follows "a.m."/"p.m." inside a sentence: a time zone, a weekday, a lower-case word
_AFTER_CLOCK = re.compile(r"\s*(?:\(?(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|ET|PT|CT|"
                          r"MT)\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|[a-z,;]"
                          r"|[A-Z][a-z]+\s+(?:standard\s+|daylight\s+|summer\s+)?time\b)")


def _boundaries(text: str, lo: int, hi: int):
    """Sentence-like boundaries in text[lo:hi], skipping full stops after abbreviations."""
    for b in _BOUNDARY.finditer(text, lo, hi):
        if not _after_abbreviation(text, b):
            yield b


@lru_cache(maxsize=256)  # a mention's rules and reference days ask for the same clause
def clause_bounds(text: str, pos: int, end: int) -> tuple[int, int]:
    """The stretch of text around [pos, end) up to the nearest sentence-like boundaries,
    at most ~200 characters either way."""
    lo = max(0, pos - 200)
    start = lo
    # the last boundary before `pos` (checked from the end: most are never looked at)
    for b in reversed(list(_BOUNDARY.finditer(text, lo, pos))):
        if not _after_abbreviation(text, b):
            start = b.end()
            break
    hi = min(len(text), end + 200)
    # (an expression may end with the full stop of "p.m.", which can end the sentence too)
    b = next(_boundaries(text, end - 1 if text[end - 1:end] == "." else end, hi), None)
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
        if kind == "future":
            word = m.group()
            if m.group("sched") and not _schedule_subject(text, m.start(), word):
                continue  # "the votes", "to meet", "the end": no schedule
            if _NOT_LOOKING_AHEAD.match(word) and (
                    text[m.start()] == "M"
                    or _NEGATION.search(text, max(start, m.start() - 40), m.start())):
                if word.lower() != "could" or text[m.start()] == "M":
                    continue  # "the May elections"
                kind = "past"  # "nor could he be reached Friday": a report of a try
            if _TO_BE.match(word) \
                    and _SEEMING.search(text, max(start, m.start() - 16), m.start()):
                continue  # "appeared to be injured Friday": a state then, no plan
            if _EARLIER_PLAN.search(text, max(0, m.start() - 12), m.start()):
                kind = "past"  # "was originally set for Friday": the plan, no outlook
            elif word[:1] in "fF" and word.lower().startswith("forecast"):
                if _FORECAST_NOUN.search(text, max(0, m.start() - 24), m.start()):
                    continue  # "its forecast", "its profit forecast": a noun
                if word.lower() == "forecast" and _bare_past(text, m.start(), m.end(), start):
                    kind = "past"  # "the bureau forecast rain": said then
        elif kind == "past":
            if text[m.start():m.end()] == "Fed":
                continue  # the Federal Reserve, no verb
            if m.group("bare"):
                if _BARE_AFTER.search(text, max(0, m.start() - 8), m.start()):
                    continue
                if m.group().lower() in _BARE_ONLY \
                        and not _bare_past(text, m.start(), m.end(), start):
                    continue  # "farmers cut", "to cut", "a cut": no past told
            elif _not_past(m.group()):
                continue
            elif _ADJECTIVE_AFTER.search(text, max(0, m.start() - 7), m.start()) or (
                    _COUNT_BEFORE.search(text, max(0, m.start() - 9), m.start())
                    and _PLURAL_AFTER.match(text, m.end())) or (
                    _WORD_AFTER.match(text, m.end())
                    and _MODAL_VERB_BEFORE.search(text, max(0, m.start() - 24), m.start())):
                continue  # "will publish an updated outlook": an adjective, no past
            if _BARE_AFTER.search(text, max(0, m.start() - 8), m.start()):
                continue  # "would hit", "to set", "did put": a bare form, no past
            if _BE_ADVERB_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                continue  # "will be fully closed": a participle ("was" tells a past)
            if _BE_PARTICIPLE_AND.search(text, max(0, m.start() - 40), m.start()) \
                    or _MODAL_PASSIVE_AND.search(text, max(start, m.start() - 90), m.start()):
                continue  # "will be cleaned and reglazed", "will be left to work through
                # the winter and bottled in the spring": the second participle
            if _PASSIVE_PHRASE_AFTER.match(text, m.end()) and (
                    text[max(start, m.start() - 2):m.start()] == ", "
                    or _NOUN_BEFORE.search(text, max(start, m.start() - 20), m.start())):
                # "..., followed by strikes on 15 March", "a challenge brought by safety
                # groups on March 12": a participle, no past
                continue
            if _REPORTING.fullmatch(m.group()) and "," in text[max(start, m.start() - 40):
                                                              m.start()]:
                kind = "report"  # "..., officials said": the report, not the event
        out.append((m.start(), m.end(), kind))
    return tuple(out)


# "be", "is" or "are" and an adverb before a participle: "will be fully closed"
_BE_ADVERB_BEFORE = re.compile(r"\b(?:be|being|been|is|are)\s+[a-z]+ly\s+$", re.IGNORECASE)
# a participle after "be" and "and" before another: "will be cleaned and reglazed"
_BE_PARTICIPLE_AND = re.compile(r"\b(?:be|being|been|is|are)\s+[a-z]{3,}(?:ed|en|wn)\s+"
                                r"(?:and|or)\s+$", re.IGNORECASE)
# a passive after a modal, then "and" before another participle
_MODAL_PASSIVE_AND = re.compile(r"\b(?:will|would|shall|must|can|could|may|might|should|to)\s+"
                                r"be\s+[a-z]+(?:ed|en|wn|ft|lt|nt)\b[^.;!?,]{0,60}?\s+and\s+$",
                                re.IGNORECASE)
# a noun right before a participle: "a challenge brought by", "the report released by"
# (not an auxiliary or a pronoun: "he was hit by", "they were struck by")
_NOUN_BEFORE = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)"
                          r"(?<!\bare\s)\b(?!(?:he|she|it|they|we|i|you|who|that|which|was|"
                          r"were|had|has|have)\b)[a-z]{3,}\s+$", re.IGNORECASE)
# after a participle set off by a comma: "followed by", "paid for with" (not the "by" of a
# time: "ballots postmarked by Monday", "families applied by the October 31 deadline")
_PASSIVE_PHRASE_AFTER = re.compile(
    r"\s+(?:by|for\s+(?:with|by))\b(?!\s+(?:the\s+end\b|the\s+[\w.]+(?:\s+\d+)?\s+deadline\b|\d|(?:mon|tues|wednes|thurs|fri|satur|"
    r"sun)day|jan|feb|march|april|may\b|june|july|aug|sept|oct|nov|dec|today|tomorrow|"
    r"tonight|noon|midnight|next|this|early|late|mid))", re.IGNORECASE)
_WHEN_AFTER = re.compile(r",?\s+when\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?\"]|\b(?:and|but)\b")


def _when_clause_tense(text: str, end: int, stop: int) -> str | None:
    """The tense of a "when" clause that describes the day just named: "before Monday,
    when markets in Asia reopen" looks ahead, "Monday, when he resigned" back. None
    when there is no such clause or it tells no tense."""
    when = _WHEN_AFTER.match(text, end)
    if when is None:
        return None
    close = _CLAUSE_END.search(text, when.end(), stop)
    kinds = {k for _, _, k in _markers(text, when.end(), close.start() if close else stop)}
    if "past" in kinds or "report" in kinds:
        return "past"
    return "future" if kinds else None


# a relative clause set off by commas, its verb in the present: ", who turns 64 in"
_RELATIVE_PRESENT = re.compile(r",\s+(?:who|which)\s+(?!(?:is|was|has|had|does|says)\b)"
                               r"[a-z]{2,}[^s\W]s\b[^,;.!?]*$")

# (a habit is no time to come: "which runs every year from November 1 to March 15")
_HABIT_WORD = re.compile(r"\b(?:every|each|always|usually|normally|annually|traditionally)\b",
                         re.IGNORECASE)


@lru_cache(maxsize=256)  # the engine resolves a mention once per candidate reference day
def local_tense(text: str, pos: int, end: int | None = None) -> str:
    """'past', 'future' or 'present': the tense marker nearest [pos, end) in its clause;
    a "when" clause right after the expression speaks for it."""
    end = pos if end is None else end
    start, stop = clause_bounds(text, pos, end)
    if "when" in text[end:end + 8]:
        told = _when_clause_tense(text, end, stop)
        if told is not None:
            return told
    relative = _RELATIVE_PRESENT.search(text, max(start, pos - 60), pos)
    if relative is not None:
        close = text.find(",", end, stop)
        if close >= 0 and not _HABIT_WORD.search(text, relative.start(), close) \
                and not any(m_start >= relative.start() and m_end <= close
                            for m_start, m_end, _ in _markers(text, start, stop)):
            return "future"  # "Mrs Gallagher, who turns 64 in September, said": the
            # relative clause's own present, of a time to come, not the main clause's report
    best, best_dist = "present", 10**9
    opener = None  # the first clause opener after the expression, looked up when needed
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
        if m_start >= end and dist < best_dist:
            # an adjunct follows its verb: "bought shares Monday may face" is the buying
            dist += 10
            if opener is None:
                found = _CLAUSE_OPENER.search(text, end, stop)
                opener = found.start() if found else stop
            if opener < m_start:
                dist += 30  # the verb of a later clause governs the expression less
                if _COORDINATE_AFTER.search(text, end, m_start):
                    dist += 60  # "..., but acknowledged": a clause of its own
        if dist < best_dist:
            best, best_dist = kind, dist
    return best


def tense_before(text: str, pos: int) -> str | None:
    """The kind of the nearest tense marker before `pos` in its clause ('report' counts
    as 'past'), or None: the verb that governs an object starting at `pos`."""
    start, _ = clause_bounds(text, pos, pos)
    before = [kind for m_start, _, kind in _markers(text, start, pos)]
    if not before:
        return None
    return "past" if before[-1] == "report" else before[-1]


def sentence_tense(sentence: str) -> str:
    """Coarse tense of a whole sentence (the engine's interface)."""
    future = past = 0
    for m in _MARKERS.finditer(sentence):
        if m.group("sched") and not _schedule_subject(sentence, m.start(), m.group()):
            continue
        if m.lastgroup == "future":
            future += 1
        elif m.lastgroup == "past" and not _not_past(m.group()):
            if m.group("bare") and m.group().lower() in _BARE_ONLY \
                    and not _bare_past(sentence, m.start(), m.end(), 0):
                continue
            past += 1
    if future and future >= past:
        return "future"
    if past:
        return "past"
    return "present"


# A past form that is no participle of a present perfect ("have searched") and no bare
# form ("would hit", "did put"): a sentence with one tells the past.
_SIMPLE_PAST = re.compile(rf"\b(?<!\bhas\s)(?<!\bhave\s)(?<!'ve\s)(?:{_PAST_PLAN}|{_PAST_FORM})",
                          re.IGNORECASE)


def has_simple_past(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] has a verb in the simple past (or the past perfect)."""
    for m in _SIMPLE_PAST.finditer(text, lo, hi):
        if _not_past(m.group()) or _BARE_AFTER.search(text, max(0, m.start() - 8), m.start()):
            continue
        return True
    return False


_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+(?:the\s+)?$", re.IGNORECASE)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)(?:\s+(?:already|now|also))?\s+(?:been\s+)?"
                              r"[a-z]+(?:ed|en|t)\b", re.IGNORECASE)


def holds_until(text: str, start: int, end: int) -> bool:
    """Whether the time at `start:end` ends a state that holds now: "until" after a
    present perfect ("Hospitals have cancelled routine operations until Thursday", "have
    been given an exemption until the August bank holiday"), which puts it ahead."""
    return _UNTIL_BEFORE.search(text, max(0, start - 12), start) is not None and \
        _PRESENT_PERFECT.search(text, *clause_bounds(text, start, end)) is not None
