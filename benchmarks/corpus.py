"""A synthetic corpus of German and English wire articles for throughput benchmarks.

Deterministic: article `i` of seed `s` is the same text whatever the corpus size, the
number of worker processes or the machine (each article has its own random generator,
seeded from (s, i)). Articles are written one at a time (never all in memory) into
shard folders of `per_folder` files: `<root>/shard-0000/0000000-de.txt`.

Each file is one article in the project's format: a first line
`date <ISO> <Place> (<agency>) - <lead sentence>` (precision mostly day, some month, some
minute, a few year) or a wire dateline (`BERLIN, 4. Mai 2016 (dpa) - ...`,
`WASHINGTON, May 4, 2016 (Reuters) - ...`), then paragraphs separated by blank lines.
Bodies are 1,500-3,000 characters with news-like density of temporal expressions.

    python -m benchmarks.corpus OUT_DIR --count 100000 --seed 7
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from types import ModuleType

from benchmarks import vocab_de, vocab_en
from timeline.dateline import parse_iso_reference
from timeline.model import Reference

GENERATOR_VERSION = 2  # bump when the text changes, so cached corpora are rebuilt
MIN_CHARS, MAX_CHARS = 1500, 3000
VOCAB: dict[str, ModuleType] = {"de": vocab_de, "en": vocab_en}
_FIRST_DAY = date(2005, 1, 1)
_DAYS = (date(2024, 12, 31) - _FIRST_DAY).days
_SLOT = re.compile(r"\{(\w+)\}")
_TIME_SLOT = re.compile(r"\{(?:t[pfscdh]|tf_bis|tset)\}", re.IGNORECASE)
# Share of body sentences drawn from the templates without a time slot: tuned so that the
# corpus has ~4.5 temporal expressions per 1,000 characters, a little above the news in
# /work/shared/eval (3.1-3.5), so the benchmark errs on the side of more work.
PLAIN_SHARE = 0.75


def _split_templates(vocab: ModuleType) -> tuple[tuple[str, ...], tuple[str, ...]]:
    timed = tuple(t for t in vocab.SENTENCES if _TIME_SLOT.search(t))
    plain = tuple(t for t in vocab.SENTENCES if not _TIME_SLOT.search(t))
    return timed, plain


TEMPLATES = {lang: _split_templates(vocab) for lang, vocab in VOCAB.items()}


# --- one article -----------------------------------------------------------------------

def article_rng(seed: int, index: int) -> random.Random:
    # A string seed is hashed with SHA-512: stable across runs and Python processes.
    return random.Random(f"timeline-bench:{seed}:{index}")


def article_lang(seed: int, index: int, de_share: float = 0.55) -> str:
    return "de" if article_rng(seed, index).random() < de_share else "en"


def generate_article(seed: int, index: int, de_share: float = 0.55) -> tuple[str, str]:
    """(language, full file text) of article `index`."""
    rng = article_rng(seed, index)
    lang = "de" if rng.random() < de_share else "en"
    vocab = VOCAB[lang]
    ref = _FIRST_DAY + timedelta(days=rng.randrange(_DAYS))
    dateline = _dateline(rng, vocab, lang, ref)
    filler = _Filler(rng, vocab, ref)
    target = rng.randrange(MIN_CHARS + 50, MAX_CHARS - 300)
    lead = filler.fill(rng.choice(vocab.LEADS))
    parts = [dateline, lead, "\n\n"]
    length = len(dateline) + len(lead) + 2
    in_paragraph = 0
    paragraph_size = rng.randrange(1, 5)
    timed, plain = TEMPLATES[lang]
    while length < target:
        sentence = filler.fill(rng.choice(plain if rng.random() < PLAIN_SHARE else timed))
        if length + len(sentence) + 2 > MAX_CHARS:
            continue
        if in_paragraph == paragraph_size:
            parts.append("\n\n")
            length += 2
            in_paragraph, paragraph_size = 0, rng.randrange(1, 5)
        elif in_paragraph:
            parts.append(" ")
            length += 1
        parts.append(sentence)
        length += len(sentence)
        in_paragraph += 1
    parts.append("\n")
    return lang, "".join(parts)


def _dateline(rng: random.Random, vocab: ModuleType, lang: str, ref: date) -> str:
    place, agency = rng.choice(vocab.PLACES), rng.choice(vocab.AGENCIES)
    kind = rng.random()
    if kind < 0.10:  # a wire dateline, day precision
        month = vocab.MONTHS[ref.month - 1]
        printed = f"{ref.day}. {month} {ref.year}" if lang == "de" else \
            f"{month} {ref.day}, {ref.year}"
        return f"{place.upper()}, {printed} ({agency}) - "
    if kind < 0.75:
        iso = ref.isoformat()
    elif kind < 0.87:
        iso = f"{ref.year:04d}-{ref.month:02d}"
    elif kind < 0.98:
        iso = f"{ref.isoformat()}T{rng.randrange(5, 24):02d}:{rng.randrange(60):02d}"
    else:
        iso = f"{ref.year:04d}"
    # The sample article opens with a space; a few generated ones do too.
    indent = " " if rng.random() < 0.05 else ""
    return f"{indent}date {iso} {place} ({agency}) - "


class _Filler:
    """Fills a template's slots from the vocabulary, around one reference day."""

    def __init__(self, rng: random.Random, vocab: ModuleType, ref: date):
        self.rng, self.vocab, self.ref = rng, vocab, ref
        v = vocab
        self.slots = {
            "tp": lambda: v.past_point(rng, ref), "tf": lambda: v.future_point(rng, ref),
            "tf_bis": lambda: v.until_point(rng, ref), "ts": lambda: v.since(rng, ref),
            "tc": lambda: v.clock(rng, ref), "td": lambda: v.duration(rng, ref),
            "tset": lambda: v.recurrence(rng, ref), "th": lambda: v.history(rng, ref),
            "person": lambda: v.person(rng), "surname": lambda: rng.choice(v.LAST),
            "place": lambda: rng.choice(v.PLACES), "country": lambda: rng.choice(v.COUNTRIES),
            "topic": lambda: rng.choice(v.TOPICS), "goods": lambda: rng.choice(v.GOODS),
            "n": lambda: v.number(rng), "small": lambda: str(rng.randrange(2, 40)),
            "pct": lambda: v.percent(rng), "money": lambda: v.money(rng),
            "quote": lambda: rng.choice(v.QUOTES), "party": lambda: rng.choice(v.PARTIES),
            "age": lambda: str(rng.randrange(19, 80)), "company": lambda: v.company(rng),
            "org": self._org, "org_g": self._org_genitive,
        }

    def _org(self) -> str:
        org = self.rng.choice(self.vocab.INSTITUTIONS)
        return org[0] if isinstance(org, tuple) else org

    def _org_genitive(self) -> str:
        org = self.rng.choice(self.vocab.INSTITUTIONS)
        return org[1] if isinstance(org, tuple) else org

    def _slot(self, match: re.Match) -> str:
        name = match.group(1)
        text = self.slots[name.lower()]()
        if name[0].isupper():
            return text[:1].upper() + text[1:]
        return text

    def fill(self, template: str) -> str:
        return _SLOT.sub(self._slot, template)


# --- writing a corpus ------------------------------------------------------------------

@dataclass(frozen=True)
class CorpusInfo:
    root: Path
    count: int
    seed: int
    bytes: int
    seconds: float


def article_path(root: Path, index: int, lang: str, per_folder: int = 1000) -> Path:
    return root / f"shard-{index // per_folder:04d}" / f"{index:07d}-{lang}.txt"


def _write_shard(root: str, seed: int, first: int, last: int, per_folder: int,
                 de_share: float) -> int:
    written = 0
    folder_made = None
    for i in range(first, last):
        lang, text = generate_article(seed, i, de_share)
        path = article_path(Path(root), i, lang, per_folder)
        if folder_made != path.parent:
            path.parent.mkdir(parents=True, exist_ok=True)
            folder_made = path.parent
        data = text.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        written += len(data)
    return written


def write_corpus(root: Path, count: int, seed: int = 7, per_folder: int = 1000,
                 workers: int | None = None, de_share: float = 0.55) -> CorpusInfo:
    """Write `count` articles under `root` (emptied first), shard by shard in parallel."""
    root = Path(root)
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    started = time.perf_counter()
    ranges = [(a, min(a + per_folder, count)) for a in range(0, count, per_folder)]
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(ranges) == 1:
        total = sum(_write_shard(str(root), seed, a, b, per_folder, de_share) for a, b in ranges)
    else:
        with ProcessPoolExecutor(workers) as pool:
            futures = [pool.submit(_write_shard, str(root), seed, a, b, per_folder, de_share)
                       for a, b in ranges]
            total = sum(f.result() for f in futures)
    (root / ".corpus").write_text(
        f"generator={GENERATOR_VERSION} seed={seed} count={count} per_folder={per_folder} "
        f"de_share={de_share}\n")
    return CorpusInfo(root, count, seed, total, time.perf_counter() - started)


def corpus_matches(root: Path, count: int, seed: int, per_folder: int = 1000,
                   de_share: float = 0.55) -> bool:
    """True when `root` already holds exactly this corpus (so it can be reused)."""
    marker = Path(root) / ".corpus"
    return marker.is_file() and marker.read_text().split() == [
        f"generator={GENERATOR_VERSION}", f"seed={seed}", f"count={count}",
        f"per_folder={per_folder}", f"de_share={de_share}"]


def iter_article_paths(root: Path) -> Iterator[Path]:
    """The corpus files in index order, streamed folder by folder."""
    for shard in sorted(p for p in Path(root).iterdir() if p.is_dir()):
        yield from sorted(shard.glob("*.txt"))


# --- reading an article back -----------------------------------------------------------

@dataclass
class CorpusArticle:
    path: Path
    lang: str
    reference: Reference
    body: str  # the text after the dateline: lead sentence and paragraphs


_ISO_LINE = re.compile(r"^\s*date\s+(?P<iso>\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?)\s+"
                       r"(?P<place>[^(]+?)\s+\((?P<agency>[^)]+)\)\s+-\s+")
_WIRE_DE = re.compile(r"^(?P<place>[A-ZÄÖÜ][A-ZÄÖÜ .-]+),\s+(?P<d>\d{1,2})\.\s+(?P<mon>\w+)\s+"
                      r"(?P<y>\d{4})\s+\((?P<agency>[^)]+)\)\s+-\s+")
_WIRE_EN = re.compile(r"^(?P<place>[A-Z][A-Z .-]+),\s+(?P<mon>[A-Z][a-z]+)\s+(?P<d>\d{1,2}),\s+"
                      r"(?P<y>\d{4})\s+\((?P<agency>[^)]+)\)\s+-\s+")
_MONTH_NUMBER = {name: i + 1 for vocab in VOCAB.values() for i, name in enumerate(vocab.MONTHS)}


def parse_dateline(text: str, source: str = "<text>") -> tuple[Reference, int]:
    """The reference time of a corpus article and the offset where its body starts.

    Raises ValueError naming `source` when the first line is none of the corpus forms.
    """
    m = _ISO_LINE.match(text)
    if m:
        ref = parse_iso_reference(m["iso"], m["place"], m["agency"])
        return ref, m.end()
    for pattern in (_WIRE_DE, _WIRE_EN):
        m = pattern.match(text)
        if m and m["mon"] in _MONTH_NUMBER:
            day = datetime(int(m["y"]), _MONTH_NUMBER[m["mon"]], int(m["d"]))
            return Reference(day, "day", m["place"].title(), m["agency"]), m.end()
    first = text.split("\n", 1)[0][:80]
    raise ValueError(f"{source}: first line is not a dateline: {first!r}")


def read_article(path: Path) -> CorpusArticle:
    text = Path(path).read_text(encoding="utf-8")
    reference, body_start = parse_dateline(text, str(path))
    lang = Path(path).stem.rsplit("-", 1)[-1]
    return CorpusArticle(Path(path), lang, reference, text[body_start:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the synthetic benchmark corpus.")
    parser.add_argument("root", type=Path, help="output folder (emptied first)")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-folder", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args(argv)
    info = write_corpus(args.root, args.count, args.seed, args.per_folder, args.workers)
    print(f"{info.count} articles, {info.bytes / 1e6:.1f} MB in {info.seconds:.1f} s "
          f"-> {info.root}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
