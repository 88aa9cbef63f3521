"""The benchmark corpus is reproducible, sized like wire articles and readable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks.corpus import (
    MAX_CHARS,
    MIN_CHARS,
    generate_article,
    iter_article_paths,
    parse_dateline,
    read_article,
    write_corpus,
)


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in iter_article_paths(root)}


def test_same_seed_gives_identical_files(tmp_path: Path) -> None:
    a = write_corpus(tmp_path / "a", 120, seed=3, per_folder=50, workers=1)
    b = write_corpus(tmp_path / "b", 120, seed=3, per_folder=50, workers=2)
    files_a, files_b = _files(a.root), _files(b.root)
    assert len(files_a) == 120
    assert sorted(p.parent.name for p in (a.root).glob("*/*.txt"))[-1] == "shard-0002"
    assert files_a == files_b
    assert a.bytes == sum(len(v) for v in files_a.values())


def test_another_seed_gives_other_articles(tmp_path: Path) -> None:
    assert generate_article(3, 0) != generate_article(4, 0)
    # article i does not depend on how many articles the corpus has
    small = write_corpus(tmp_path / "small", 5, seed=3, workers=1)
    assert (small.root / "shard-0000" / Path(next(iter_article_paths(small.root)).name)
            ).read_text(encoding="utf-8") == generate_article(3, 0)[1]


def test_lengths_are_in_range() -> None:
    lengths = [len(generate_article(11, i)[1]) for i in range(400)]
    assert all(MIN_CHARS <= n <= MAX_CHARS for n in lengths), (min(lengths), max(lengths))
    assert max(lengths) - min(lengths) > 500  # varied, not one length


def test_every_article_has_a_parseable_first_line(tmp_path: Path) -> None:
    info = write_corpus(tmp_path / "c", 300, seed=5, per_folder=100, workers=1)
    precisions, wire, langs = set(), 0, set()
    for path in iter_article_paths(info.root):
        article = read_article(path)
        precisions.add(article.reference.precision)
        langs.add(article.lang)
        first_line = path.read_text(encoding="utf-8").split("\n", 1)[0]
        wire += not first_line.lstrip().startswith("date ")
        assert article.reference.place and article.reference.agency
        assert article.body and not article.body.startswith((" ", "-"))
    assert {"day", "month", "minute"} <= precisions
    assert wire > 0 and langs == {"de", "en"}


def test_wire_datelines_are_read() -> None:
    ref, start = parse_dateline("BERLIN, 4. Mai 2016 (dpa) - Der Bundestag hat ...")
    assert (ref.iso, ref.place, ref.agency, start) == ("2016-05-04", "Berlin", "dpa", 28)
    ref, _ = parse_dateline("WASHINGTON, May 4, 2016 (Reuters) - The Senate ...")
    assert ref.iso == "2016-05-04" and ref.agency == "Reuters"
    ref, _ = parse_dateline(" date 2018-10 Stuttgart (dpa) - Die USA ...")
    assert (ref.iso, ref.precision) == ("2018-10", "month")


def test_a_line_without_dateline_names_the_file() -> None:
    with pytest.raises(ValueError, match=re.escape("x.txt: first line is not a dateline")):
        parse_dateline("Die USA drängen ...", "x.txt")


def test_articles_carry_temporal_expressions() -> None:
    texts = dict(generate_article(2, i) for i in range(50))  # language -> a text
    de_text, en_text = texts["de"], texts["en"]
    assert re.search(r"\b(?:am|seit|im|vor|Anfang|Mitte|Ende)\b", de_text)
    assert re.search(r"\b(?:on|since|in|ago|last|next)\b", en_text)


def test_the_project_reads_every_article_as_generated(tmp_path: Path) -> None:
    """The flow reads the corpus through timeline.sources: each file must come out as an
    article (not a rejection) with the language and reference time it was written with."""
    from timeline.model import Article
    from timeline.sources import read_articles

    info = write_corpus(tmp_path / "c", 200, seed=9, per_folder=100, workers=1)
    for path in iter_article_paths(info.root):
        (item,) = list(read_articles(path))
        assert isinstance(item, Article), item
        mine = read_article(path)
        assert (item.lang, item.reference.iso, item.reference.precision) == (
            mine.lang, mine.reference.iso, mine.reference.precision), path
        assert item.body.rstrip() == mine.body.rstrip()
