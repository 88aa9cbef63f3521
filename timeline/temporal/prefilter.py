"""One pass over a text that tells which rules cannot match anywhere in it.

Most rules whose trigger words occur in a text still find nothing there (about two scans
in three on the benchmark corpus), and each such scan costs a search per window.
Hyperscan runs the patterns of all rules at once over the whole text and reports which of
them may match; the engine skips the others. The check may only skip work that cannot
yield a match, so Hyperscan gets a looser copy of each pattern, one that matches wherever
the pattern does:

- the text is given as bytes: Latin-1 characters as themselves, a few common characters
  beyond (typographic quotes and dashes, the euro sign) as stand-in bytes in place of the
  C1 controls (U+0080-U+009F); a text with any other character, or a C1 control, gets no
  prefilter (every rule runs on it);
- each character test (a literal, a class, ".") becomes the set of bytes whose character
  Python's own regex engine accepts for it under the flags in force (case, DOTALL);
- zero-width tests (\\b, ^, lookarounds) are dropped, but for one lookaround at each edge
  of the match, which becomes what the text holds next to it; a backreference matches
  any string, alternatives come in a fixed order, atomic groups and possessive repeats
  become plain ones, and a repeat of more than `_MAX_BOUND` becomes unbounded.

Each change only adds matches, so a rule the prefilter rules out has no match in the text,
and none in the windows a gated rule scans. Without Hyperscan (no wheel for the platform)
every rule runs, with the same output. Compiled databases are kept in the user's cache
folder (see `cache_dir`).
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import os
import re
import re._compiler as sre_compile  # compiles a parse tree (stable within Python 3.11)
import re._constants as sre  # the parse tree's node kinds
import re._parser as sre_parse
import tempfile
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

try:
    import hyperscan
except ImportError:  # no wheel for this platform: every rule runs
    hyperscan = None

_MAX_BOUND = 8  # a repeat allowing more than this many becomes unbounded
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_CHARACTER_TESTS = (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)  # dropped, but at the edges (see _sequence)
_FLAGS_THAT_MATTER = re.IGNORECASE | re.DOTALL | re.ASCII | re.LOCALE | re.UNICODE
# Characters beyond Latin-1 common in news, each scanned as one of the C1 control bytes
# (0x80 on); a text with any other character beyond Latin-1 is not prefiltered.
_STAND_INS = ("\u201e\u201c\u201d\u201a\u2018\u2019\u2039\u203a"  # quotes
              "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"  # hyphens, dashes, minus
              "\u2026\u20ac\u2022\u2032\u2033"  # ellipsis, euro, bullet, primes
              "\u2009\u200a\u200b\u202f\u2007\u2002\u2003")  # thin and other spaces
_CHARACTER_OF_BYTE = [chr(b) for b in range(256)]
_CHARACTER_OF_BYTE[0x80:0x80 + len(_STAND_INS)] = _STAND_INS
_BYTE_OF_STAND_IN = {c: bytes((0x80 + i,)) for i, c in enumerate(_STAND_INS)}
# a byte no scanned text holds (C1 controls are not scanned): the class of a character
# test no scanned character passes
_NO_BYTE = "\\x9f"
assert 0x80 + len(_STAND_INS) <= 0x9f
_C1_CONTROL = re.compile("[\x80-\x9f]")
_ENCODING_ERRORS = "timeline-prefilter"  # the codec error handler below


def _stand_in(error: UnicodeEncodeError) -> tuple[bytes, int]:
    """The stand-in bytes of characters beyond Latin-1 (a codec error handler); raises
    the error for a character without one."""
    try:
        replacement = b"".join(_BYTE_OF_STAND_IN[c]
                               for c in error.object[error.start:error.end])
    except KeyError:
        raise error from None
    return replacement, error.end


codecs.register_error(_ENCODING_ERRORS, _stand_in)


def scanned_bytes(text: str) -> bytes | None:
    """`text` as the prefilter scans it, or None when it holds a character the scan does
    not stand for (see the module doc)."""
    if _C1_CONTROL.search(text):
        return None
    try:
        return text.encode("latin-1", _ENCODING_ERRORS)
    except UnicodeEncodeError:
        return None


def loose_pattern(pattern: re.Pattern) -> bytes:
    """A Hyperscan pattern over the scanned bytes that matches somewhere in a text wherever
    `pattern` does (see the module doc)."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    return _sequence(parsed, parsed.state.flags, True, True).encode("ascii")


def _sequence(items, flags: int, at_start: bool = False, at_end: bool = False) -> str:
    """The loose form of a sequence; `at_start` / `at_end`: whether it starts / ends where
    the whole match does. There one test of the surroundings is kept as what the text
    holds next to the match ("(?<=1999-)" before it, "(?=\\s+Uhr)" or "(?!\\d)" after it):
    a pattern of its own would otherwise match in nearly every text."""
    items = list(items)
    wide = [i for i, (op, _) in enumerate(items) if op not in _ZERO_WIDTH]
    if not wide:
        return ""
    first, last = wide[0], wide[-1]
    before = _edge_test(items[:first], -1) if at_start else None
    after = _edge_test(items[last + 1:], 1) if at_end else None
    parts = []
    if before is not None:
        parts.append(_surroundings(*items[before], flags))
    # (an edge keeps one test at most: two lookbehinds both end where the match starts)
    parts += [_item(op, av, flags, at_start and before is None and i == first,
                    at_end and after is None and i == last)
              for i, (op, av) in enumerate(items) if op not in _ZERO_WIDTH]
    if after is not None:
        parts.append(_surroundings(*items[last + 1 + after], flags))
    return "".join(parts)


def _edge_test(zero_width: list, direction: int) -> int | None:
    """Of the zero-width items before (direction -1) or after (1) a match, the position of
    the one kept, the nearest to the match that looks that way and has a loose form."""
    positions = range(len(zero_width) - 1, -1, -1) if direction < 0 else range(len(zero_width))
    for i in positions:
        op, av = zero_width[i]
        if op is sre.ASSERT and av[0] == direction:
            return i
        if op is sre.ASSERT_NOT and av[0] == direction and len(av[1]) == 1 \
                and av[1][0][0] in _CHARACTER_TESTS:
            return i
    return None


def _surroundings(op, av, flags: int) -> str:
    """The loose form of a lookaround kept at an edge of the match (see `_edge_test`): what
    it looks at, or for a negative one of a single character, any other character or the
    end of the text."""
    direction, sub = av
    if op is sre.ASSERT:
        return "(?:" + _sequence(sub, flags) + ")"
    (test_op, test_av), = sub
    accepted = set(_accepted(test_op, _hashable(test_av), flags & _FLAGS_THAT_MATTER))
    others = [b for b in range(256) if b not in accepted]
    edge = "^" if direction < 0 else "$"
    if not others:
        return f"(?:{edge})"
    return f"(?:{edge}|{_byte_class(others)})"


def _item(op, av, flags: int, at_start: bool, at_end: bool) -> str:
    if op in _CHARACTER_TESTS:
        return _byte_class(_accepted(op, _hashable(av), flags & _FLAGS_THAT_MATTER))
    if op is sre.SUBPATTERN:
        _, add, remove, sub = av
        return "(?:" + _sequence(sub, (flags | add) & ~remove, at_start, at_end) + ")"
    if op is sre.BRANCH:  # (in a fixed order: some rules build theirs from sets, whose
        # order changes from one process to the next, and the order matters not here)
        return "(?:" + "|".join(sorted(_sequence(alt, flags, at_start, at_end)
                                       for alt in av[1])) + ")"
    if op in _REPEATS:
        low, high, sub = av
        high_text = "" if high == sre.MAXREPEAT or high > _MAX_BOUND else str(high)
        return f"(?:{_sequence(sub, flags)}){{{low},{high_text}}}"
    if op is sre.ATOMIC_GROUP:
        return "(?:" + _sequence(av, flags, at_start, at_end) + ")"
    if op is sre.GROUPREF_EXISTS:
        _, yes, no = av
        return "(?:" + _sequence(yes, flags) + "|" + \
            (_sequence(no, flags) if no is not None else "") + ")"
    if op is sre.GROUPREF:
        return r"[\x00-\xff]*"  # whatever the group took
    raise ValueError(f"no loose form for {op}")


def _hashable(av):
    """A parse-tree argument as a hashable key (class items come as a list)."""
    if isinstance(av, list):
        return tuple(av)
    return av


@lru_cache(maxsize=4096)
def _accepted(op, av, flags: int) -> tuple[int, ...]:
    """The bytes whose characters Python's regex engine accepts for one character test."""
    item = [(op, list(av) if op is sre.IN else av)]
    state = sre_parse.State()
    state.flags = flags
    test = sre_compile.compile(sre_parse.SubPattern(state, item), flags)
    return tuple(b for b, c in enumerate(_CHARACTER_OF_BYTE) if test.fullmatch(c))


def _byte_class(accepted) -> str:
    """Bytes (ascending) as a Hyperscan class."""
    if not accepted:
        return _NO_BYTE
    return "[" + "".join(_char(lo) if lo == hi else f"{_char(lo)}-{_char(hi)}"
                         for lo, hi in _ranges(accepted)) + "]"


def _char(code: int) -> str:
    """A byte in a Hyperscan class: letters and digits as they are (shorter patterns:
    Hyperscan limits their length), others escaped."""
    c = chr(code)
    return c if c.isascii() and c.isalnum() else f"\\x{code:02x}"


def _ranges(codes: list[int]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for c in codes:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1] = (ranges[-1][0], c)
        else:
            ranges.append((c, c))
    return ranges


class RulePrefilter:
    """For a list of patterns: which of them may match in a text (by list position)."""

    def __init__(self, patterns: Sequence[re.Pattern], compile_now: bool = True):
        if hyperscan is None:
            raise RuntimeError("hyperscan is not installed")
        loose = [loose_pattern(p) for p in patterns]
        # one report per pattern at most; a pattern may match the empty string; and a
        # superset is all it takes (Hyperscan may loosen what it cannot run as it is)
        flags = (hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_ALLOWEMPTY |
                 hyperscan.HS_FLAG_PREFILTER)
        key = _cache_key(loose, flags)
        self.database = _load(key)
        if self.database is None:
            if not compile_now:
                raise LookupError("no compiled prefilter kept on disk")
            self.database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
            self.database.compile(expressions=loose, ids=list(range(len(loose))),
                                  flags=[flags] * len(loose))
            _store(key, self.database)
        self._local = threading.local()  # a scratch space per thread

    def possible(self, text: str) -> set[int] | None:
        """The positions of the patterns that may match somewhere in `text` (None: any may,
        the text holds characters the scan does not stand for)."""
        scanned = scanned_bytes(text)
        if scanned is None:
            return None
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = hyperscan.Scratch(self.database)
        found: set[int] = set()
        add = found.add
        self.database.scan(scanned, scratch=scratch,
                           match_event_handler=lambda i, *_: add(i))
        return found


def rule_prefilter(patterns: Sequence[re.Pattern],
                   compile_now: bool = True) -> RulePrefilter | None:
    """A prefilter of `patterns`, or None (every rule runs) without Hyperscan, when one of
    them has no loose form Hyperscan compiles, or (`compile_now` False) when none is kept
    on disk yet."""
    if hyperscan is None or not patterns:
        return None
    try:
        return RulePrefilter(patterns, compile_now)
    except (ValueError, LookupError, re.error, hyperscan.error):
        return None


# Compiling the patterns of a language takes ~0.5-0.7 s of CPU, more than `timeline tag`
# takes to start; the compiled database is kept on disk (~1 MB a language) and loaded in
# well under a millisecond. Its file name is a hash of all it is made from: the loose
# patterns, the flags and the Hyperscan version.
CACHE_DIR_VARIABLE = "TIMELINE_CACHE_DIR"
_KEEP_FILES = 8  # databases kept in the cache folder, the most recent


def cache_dir() -> Path | None:
    """Where compiled prefilters are kept: $TIMELINE_CACHE_DIR, else the user's cache
    folder ($XDG_CACHE_HOME or ~/.cache) / timeline; None without a home folder."""
    if os.environ.get(CACHE_DIR_VARIABLE):
        return Path(os.environ[CACHE_DIR_VARIABLE])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "timeline"
    home = os.path.expanduser("~")
    return None if home == "~" else Path(home) / ".cache" / "timeline"


def _cache_key(loose: list[bytes], flags: int) -> str:
    digest = hashlib.sha256(f"{hyperscan.__version__} {flags}".encode())
    for pattern in loose:
        digest.update(pattern + b"\0")
    return digest.hexdigest()[:32]


def _load(key: str):
    """The database stored under `key`, or None (none stored, or unreadable: compiled for
    another CPU, cut short)."""
    folder = cache_dir()
    if folder is None:
        return None
    stored = folder / f"prefilter-{key}.hs"
    try:
        database = hyperscan.loadb(stored.read_bytes(), hyperscan.HS_MODE_BLOCK)
    except (OSError, hyperscan.error):
        return None
    with contextlib.suppress(OSError):  # (a folder one may only read)
        os.utime(stored)  # in use: the last to go (see `_store`)
    return database


def _store(key: str, database) -> None:
    """Keep `database` under `key` (written whole, then renamed: a process reading at the
    same time sees all of it or nothing); the oldest files beyond `_KEEP_FILES` go. A
    folder that cannot be written leaves the database uncached."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".prefilter-",
                                         delete=False) as out:
            out.write(hyperscan.dumpb(database))
        os.replace(out.name, folder / f"prefilter-{key}.hs")
        stored = sorted(folder.glob("prefilter-*.hs"), key=lambda f: f.stat().st_mtime,
                        reverse=True)
        for old in stored[_KEEP_FILES:]:
            old.unlink(missing_ok=True)
    except OSError:
        return
