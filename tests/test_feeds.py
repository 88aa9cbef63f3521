"""News feeds as a source: RSS 2.0, RSS 1.0/RDF and Atom files read into articles (real
fixture files in tests/data/feeds), and feeds through the real ingest flow, where an item
that scrolls out of a feed is not a deleted article."""

from __future__ import annotations

import functools
import hashlib
import http.server
import json
import os
import shutil
import socket
import threading
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from timeline import store
from timeline.feed_fetch import FetchError, cache_folder, cache_path, feed_origin, fetch_feed
from timeline.feeds import feed_date, html_to_text, looks_like_feed, sniff_root
from timeline.model import Article, Reference, Rejection
from timeline.pipeline import extract
from timeline.sources import discover, is_feed, read_articles
from timeline.temporal import tag

FEEDS = Path(__file__).parent / "data" / "feeds"
NOW = datetime(2026, 11, 27)


def read(path, **kwargs) -> list[Article | Rejection]:
    return list(read_articles(path, now=NOW, **kwargs))


def articles(path, **kwargs) -> list[Article]:
    items = read(path, **kwargs)
    assert all(isinstance(i, Article) for i in items), items
    return items


def rejections(path, **kwargs) -> list[Rejection]:
    return [i for i in read(path, **kwargs) if isinstance(i, Rejection)]


def resolved(article: Article) -> dict[str, tuple[str, str]]:
    """expression -> (date_start, date_end) of the article's events."""
    return {e.expression: (e.date_start.isoformat(), e.date_end.isoformat())
            for e in extract(article) if e.expression}


def rss(items: list[dict], title: str = "Testfeed", lang: str | None = "de") -> str:
    """An RSS 2.0 document; each item a dict of guid, link, title, pubDate, description."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>',
             f"<title>{escape(title)}</title>"]
    if lang:
        parts.append(f"<language>{lang}</language>")
    for item in items:
        parts.append("<item>" + "".join(
            f"<{k}>{escape(v)}</{k}>" for k, v in item.items()) + "</item>")
    parts.append("</channel></rss>")
    return "\n".join(parts)


# --- RSS 2.0, German -----------------------------------------------------------------------

def test_rss_items_become_articles_with_plain_text_and_the_item_date():
    path = FEEDS / "nachrichten_de.rss"
    first, second = articles(path)
    assert first.article_id == f"{path.resolve()}#guid=zeitung-101"
    assert first.source == f"{path}#1"
    assert first.title == "Verdächtiger nach Anschlag festgenommen"
    assert first.lang == "de" and first.meta["lang_source"] == "metadata"  # <language>de-DE
    # content:encoded wins over the description; the dateline is taken off the body,
    # tags and the script are gone, paragraphs and the <br> line break are kept
    assert first.body == ("Die Polizei hat gestern einen Verdächtigen festgenommen.\n\n"
                          "Der Prozess soll am Freitag beginnen.\n"
                          "Das teilte die Staatsanwaltschaft mit.")
    assert first.meta["text_field"] == "content"
    assert first.meta["link"] == "https://zeitung.example/meldung/101"
    # the wire dateline gives place and agency; the date is the item's
    assert first.reference == Reference(datetime(2016, 5, 4, 0, 30), "minute", "BERLIN", "dpa")
    assert first.meta["reference_source"] == "metadata"
    assert first.meta["date_field"] == "pubDate"
    # no content:encoded: the description, entities decoded; the feed's title as agency
    assert second.body.startswith("Der Bundestag hat den Haushalt für das Jahr 2017")
    assert second.meta["text_field"] == "summary"
    assert second.reference == Reference(datetime(2016, 5, 3, 14, 5), "minute", None,
                                         "Beispielzeitung - Nachrichten")


def test_german_item_is_resolved_against_the_local_date_of_its_pubdate():
    # Published at 00:30 Berlin time on Wednesday 4 May (22:30 UTC on Tuesday): the writer's
    # "gestern" is Tuesday 3 May. Converting to UTC would make it Monday 2 May.
    article = articles(FEEDS / "nachrichten_de.rss")[0]
    assert article.reference.dct == datetime(2016, 5, 4, 0, 30)
    events = resolved(article)
    assert events["gestern"] == ("2016-05-03", "2016-05-03")
    assert events["Freitag"] == ("2016-05-06", "2016-05-06")  # "soll am Freitag beginnen"


def test_english_atom_entry_is_resolved_against_its_published_date():
    first, second = articles(FEEDS / "wire_en.atom")
    assert first.lang == "en"  # xml:lang on <feed>
    assert first.article_id.endswith("#guid=urn:example:wire:2001")
    # published (21:00 at UTC-4 on Thursday 5 May) wins over updated (6 May); UTC would be
    # Friday 6 May 01:00 and put "yesterday" on Thursday
    assert first.reference == Reference(datetime(2016, 5, 5, 21, 0), "minute", None,
                                        "Example Wire")
    assert first.meta["date_field"] == "published"
    assert first.body == ("The negotiators met yesterday in Geneva.\n\n"
                          "They will meet again on Monday.")
    events = resolved(first)
    assert events["yesterday"] == ("2016-05-04", "2016-05-04")
    assert events["Monday"] == ("2016-05-09", "2016-05-09")
    # only <updated>: that date; a type="text" content is kept as it is
    assert second.meta["date_field"] == "updated"
    assert second.reference == Reference(datetime(2016, 5, 2, 10, 0), "minute", "WASHINGTON",
                                         "Reuters")
    assert resolved(second)["last week"] == ("2016-04-25", "2016-05-01")


def test_rss_1_0_with_dc_date_and_a_latin1_encoding():
    (article,) = articles(FEEDS / "rdf_en.xml")
    assert article.article_id.endswith("#guid=https://rdf.example/a1")  # rdf:about
    assert article.title == "Café reopens"
    assert article.body == "The café closed in 2014 and reopened this week."
    assert article.lang == "en"
    # dc:date of day precision wins over the dateline's "May 4" (which has no year)
    assert article.reference == Reference(datetime(2016, 5, 4), "day", "LONDON", "Reuters")
    assert article.meta["date_field"] == "dc:date"
    assert resolved(article)["this week"] == ("2016-05-02", "2016-05-08")


def test_the_item_date_wins_over_a_dated_dateline(tmp_path):
    feed = tmp_path / "f.rss"
    feed.write_text(rss([{"guid": "x1", "pubDate": "Wed, 04 May 2016 10:00:00 +0200",
                          "description": "BERLIN, 1. April 2016 (dpa) - Am Montag wurde "
                                         "gewählt."}]), encoding="utf-8")
    (article,) = articles(feed)
    assert article.reference == Reference(datetime(2016, 5, 4, 10, 0), "minute", "BERLIN",
                                          "dpa")
    assert article.meta["dateline"] == "BERLIN, 1. April 2016 (dpa) -"
    assert resolved(article)["Montag"] == ("2016-05-02", "2016-05-02")


# --- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize("printed, dct, precision", [
    ("Wed, 04 May 2016 00:30:00 +0200", datetime(2016, 5, 4, 0, 30), "minute"),
    ("Tue, 03 May 2016 22:30:00 GMT", datetime(2016, 5, 3, 22, 30), "minute"),
    ("Wed, 04 May 2016", datetime(2016, 5, 4), "day"),
    ("2016-05-05T21:00:00-04:00", datetime(2016, 5, 5, 21, 0), "minute"),
    ("2016-05-04T10:15:30.25Z", datetime(2016, 5, 4, 10, 15), "minute"),
    ("2016-05-04", datetime(2016, 5, 4), "day"),
    ("2016-05", datetime(2016, 5, 1), "month"),
    ("4. Mai 2016", datetime(2016, 5, 4), "day"),
])
def test_feed_dates_keep_the_time_as_written_and_their_precision(printed, dct, precision):
    printed_date, how = feed_date(printed)
    assert (printed_date.dct, printed_date.precision, how) == (dct, precision, "as written")


def test_an_unreadable_feed_date_is_an_error_or_feedparsers_utc_reading():
    with pytest.raises(ValueError, match="unreadable date 'soon'"):
        feed_date("soon")
    printed, how = feed_date("soon", (2016, 5, 4, 8, 7, 0, 2, 125, 0))
    assert (printed.dct, printed.precision, how) == (datetime(2016, 5, 4, 8, 7), "minute", "UTC")


def test_an_item_without_a_date_is_rejected_naming_file_and_item():
    path = FEEDS / "undated.rss"
    (rejection,) = read(path)
    assert rejection.source == f"{path}#1"
    assert rejection.reason.startswith(f"no reference time: {path}#1 (item guid 'undated-1' "
                                       f"has no date (pubDate, dc:date, published, updated)")
    assert "pass a default reference time" in rejection.reason


def test_an_item_without_a_date_takes_the_default_reference():
    (article,) = articles(FEEDS / "undated.rss",
                          default_reference=Reference(datetime(2016, 5, 4), "day"))
    assert article.reference == Reference(datetime(2016, 5, 4), "day", None, "Ohne Datum")
    assert article.meta["reference_source"] == "default"
    assert resolved(article)["Montag"] == ("2016-05-02", "2016-05-02")


def test_bad_item_dates_are_rejected_one_by_one(tmp_path):
    feed = tmp_path / "dates.rss"
    feed.write_text(rss([
        {"guid": "a", "pubDate": "Wed, 31 Feb 2016 10:00:00 GMT", "description": "Text a."},
        {"guid": "b", "pubDate": "Mon, 04 May 2099 10:00:00 GMT", "description": "Text b."},
        {"guid": "c", "pubDate": "Wed, 04 May 2016 10:00:00 GMT", "description": "Text c."},
    ]), encoding="utf-8")
    a, b, c = read(feed)
    assert a == Rejection(f"{feed}#1", f"impossible date: field 'pubDate' in {feed}#1 "
                                       f"(unreadable date 'Wed, 31 Feb 2016 10:00:00 GMT')")
    assert b == Rejection(f"{feed}#2", f"date 2099-05-04T10:00 is in the future: field "
                                       f"'pubDate' in {feed}#2")
    assert isinstance(c, Article) and c.body == "Text c."


# --- ids ----------------------------------------------------------------------------------------

def test_ids_come_from_guid_then_link_then_a_hash_and_differ_between_feeds(tmp_path):
    items = [{"guid": "same", "pubDate": "Wed, 04 May 2016 10:00:00 GMT", "description": "A."},
             {"link": "https://x.example/b", "pubDate": "Wed, 04 May 2016 11:00:00 GMT",
              "description": "B."},
             {"title": "C", "pubDate": "Wed, 04 May 2016 12:00:00 GMT", "description": "C."}]
    (tmp_path / "one.rss").write_text(rss(items), encoding="utf-8")
    (tmp_path / "two.xml").write_text(rss(items[:1]), encoding="utf-8")
    one = articles(tmp_path / "one.rss")
    two = articles(tmp_path / "two.xml")
    prefix = str((tmp_path / "one.rss").resolve())
    assert one[0].article_id == f"{prefix}#guid=same"
    assert one[1].article_id == f"{prefix}#link=https://x.example/b"
    assert one[2].article_id.startswith(f"{prefix}#hash=")
    assert two[0].article_id == f"{(tmp_path / 'two.xml').resolve()}#guid=same"
    assert two[0].article_id != one[0].article_id  # the same guid in another feed


def test_an_item_keeps_its_id_and_hash_when_the_feed_moves_on(tmp_path):
    old = [{"title": "B", "pubDate": "Wed, 04 May 2016 11:00:00 GMT", "description": "B."},
           {"guid": "a", "pubDate": "Wed, 04 May 2016 10:00:00 GMT", "description": "A."}]
    new = [{"guid": "c", "pubDate": "Wed, 04 May 2016 12:00:00 GMT", "description": "C."},
           *old[:1]]
    feed = tmp_path / "f.rss"
    feed.write_text(rss(old), encoding="utf-8")
    before = {a.article_id: (a.content_hash, a.source) for a in articles(feed)}
    feed.write_text(rss(new), encoding="utf-8")
    after = {a.article_id: (a.content_hash, a.source) for a in articles(feed)}
    (moved,) = set(before) & set(after)  # "B" has no guid: its id is a hash of title + date
    assert before[moved][0] == after[moved][0]
    assert (before[moved][1], after[moved][1]) == (f"{feed}#1", f"{feed}#2")


def test_a_headline_only_item_is_its_headline_and_an_empty_item_is_rejected(tmp_path):
    feed = tmp_path / "headlines.rss"
    feed.write_text(rss([{"guid": "h1", "title": "Streik der Lokführer am Donnerstag",
                          "pubDate": "Wed, 04 May 2016 10:00:00 GMT"},
                         {"guid": "h2", "pubDate": "Wed, 04 May 2016 11:00:00 GMT"}]),
                    encoding="utf-8")
    headline, empty = read(feed)
    assert isinstance(headline, Article)
    assert headline.body == "Streik der Lokführer am Donnerstag"
    assert [(m.text, m.value) for m in tag(headline.body, headline.lang, headline.reference)] \
        == [("Donnerstag", "2016-05-05")]
    assert empty == Rejection(f"{feed}#2", f"empty text: {feed}#2 (item guid 'h2' has no title, "
                                           f"content, description or summary)")


def test_a_guid_twice_in_one_feed_is_a_duplicate(tmp_path):
    feed = tmp_path / "f.rss"
    item = {"guid": "a", "pubDate": "Wed, 04 May 2016 10:00:00 GMT", "description": "A."}
    feed.write_text(rss([item, {**item, "description": "A again."}]), encoding="utf-8")
    first, second = read(feed)
    assert isinstance(first, Article)
    assert second == Rejection(f"{feed}#2", f"duplicate id: {feed}#2 has guid 'a', already "
                                            f"used by {feed}#1")


# --- languages ------------------------------------------------------------------------------

def test_language_of_the_item_then_the_channel_then_detection(tmp_path):
    base = {"pubDate": "Wed, 04 May 2016 10:00:00 GMT"}
    german = "Die Regierung hat am Montag den Haushalt beschlossen."
    (tmp_path / "de.rss").write_text(rss([{**base, "guid": "1", "description": german}],
                                         lang=None), encoding="utf-8")
    (tmp_path / "fr.rss").write_text(rss([{**base, "guid": "1", "description": german}],
                                         lang="fr"), encoding="utf-8")
    (detected,) = articles(tmp_path / "de.rss")
    assert (detected.lang, detected.meta["lang_source"]) == ("de", "detected")
    (rejection,) = read(tmp_path / "fr.rss")
    assert rejection.reason == (f"unsupported language: {tmp_path / 'fr.rss'}#1 is in 'fr' "
                                f"(the item's or the channel's language; supported: de, en)")


# --- files that are not feeds ------------------------------------------------------------------

def test_files_that_are_not_feeds_are_rejected_with_a_clear_reason(tmp_path):
    sitemap = FEEDS / "sitemap.xml"
    assert read(sitemap) == [Rejection(str(sitemap), (
        f"not a feed: {sitemap} (XML with root element <urlset>; expected <rss>, <feed> or "
        f"<rdf:RDF>)"))]
    broken = FEEDS / "broken.rss"
    assert read(broken) == [Rejection(str(broken), (
        f"truncated feed: {broken} (no element found at line 4, column 0: the file ends "
        f"before the feed is closed (a download cut short?))"))]
    cases = {
        "page.rss": ("<html><body><p>Hello</p></body></html>", "not a feed: "),
        "data.xml": ('{"items": []}', "not a feed: "),
        "empty.rss": (rss([]), "empty feed: "),
        "blank.atom": ("", "empty file: "),
    }
    for name, (content, start) in cases.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
        (rejection,) = read(tmp_path / name)
        assert rejection.source == str(tmp_path / name)
        assert rejection.reason.startswith(f"{start}{tmp_path / name}"), rejection.reason
    # feedparser itself raises on a garbled encoding declaration
    (tmp_path / "garbled.rss").write_bytes(b'<?xml version="1.0" encoding="\xe8"?><rss/>')
    (rejection,) = read(tmp_path / "garbled.rss")
    assert rejection.reason.startswith(f"unreadable feed: {tmp_path}/garbled.rss "
                                       f"(UnicodeDecodeError: ")
    (tmp_path / "binary.xml").write_bytes(b"<rss>\x00\x01\x02\x00")
    assert read(tmp_path / "binary.xml") == [Rejection(
        str(tmp_path / "binary.xml"), f"binary file (contains NUL bytes): {tmp_path}/binary.xml")]


def test_a_feed_over_the_size_limit_is_rejected_without_reading_it():
    path = FEEDS / "nachrichten_de.rss"
    (rejection,) = read(path, max_bytes=100)
    assert rejection.reason.startswith(f"file too large: {path} is ")


def test_a_feed_with_a_small_xml_error_is_still_read(tmp_path):
    feed = tmp_path / "nbsp.rss"
    feed.write_text(rss([{"guid": "1", "pubDate": "Wed, 04 May 2016 10:00:00 GMT",
                          "description": "x"}]).replace(">x<", ">Am Montag&nbsp;gewählt.<"),
                    encoding="utf-8")
    (article,) = articles(feed)
    assert article.body == "Am Montag gewählt."
    assert "undefined entity" in article.meta["feed_warning"]


def test_walking_a_folder_skips_xml_that_is_not_a_feed_but_not_a_named_one(tmp_path):
    for name in ("sitemap.xml", "rdf_en.xml", "nachrichten_de.rss", "wire_en.atom"):
        shutil.copy(FEEDS / name, tmp_path / name)
    (tmp_path / "config.xml").write_text("<?xml version='1.0'?><!-- settings -->\n"
                                         "<!DOCTYPE config [<!ENTITY a 'b'>]><config/>")
    found = list(discover([tmp_path]))
    assert sorted(f.path.name for f in found) == ["nachrichten_de.rss", "rdf_en.xml",
                                                  "wire_en.atom"]
    (named,) = list(discover([tmp_path / "sitemap.xml"]))  # named: read, then rejected
    assert named.path.name == "sitemap.xml"


def test_sniffing_the_root_element():
    assert sniff_root(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- c --><rss version="2.0">') \
        == "rss"
    assert sniff_root('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
                      .encode("utf-16")) == "feed"
    assert sniff_root(b"plain text") is None
    assert looks_like_feed((FEEDS / "rdf_en.xml").read_bytes())
    assert not looks_like_feed(b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-'
                               b'ns#"><rdf:Description/></rdf:RDF>')
    assert not looks_like_feed((FEEDS / "sitemap.xml").read_bytes())


def test_is_feed_goes_by_the_suffix():
    assert is_feed("/in/a.rss") and is_feed(Path("b.ATOM")) and is_feed("c.xml")
    assert not is_feed("d.jsonl") and not is_feed("e.txt") and not is_feed("rss")


# --- HTML -----------------------------------------------------------------------------------

@pytest.mark.parametrize("html, text", [
    ("<p>One &amp; two.</p><p>Three</p>", "One & two.\n\nThree"),
    ("Line<br>next<br/><br />para", "Line\nnext\n\npara"),
    ("<div><h2>Head</h2>Body  text\n spread</div>", "Head\n\nBody text spread"),
    ("<ul><li>a</li><li>b</li></ul>", "a\n\nb"),
    ("A<script>var x = '<p>';</script><style>p{}</style> B", "A B"),
    ("<table><tr><td>1</td><td>2</td></tr></table>", "1 2"),
    ("Preis&nbsp;10&#8239;€ &lt;netto&gt;", "Preis 10\u202f€ <netto>"),
    ("", ""),
])
def test_html_to_text(html, text):
    assert html_to_text(html) == text


# --- through the real flow ----------------------------------------------------------------------

def ingest(paths, db: str, **kwargs) -> dict:
    from flows.ingest import ingest_flow

    return ingest_flow(paths=[str(p) for p in paths], db=db, **kwargs)


def rows(db: str, sql: str, params=None) -> list[tuple]:
    with store.open_read_only(db) as con:
        return con.execute(sql, params or []).fetchall()


def new_version(path: Path, content: str, second: int) -> None:
    """Write a new version of a file with its own modification time, whatever the clock."""
    path.write_text(content, encoding="utf-8")
    os.utime(path, ns=(second * 1_000_000_000, second * 1_000_000_000))


ITEMS = [{"guid": f"n{i}", "title": f"Meldung {i}",
          "pubDate": f"Wed, 0{i} May 2016 10:00:00 +0200",
          "description": f"BERLIN (dpa) - Am Montag wurde Gesetz Nummer {i} beschlossen."}
         for i in range(1, 5)]


@pytest.mark.usefixtures("prefect_server")
def test_an_item_that_scrolls_out_of_a_feed_is_not_deleted(tmp_path, db_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    feed = inbox / "news.rss"
    new_version(feed, rss(ITEMS[:3]), 1)
    first = ingest([inbox], db_path)
    new_version(feed, rss(ITEMS[1:]), 2)  # n1 scrolled out, n4 came in
    second = ingest([inbox], db_path)
    assert (first["added"], first["deleted"], first["rejected"]) == (3, 0, 0)
    assert (second["added"], second["unchanged"], second["deleted"]) == (1, 2, 0)
    live = rows(db_path, "SELECT article_id FROM articles WHERE is_current "
                         "AND deleted_at IS NULL ORDER BY article_id")
    prefix = f"{feed.resolve()}#guid="
    assert [r[0] for r in live] == [f"{prefix}n{i}" for i in range(1, 5)]
    assert rows(db_path, "SELECT count(*) FROM timeline WHERE article_id = ?",
                [f"{prefix}n1"]) == [(2,)]  # its lead sentence and "Am Montag"
    # the feed file itself removed from the inbox: its articles are deleted, as for any file
    feed.unlink()
    third = ingest([inbox], db_path)
    assert third["deleted"] == 4


@pytest.mark.usefixtures("prefect_server")
def test_a_record_removed_from_a_jsonl_file_is_still_deleted(tmp_path, db_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    lines = [f'{{"id": "r{i}", "date": "2016-05-0{i}", "text": "Am Montag wurde Gesetz '
             f'{i} beschlossen."}}' for i in range(1, 4)]
    jsonl = inbox / "records.jsonl"
    new_version(jsonl, "\n".join(lines) + "\n", 1)
    first = ingest([inbox], db_path)
    new_version(jsonl, "\n".join(lines[1:]) + "\n", 2)
    second = ingest([inbox], db_path)
    assert (first["added"], second["unchanged"], second["deleted"]) == (3, 2, 1)
    assert rows(db_path, "SELECT article_id FROM articles WHERE deleted_at IS NOT NULL") \
        == [(f"{jsonl.resolve()}#id=r1",)]


@pytest.mark.usefixtures("prefect_server")
def test_feeds_in_a_folder_through_the_flow(tmp_path, db_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("nachrichten_de.rss", "wire_en.atom", "rdf_en.xml", "sitemap.xml",
                 "undated.rss"):
        shutil.copy(FEEDS / name, inbox / name)
    first = ingest([inbox], db_path)
    second = ingest([inbox], db_path)
    # five articles; the undated item is the only rejection (the sitemap is skipped)
    assert (first["files"], first["added"], first["rejected"]) == (4, 5, 1)
    assert first["rejections"] == [{
        "source": f"{inbox.resolve()}/undated.rss#1",
        "reason": f"no reference time: {inbox.resolve()}/undated.rss#1 (item guid "
                  f"'undated-1' has no date (pubDate, dc:date, published, updated) and no "
                  f"dated dateline; pass a default reference time)"}]
    assert (second["added"], second["unchanged"], second["rejected"],
            second["unchanged_rejected"]) == (0, 5, 0, 1)
    events = rows(db_path, "SELECT v.lang, v.expression, v.date_start, v.date_end, a.dct, "
                           "a.dct_precision, a.agency FROM timeline v JOIN articles a "
                           "USING (article_id, content_hash) "
                           "WHERE v.expression IN ('gestern', 'yesterday')")
    assert sorted(events) == [
        ("de", "gestern", date(2016, 5, 3), date(2016, 5, 3), datetime(2016, 5, 4, 0, 30),
         "minute", "dpa"),
        ("en", "yesterday", date(2016, 5, 4), date(2016, 5, 4), datetime(2016, 5, 5, 21, 0),
         "minute", "Example Wire"),
    ]


# --- feed URLs ----------------------------------------------------------------------------------

class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep the test output clean
        pass


@pytest.fixture
def web(tmp_path):
    """A local web server for the files in tmp_path/web; yields (folder, base URL)."""
    folder = tmp_path / "web"
    folder.mkdir()
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield folder, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_fetch_feed_caches_the_download_atomically_and_keeps_an_unchanged_one(web, tmp_path):
    folder, base = web
    (folder / "news.rss").write_text(rss(ITEMS[:2]), encoding="utf-8")
    cache = tmp_path / "t.duckdb.feeds"
    url = f"{base}/news.rss"
    path = fetch_feed(url, cache)
    assert path == cache / f"{hashlib.sha256(url.encode()).hexdigest()}.xml"
    assert path.read_text(encoding="utf-8") == rss(ITEMS[:2])
    assert feed_origin(path) == url
    validators = json.loads(path.with_suffix(".http").read_text(encoding="utf-8"))
    assert set(validators) == {"last_modified"}  # what python's http.server sends
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    # not modified on the server: it answers 304 and the cached file is left alone
    path.write_text("cached copy", encoding="utf-8")
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    assert fetch_feed(url, cache).read_text(encoding="utf-8") == "cached copy"
    # without the validators the server sends the feed again
    path.with_suffix(".http").unlink()
    assert fetch_feed(url, cache).read_text(encoding="utf-8") == rss(ITEMS[:2])
    # the same bytes again (no 304): the file is left alone
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    path.with_suffix(".http").unlink()
    assert fetch_feed(url, cache).stat().st_mtime_ns == 1_000_000_000
    (folder / "news.rss").write_text(rss(ITEMS[1:3]), encoding="utf-8")
    os.utime(folder / "news.rss", ns=(2_000_000_000_000_000_000,) * 2)  # newer than before
    assert fetch_feed(url, cache).read_text(encoding="utf-8") == rss(ITEMS[1:3])
    assert sorted(p.name for p in cache.iterdir()) == [
        path.with_suffix(".http").name, path.with_suffix(".url").name, path.name]
    # a file in the cache folder whose name is not the hash of the URL beside it
    stray = cache / "0000.xml"
    shutil.copy(path, stray)
    shutil.copy(path.with_suffix(".url"), stray.with_suffix(".url"))
    assert feed_origin(stray) is None
    assert feed_origin(FEEDS / "rdf_en.xml") is None


def test_fetch_errors_name_the_url(web, tmp_path):
    folder, base = web
    cache = tmp_path / "cache.feeds"
    with pytest.raises(FetchError, match=rf"^cannot fetch feed: {base}/missing.rss "
                                         rf"\(HTTP 404 File not found\)$"):
        fetch_feed(f"{base}/missing.rss", cache)
    (folder / "big.rss").write_bytes(b"<rss>" + b" " * 5000 + b"</rss>")
    with pytest.raises(FetchError, match=rf"^feed too large: {base}/big.rss sends more than"):
        fetch_feed(f"{base}/big.rss", cache, max_bytes=1000)
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}/feed.rss"
    with pytest.raises(FetchError, match=rf"^cannot fetch feed: {closed} \(.*refused"):
        fetch_feed(closed, cache)
    assert not cache.exists() or not any(cache.iterdir())


@pytest.mark.usefixtures("prefect_server")
def test_a_feed_url_through_the_flow(web, tmp_path, db_path, inbox, monkeypatch):
    import flows.ingest
    from timeline.cli import main

    monkeypatch.setattr(flows.ingest, "fetch_feeds",
                        flows.ingest.fetch_feeds.with_options(retry_delay_seconds=0))
    folder, base = web
    url = f"{base}/news.rss"
    new_version(folder / "news.rss", rss(ITEMS[:3]), 1)  # served with Last-Modified
    first = ingest([url, inbox], db_path)
    assert (first["added"], first["rejected"]) == (4, 0)  # three items and the seed article
    assert first["sources"] == [url, str(inbox.resolve())]
    stored = rows(db_path, "SELECT article_id, source, source_file FROM articles "
                           "WHERE source LIKE 'http%' ORDER BY article_id")
    cached = str(cache_path(cache_folder(db_path), url))
    assert stored == [(f"{url}#guid=n{i}", f"{url}#{i}", cached) for i in range(1, 4)]

    new_version(folder / "news.rss", rss(ITEMS[1:]), 2)  # n1 scrolled out
    second = ingest([url, inbox], db_path)
    assert (second["added"], second["unchanged"], second["deleted"]) == (1, 3, 0)

    # the feed is gone from the server: the run goes on, nothing stored changes
    (folder / "news.rss").unlink()
    # one fixed day for the two failing runs below, even when the clock passes midnight
    monkeypatch.setattr(flows.ingest, "fetch_failure_stamp", lambda: "fetch-failed day-1")
    before = rows(db_path, "SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY ALL")
    third = ingest([url, inbox], db_path)
    assert (third["unchanged"], third["deleted"], third["rejected"]) == (1, 0, 1)
    assert third["rejections"] == [{"source": url, "reason": (
        f"cannot fetch feed: {url} (HTTP 404 File not found); still failing after 3 "
        f"attempts")}]
    assert rows(db_path, "SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY ALL") == before
    fourth = ingest([url, inbox], db_path)  # failing again the same day: not recorded again
    assert (fourth["rejected"], fourth["unchanged_rejected"]) == (0, 1)

    # the command line takes URLs beside paths
    new_version(folder / "news.rss", rss(ITEMS), 3)
    assert main(["ingest", url, str(inbox), "--db", db_path]) == 0
    assert rows(db_path, "SELECT count(*) FROM articles WHERE is_current "
                         "AND deleted_at IS NULL") == [(5,)]


def test_serve_keeps_a_feed_url_as_it_is(tmp_path):
    from flows.serve import build_deployment

    url = "https://news.example/feed.xml"
    d = build_deployment([url, str(tmp_path)], str(tmp_path / "t.duckdb"), interval=300)
    assert d.parameters["paths"] == [url, str(tmp_path.resolve())]
