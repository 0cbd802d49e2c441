"""HTML becomes plain text with blocks; scripts and code are not prose."""

from pelican_celebmeta.core.text import html_to_document, split_sentences, text_to_document


def test_blocks_are_joined_by_blank_lines():
    doc = html_to_document("<h2>Who?</h2><p>Tom   Cruise\nsmiled.</p><ul><li>One</li></ul>")
    assert doc.text == "Who?\n\nTom Cruise smiled.\n\nOne"
    assert [b.kind for b in doc.blocks] == ["heading", "p", "item"]


def test_script_style_and_code_are_skipped_but_their_tails_kept():
    doc = html_to_document("<p>A <code>x = 1</code> b <script>alert(1)</script>c</p>")
    assert doc.text == "A b c"


def test_sentences_do_not_end_at_abbreviations_or_initials():
    doc = html_to_document("<p>Mr. Smith met J. K. Rowling. She smiled.</p>")
    assert [doc.text[s.start : s.end] for s in doc.sentences] == [
        "Mr. Smith met J. K. Rowling.",
        "She smiled.",
    ]


def test_empty_and_broken_html_give_an_empty_document():
    assert html_to_document("").text == ""
    assert html_to_document("<p><b><i>").text == ""


def test_plain_text_offsets_are_kept():
    text = "Greig 's side won .\nHussain struck 158 ."
    doc = text_to_document(text)
    assert doc.text is text
    assert [text[b.start : b.end] for b in doc.blocks] == text.split("\n")


def test_a_sentence_ends_where_copied_text_lost_the_space_after_its_stop():
    text = "She thanked 9.6 million fans.On February 17 he sang. Mrs.Smith left."
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == [
        "She thanked 9.6 million fans.",
        "On February 17 he sang.",
        "Mrs.Smith left.",
    ]
