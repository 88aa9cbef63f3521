"""Taking the timeline out: selecting events from `timeline_view`, and writing them as
CSV, JSON Lines, Parquet (DuckDB COPY) or iCalendar (our own writer, RFC 5545).

`show` and `chart` select events the same way, through `EventFilter`.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING

from timeline.temporal.values import interval_of

if TYPE_CHECKING:
    import duckdb

# Date then article then position in the article: stable and readable.
ORDER_BY = ("date_start, date_end, time_start NULLS FIRST, article_id, sentence_index, "
            "char_start, event_id")
COPY_FORMATS = {"csv": "(FORMAT csv, HEADER true)", "json": "(FORMAT json)",
                "parquet": "(FORMAT parquet)"}


class ExportError(Exception):
    """A problem with what the user asked for (bad date, missing -o), said plainly."""


def parse_bound(text: str | None, end: bool) -> date | None:
    """An ISO date of any precision as a filter bound: "2016" means from 1 Jan 2016
    (--since) or up to 31 Dec 2016 (--until)."""
    if not text:
        return None
    iv = interval_of(text.strip())
    if iv is None:
        raise ExportError(f"not a date: {text!r} (use an ISO date: 2016, 2016-05, 2016-05-03)")
    return iv.end if end else iv.start


@dataclass(frozen=True)
class EventFilter:
    """Which events to take: those whose interval overlaps [since, until], in a language,
    from sources (path, agency or title) containing a substring, about one of some words
    (in the sentence, the title or the dateline place), or from one article."""

    since: date | None = None
    until: date | None = None
    lang: str | None = None
    source: str | None = None
    article: str | None = None
    about: tuple[str, ...] = ()

    @classmethod
    def from_args(cls, args) -> EventFilter:
        since = parse_bound(getattr(args, "since", None), end=False)
        until = parse_bound(getattr(args, "until", None), end=True)
        if since and until and since > until:
            raise ExportError(f"--since {since} is after --until {until}")
        about = tuple(w.strip() for w in getattr(args, "about", None) or ())
        if any(not w for w in about):
            raise ExportError("--about needs a word")
        return cls(since, until, getattr(args, "lang", None), getattr(args, "source", None),
                   getattr(args, "article", None), about)

    def where(self) -> tuple[str, list]:
        """A WHERE clause (or "") and its parameters."""
        parts: list[str] = []
        params: list = []
        if self.since is not None:  # the interval ends on or after `since`
            parts.append("date_end >= ?")
            params.append(self.since)
        if self.until is not None:
            parts.append("date_start <= ?")
            params.append(self.until)
        if self.lang:
            parts.append("lang = ?")
            params.append(self.lang)
        if self.source:
            parts.append("(contains(lower(coalesce(source, '')), lower(?)) "
                         "OR contains(lower(coalesce(agency, '')), lower(?)) "
                         "OR contains(lower(coalesce(title, '')), lower(?)))")
            params += [self.source] * 3
        if self.article:
            parts.append("article_id = ?")
            params.append(self.article)
        if self.about:
            # a word that starts with one of them: "Iraq" finds "Iraqi" but not "Kuwaitiraq"
            parts.append("regexp_matches(concat_ws(' ', sentence, title, place), ?)")
            params.append(about_pattern(self.about))
        return ("WHERE " + " AND ".join(parts) if parts else ""), params


def about_pattern(words: Iterable[str]) -> str:
    """A case-insensitive RE2 pattern for a word starting with any of `words`. The word
    start is spelt out as "not after a letter or digit": RE2's \\b knows only ASCII."""
    alternatives = "|".join(_RE2_SPECIAL.sub(r"\\\g<0>", w) for w in words)
    return rf"(?i)(?:^|[^\pL\pN])(?:{alternatives})"


_RE2_SPECIAL = re.compile(r"[\\.+*?()|\[\]{}^$]")


def select_sql(flt: EventFilter, limit: int | None = None) -> tuple[str, list]:
    where, params = flt.where()
    sql = f"SELECT * FROM timeline_view {where} ORDER BY {ORDER_BY}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return sql, params


def fetch_events(con: duckdb.DuckDBPyConnection, flt: EventFilter,
                 limit: int | None = None) -> list[dict]:
    """The selected events as dicts with every column of `timeline_view`, in date order."""
    sql, params = select_sql(flt, limit)
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


# --- CSV / JSON Lines / Parquet --------------------------------------------------------

def copy_events(con: duckdb.DuckDBPyConnection, flt: EventFilter, fmt: str,
                path: str | None) -> int:
    """Write the selected events with DuckDB's COPY. JSON is JSON Lines (one object per
    line). Without a path, CSV and JSON go to stdout. Returns the number of events."""
    if fmt not in COPY_FORMATS:
        raise ExportError(f"unknown format {fmt!r}")
    if path is None and fmt == "parquet":
        raise ExportError("parquet is binary: give an output file with -o FILE")
    sql, params = select_sql(flt)
    count = con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
    if path is not None:
        _copy(con, sql, params, fmt, path)
        return count
    with tempfile.TemporaryDirectory() as tmp:  # COPY writes files; stream it to stdout
        out = str(Path(tmp) / f"events.{fmt}")
        _copy(con, sql, params, fmt, out)
        sys.stdout.flush()
        with open(out, "rb") as f:
            shutil.copyfileobj(f, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    return count


def _copy(con, sql: str, params: list, fmt: str, path: str) -> None:
    import duckdb

    parent = Path(path).parent
    if not parent.is_dir():
        raise ExportError(f"{path}: folder {parent} does not exist")
    try:
        con.execute(f"COPY ({sql}) TO '{_sql_string(path)}' {COPY_FORMATS[fmt]}", params)
    except duckdb.IOException as err:
        raise ExportError(f"{path}: cannot write: {err}") from None


def _sql_string(text: str) -> str:
    return text.replace("'", "''")


# --- iCalendar (RFC 5545) ------------------------------------------------------------------

ICS_COARSE = {"day", "week", "weekend", "month", "quarter", "half", "season", "year",
              "decade", "century"}
SUMMARY_SENTENCE_CHARS = 80


def ics_escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def ics_fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets (RFC 5545 3.1), never splitting
    a UTF-8 character; continuation lines start with one space."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    pieces: list[str] = []
    limit = 75
    while data:
        cut = min(limit, len(data))
        while cut < len(data) and (data[cut] & 0xC0) == 0x80:  # inside a character
            cut -= 1
        pieces.append(data[:cut].decode("utf-8"))
        data = data[cut:]
        limit = 74  # the leading space takes one octet
    return "\r\n ".join(pieces)


def _ics_date(d: date) -> str:
    return f"{d.year:04d}{d.month:02d}{d.day:02d}"


def _ics_datetime(t: datetime) -> str:
    return f"{_ics_date(t.date())}T{t.hour:02d}{t.minute:02d}{t.second:02d}"


def trim(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def ics_event_lines(row: Mapping, stamp: datetime) -> list[str]:
    """The content lines (unfolded) of one VEVENT."""
    from timeline.humanize import humanize_row

    sentence = row.get("sentence") or ""
    expression = row.get("expression")
    summary = trim(sentence, SUMMARY_SENTENCE_CHARS)
    if expression:
        summary = f"{expression}: {summary}"
    origin = ", ".join(x for x in (row.get("source"), row.get("agency")) if x)
    description = f"{' '.join(sentence.split())}\n\n{humanize_row(row)}"
    if origin:
        description += f"\nSource: {origin}"
    lines = ["BEGIN:VEVENT", f"UID:{row['event_id']}@timeline",
             f"DTSTAMP:{_ics_datetime(stamp)}Z"]
    granularity = row.get("granularity") or "day"
    if granularity in ICS_COARSE or row.get("time_start") is None:
        lines.append(f"DTSTART;VALUE=DATE:{_ics_date(row['date_start'])}")
        # DTEND of an all-day event is exclusive: the day after the last day
        lines.append(f"DTEND;VALUE=DATE:{_ics_date(row['date_end'] + timedelta(days=1))}")
    else:  # clock times: floating local time, the article gives no time zone
        start = row["time_start"]
        end = row.get("time_end") or start
        lines.append(f"DTSTART:{_ics_datetime(start)}")
        lines.append(f"DTEND:{_ics_datetime(end + timedelta(seconds=1))}")
    lines.append(f"SUMMARY:{ics_escape(summary)}")
    lines.append(f"DESCRIPTION:{ics_escape(description)}")
    if row.get("place"):
        lines.append(f"LOCATION:{ics_escape(row['place'])}")
    if row.get("certainty") == "ambiguous":
        lines.append("STATUS:TENTATIVE")
    lines.append("END:VEVENT")
    return lines


def ics_text(rows: Iterable[Mapping], stamp: datetime | None = None) -> str:
    """A whole VCALENDAR: CRLF line endings, folded lines."""
    stamp = stamp or datetime.now(UTC).replace(tzinfo=None)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline//timeline export//EN",
             "CALSCALE:GREGORIAN", "X-WR-CALNAME:timeline"]
    for row in rows:
        lines.extend(ics_event_lines(row, stamp))
    lines.append("END:VCALENDAR")
    return "".join(ics_fold(line) + "\r\n" for line in lines)


def write_ics(rows: list[Mapping], path: str | None, out: IO[bytes] | None = None) -> int:
    data = ics_text(rows).encode("utf-8")
    if path is None:
        target = out or sys.stdout.buffer
        target.write(data)
        target.flush()
    else:
        try:
            Path(path).write_bytes(data)
        except OSError as err:
            raise ExportError(f"{path}: cannot write: {err.strerror}") from None
    return len(rows)
