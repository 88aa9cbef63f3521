"""News feeds (RSS 2.0, RSS 1.0/RDF, Atom) as plain items: text, title, identity, date.

`parse_feed` turns the bytes of a feed into a `Feed` of `FeedItem`s with HTML turned into
plain text (paragraphs kept), or raises `NotAFeed` saying why the bytes are no feed.
`feed_date` reads the dates feeds print. `sniff_root` tells from the first bytes of an XML
file whether it is a feed at all, without parsing it (a sitemap.xml in an inbox is not).
timeline/sources.py turns the items into Articles; this module knows nothing of Articles.
Feed URLs are downloaded by timeline/feed_fetch.py.
"""

from __future__ import annotations

import codecs
import io
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from time import struct_time

from timeline.dateline import PrintedDate, parse_iso_reference, parse_printed_date

FEED_SUFFIXES = (".rss", ".atom", ".xml")
SNIFF_BYTES = 8192  # enough for an XML declaration, comments and a DOCTYPE before the root


class NotAFeed(ValueError):
    """The bytes are not a feed with items: `kind` is "not a feed" or "empty feed",
    `detail` says what the bytes are instead."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind} ({detail})")
        self.kind = kind
        self.detail = detail


@dataclass(frozen=True)
class FeedItem:
    """One item (RSS) or entry (Atom), as plain text and the strings the feed gives."""

    number: int  # position in the feed, from 1 (for people; it shifts as items scroll)
    guid: str | None  # <guid>, Atom <id>, or RSS 1.0 rdf:about
    link: str | None
    title: str | None
    text: str  # plain text, paragraphs separated by a blank line
    text_field: str | None  # "content" or "summary" (None when the item has no text)
    date_text: str | None  # the date as printed
    date_field: str | None  # "published" (pubDate, dcterms:issued) or "updated" (dc:date)
    date_utc: struct_time | None  # feedparser's reading of it, in UTC (fallback only)
    lang: str | None  # the item's language, else the channel's (as written: "de-DE")


@dataclass(frozen=True)
class Feed:
    title: str | None
    version: str  # feedparser's name for the format: rss20, rss10, atom10, ...
    encoding: str | None
    items: list[FeedItem]
    warning: str | None = None  # a problem the feed was still read despite (bozo)


# --- is it a feed? ----------------------------------------------------------------------------

_PROLOG = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>", re.S)
_ROOT = re.compile(r"<(?:([\w.-]+):)?([\w.-]+)")
_RSS1_NAMESPACES = ("purl.org/rss/1.0", "netscape.com/rdf/simple/0.9")


def sniff_root(head: bytes) -> str | None:
    """The name of the root element of an XML document from its first bytes (`rss`,
    `feed`, `RDF`, `urlset`, ...), None when they do not start like XML."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", errors="ignore")
    else:  # markup is ASCII in every encoding a feed may declare
        text = head.decode("latin-1").removeprefix("\xef\xbb\xbf")
    pos = 0
    while m := _PROLOG.match(text, pos):
        if m.end() == pos:
            break
        pos = m.end()
    root = _ROOT.match(text, pos)
    return root[2] if root else None


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of a file are those of an RSS or Atom feed: root element
    <rss> or <feed>, or <rdf:RDF> in the RSS 1.0 (or 0.90) namespace."""
    root = sniff_root(head)
    if root in ("rss", "feed"):
        return True
    if root == "RDF":
        text = head.decode("latin-1")
        return any(ns in text for ns in _RSS1_NAMESPACES)
    return False


# --- reading ----------------------------------------------------------------------------------

def parse_feed(data: bytes) -> Feed:
    """The items of a feed. Raises NotAFeed when the bytes are not a feed (not XML, other
    XML, or a feed-like document in which feedparser found nothing)."""
    import feedparser  # only when a feed is read

    # A file object, never the bytes themselves: feedparser takes a string for a URL or a
    # path to open, and must never fetch or open anything here.
    try:
        parsed = feedparser.parse(io.BytesIO(data))
    except Exception as err:  # noqa: BLE001 - it raises on some broken input (a garbled
        # encoding declaration) instead of reporting it as a bozo feed
        raise NotAFeed("unreadable feed", f"{type(err).__name__}: {err}") from None
    error = parsed.get("bozo_exception") if parsed.get("bozo") else None
    version = parsed.get("version") or ""
    entries = parsed.get("entries") or []
    if error is not None and _truncated(error):
        # feedparser's lenient second pass would still return the items before the cut,
        # the last one cut short: better no version of the feed than a broken article.
        raise NotAFeed("truncated feed", f"{_error_text(error)}: the file ends before the "
                                         f"feed is closed (a download cut short?)")
    if not entries:
        if error is not None:
            raise NotAFeed("not a feed", f"not well-formed XML: {_error_text(error)}")
        if not version:
            root = sniff_root(data[:SNIFF_BYTES])
            what = f"XML with root element <{root}>" if root else "not RSS or Atom"
            raise NotAFeed("not a feed", f"{what}; expected <rss>, <feed> or <rdf:RDF>")
        raise NotAFeed("empty feed", "no items")
    channel = parsed.get("feed") or {}
    channel_lang = _clean(channel.get("language"))
    items = [_item(number, entry, channel_lang)
             for number, entry in enumerate(entries, start=1)]
    return Feed(title=_plain_title(channel), version=version or "unknown",
                encoding=parsed.get("encoding"), items=items,
                warning=_error_text(error) if error is not None else None)


# What expat says when the input ends inside the document; other errors (an undefined
# entity such as &nbsp;, a stray "&") are common in real feeds, which are then read leniently.
_END_OF_INPUT = ("no element found", "unclosed token", "unclosed CDATA section")


def _truncated(error: BaseException) -> bool:
    return hasattr(error, "getMessage") and error.getMessage() in _END_OF_INPUT


def _error_text(error: BaseException) -> str:
    if hasattr(error, "getLineNumber"):  # the XML parser's error, with its position
        return (f"{error.getMessage()} at line {error.getLineNumber()}, "
                f"column {error.getColumnNumber()}")
    return " ".join(str(error).split()) or type(error).__name__


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _plain_title(node) -> str | None:
    title = node.get("title")
    if not isinstance(title, str):
        return None
    detail = node.get("title_detail") or {}
    if "html" in (detail.get("type") or ""):
        title = html_to_text(title)
    return _clean(title)


def _item(number: int, entry, channel_lang: str | None) -> FeedItem:
    text, text_field, text_lang = "", None, None
    for field_name, parts in (("content", entry.get("content") or []),
                              ("summary", [entry["summary_detail"]]
                               if entry.get("summary_detail") else [])):
        for part in parts:
            value = part.get("value") or ""
            plain = (plain_text(value) if (part.get("type") or "") == "text/plain"
                     else html_to_text(value))
            if plain:
                text, text_field, text_lang = plain, field_name, part.get("language")
                break
        if text:
            break
    date_text = date_field = date_utc = None
    for name in ("published", "updated"):  # the first printing, else the last change
        if _clean(entry.get(name)):
            date_text, date_field = entry[name].strip(), name
            date_utc = entry.get(f"{name}_parsed")
            break
    title_lang = (entry.get("title_detail") or {}).get("language")
    # dc:language on the item, then xml:lang where the text sits, then the channel's
    lang = _clean(entry.get("language")) or _clean(text_lang) or _clean(title_lang) \
        or channel_lang
    return FeedItem(number=number, guid=_clean(entry.get("id")), link=_clean(entry.get("link")),
                    title=_plain_title(entry), text=text, text_field=text_field,
                    date_text=date_text, date_field=date_field, date_utc=date_utc, lang=lang)


# --- dates ------------------------------------------------------------------------------------

_HAS_TIME = re.compile(r"\d:\d\d")


def feed_date(text: str, utc: struct_time | None = None) -> tuple[PrintedDate, str]:
    """The date a feed prints for an item, and how it was read ("as written" or "UTC").

    Times stay at the wall-clock time of the zone they were written in (the offset is
    dropped, not applied): an item's "today", "yesterday" and "on Tuesday" are days of the
    writer's calendar, so "Wed, 04 May 2016 00:30:00 +0200" is 4 May, where UTC would say
    3 May 22:30 and move every relative date a day back. A date-time gives minute precision,
    a date day precision (a W3C month or year, that precision). Formats we do not read
    ourselves fall back on feedparser's reading, which is in UTC.

    Raises ValueError naming the problem for a date that cannot be read or has no year.
    """
    span = " ".join(text.split())
    try:  # RFC 822, as RSS 2.0 prints pubDate: "Wed, 04 May 2016 10:00:00 +0200"
        moment = parsedate_to_datetime(span)
    except (TypeError, ValueError, IndexError):
        moment = None
    if moment is not None:
        precision = "minute" if _HAS_TIME.search(span) else "day"
        moment = moment.replace(tzinfo=None, second=0, microsecond=0)
        if precision == "day":
            moment = moment.replace(hour=0, minute=0)
        return PrintedDate(moment, precision, True), "as written"
    try:  # W3C date-time (Atom, dc:date): "2016-05-04T10:00:00+02:00", "2016-05"
        ref = parse_iso_reference(span)
        return PrintedDate(ref.dct, ref.precision, True), "as written"
    except ValueError:
        pass
    try:  # a date written for people ("4. Mai 2016 10:00"), if it gives a year
        printed = parse_printed_date(span)
        if printed.has_year:
            return printed, "as written"
    except ValueError:
        pass
    if utc is not None:
        moment = datetime(*utc[:5], tzinfo=UTC).replace(tzinfo=None)
        return PrintedDate(moment, "minute", True), "UTC"
    raise ValueError(f"unreadable date {text!r}")


# --- HTML -> plain text -------------------------------------------------------------------

_BLOCKS = frozenset("""
    address article aside blockquote center dd details div dl dt fieldset figcaption figure
    footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody
    thead tfoot tr ul
""".split())
_HIDDEN = frozenset(("script", "style", "noscript", "template", "head", "iframe", "object"))
_CELLS = frozenset(("td", "th"))
_SPACE = re.compile(r"[ \t\f\v\r\n\u00a0]+")


class _TextCollector(HTMLParser):
    """Text of an HTML fragment as lines: blocks end a paragraph, <br> ends a line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _CELLS:
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n\n")
        elif tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            # Line breaks inside HTML text are spaces; only tags break lines.
            self.parts.append(_SPACE.sub(" ", data))


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: no tags, entities decoded, whitespace collapsed,
    a blank line between paragraphs (blocks, or two <br> in a row), a line break for one
    <br>. Script and style contents are dropped."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return _paragraphs("".join(collector.parts))


def plain_text(text: str) -> str:
    """A text/plain field with the same layout rules: blank lines separate paragraphs."""
    return _paragraphs(text.replace("\r\n", "\n").replace("\r", "\n"))


def _paragraphs(text: str) -> str:
    out: list[str] = []
    blank = False
    for line in text.split("\n"):
        line = _SPACE.sub(" ", line).strip()
        if not line:
            blank = bool(out)
            continue
        if out:
            out.append("\n\n" if blank else "\n")
        out.append(line)
        blank = False
    return "".join(out)


# --- fetching ---------------------------------------------------------------------------------
