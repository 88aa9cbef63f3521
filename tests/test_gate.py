"""The shared rule gate, the word trees and the shared calendar helpers.

A gated pattern must find exactly what its plain pattern finds on the whole text (for
expressions within the window margins), and a word tree must match exactly what a flat
longest-first alternation matches.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from timeline.temporal import de, en_rules
from timeline.temporal.de_lexicon import NUMBER_WORDS, alternation, any_case_first
from timeline.temporal.de_triggers import TRIGGERS as DE_TRIGGERS
from timeline.temporal.digit_core import digit_core
from timeline.temporal.en_triggers import TRIGGERS as EN_TRIGGERS
from timeline.temporal.engine import find_candidates
from timeline.temporal.first_char import first_char_class, with_first_char_check
from timeline.temporal.gate import (
    GatedPattern,
    Triggers,
    lower_case_pattern,
    lowered,
    lowered_in_place,
)
from timeline.temporal.required_text import required_text
from timeline.temporal.values import easter_sunday, unit_value
from timeline.temporal.word_regex import word_tree

DE_TEXT = ("Am 3. Oktober 2015 kamen rund 200 Menschen. Seit dem Vorjahr sind es 12 Prozent "
           "mehr, in den kommenden drei Wochen und am Montagabend um 20.15 Uhr auch.")
EN_TEXT = ("On Friday, March 3, 2015, about 200 people came. Three weeks ago it was quiet; "
           "next year, every Monday at 10 a.m., the market opens.")


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@pytest.mark.parametrize(("rules", "text"), [(de.RULES, DE_TEXT), (en_rules.RULES, EN_TEXT)])
def test_gated_rules_find_what_the_whole_text_scan_finds(rules, text):
    found_any = False
    for rule in rules:
        gated = rule.pattern
        assert isinstance(gated, GatedPattern)
        expected = _spans(gated.pattern.finditer(text))
        assert _spans(gated.finditer(text)) == expected, rule.name
        found_any = found_any or bool(expected)
    assert found_any


def test_rule_without_its_trigger_words_searches_nowhere():
    month_rule = next(r for r in de.RULES if r.name == "month")
    assert month_rule.pattern.finditer("Die Einnahmen lagen deutlich darüber.") is not None
    assert list(month_rule.pattern.finditer("Die Einnahmen lagen deutlich darüber.")) == []


def test_windows_merge_when_close_and_respect_the_gap():
    def find(text: str) -> dict:
        return {"x": tuple(m.span() for m in re.finditer("x", text))}

    text = "x" + "." * 30 + "x" + "." * 100 + "x"
    tight = Triggers(find, frozenset({"x"}))
    loose = Triggers(find, frozenset({"x"}), merge_gap=200)
    assert tight.regions(text, ("x",), 10, 10) == ((0, 11), (21, 42), (122, 133))
    assert loose.regions(text, ("x",), 10, 10) == ((0, 133),)


def _corpus_texts() -> list[str]:
    """The held-out articles of both languages: real text for pattern properties."""
    data = Path(__file__).parent / "data"
    return [json.loads(line)["text"] for name in ("heldout_de.jsonl", "heldout_en.jsonl")
            for line in (data / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _scan_patterns(rules):
    """Per rule: its name, the pattern its gate scans with, that pattern with its
    first-character check, and how the gate turns a text into what it scans."""
    for rule in rules:
        gated = rule.pattern
        if gated.fast is not None:  # English: lower-cased text
            yield rule.name, lower_case_pattern(gated.pattern), gated.fast, str.lower
        else:
            yield rule.name, gated.pattern, gated.checked, str


@pytest.mark.parametrize("rules", [de.RULES, en_rules.RULES], ids=["de", "en"])
def test_first_char_check_finds_exactly_the_plain_matches(rules):
    texts = _corpus_texts() + [DE_TEXT, EN_TEXT]
    checked_any = False
    for name, plain, checked, subject_of in _scan_patterns(rules):
        checked_any = checked_any or checked is not plain
        for text in texts:
            subject = subject_of(text)
            expected = [(m.span(), m.groups()) for m in plain.finditer(subject)]
            assert [(m.span(), m.groups()) for m in checked.finditer(subject)] == expected, name
    assert checked_any


@pytest.mark.parametrize("rules", [de.RULES, en_rules.RULES], ids=["de", "en"])
def test_the_engine_finds_what_each_gated_rule_finds(rules):
    # the engine looks a text's trigger words and windows up once for all its rules, and
    # skips the rules with none of their trigger words: each rule still yields exactly
    # its gated pattern's matches (a candidate needs a span that is not empty)
    found_any = False
    for text in _corpus_texts() + [DE_TEXT, EN_TEXT]:
        expected = sorted((rule.name, m.span()) for rule in rules
                          for m in rule.pattern.matches(text) if m.end() > m.start())
        found = sorted((rule.name, m.span()) for _, _, _, rule, m in
                       find_candidates(text, rules))
        assert found == expected
        found_any = found_any or bool(found)
    assert found_any


@pytest.mark.parametrize("rules", [de.RULES, en_rules.RULES], ids=["de", "en"])
def test_every_match_holds_one_of_the_required_strings(rules):
    texts = _corpus_texts() + [DE_TEXT, EN_TEXT]
    required_any = False
    for name, plain, _, subject_of in _scan_patterns(rules):
        needs = required_text(plain)
        if needs is None:
            continue
        required_any = True
        for text in texts:
            subject = subject_of(text)
            for m in plain.finditer(subject):
                assert needs.search(subject, m.start(), m.end()), (name, m.group())
    assert required_any


@pytest.mark.parametrize(("source", "first"), [
    (r"(?<![\w-])(?:Mai|Juni)", "[MJ]"),  # a lookbehind consumes nothing
    (r"a|b\d", "[ab]"),  # every alternative
    (r"(?:x)?[yz]", "[xyz]"),  # an optional part lets the next one begin
    (r"\b\d{4}", r"[\d]"),
])
def test_first_characters_of_a_pattern(source, first):
    assert first_char_class(re.compile(source)) == first


@pytest.mark.parametrize("source", [r"x?", r"[^a]b", r"(a)?\1b", r"(?i)abc", r"(?:a|)"])
def test_first_characters_unknown_or_possibly_empty(source):
    assert first_char_class(re.compile(source)) is None
    assert with_first_char_check(re.compile(source)).pattern == source


def test_first_char_check_keeps_a_top_level_alternation_whole():
    checked = with_first_char_check(re.compile(r"ab|(?P<x>c)d"))
    assert checked.groupindex == {"x": 1}
    assert [m.group() for m in checked.finditer("xab cd")] == ["ab", "cd"]


@pytest.mark.parametrize(("source", "strings"), [
    # the fewest strings win: a unit rule's window always holds one of its unit words
    (r"(?:[Jj]ede[nm]?|alle)\s+(?:Tage|Wochen|Monate)", {"alle", "Jede", "jede"}),
    (r"\d+\s*Uhr", {"Uhr"}),
    (r"(?:CDU|Ex-CDU)\s*\d", {"CDU"}),  # "Ex-CDU" holds "CDU": searching "CDU" finds both
])
def test_required_strings_of_a_pattern(source, strings):
    needs = required_text(re.compile(source))
    assert set(needs.pattern.replace("\\", "").split("|")) == strings


@pytest.mark.parametrize("source", [r"(?:jede)?[0-9]", r"\d+", r"(?i)Uhr", r"\d+\.\d+"])
def test_no_required_strings(source):
    assert required_text(re.compile(source)) is None


def test_windows_belong_to_their_text():
    def find(text: str) -> dict:
        return {"x": tuple(m.span() for m in re.finditer("x", text))}

    triggers = Triggers(find, frozenset({"x"}))
    assert triggers.regions("x...", ("x",), 0, 1) == ((0, 2),)
    assert triggers.regions("...x", ("x",), 0, 1) == ((3, 4),)  # not the last text's
    assert triggers.regions("....", ("x",), 0, 1) == ()


def test_unknown_trigger_kind_is_an_error():
    with pytest.raises(ValueError, match="unknown trigger kinds"):
        GatedPattern(re.compile("x"), DE_TRIGGERS, "no_such_kind", 1, 1)
    with pytest.raises(ValueError, match="unknown trigger kinds"):
        GatedPattern(re.compile("x"), EN_TRIGGERS, "kw", 1, 1)  # a German kind


def test_lower_casing_keeps_offsets():
    assert lowered("Am Montag") == "am montag"
    assert lowered("İstanbul") is None  # "İ".lower() is two characters
    assert len(lowered_in_place("İstanbul am Montag")) == len("İstanbul am Montag")
    assert lowered_in_place("İstanbul am Montag").endswith("am montag")


@pytest.mark.parametrize("words", [
    ["Sieben", "Siebzehn", "Siebenundzwanzig", "Sieb", "Acht", "Achtzehn"],
    list(NUMBER_WORDS),
    ["a", "ab", "abc", "abd", "b"],
])
def test_word_tree_matches_like_the_longest_first_alternation(words):
    flat = re.compile("(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
                      + r")(?P<rest>\w*)")
    tree = re.compile("(?:" + alternation(words) + r")(?P<rest>\w*)")
    samples = [w + tail for w in words for tail in ("", "s", "und", " x")] + ["zzz", ""]
    for s in samples:
        a, b = flat.match(s), tree.match(s)
        assert (a and (a.span(), a.group("rest"))) == (b and (b.span(), b.group("rest"))), s


def test_word_tree_gives_back_a_word_when_the_rest_fails():
    # "Siebenundzwanzig" is tried first but only "Sieben" leaves "und" for the rest
    rx = re.compile("(?:" + alternation(["Sieben", "Siebenundzwanzig"]) + ")undzwanzig!")
    assert rx.fullmatch("Siebenundzwanzig!")


def test_any_case_first_accepts_either_case_of_the_first_letter_only():
    rx = re.compile("(?:" + any_case_first(["Montag", "monat"]) + r")\b")
    assert rx.fullmatch("montag") and rx.fullmatch("Monat")
    assert not rx.fullmatch("MONTAG")


def test_word_tree_of_nothing_and_of_one_word():
    assert word_tree([]) == ""
    assert word_tree([["a", "b"]]) == "ab"


@pytest.mark.parametrize(("year", "day"), [(2015, date(2015, 4, 5)), (2019, date(2019, 4, 21)),
                                            (2024, date(2024, 3, 31)), (1818, date(1818, 3, 22)),
                                            (2038, date(2038, 4, 25))])
def test_easter_sunday(year, day):
    assert easter_sunday(year) == day
    assert easter_sunday(year).weekday() == 6


# Thursday 31 Dec 2015; its weekend (2-3 Jan 2016) is still in ISO week 2015-W53
@pytest.mark.parametrize(("unit", "value"), [
    ("day", "2015-12-31"), ("week", "2015-W53"), ("weekend", "2015-W53-WE"),
    ("month", "2015-12"), ("quarter", "2015-Q4"), ("half", "2015-H2"), ("year", "2015"),
    ("decade", "201"), ("century", "20"),
])
def test_unit_value(unit, value):
    assert unit_value(date(2015, 12, 31), unit) == value


def test_unit_value_rejects_an_unknown_unit():
    with pytest.raises(ValueError):
        unit_value(date(2015, 1, 1), "fortnights")


@pytest.mark.parametrize("rules", [de.RULES, en_rules.RULES], ids=["de", "en"])
def test_every_match_holds_a_match_of_the_tail_from_its_digits(rules):
    texts = _corpus_texts() + [DE_TEXT, EN_TEXT]
    cores = 0
    for name, plain, _, subject_of in _scan_patterns(rules):
        core = digit_core(plain)
        if core is None:
            continue
        cores += 1
        for text in texts:
            subject = subject_of(text)
            for m in plain.finditer(subject):
                inside = core.search(subject, m.start())
                assert inside is not None and inside.start() <= m.end(), (name, m.group())
    assert cores


def test_a_check_that_rules_out_no_window_gives_way_to_the_next():
    def find(text: str) -> dict:
        return {"d": tuple(m.span() for m in re.finditer(r"\d", text))}

    plain = re.compile(r"\bam\s+(?P<t>\d\.\d\.)")
    gated = GatedPattern(plain, Triggers(find, frozenset({"d"})), "d", 10, 10)
    assert gated.checks is None  # worked out on the first scan
    assert _spans(gated.finditer("am 1.2.")) == [(0, 7)]
    strings, core = gated.checks  # "am" (in every window here), then "\d\.\d\."
    assert gated.needs is strings
    text = "am Tag 5 gab es viel zu tun, am 3.4. nichts mehr. " * 40  # windows apart
    for _ in range(20):
        assert _spans(gated.finditer(text)) == _spans(plain.finditer(text))
    assert gated.needs is core and gated.ruled_out > 0


@pytest.mark.parametrize("source", [r"ab|b", r"a*", r"(?=b)|ab", r"b*?a?"])
def test_a_window_scan_finds_what_finditer_finds_in_each_window(source):
    """Several matches in one window, and empty ones (finditer moves past an empty match
    its own way): the gate yields finditer's matches over each window, no more, no less."""
    def find(text: str) -> dict:
        return {"x": tuple(m.span() for m in re.finditer("x", text))}

    plain = re.compile(source)
    gated = GatedPattern(plain, Triggers(find, frozenset({"x"})), "x", 8, 8)
    text = ("..x..ab b abab..." + " " * 60) * 3 + "bbx" + "." * 60 + "abbx"
    regions = gated.triggers.regions(text, ("x",), 8, 8)
    assert len(regions) == 5
    expected = []
    last_end = -1
    for lo, hi in regions:  # the scan as finditer would make it (see GatedPattern.scan)
        for m in plain.finditer(text, max(lo, last_end), hi):
            full = m if m.end() + 30 < hi else plain.match(text, m.start())
            last_end = max(last_end, full.end())
            expected.append(full.span())
    assert any(s == e for s, e in expected) == (source != r"ab|b")
    assert _spans(gated.finditer(text)) == expected
