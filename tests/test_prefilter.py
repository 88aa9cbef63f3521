"""The rule prefilter (timeline/temporal/prefilter.py): a rule it rules out for a text has
no match in that text, and the engine finds the same candidates with it as without."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import de, en, engine, prefilter
from timeline.temporal.engine import find_candidates
from timeline.temporal.gate import GatedPattern
from timeline.temporal.prefilter import (
    RulePrefilter,
    loose_pattern,
    rule_prefilter,
    scanned_bytes,
)

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True, scope="module")
def _own_cache_folder(tmp_path_factory):
    """Compiled prefilters go to a folder of this module's, not the user's cache."""
    patch = pytest.MonkeyPatch()
    patch.setenv(prefilter.CACHE_DIR_VARIABLE, str(tmp_path_factory.mktemp("cache")))
    yield
    patch.undo()


def _texts(lang: str, limit: int = 60) -> list[str]:
    texts = []
    for path in sorted(DATA.glob(f"heldout_{lang}*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts[:limit]


def _plain(pattern) -> re.Pattern:
    return pattern.pattern if isinstance(pattern, GatedPattern) else pattern


@pytest.mark.parametrize("module", [de, en], ids=["de", "en"])
def test_a_rule_ruled_out_has_no_match_in_the_text(module):
    patterns = [_plain(r.pattern) for r in module.RULES]
    pf = rule_prefilter(patterns)
    assert pf is not None  # every rule of the language has a loose form Hyperscan takes
    checked = ruled_out = 0
    for text in _texts(module.__name__.rsplit(".", 1)[-1]):
        possible = pf.possible(text)
        if possible is None:
            continue
        checked += 1
        for i, pattern in enumerate(patterns):
            if i not in possible:
                ruled_out += 1
                assert pattern.search(text) is None, (module.RULES[i].name, text[:80])
    assert checked >= 30 and ruled_out > checked  # most texts, several rules each


@pytest.mark.parametrize("module", [de, en], ids=["de", "en"])
def test_the_engine_finds_the_same_candidates_without_the_prefilter(module, monkeypatch):
    texts = _texts(module.__name__.rsplit(".", 1)[-1], 40)
    monkeypatch.setattr(engine, "_PREFILTER_AFTER_TEXTS", 0)  # compiled on the first text
    monkeypatch.setattr(engine, "_PREFILTERS", {})
    with_prefilter = [find_candidates(t, module.RULES) for t in texts]
    assert engine._prefilter_of(module.RULES) is not None
    monkeypatch.setattr(engine, "_prefilter_of", lambda rules: None)
    without = [find_candidates(t, module.RULES) for t in texts]
    assert [[c[:3] for c in cs] for cs in with_prefilter] == \
        [[c[:3] for c in cs] for cs in without]
    assert sum(map(len, without)) > 100


# Patterns with what the loose form must widen: case, lookarounds, word edges, a
# backreference, a conditional, an atomic group, long repeats, negated classes, the
# stand-in characters beyond Latin-1.
PATTERNS = [
    re.compile(r"(?<!\d)\b(?:Anfang|Ende)\s+(?P<m>M[aä]i|Juni)\b(?!\s*\d)"),
    re.compile(r"(?i)\bthe\s+(?:next|last)\s+(?P<u>week|month)s?\b"),
    re.compile(r"(?P<q>[\"„“])\w{1,20}(?P=q)"),
    re.compile(r"(\()?\d{4}(?(1)\)|)"),
    re.compile(r"(?>\d+)[.:]\d{2}\s?(?:Uhr|h)"),
    re.compile(r"[^\W\d_]{12,}"),
    re.compile(r"\d+\s*[–—-]\s*\d+\s*€"),
    re.compile(r"(?i:STRASSE|straße)\s+\d+"),
    re.compile(r"x{0,3}y{2,40}z"),
    re.compile(r"[^a-z ]\s[^A-Z]"),
    re.compile(r"(?<=(?P<first>\d{2})[/–-])(?P<yy>\d{2})(?!\d|\.\d)"),
    re.compile(r"(?<![\d.,])[1-9]\d{2}(?!\d)"),
    re.compile(r"(?P<t>(?<=\d)(?:(?<=[0-5])\.)(?=\d))"),
    re.compile(r"(?:(?<=x)ab|)c(?=d)|(?<!a)b(?!c)"),
]
# (all of them scanned: texts with other characters are not prefiltered, see below)
ALPHABET = "aAäÄßMmiIkKyzxtThe Ende Anfang Mai Juni 0123456789 .:-–—€„“\"()\t\n\u2009_abcd/"


@functools.cache
def _prefilter_of_patterns() -> RulePrefilter:
    return RulePrefilter(PATTERNS)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_every_match_is_possible(text):
    possible = _prefilter_of_patterns().possible(text)
    for i, pattern in enumerate(PATTERNS):
        if pattern.search(text):
            assert i in possible, (pattern.pattern, text)


def test_texts_with_characters_beyond_the_stand_ins_are_not_prefiltered():
    assert scanned_bytes("Am 3. Mai „kam“ er – für 5 €") is not None
    assert scanned_bytes("Präsident Erdoğan kam am 3. Mai") is None
    assert scanned_bytes("a C1 control\x85here") is None
    pf = rule_prefilter([re.compile("Mai")])
    assert pf.possible("Erdoğan kam im Mai") is None
    assert pf.possible("Er kam im Juni") == set()
    assert pf.possible("Er kam im Mai") == {0}


def test_loose_form_of_case_and_classes():
    # a caseless literal takes both cases, a class its Latin-1 members and stand-ins
    assert loose_pattern(re.compile("(?i)k")) == b"[Kk]"
    assert loose_pattern(re.compile("k")) == b"[k]"
    dash = loose_pattern(re.compile("[–-]"))
    assert dash.startswith(b"[\\x2d") and b"\\x8" in dash  # "-" and the stand-in of "–"
    assert loose_pattern(re.compile("ł")) == b"\\x9f"  # no scanned byte stands for it


def test_loose_form_keeps_one_test_of_the_surroundings_at_each_edge():
    # inside the match zero-width tests are dropped; at its edges the nearest lookaround
    # stays as what the text holds next to it
    assert loose_pattern(re.compile(r"a\b(?=b)(?!c)b")) == b"[a][b]"
    assert loose_pattern(re.compile(r"\bx(?=y)")) == b"[x](?:[y])"
    assert loose_pattern(re.compile(r"(?<=\d)(?<=[0-5])c")) == b"(?:[0-5])[c]"
    assert loose_pattern(re.compile(r"(?<!a)b(?!c)")) == \
        b"(?:^|[\\x00-\\x60b-\\xff])[b](?:$|[\\x00-bd-\\xff])"
    # a capturing group at the edge takes the test of its own edge
    assert loose_pattern(re.compile(r"(?P<t>(?<=-)\d)")) == b"(?:(?:[\\x2d])[0-9])"


def test_without_hyperscan_every_rule_runs(monkeypatch):
    monkeypatch.setattr(prefilter, "hyperscan", None)
    assert rule_prefilter([re.compile("Mai")]) is None


SAMPLES = ["am 3. Mai 2015", "Ende Juni 1999-03 kam er", "the next week", "nothing here"]


def test_a_compiled_prefilter_is_kept_on_disk_and_loaded(tmp_path, monkeypatch):
    monkeypatch.setenv(prefilter.CACHE_DIR_VARIABLE, str(tmp_path))
    compiled = RulePrefilter(PATTERNS)
    stored = list(tmp_path.glob("prefilter-*.hs"))
    assert len(stored) == 1
    monkeypatch.setattr(prefilter, "_store", lambda *_: pytest.fail("compiled again"))
    loaded = RulePrefilter(PATTERNS)
    assert [loaded.possible(t) for t in SAMPLES] == [compiled.possible(t) for t in SAMPLES]
    assert any(compiled.possible(t) for t in SAMPLES)


def test_the_same_patterns_in_another_order_of_alternatives_share_a_file(tmp_path,
                                                                         monkeypatch):
    # some rules join sets of words, whose order changes between processes
    monkeypatch.setenv(prefilter.CACHE_DIR_VARIABLE, str(tmp_path))
    RulePrefilter([re.compile(r"\b(?:Mai|Juni|Juli)\s+\d{4}")])
    RulePrefilter([re.compile(r"\b(?:Juli|Mai|Juni)\s+\d{4}")])
    assert len(list(tmp_path.glob("prefilter-*.hs"))) == 1


def test_a_damaged_or_unwritable_cache_only_costs_a_compile(tmp_path, monkeypatch):
    monkeypatch.setenv(prefilter.CACHE_DIR_VARIABLE, str(tmp_path))
    expected = [RulePrefilter(PATTERNS).possible(t) for t in SAMPLES]
    stored, = tmp_path.glob("prefilter-*.hs")
    stored.write_bytes(b"not a database")
    assert [RulePrefilter(PATTERNS).possible(t) for t in SAMPLES] == expected
    assert stored.read_bytes() != b"not a database"  # compiled anew and stored
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv(prefilter.CACHE_DIR_VARIABLE, str(blocked / "cache"))
    assert [RulePrefilter(PATTERNS).possible(t) for t in SAMPLES] == expected


def test_a_rule_list_is_compiled_only_after_its_first_texts_unless_kept(tmp_path, monkeypatch):
    # `timeline tag` on one document never pays the compile; a long run does, once
    monkeypatch.setenv(prefilter.CACHE_DIR_VARIABLE, str(tmp_path))
    monkeypatch.setattr(engine, "_PREFILTER_AFTER_TEXTS", 3)
    monkeypatch.setattr(engine, "_PREFILTERS", {})
    rules = list(de.RULES)
    assert [engine._prefilter_of(rules) is None for _ in range(4)] == [True] * 3 + [False]
    assert len(list(tmp_path.glob("prefilter-*.hs"))) == 1
    # a process that finds it kept on disk uses it from its first text
    monkeypatch.setattr(engine, "_PREFILTERS", {})
    assert engine._prefilter_of(list(de.RULES)) is not None
