"""The tagger's scores on the gold corpora must not fall below their floors, and our
scorer must agree with the reference scorer, score_timex.py.

The development corpora live next to the repository (<x>/main is the repo,
<x>/shared/eval the corpora); their tests are skipped, saying so, when that folder is
absent. The German held-out set (tests/data/heldout_de.jsonl, our own texts and
annotation) is always scored. Floors sit just under the figures measured when they were
set: raise them when the tagger improves, never lower them to make a change pass.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline.evaluate import evaluate_file, format_scores, read_documents, score

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT.parent / "shared" / "eval"
HELDOUT = ROOT / "tests" / "data" / "heldout_de.jsonl"
SCORER = EVAL_DIR / "score_timex.py"

# corpus file -> floors (percent) for value F1, relaxed F1, strict F1
FLOORS: dict[str, dict[str, float]] = {
    # German news (KRAUTS Dolomiten-100), measured 87.39 / 93.63 / 88.89
    "krauts_dolomiten100.jsonl": {"value_f1": 87.0, "relaxed": 93.2, "strict": 88.5},
    # German narratives (WikiWarsDE), measured 91.15 / 97.00 / 91.69
    "wikiwarsde.jsonl": {"value_f1": 90.6, "relaxed": 96.5, "strict": 91.2},
    # English news (TempEval-3 TBAQ), measured 83.53 / 94.83 / 90.02
    "tempeval3_tbaq.jsonl": {"value_f1": 83.0, "relaxed": 94.4, "strict": 89.5},
}
# German held-out texts, measured 98.69 / 99.90 / 99.29 (the rules were fixed against them:
# the floor guards regressions, the first-seen scores are in the report)
# (value 98.0 -> 97.8 in the tenth round: "Freitagmittag" is now 12:00, as 10 of the 12
# German gold cases write a named day's noon; this set's gold keeps TMI)
# (value 97.8 -> 96.9 and strict 98.5 -> 98.3 in the fourteenth round: "in der Nacht zum
# Dienstag" is now the night from Monday, TNI, as 83 of 103 such cases in our gold date it;
# this set dates it by the Tuesday, as do German b, d, g and n, whose floors went down too)
HELDOUT_FLOORS = {"value_f1": 96.9, "relaxed": 99.0, "strict": 98.3}

needs_eval_dir = pytest.mark.skipif(
    not EVAL_DIR.is_dir(),
    reason=f"development corpora not found at {EVAL_DIR} (expected next to the repository: "
           "<x>/main and <x>/shared/eval)")


def _percentages(scores: dict) -> dict[str, float]:
    return {"value_f1": 100 * scores["value_f1"], "relaxed": 100 * scores["relaxed"][2],
            "strict": 100 * scores["strict"][2]}


def _assert_above(name: str, measured: dict[str, float], floors: dict[str, float]) -> None:
    low = {k: (round(measured[k], 2), floor) for k, floor in floors.items()
           if measured[k] < floor}
    assert not low, f"{name}: below the floor (measured, floor): {low}"


@needs_eval_dir
@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_dev_corpus_scores_stay_above_floors(corpus: str):
    path = EVAL_DIR / corpus
    if not path.is_file():
        pytest.skip(f"{path} is missing")
    results, _ = evaluate_file(str(path))
    _assert_above(corpus, _percentages(results["ALL"]), FLOORS[corpus])


def test_heldout_german_scores_stay_above_floors():
    results, errors = evaluate_file(str(HELDOUT))
    _assert_above(HELDOUT.name, _percentages(results["ALL"]), HELDOUT_FLOORS)


def test_heldout_set_is_well_formed():
    """Every held-out timex names its own text, and the set is varied enough to matter."""
    with HELDOUT.open(encoding="utf-8") as fh:
        docs = list(read_documents(fh))
    assert len(docs) >= 25
    assert len({d["subset"] for d in docs}) >= 6
    for d in docs:
        assert d["lang"] == "de" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["dct"])
        assert 300 <= len(d["text"]) <= 1500, d["id"]
        previous_end = -1
        for t in d["timexes"]:
            assert d["text"][t["start"]:t["end"]] == t["text"], (d["id"], t)
            assert t["type"] in ("DATE", "TIME", "DURATION", "SET")
            assert t["start"] >= previous_end, (d["id"], t)  # in order, no overlaps
            previous_end = t["end"]


def _timeline_command() -> list[str]:
    script = Path(sys.executable).with_name("timeline")
    return [str(script)] if script.exists() else [sys.executable, "-m", "timeline.cli"]


def _report_numbers(text: str) -> list[str]:
    """The score lines of a report (`== ...` blocks), without value-error lines."""
    return [line.rstrip() for line in text.splitlines()
            if line.startswith("==") or re.match(r"^\s+(strict|relaxed|value|type)\s", line)]


@pytest.mark.skipif(not SCORER.is_file(), reason=f"reference scorer not found at {SCORER}")
@pytest.mark.parametrize("gold_name", ["heldout", "krauts_dolomiten100.jsonl",
                                       "tempeval3_tbaq.jsonl"])
def test_our_scores_equal_the_reference_scorer(gold_name: str, tmp_path: Path):
    gold = HELDOUT if gold_name == "heldout" else EVAL_DIR / gold_name
    if not gold.is_file():
        pytest.skip(f"{gold} is missing")
    system = tmp_path / "system.jsonl"
    with system.open("w", encoding="utf-8") as out:
        subprocess.run([*_timeline_command(), "tag", str(gold)], stdout=out, check=True,
                       timeout=600)
    with system.open(encoding="utf-8") as fh:
        system_docs = [json.loads(line) for line in fh]
    with gold.open(encoding="utf-8") as fh:
        gold_docs = list(read_documents(fh))
    assert len(system_docs) == len(gold_docs) and all(d["timexes"] is not None
                                                      for d in system_docs)

    reference = subprocess.run([sys.executable, str(SCORER), str(gold), str(system),
                                "--by-subset"], capture_output=True, text=True, check=True,
                               timeout=600).stdout
    ours, _ = score(gold_docs, {d["id"]: d for d in system_docs}, by_subset=True)
    our_report = "\n".join(format_scores(k, ours[k])
                           for k in sorted(ours, key=lambda k: (k != "ALL", k)))
    assert _report_numbers(our_report) == _report_numbers(reference)
    assert len(_report_numbers(reference)) >= 5  # the ALL block at least was compared


# --- English held-out set ---------------------------------------------------------------
# tests/data/heldout_en.jsonl: 40 wire-style English texts written for this project and
# annotated by hand (TimeML/TempEval-3 conventions as in TBAQ) before the tagger ever saw
# them. First look (after 2 gold fixes), measured 91.38 / 98.80 / 96.62: floors a point
# under. Raise them when the English rules improve; never lower them to pass a change.
HELDOUT_EN = ROOT / "tests" / "data" / "heldout_en.jsonl"
# After the tense rules (families from its errors, not its texts): 96.51 / 98.91 / 98.25;
# with the British and business forms 97.06 / 99.02 / 98.36; 97.39 / 99.13 / 98.47 with
# the English news tense rules of the fourth round.
HELDOUT_EN_FLOORS = {"value_f1": 96.9, "relaxed": 98.6, "strict": 97.9}

# TIMEX3 values the set may use: calendar dates at any precision (decade "199", century
# "15"), ISO weeks and weekends, quarters, halves, seasons, parts of day and clock times,
# vague references, durations and the X-patterns of sets
_TIMEX3_VALUE = re.compile(
    r"PAST_REF|PRESENT_REF|FUTURE_REF"
    r"|P(?:\d+|X)(?:Y|M|W|D|Q|E|C|L)(?:\d+M)?"
    r"|PT(?:\d+|X)H(?:\d+M)?|PT(?:\d+|X)(?:M|S)"
    r"|(?:\d{2,4}|XXXX)"
    r"(?:-(?:\d{2}|XX|W\d{2}|WXX|Q[1-4]|H[12]|SP|SU|FA|WI)"
    r"(?:-(?:\d{2}|XX|[1-7]|WE))?)?"
    r"(?:T(?:MO|AF|EV|NI|\d{2}:\d{2}))?")


def _load_heldout_en() -> list[dict]:
    with HELDOUT_EN.open(encoding="utf-8") as fh:
        return list(read_documents(fh))


def test_heldout_english_scores_stay_above_floors():
    results, _ = evaluate_file(str(HELDOUT_EN))
    _assert_above(HELDOUT_EN.name, _percentages(results["ALL"]), HELDOUT_EN_FLOORS)


def test_heldout_english_set_is_well_formed():
    """Every timex names its own text with a TIMEX3 value, and the set is varied enough."""
    docs = _load_heldout_en()
    assert len(docs) == 40
    assert [d["id"] for d in docs] == [f"heldout-en-{n:02d}" for n in range(1, 41)]
    types: set[str] = set()
    for d in docs:
        assert d["lang"] == "en" and d["subset"] == "heldout-en", d["id"]
        date.fromisoformat(d["dct"])  # a real calendar day
        assert 80 <= len(d["text"].split()) <= 250, d["id"]
        assert 6 <= len(d["timexes"]) <= 15, d["id"]
        previous_end = -1
        for t in d["timexes"]:
            assert d["text"][t["start"]:t["end"]] == t["text"], (d["id"], t)
            assert t["text"] == t["text"].strip() and t["text"], (d["id"], t)
            assert t["start"] >= previous_end, (d["id"], t)  # in order, no overlaps
            previous_end = t["end"]
            assert t["type"] in ("DATE", "TIME", "DURATION", "SET"), (d["id"], t)
            assert _TIMEX3_VALUE.fullmatch(t["value"]), (d["id"], t)
            day = re.match(r"\d{4}-\d{2}-\d{2}", t["value"])
            if day:
                date.fromisoformat(day.group())  # no 31 April
            assert t["type"] != "DURATION" or t["value"].startswith("P"), (d["id"], t)
            types.add(t["type"])
    assert types == {"DATE", "TIME", "DURATION", "SET"}
    # news desks and datelines spread as the set promises: 30 years, year boundaries
    assert len({d["desk"] for d in docs}) >= 10
    years = [int(d["dct"][:4]) for d in docs]
    assert min(years) <= 1995 and max(years) >= 2025
    assert sum(d["dct"][5:] <= "01-08" for d in docs) >= 5
    assert sum(d["dct"][5:] >= "12-22" for d in docs) >= 4


# --- second held-out sets, scored once on first sight -----------------------------------
# Written and annotated after the rules above had been tuned, by someone who had not read
# the tagger and never ran it on them; the first look was measured by the lead and is
# what the README reports as the unseen-text figure. Later rule changes were written
# from error families (with our own example sentences), never from these texts.
#   heldout_de_b.jsonl: 30 German texts (Austrian, Swiss, regional, business, sport,
#   culture), 356 timexes; first look 86.43 / 96.22 / 88.11 (value / relaxed / strict);
#   92.57 / 97.05 / 90.60 after German rules for the error families it showed (written
#   from the families with our own sentences, not from its texts)
#   heldout_en_b.jsonl: 30 English texts (UK, Irish, Australian, US local, business wire,
#   sport, courts, narrative features), 439 timexes; first look 81.30 / 95.01 / 85.95,
#   83.72 / 95.12 / 86.98 after the English tense rules (made without seeing this set),
#   89.89 / 97.01 / 94.71 after rules for the families it showed (British dates, business
#   periods, story "N years later", week sets), written from the families, not its texts
#
# Third held-out sets, for the genres the first two lacked (same procedure):
#   heldout_de_c.jsonl: 20 German weekly-paper texts (features, portraits with
#   flashbacks, anniversaries, policy), 633 timexes; first look 82.93 / 95.33 / 89.37
#   heldout_en_narr.jsonl: 12 English history narratives (480 BC to 1982; dct is a
#   download date, dates anchor on the story), 829 timexes; first look 51.67 / 91.92 /
#   77.95. Docs 01-06 were then given to the rule writers as a development set; 07-12
#   stayed unseen (value F1 70.3 -> 85.2 after the rules made from docs 01-06).
#   heldout_en_bio.jsonl: 12 English biographies and histories, not wars (562 timexes);
#   first look 85.56 / 97.07 / 91.77, then 90.37 / 98.29 / 94.51 after the narrative
#   rules, which were written without seeing it; the English narratives' unseen half
#   then reached 96.3 and the biographies 96.1 after rules from their error families
#   heldout_de_narr.jsonl: 12 German biographies and histories, not wars (613 timexes);
#   first look 92.36 / 96.35 / 87.21, 93.02 / 96.35 / 87.87 after the German rules made
#   from the features set's families (without seeing it)
# Last, a blind check of this round's rules on news that recalls many past years (the
# zone where story anchoring can misfire), scored once and not tuned on:
#   heldout_en_retro.jsonl: 10 English obituaries, anniversaries, court and business
#   retrospectives (280 timexes); first look 95.22 / 96.69 / 88.97
#   heldout_de_retro.jsonl: 10 German Nachrufe, Jahrestage, Rückblicke (231 timexes);
#   first look 93.76 / 98.92 / 91.18
#
# Fourth round, written blind after the rules above (first look = the blind check):
#   heldout_en_retro_b.jsonl, heldout_de_retro_b.jsonl: 10 + 10 more news retrospectives
#   (229 and 211 timexes; some datelines only give the month); first look 80.97 / 97.79 /
#   93.81 and 83.33 / 98.57 / 92.86; after rules written from the first retrospective
#   sets' families, without seeing these: 85.14 and 84.76; then rules from their own error
#   families (our sentences, never the texts)
#   heldout_en_c.jsonl: 24 English news articles in the style of TempEval-3's sources
#   (319 timexes); first look 89.78 / 97.44 / 92.65
#   heldout_de_d.jsonl: 24 German regional and national news articles (315 timexes);
#   first look 90.91 / 97.61 / 92.82
#   heldout_en_d.jsonl, heldout_de_e.jsonl: 16 + 16 news articles, half of them recalling
#   a past episode, written after all of this round's rules (383 and 309 timexes); first
#   look 83.56 / 96.50 / 94.34 and 88.34 / 96.22 / 88.01 (English: 84.18 on the plain news
#   half, 83.05 on the recalled half, where the flashback rules gave +5.5). The English
#   set's families (decisions that look ahead) then went to a rule writer: 84.64.
#   English news c and German news d were then given to rule writers as error families
#   (English tense of weekdays and periods; German "seit" and modal passives).
#   heldout_en_e.jsonl, heldout_de_f.jsonl (fifth round): 22 + 22 news articles (wire,
#   business, broadcast, features, opinion; German wire, economy, regional, culture,
#   analysis; 441 and 376 timexes), written while that round's first English rules were
#   in; first look 91.66 / 98.51 / 95.77 and 93.93 / 96.90 / 92.04; then rules from their
#   error families.
#   heldout_en_f.jsonl, heldout_de_g.jsonl (fifth round): 24 + 24 news articles (US local,
#   UK/Irish/Australian, business, courts, science, sports, obituaries; Austrian, Swiss and
#   German regional, economy, sport, culture, science; 491 and 375 timexes), written after
#   the round's English rules from sets e and f; first look 92.99 / 97.53 / 93.40 and
#   89.40 / 97.83 / 92.12; then rules from their error families.
#   heldout_en_g.jsonl, heldout_de_h.jsonl (fifth round, last): 24 + 24 news articles
#   (international wire, finance, weather and energy, legislatures, culture, features with
#   a recalled episode; South Tyrolean local news, Zeit-style features, economy, politics,
#   police; 440 and 413 timexes), written after the round's other rules; first look
#   92.03 / 98.41 / 95.90 and 90.39 / 97.78 / 90.15; then rules from their error families.
#   heldout_en_h.jsonl, heldout_de_i.jsonl (fifth round, after all its rules): 24 + 24
#   news articles (Indian, Canadian, regulatory, science, local broadcast, retail,
#   obituaries; Austrian, Swiss, business, courts, sport, portraits, weather, education;
#   407 and 378 timexes); first look 88.70 / 98.03 / 93.37 and 92.00 / 97.60 / 93.60;
#   then a few fixes of plain bugs they showed (Black Friday, "9 tonight", "Ende Jahr").
#   heldout_en_o.jsonl, heldout_de_p.jsonl, heldout_en_p.jsonl, heldout_de_q.jsonl (eighth
#   round): 4 x 24 news articles (419, 420, 420, 420 timexes); first looks 93.73 / 97.28 /
#   86.86, 94.00 / 98.80 / 89.69, 95.24 / 97.86 / 89.05, 84.83 / 96.54 / 86.74; then rules
#   from their error families (German p by a helper).
#   heldout_en_q.jsonl, heldout_de_r.jsonl (eighth round, after all its rules, not tuned
#   on): 24 + 24 news articles (420 + 420 timexes); first look 93.01 / 97.11 / 92.05 and
#   93.35 / 97.94 / 91.90.
#   heldout_en_r.jsonl, heldout_de_s.jsonl, heldout_en_s.jsonl, heldout_de_t.jsonl (ninth
#   round): 4 x 24 news articles (419, 420, 421, 418 timexes); first looks 92.75 / 97.27 /
#   87.75, 85.07 / 98.10 / 85.07, 88.97 / 95.01 / 85.25, 88.49 / 97.12 / 82.97; then rules
#   from their error families (German ones by a helper).
#   heldout_en_t.jsonl, heldout_de_u.jsonl (ninth round, after all its rules): 24 + 24 news
#   articles (420 + 420 timexes); first look 85.88 / 94.19 / 85.88 and 84.20 / 96.02 /
#   82.75; then fixes of the bugs they showed.
#   heldout_en_u.jsonl, heldout_de_v.jsonl, heldout_en_w.jsonl, heldout_de_x.jsonl,
#   heldout_en_x.jsonl, heldout_de_y.jsonl (tenth round; en_x is 13 articles, its writer
#   stopped early): 420, 417, 420, 418, 298 and 430 timexes; first looks 85.89 / 96.89 /
#   93.78, 91.39 / 98.56 / 92.34, 86.75 / 96.39 / 91.57, 86.61 / 98.43 / 89.75, 77.37 /
#   92.98 / 82.94 and 86.51 / 97.44 / 92.79; then rules from their error families
#   (German ones by helpers).
#   heldout_en_v.jsonl, heldout_de_w.jsonl (tenth round, after all its rules, not tuned
#   on): 24 + 24 news articles (584 + 426 timexes); first look 90.25 / 97.15 / 94.56 and
#   94.85 / 98.36 / 91.10 (89.73 / 96.98 / 94.05 and 94.49 / 98.24 / 90.97 with the
#   round's starting rules); then fixes of bugs they showed.
#   heldout_en_y.jsonl, heldout_en_z.jsonl, heldout_de_z.jsonl (eleventh round, written
#   after the round's first rules, not tuned on before the first look): 24 news articles
#   each (548, 476 and 473 timexes); first looks 87.83 / 95.88 / 92.22, 86.11 / 97.14 /
#   93.11 and 89.50 / 97.14 / 88.87 (the same with the round's starting rules); then rules
#   from their error families.
#   heldout_en_aa.jsonl, heldout_de_aa.jsonl (eleventh round's last blind check, written
#   after most of its rules, not tuned on before the first look): 24 + 24 news articles
#   (429 + 426 timexes); first look 92.54 / 97.36 / 94.14 and 89.61 / 97.32 / 91.72 (92.43
#   and 89.61 value with the round's starting rules); then rules from their families.
#   heldout_en_ab.jsonl (twelfth round, written while the round's first English rules were
#   made, not tuned on before the first look): 24 news articles (431 timexes); first look
#   92.17 / 97.47 / 95.39 (the same with the round's starting rules); then rules from its
#   families.
#   heldout_de_ab.jsonl (twelfth round, written after most of the round's German rules,
#   not tuned on before the first look): 24 news articles (422 timexes); first look 89.33 /
#   96.60 / 91.21 (the same with the round's starting rules); then rules from its families.
#   heldout_de_ac.jsonl (twelfth round's last blind check, written after all its rules, not
#   tuned on): 24 news articles (417 timexes); first look 91.46 / 98.92 / 94.34 (91.24 /
#   98.68 / 94.12 with the round's starting rules); the floors sit under that first look.
#   heldout_en_ac.jsonl (the same last check in English): 24 news articles (439 timexes);
#   first look 93.32 / 96.94 / 93.54 (93.77 value with the round's starting rules: an
#   itinerary's "2.15pm:" stamps are now read as a live blog's); floors under it.
#   heldout_en_ad.jsonl, heldout_de_ad.jsonl (thirteenth round's blind check, written
#   after all its rules, not tuned on before the first look): 24 + 24 news articles (449 +
#   450 timexes); first look 90.79 / 94.26 / 83.42 and 89.82 / 96.61 / 91.18 (83.33 and
#   91.18 value with the round's starting rules).
#   heldout_en_ae.jsonl, heldout_de_ae.jsonl (fourteenth round's blind check, written
#   while its rules were made and scored after all of them, not tuned on before the first
#   look): 24 + 24 news articles (427 + 431 timexes); first look 90.85 / 96.18 / 87.37 and
#   94.32 / 98.49 / 91.54 (87.11 and 90.61 value with the round's starting rules).
#   heldout_en_af.jsonl, heldout_de_af.jsonl (fifteenth round's blind check, written
#   before its rules and scored with the round's starting rules, which two German rules
#   made before it did not change): 24 + 24 news articles (427 + 418 timexes); first look
#   95.23 / 97.09 / 91.97 and 95.36 / 98.93 / 92.03.
#   heldout_de_ag.jsonl (the fifteenth round's second blind check, written while the
#   round's rules were made from af and scored after them): 24 news articles (425
#   timexes); first look 94.85 / 99.06 / 92.74 (92.97 value with the round's starting
#   rules: "Ursprünglich sollte ... am 2. August" now reads the plan's nearest date).
#   heldout_en_ag.jsonl (the same second blind check in English, scored after the rules
#   from af): 24 news articles (425 timexes); first look 96.63 / 97.56 / 93.38 (92.92 value
#   with the round's starting rules).
#   heldout_en_ah.jsonl, heldout_de_ah.jsonl (sixteenth round's first blind pair, scored
#   with the round's starting rules, the English one after its first rule, which did not
#   touch it): 24 + 24 news articles (462 + 447 timexes); first look 89.29 / 95.29 / 87.58
#   and 94.54 / 98.77 / 92.75; then rules from their families.
#   heldout_en_ai.jsonl, heldout_de_ai.jsonl (the sixteenth round's second blind pair,
#   written while the round's rules were made and scored once after all of them): 24 + 24
#   news articles (453 + 455 timexes); first look 92.61 / 96.80 / 89.97 and 86.18 / 97.50 /
#   88.14 (88.72 and 88.14 value with the round's starting rules); then a few fixes.
#   heldout_en_aj.jsonl, heldout_de_aj.jsonl (seventeenth round's first blind pair, scored
#   once after the round's first rules, made from older sets' families): 24 + 24 news
#   articles (473 + 460 timexes); first look 88.96 / 95.77 / 89.16 and 93.17 / 97.51 /
#   89.27; then rules from their families.
#   heldout_en_ak.jsonl, heldout_de_ak.jsonl (the seventeenth round's second blind pair,
#   written while the rules from aj were made and scored once after them): 24 + 24 news
#   articles (469 + 445 timexes); first look 92.45 / 97.98 / 90.97 and 92.11 / 98.06 /
#   90.74; then rules from their families.
# The floors below are just under the figures after the rules written from each set's
# error families (README: "now"). Two strict floors went down in the ninth round, with a
# convention, not to let a change pass: a clock time joined to its day by "on" ("at 8pm on
# Thursday") is now two mentions, as 52 of 70 such cases in our gold sets are annotated;
# English p and the second English retrospectives are among the sets that join them. In
# the tenth round German j's strict floor went down for the same reason: "bis zu drei
# Jahren" now leaves "bis zu" outside, as 22 of 27 German gold cases do; German j writes it
# inside. In the fifteenth round English c's strict floor went down (97.4 -> 97.3): "once
# every 12 hours" now keeps its count inside, as 13 of 15 English gold cases do; English c
# leaves it out. In the sixteenth round five sets' floors went down, each for a convention
# the other sets hold by a clear majority: an English wire dateline that the story goes on
# from in the same line ("LEEDS, Thursday August 3, 1995 - A ban ...") is no timex, as 60 of
# 66 such datelines in our English sets before ah are untagged (English m, w and the second
# retrospectives tag theirs); New Year's midnight is T00:00 of 1 January, as 6 of 7 such
# German cases write it (German p writes T24:00 of 31 December); the years of a jubilee in
# news are a duration ("sein 75-jähriges Bestehen", 9 of 11 news cases; the German
# retrospectives leave it out). In the seventeenth round German b's strict and relaxed
# floors went down (93.3 -> 93.1, 98.6 -> 98.5): a weekday before or after a feast is one
# expression ("am Mittwoch vor Weihnachten", "am Samstag nach Ostern"), as German af and aj
# write it; German b tags "der Samstag" and "Heiligabend" apart.
SECOND_HELDOUT_FLOORS: dict[str, dict[str, float]] = {
    "heldout_de_b.jsonl": {"value_f1": 96.2, "relaxed": 98.5, "strict": 93.1},
    "heldout_en_b.jsonl": {"value_f1": 96.7, "relaxed": 99.0, "strict": 98.3},
    "heldout_de_c.jsonl": {"value_f1": 93.5, "relaxed": 98.6, "strict": 94.3},
    "heldout_en_narr.jsonl": {"value_f1": 98.2, "relaxed": 99.6, "strict": 98.4},
    "heldout_en_bio.jsonl": {"value_f1": 96.9, "relaxed": 99.5, "strict": 97.9},
    "heldout_de_narr.jsonl": {"value_f1": 96.6, "relaxed": 97.6, "strict": 91.6},
    "heldout_en_retro.jsonl": {"value_f1": 90.1, "relaxed": 97.7, "strict": 96.6},
    "heldout_de_retro.jsonl": {"value_f1": 94.0, "relaxed": 98.8, "strict": 94.5},
    "heldout_en_retro_b.jsonl": {"value_f1": 92.0, "relaxed": 98.1, "strict": 94.2},
    "heldout_de_retro_b.jsonl": {"value_f1": 93.0, "relaxed": 99.2, "strict": 94.9},
    "heldout_en_c.jsonl": {"value_f1": 97.6, "relaxed": 99.7, "strict": 97.2},
    "heldout_de_d.jsonl": {"value_f1": 94.1, "relaxed": 98.3, "strict": 93.9},
    "heldout_en_d.jsonl": {"value_f1": 91.0, "relaxed": 98.2, "strict": 97.1},
    "heldout_de_e.jsonl": {"value_f1": 91.2, "relaxed": 97.7, "strict": 90.9},
    "heldout_en_e.jsonl": {"value_f1": 97.2, "relaxed": 99.7, "strict": 98.5},
    "heldout_de_f.jsonl": {"value_f1": 97.3, "relaxed": 98.4, "strict": 94.9},
    "heldout_en_f.jsonl": {"value_f1": 96.4, "relaxed": 98.7, "strict": 95.8},
    "heldout_de_g.jsonl": {"value_f1": 95.8, "relaxed": 98.5, "strict": 92.8},
    "heldout_en_g.jsonl": {"value_f1": 96.8, "relaxed": 99.1, "strict": 98.0},
    "heldout_de_h.jsonl": {"value_f1": 95.7, "relaxed": 98.7, "strict": 92.1},
    "heldout_en_h.jsonl": {"value_f1": 95.2, "relaxed": 99.4, "strict": 97.0},
    "heldout_de_i.jsonl": {"value_f1": 95.7, "relaxed": 98.7, "strict": 95.0},
    "heldout_en_i.jsonl": {"value_f1": 97.8, "relaxed": 99.5, "strict": 98.5},
    "heldout_de_j.jsonl": {"value_f1": 94.9, "relaxed": 99.2, "strict": 89.7},
    "heldout_en_j.jsonl": {"value_f1": 96.0, "relaxed": 98.3, "strict": 93.6},
    "heldout_de_k.jsonl": {"value_f1": 94.9, "relaxed": 99.3, "strict": 93.3},
    "heldout_en_k.jsonl": {"value_f1": 96.8, "relaxed": 98.7, "strict": 97.5},
    "heldout_de_l.jsonl": {"value_f1": 95.1, "relaxed": 98.7, "strict": 93.9},
    "heldout_en_l.jsonl": {"value_f1": 96.2, "relaxed": 99.1, "strict": 96.1},
    "heldout_de_m.jsonl": {"value_f1": 96.5, "relaxed": 99.4, "strict": 92.5},
    "heldout_en_m.jsonl": {"value_f1": 95.8, "relaxed": 98.8, "strict": 97.1},
    "heldout_de_n.jsonl": {"value_f1": 94.7, "relaxed": 99.3, "strict": 91.7},
    "heldout_en_n.jsonl": {"value_f1": 94.1, "relaxed": 98.0, "strict": 95.8},
    "heldout_de_o.jsonl": {"value_f1": 94.2, "relaxed": 97.3, "strict": 92.7},
    "heldout_en_o.jsonl": {"value_f1": 92.5, "relaxed": 98.5, "strict": 96.6},
    "heldout_de_p.jsonl": {"value_f1": 97.7, "relaxed": 99.4, "strict": 95.6},
    "heldout_en_p.jsonl": {"value_f1": 93.1, "relaxed": 98.4, "strict": 95.8},
    "heldout_de_q.jsonl": {"value_f1": 90.6, "relaxed": 97.5, "strict": 88.0},
    "heldout_en_q.jsonl": {"value_f1": 94.8, "relaxed": 98.3, "strict": 95.9},
    "heldout_de_r.jsonl": {"value_f1": 97.6, "relaxed": 99.3, "strict": 95.2},
    "heldout_en_r.jsonl": {"value_f1": 93.5, "relaxed": 98.3, "strict": 95.0},
    "heldout_de_s.jsonl": {"value_f1": 90.5, "relaxed": 98.4, "strict": 87.2},
    "heldout_en_s.jsonl": {"value_f1": 89.8, "relaxed": 95.3, "strict": 90.7},
    # (strict 89.4 -> 88.8 in the thirteenth round, and German aa's 92.0 -> 91.4: "in der
    # vergangenen Woche" now tags its article, as 36 of 46 German gold cases do and these
    # two writers do not; strict rose on 17 German sets with it)
    "heldout_de_t.jsonl": {"value_f1": 89.0, "relaxed": 98.0, "strict": 89.0},
    "heldout_en_t.jsonl": {"value_f1": 89.5, "relaxed": 94.9, "strict": 88.3},
    "heldout_de_u.jsonl": {"value_f1": 88.5, "relaxed": 96.9, "strict": 88.3},
    "heldout_en_u.jsonl": {"value_f1": 92.4, "relaxed": 97.4, "strict": 94.8},
    "heldout_de_v.jsonl": {"value_f1": 95.4, "relaxed": 99.2, "strict": 93.9},
    "heldout_en_w.jsonl": {"value_f1": 90.5, "relaxed": 96.5, "strict": 93.2},
    "heldout_de_x.jsonl": {"value_f1": 93.4, "relaxed": 99.2, "strict": 91.5},
    "heldout_en_x.jsonl": {"value_f1": 83.8, "relaxed": 94.1, "strict": 84.2},
    "heldout_de_y.jsonl": {"value_f1": 89.7, "relaxed": 97.8, "strict": 94.1},
    "heldout_en_v.jsonl": {"value_f1": 92.1, "relaxed": 97.6, "strict": 95.9},
    "heldout_de_w.jsonl": {"value_f1": 97.1, "relaxed": 98.3, "strict": 92.4},
    "heldout_en_y.jsonl": {"value_f1": 91.4, "relaxed": 96.9, "strict": 93.6},
    "heldout_en_z.jsonl": {"value_f1": 92.4, "relaxed": 97.5, "strict": 95.0},
    "heldout_de_z.jsonl": {"value_f1": 94.3, "relaxed": 97.5, "strict": 90.7},
    "heldout_en_aa.jsonl": {"value_f1": 95.7, "relaxed": 98.5, "strict": 95.7},
    "heldout_de_aa.jsonl": {"value_f1": 94.0, "relaxed": 98.2, "strict": 92.1},
    "heldout_en_ab.jsonl": {"value_f1": 95.3, "relaxed": 98.6, "strict": 97.4},
    "heldout_de_ab.jsonl": {"value_f1": 93.5, "relaxed": 98.6, "strict": 92.9},
    "heldout_de_ac.jsonl": {"value_f1": 94.4, "relaxed": 98.8, "strict": 95.2},
    "heldout_en_ac.jsonl": {"value_f1": 96.3, "relaxed": 98.1, "strict": 94.7},
    "heldout_en_ad.jsonl": {"value_f1": 91.4, "relaxed": 95.8, "strict": 93.0},
    "heldout_de_ad.jsonl": {"value_f1": 93.1, "relaxed": 97.1, "strict": 91.3},
    "heldout_en_ae.jsonl": {"value_f1": 90.6, "relaxed": 97.4, "strict": 92.5},
    "heldout_de_ae.jsonl": {"value_f1": 93.1, "relaxed": 98.9, "strict": 95.0},
    "heldout_en_af.jsonl": {"value_f1": 96.3, "relaxed": 98.2, "strict": 96.8},
    "heldout_de_af.jsonl": {"value_f1": 95.9, "relaxed": 99.3, "strict": 96.6},
    "heldout_de_ag.jsonl": {"value_f1": 93.5, "relaxed": 99.2, "strict": 94.9},
    "heldout_en_ag.jsonl": {"value_f1": 94.5, "relaxed": 98.7, "strict": 97.7},
    "heldout_en_ah.jsonl": {"value_f1": 92.2, "relaxed": 96.7, "strict": 92.2},
    "heldout_de_ah.jsonl": {"value_f1": 95.9, "relaxed": 99.5, "strict": 95.3},
    "heldout_en_ai.jsonl": {"value_f1": 93.7, "relaxed": 97.9, "strict": 94.0},
    "heldout_de_ai.jsonl": {"value_f1": 90.1, "relaxed": 98.2, "strict": 87.3},
    "heldout_en_aj.jsonl": {"value_f1": 93.1, "relaxed": 96.2, "strict": 90.6},
    "heldout_de_aj.jsonl": {"value_f1": 95.1, "relaxed": 98.3, "strict": 94.2},
    "heldout_en_ak.jsonl": {"value_f1": 95.1, "relaxed": 98.7, "strict": 93.6},
    "heldout_de_ak.jsonl": {"value_f1": 94.8, "relaxed": 98.3, "strict": 92.6},
}
MIN_DOCUMENTS = {"heldout_de_c.jsonl": 20, "heldout_en_narr.jsonl": 12,
                 "heldout_en_bio.jsonl": 12, "heldout_de_narr.jsonl": 12,
                 "heldout_en_retro.jsonl": 10, "heldout_de_retro.jsonl": 10,
                 "heldout_en_retro_b.jsonl": 10, "heldout_de_retro_b.jsonl": 10,
                 "heldout_en_c.jsonl": 24, "heldout_de_d.jsonl": 24,
                 "heldout_en_d.jsonl": 16, "heldout_de_e.jsonl": 16,
                 "heldout_en_e.jsonl": 22, "heldout_de_f.jsonl": 22,
                 "heldout_en_f.jsonl": 24, "heldout_de_g.jsonl": 24,
                 "heldout_en_g.jsonl": 24, "heldout_de_h.jsonl": 24,
                 "heldout_en_h.jsonl": 24, "heldout_de_i.jsonl": 24,
                 "heldout_en_i.jsonl": 24, "heldout_de_j.jsonl": 24,
                 "heldout_en_j.jsonl": 24, "heldout_de_k.jsonl": 24,
                 "heldout_en_k.jsonl": 24, "heldout_de_l.jsonl": 24,
                 "heldout_en_l.jsonl": 24, "heldout_de_m.jsonl": 24,
                 "heldout_en_m.jsonl": 24, "heldout_de_n.jsonl": 24,
                 "heldout_en_n.jsonl": 24, "heldout_de_o.jsonl": 24,
                 "heldout_en_o.jsonl": 24, "heldout_de_p.jsonl": 24,
                 "heldout_en_p.jsonl": 24, "heldout_de_q.jsonl": 24,
                 "heldout_en_q.jsonl": 24, "heldout_de_r.jsonl": 24,
                 "heldout_en_r.jsonl": 24, "heldout_de_s.jsonl": 24,
                 "heldout_en_s.jsonl": 24, "heldout_de_t.jsonl": 24,
                 "heldout_en_t.jsonl": 24, "heldout_de_u.jsonl": 24,
                 "heldout_en_u.jsonl": 24, "heldout_de_v.jsonl": 24,
                 "heldout_en_w.jsonl": 24, "heldout_de_x.jsonl": 24,
                 "heldout_en_x.jsonl": 13, "heldout_de_y.jsonl": 24,
                 "heldout_en_v.jsonl": 24, "heldout_de_w.jsonl": 24,
                 "heldout_en_y.jsonl": 24, "heldout_en_z.jsonl": 24,
                 "heldout_de_z.jsonl": 24, "heldout_en_aa.jsonl": 24,
                 "heldout_de_aa.jsonl": 24, "heldout_en_ab.jsonl": 24,
                 "heldout_de_ab.jsonl": 24, "heldout_de_ac.jsonl": 24,
                 "heldout_en_ac.jsonl": 24, "heldout_en_ad.jsonl": 24,
                 "heldout_de_ad.jsonl": 24, "heldout_en_ae.jsonl": 24,
                 "heldout_de_ae.jsonl": 24, "heldout_en_af.jsonl": 24,
                 "heldout_de_af.jsonl": 24, "heldout_de_ag.jsonl": 24,
                 "heldout_en_ag.jsonl": 24, "heldout_en_ah.jsonl": 24,
                 "heldout_de_ah.jsonl": 24, "heldout_en_ai.jsonl": 24,
                 "heldout_de_ai.jsonl": 24, "heldout_en_aj.jsonl": 24,
                 "heldout_de_aj.jsonl": 24, "heldout_en_ak.jsonl": 24,
                 "heldout_de_ak.jsonl": 24}


@pytest.mark.parametrize("name", sorted(SECOND_HELDOUT_FLOORS))
def test_second_heldout_scores_stay_above_first_look_floors(name: str):
    results, _ = evaluate_file(str(ROOT / "tests" / "data" / name))
    _assert_above(name, _percentages(results["ALL"]), SECOND_HELDOUT_FLOORS[name])


def _dct_date(dct: str) -> date:
    """A document's creation time: a day, or a month (some datelines give no day)."""
    return date.fromisoformat(dct if len(dct) == 10 else dct + "-01")


@pytest.mark.parametrize("name", sorted(SECOND_HELDOUT_FLOORS))
def test_second_heldout_set_is_well_formed(name: str):
    with (ROOT / "tests" / "data" / name).open(encoding="utf-8") as fh:
        docs = list(read_documents(fh))
    assert len(docs) >= MIN_DOCUMENTS.get(name, 30)
    assert len({d["dct"][:4] for d in docs}) >= (3 if name in MIN_DOCUMENTS else 10)
    lang = docs[0]["lang"]
    types = set()
    for d in docs:
        assert d["lang"] == lang and _dct_date(d["dct"])
        previous_end = -1
        for t in d["timexes"]:
            assert d["text"][t["start"]:t["end"]] == t["text"], (d["id"], t)
            assert t["start"] >= previous_end, (d["id"], t)  # in order, no overlaps
            assert t["text"] == t["text"].strip() and t["value"], (d["id"], t)
            previous_end = t["end"]
            types.add(t["type"])
    assert types == {"DATE", "TIME", "DURATION", "SET"}
