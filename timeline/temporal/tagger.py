"""Public entry point of the tagger: text + reference time -> mentions."""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

from timeline.model import Mention, Reference
from timeline.temporal.engine import tag_with

SUPPORTED = ("de", "en")
# A language's rules are compiled when its first text comes (about a second of CPU each):
# tagging one German document does not pay for the English rules.
_LOADED: dict[str, ModuleType] = {}


def language_module(lang: str) -> ModuleType:
    """The rule module of `lang`, imported on first use."""
    module = _LOADED.get(lang)
    if module is None:
        if lang not in SUPPORTED:
            raise ValueError(f"unsupported language {lang!r}; supported: {list(SUPPORTED)}")
        module = _LOADED[lang] = import_module(f"timeline.temporal.{lang}")
    return module


def tag(text: str, lang: str, reference: Reference | None,
        narrative: bool = False) -> list[Mention]:
    """Every temporal expression in `text`, in order, resolved against `reference`.

    `narrative` anchors relative expressions on the last date the text mentioned (for
    stories such as encyclopedia articles) instead of the dateline.
    """
    return tag_with(language_module(lang), text, reference, narrative)
