"""Public entry point of the tagger: text + reference time -> mentions."""

from __future__ import annotations

from types import ModuleType

from timeline.model import Mention, Reference
from timeline.temporal import de, en
from timeline.temporal.engine import tag_with

LANGUAGES: dict[str, ModuleType] = {"de": de, "en": en}


def tag(text: str, lang: str, reference: Reference | None,
        narrative: bool = False) -> list[Mention]:
    """Every temporal expression in `text`, in order, resolved against `reference`.

    `narrative` anchors relative expressions on the last date the text mentioned (for
    stories such as encyclopedia articles) instead of the dateline.
    """
    try:
        module = LANGUAGES[lang]
    except KeyError:
        raise ValueError(f"unsupported language {lang!r}; supported: {sorted(LANGUAGES)}") from None
    return tag_with(module, text, reference, narrative)
