"""Sentence splitting for German and English news."""

from timeline.sentences import split_sentences


def _texts(text: str, lang: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, lang)]


def test_german_ordinal_does_not_end_a_sentence():
    text = "Am 4. Mai begann der Prozess. Er dauert an."
    assert _texts(text, "de") == ["Am 4. Mai begann der Prozess.", "Er dauert an."]


def test_english_number_before_period_ends_a_sentence():
    text = "Fares rise from July 1. Punctuality fell last year."
    assert _texts(text, "en") == ["Fares rise from July 1.", "Punctuality fell last year."]


def test_abbreviations_and_initials_keep_the_sentence():
    text = "Dr. Meier traf z.B. J. Smith in Berlin. Dann fuhr er heim."
    assert _texts(text, "de") == ["Dr. Meier traf z.B. J. Smith in Berlin.", "Dann fuhr er heim."]


def test_paragraph_break_ends_a_sentence_and_spans_are_trimmed():
    text = "  Headline without period\n\nFirst sentence! \"Quoted.\" Last one?  "
    spans = split_sentences(text, "en")
    assert [text[s:e] for s, e in spans] == [
        "Headline without period", "First sentence!", "\"Quoted.\"", "Last one?"]
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)
