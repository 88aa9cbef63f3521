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


def test_runs_of_marks_end_a_sentence_and_only_a_single_period_is_checked():
    text = "Er kam usw... Dann ging er. Wirklich?! Ja."
    assert _texts(text, "de") == ["Er kam usw...", "Dann ging er.", "Wirklich?!", "Ja."]


def test_word_ending_a_line_right_before_a_period_is_still_the_word_before_it():
    # the line break splits; the period after "Dr" (an abbreviation) then does not
    text = "Treffen mit Dr\n. Meier kam. Dann ging er."
    assert _texts(text, "de") == ["Treffen mit Dr", ". Meier kam.", "Dann ging er."]
    text = "Treffen mit Meier\n. Er kam. Dann ging er."
    assert _texts(text, "de") == ["Treffen mit Meier", ".", "Er kam.", "Dann ging er."]
