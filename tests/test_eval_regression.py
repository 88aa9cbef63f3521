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
from pathlib import Path

import pytest

from timeline.evaluate import evaluate_file, format_scores, read_documents, score

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT.parent / "shared" / "eval"
HELDOUT = ROOT / "tests" / "data" / "heldout_de.jsonl"
SCORER = EVAL_DIR / "score_timex.py"

# corpus file -> floors (percent) for value F1, relaxed F1, strict F1
FLOORS: dict[str, dict[str, float]] = {
    # German news (KRAUTS Dolomiten-100), measured 86.89 / 93.63 / 88.89
    "krauts_dolomiten100.jsonl": {"value_f1": 86.4, "relaxed": 93.1, "strict": 88.4},
    # German narratives (WikiWarsDE), measured 90.76 / 96.98 / 91.67
    "wikiwarsde.jsonl": {"value_f1": 90.3, "relaxed": 96.5, "strict": 91.2},
    # English news (TempEval-3 TBAQ), measured 82.09 / 94.58 / 89.56 while another helper
    # works on English: a point of slack under the figures of the brief (81.2 / 94.5 / 89.3)
    "tempeval3_tbaq.jsonl": {"value_f1": 80.2, "relaxed": 93.5, "strict": 88.3},
}
# German held-out texts, measured 98.69 / 99.90 / 99.29 (the rules were fixed against them:
# the floor guards regressions, the first-seen scores are in the report)
HELDOUT_FLOORS = {"value_f1": 98.0, "relaxed": 99.0, "strict": 98.5}

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
