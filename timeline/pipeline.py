"""Article -> events: the tagger plus event building, with per-article error capture."""

from __future__ import annotations

from collections.abc import Iterable

from timeline.events import build_events
from timeline.model import Article, Event, Rejection


def extract(article: Article) -> list[Event]:
    """The timeline events of one article (its tagged mentions plus the lead sentence)."""
    from timeline.temporal import tag
    from timeline.temporal.anchoring import is_narrative

    # News anchors relative expressions on the dateline; a story told about another time
    # (an encyclopedia-like text) anchors them on its own dates, as `timeline eval` does.
    narrative = is_narrative(article.body, article.lang, article.reference)
    mentions = tag(article.body, article.lang, article.reference, narrative=narrative)
    return build_events(article, mentions)


def extract_batch(articles: Iterable[Article]
                  ) -> tuple[list[tuple[Article, list[Event]]], list[Rejection]]:
    """Events for each article; an article the tagger fails on becomes a Rejection naming
    its source, and the rest of the batch goes on."""
    done: list[tuple[Article, list[Event]]] = []
    failed: list[Rejection] = []
    for article in articles:
        try:
            done.append((article, extract(article)))
        except Exception as err:  # one bad article must not sink the batch
            failed.append(Rejection(article.source,
                                    f"tagging failed: {type(err).__name__}: {err}"))
    return done, failed
