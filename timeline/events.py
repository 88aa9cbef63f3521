"""Turn an article's mentions into timeline events: sentences placed on the calendar."""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Iterable

from timeline.model import Article, Event, Mention
from timeline.sentences import split_sentences
from timeline.temporal.values import interval_of


def event_id(article_id: str, char_start: int, char_end: int, kind: str) -> str:
    """Stable across reruns: the same article and span always give the same id."""
    raw = f"{article_id}\x1f{char_start}\x1f{char_end}\x1f{kind}".encode()
    return hashlib.sha1(raw).hexdigest()[:20]


def build_events(article: Article, mentions: Iterable[Mention]) -> list[Event]:
    """One event per (sentence, mention) whose mention places it, plus the lead sentence
    at the dateline (implicit)."""
    body = article.body
    spans = split_sentences(body, article.lang)
    events: list[Event] = []
    lead = _lead_event(article, spans)
    if lead is not None:
        events.append(lead)
    starts = [s for s, _ in spans]
    for m in mentions:
        if not m.places_event:
            continue
        i = max(0, bisect.bisect_right(starts, m.start) - 1)
        s, e = spans[i] if spans else (0, len(body))
        events.append(Event(
            event_id=event_id(article.article_id, m.start, m.end, "mention"),
            article_id=article.article_id, sentence_index=i, sentence=body[s:e],
            expression=m.text, char_start=m.start, char_end=m.end,
            timex_type=m.type, timex_value=m.value, timex_mod=m.mod, relation=m.relation,
            date_start=m.date_start, date_end=m.date_end, time_start=m.time_start,
            time_end=m.time_end, granularity=m.granularity or "day", anchor=m.anchor,
            certainty=m.certainty, lang=article.lang,
        ))
    return events


def _lead_event(article: Article, spans: tuple[tuple[int, int], ...]) -> Event | None:
    ref = article.reference
    if ref is None or not spans:
        return None
    iv = interval_of(ref.iso)
    if iv is None:
        return None
    s, e = spans[0]
    return Event(
        event_id=event_id(article.article_id, s, e, "lead"),
        article_id=article.article_id, sentence_index=0, sentence=article.body[s:e],
        expression=None, char_start=s, char_end=e, timex_type="DATE",
        timex_value=ref.iso, timex_mod=None, relation="on", date_start=iv.start,
        date_end=iv.end, time_start=iv.time_start, time_end=iv.time_end,
        granularity=iv.granularity, anchor="dateline", certainty="exact",
        lang=article.lang, implicit=True,
    )
