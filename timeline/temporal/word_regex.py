"""Regex alternations of many words, written as a prefix tree.

A flat alternation ("Siebenundzwanzig|Siebzehn|Sieben|...") makes the regex engine try
every word at every position it scans; a tree ("Sieb(?:en(?:undzwanzig)?|zehn)") tries
each first character once. The tree matches exactly what the flat alternation matches,
longest word first: the words that match at one position are prefixes of each other,
and at every node the tree tries the longer continuations before stopping.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

_END = ""  # marks a node where a word ends (no token is empty)


def word_tree(words: Iterable[Sequence[str]]) -> str:
    """A regex alternation of `words`, each a sequence of tokens that match one character
    each (an escaped character or a class such as "[Mm]"). Different tokens at the same
    place must not match the same character."""
    root: dict = {}
    for tokens in words:
        node = root
        for token in tokens:
            node = node.setdefault(token, {})
        node[_END] = {}
    return "|".join(_branches(root))


def _branches(node: dict) -> list[str]:
    return [token + _rest(child) for token, child in node.items() if token != _END]


def _rest(node: dict) -> str:
    branches = _branches(node)
    if not branches:
        return ""
    if _END in node:  # a word may stop here: try the longer words first (greedy "?")
        return "(?:" + "|".join(branches) + ")?"
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
