"""Tag gold documents and score them with the TempEval-3 task A metric.

Document JSONL: one object per line with `id`, `lang`, `dct`, `text` (and gold `timexes`).
The score is the same as shared/eval/score_timex.py: relaxed match = overlap by one
character (one-to-one, left to right), strict = same offsets, attribute F1 = relaxed F1 x
attribute accuracy, pooled over documents.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import IO

from timeline.model import Reference


def read_documents(fh: IO[str]) -> Iterator[dict]:
    for number, line in enumerate(fh, 1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"line {number}: not valid JSON ({err.msg})") from None


def reference_of(dct: str | None) -> Reference | None:
    """The reference time of an evaluation document (`2014-02-18`, `2011-02-16T17:00:00`)."""
    if not dct:
        return None
    from timeline.dateline import parse_iso_reference

    return parse_iso_reference(dct)


def tag_document(doc: dict, anchoring: str = "auto") -> dict:
    """A system record (`id`, `timexes`) for one document."""
    from timeline.temporal import tag
    from timeline.temporal.anchoring import is_narrative

    ref = reference_of(doc.get("dct"))
    text = doc["text"]
    lang = doc.get("lang") or "de"
    narrative = is_narrative(text, lang, ref) if anchoring == "auto" else anchoring == "story"
    timexes = []
    for m in tag(text, lang, ref, narrative=narrative):
        t = {"start": m.start, "end": m.end, "text": m.text, "type": m.type, "value": m.value}
        if m.mod:
            t["mod"] = m.mod
        timexes.append(t)
    return {"id": doc["id"], "timexes": timexes}


# --- scoring -------------------------------------------------------------------------

def match(gold: list[dict], system: list[dict]) -> list[tuple[dict, dict]]:
    """Pairs of overlapping timexes, one-to-one, taken left to right."""
    gold = sorted(gold, key=lambda t: (t["start"], t["end"]))
    system = sorted(system, key=lambda t: (t["start"], t["end"]))
    used: set[int] = set()
    pairs = []
    for g in gold:
        for i, s in enumerate(system):
            if i in used or s["end"] <= g["start"]:
                continue
            if s["start"] >= g["end"]:
                break
            used.add(i)
            pairs.append((g, s))
            break
    return pairs


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    value: int = 0
    type: int = 0

    def add(self, gold: list[dict], system: list[dict]) -> list[tuple[dict, dict]]:
        pairs = match(gold, system)
        self.gold += len(gold)
        self.system += len(system)
        self.relaxed += len(pairs)
        self.strict += sum(g["start"] == s["start"] and g["end"] == s["end"] for g, s in pairs)
        self.value += sum(g.get("value") == s.get("value") for g, s in pairs)
        self.type += sum(g.get("type") == s.get("type") for g, s in pairs)
        return pairs

    def scores(self) -> dict:
        def prf(hit: int) -> tuple[float, float, float]:
            p = hit / self.system if self.system else 0.0
            r = hit / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        relaxed, strict = prf(self.relaxed), prf(self.strict)
        vacc = self.value / self.relaxed if self.relaxed else 0.0
        tacc = self.type / self.relaxed if self.relaxed else 0.0
        return {"gold": self.gold, "system": self.system, "relaxed_matches": self.relaxed,
                "strict": strict, "relaxed": relaxed, "value_accuracy": vacc,
                "value_f1": relaxed[2] * vacc, "type_accuracy": tacc,
                "type_f1": relaxed[2] * tacc}


def score(gold_docs: Iterable[dict], system_docs: dict[str, dict],
          by_subset: bool = False) -> tuple[dict[str, dict], list[tuple]]:
    """Scores pooled over all documents ("ALL") and, optionally, per subset; and the value
    errors as (id, gold text, gold value, system text, system value)."""
    groups: dict[str, Counts] = defaultdict(Counts)
    errors = []
    for g in gold_docs:
        s = system_docs.get(g["id"], {"timexes": []})
        keys = ["ALL"] + ([g.get("subset", "?")] if by_subset else [])
        pairs = []
        for key in keys:
            pairs = groups[key].add(g["timexes"], s["timexes"])
        errors += [(g["id"], gt["text"], gt.get("value"), st["text"], st.get("value"))
                   for gt, st in pairs if gt.get("value") != st.get("value")]
    return {k: c.scores() for k, c in groups.items()}, errors


def format_scores(name: str, s: dict) -> str:
    def pct(x: float) -> str:
        return f"{100 * x:6.2f}"

    lines = [f"== {name}: gold {s['gold']}, system {s['system']}, "
             f"relaxed matches {s['relaxed_matches']}"]
    for kind in ("strict", "relaxed"):
        p, r, f = s[kind]
        lines.append(f"   {kind:8} P {pct(p)}  R {pct(r)}  F1 {pct(f)}")
    lines.append(f"   value    acc {pct(s['value_accuracy'])}  F1 {pct(s['value_f1'])}")
    lines.append(f"   type     acc {pct(s['type_accuracy'])}  F1 {pct(s['type_f1'])}")
    return "\n".join(lines)


class InputError(ValueError):
    """A gold or system file that cannot be read or lacks a required key; the message
    names the file and the problem."""


def load_documents(path: str, required: tuple[str, ...]) -> list[dict]:
    """The documents of a JSONL file, each checked for the keys the scoring needs."""
    try:
        with open(path, encoding="utf-8") as fh:
            docs = list(read_documents(fh))
    except OSError as err:
        raise InputError(f"{path}: {err.strerror or err}") from None
    except (ValueError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: {err}") from None
    for number, doc in enumerate(docs, 1):
        missing = [key for key in required if not isinstance(doc, dict) or key not in doc]
        if missing:
            raise InputError(f"{path}: document {number} lacks {', '.join(missing)}")
    return docs


def evaluate_file(gold_path: str, system_path: str | None = None, by_subset: bool = False,
                  anchoring: str = "auto") -> tuple[dict[str, dict], list[tuple]]:
    """Scores of a gold file against a system file, or against our tagger's output.
    Raises InputError naming the file when either cannot be used."""
    gold = load_documents(gold_path, ("id", "timexes") if system_path
                          else ("id", "lang", "text", "timexes"))
    if system_path:
        system = {d["id"]: d for d in load_documents(system_path, ("id", "timexes"))}
    else:
        system = {d["id"]: tag_document(d, anchoring) for d in gold}
    return score(gold, system, by_subset)


if __name__ == "__main__":  # python -m timeline.evaluate GOLD [SYSTEM] (for development)
    import sys

    started = datetime.now()
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    results, errs = evaluate_file(args[0], args[1] if len(args) > 1 else None,
                                  "--by-subset" in sys.argv)
    for key in sorted(results, key=lambda k: (k != "ALL", k)):
        print(format_scores(key, results[key]))
    print(f"({(datetime.now() - started).total_seconds():.1f} s)")
