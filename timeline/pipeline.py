"""Article -> events: the tagger plus event building, with per-article error capture; and
reading + change detection + tagging of a batch of files in one go, as a worker process
does it (so that the flow process only discovers files and writes)."""

from __future__ import annotations

import errno
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from timeline.events import build_events
from timeline.model import Article, Event, Reference, Rejection
from timeline.store import ArticleRows, article_rows


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
            meta = article.meta if isinstance(article.meta, dict) else {}
            failed.append(Rejection(article.source,
                                    f"tagging failed: {type(err).__name__}: {err}",
                                    meta.get("item_key")))
    return done, failed


# --- reading and extracting in one place (a worker process) ---------------------------------

_PERMANENT_ERRNOS = {errno.ENOENT, errno.EACCES, errno.EPERM, errno.ELOOP, errno.EISDIR,
                     errno.ENOTDIR, errno.ENAMETOOLONG}


def transient(err: OSError) -> bool:
    """An I/O error worth retrying: not a missing file, a permission or a symlink loop."""
    return err.errno not in _PERMANENT_ERRNOS


def io_failure(path: str, rejection: Rejection) -> bool:
    """sources.read_articles turns an OSError other than not-found, permission and symlink
    loop into a whole-file rejection worded 'cannot read: ...': possibly transient."""
    return rejection.source == path and rejection.reason.startswith("cannot read:")


@dataclass
class FileOutcome:
    """What reading one source file found, apart from the articles to tag."""

    path: str
    stamp: str
    seen: list[str] = field(default_factory=list)  # article ids read
    unchanged: list[str] = field(default_factory=list)  # ... whose content is already stored
    rejections: list[Rejection] = field(default_factory=list)  # bad content, to record
    retry: bool = False  # failed with a possibly transient I/O error: read it again later


def read_file(path: str, stamp: str, known: Mapping[str, str], reference: Reference | None,
              default_lang: str | None) -> tuple[list[Article], FileOutcome]:
    """The articles of one file that need tagging (content not in `known`, article id ->
    hash of the stored version), and what else reading it found. A file that fails with
    a possibly transient I/O error yields nothing and is marked for a later retry."""
    from timeline import sources  # looked up at call time: tests replace read_articles

    outcome = FileOutcome(path, stamp)
    articles: list[Article] = []
    try:
        for item in sources.read_articles(Path(path), default_reference=reference,
                                          default_lang=default_lang):
            if isinstance(item, Rejection):
                if io_failure(path, item):
                    return [], FileOutcome(path, stamp, retry=True)
                outcome.rejections.append(item)
                continue
            item.meta["source_file"] = path
            item.meta["source_stamp"] = stamp
            outcome.seen.append(item.article_id)
            if known.get(item.article_id) == item.content_hash:
                outcome.unchanged.append(item.article_id)
                continue
            articles.append(item)
    except OSError as err:  # raised by the reader (JSONL) or a file that vanished mid-read
        if transient(err):
            return [], FileOutcome(path, stamp, retry=True)
        outcome.rejections.append(Rejection(path, f"cannot read: {path} ({err})"))
    return articles, outcome


@dataclass
class SourceBatch:
    """One unit of work for a worker: files to read, articles already read (from files
    too large to ship whole), and rejections riding along to be recorded with it."""

    files: list[tuple[str, str]] = field(default_factory=list)  # (path, stamp)
    known: dict[str, str] = field(default_factory=dict)  # stored hashes of their articles
    articles: list[Article] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.files) + len(self.articles) + len(self.rejections)


@dataclass
class BatchResult:
    """A SourceBatch read and tagged: the articles as rows ready to store (what crosses
    back from a worker process is plain tuples, not Article and Event objects)."""

    done: list[ArticleRows]
    failed: list[Rejection]  # articles the tagger raised on
    failed_stamps: dict[Rejection, str]  # ... and the stamp of the file each came from
    outcomes: list[FileOutcome]


def read_and_extract(batch: SourceBatch, reference: Reference | None,
                     default_lang: str | None) -> BatchResult:
    """Read a batch's files, skip unchanged articles before any tagging, tag the rest."""
    articles = list(batch.articles)
    outcomes: list[FileOutcome] = []
    for path, stamp in batch.files:
        read, outcome = read_file(path, stamp, batch.known, reference, default_lang)
        articles.extend(read)
        outcomes.append(outcome)
    done, failed = extract_batch(articles)
    stamp_of = {a.source: a.meta.get("source_stamp") for a in articles}
    failed_stamps = {r: stamp_of[r.source] for r in failed if stamp_of.get(r.source)}
    rows = [article_rows(article, events) for article, events in done]
    return BatchResult(rows, failed, failed_stamps, outcomes)


def warm_up() -> None:
    """Import the tagger and its rules once per worker process, before the first batch."""
    import timeline.sources  # noqa: F401
    import timeline.temporal  # noqa: F401
    import timeline.temporal.anchoring  # noqa: F401
