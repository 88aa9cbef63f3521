"""Finding and normalizing temporal expressions (German and English)."""

from timeline.temporal.tagger import tag

__all__ = ["tag"]
