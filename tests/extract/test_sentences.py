from __future__ import annotations

import pytest

from onrecord.extract.sentences import paragraph_spans, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith said so. He left.", ["Mr. Smith said so.", "He left."]),
        ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
        ('"We are ready." He smiled.', ['"We are ready."', "He smiled."]),
        (
            "He met J. Smith on Jan. 5 in Kyiv. Talks followed.",
            ["He met J. Smith on Jan. 5 in Kyiv.", "Talks followed."],
        ),
        # two initials written together open a name, as US copy writes them
        (
            "It was said by Rep. G.K. Hollins on Friday. J.T. Marwick agreed.",
            ["It was said by Rep. G.K. Hollins on Friday.", "J.T. Marwick agreed."],
        ),
        # ... but a word that opens a sentence after them ends the one before
        (
            "The story was first reported by the A.P. The agency said so.",
            ["The story was first reported by the A.P.", "The agency said so."],
        ),
        # the platform X a post goes out on ends its sentence; an initial after "on" elsewhere does not
        (
            'Brisk, the harbour master, wrote on X. Later she said the ferry would sail.',
            ["Brisk, the harbour master, wrote on X.", "Later she said the ferry would sail."],
        ),
        ("The vote was posted to X. Forty members objected.", ["The vote was posted to X.", "Forty members objected."]),
        ("The essay on T. Orrin Vale was read aloud.", ["The essay on T. Orrin Vale was read aloud."]),
        ("One.\n\nTwo paragraphs.", ["One.", "Two paragraphs."]),
        ("No final stop", ["No final stop"]),
        # a press release's dateline ends at the dash after its wire
        (
            "OAKMERE, Ore., June 3, 2027 /Pacific Release Wire/ -- Tessel Labs today announced a recall. It said so.",
            [
                "OAKMERE, Ore., June 3, 2027 /Pacific Release Wire/ --",
                "Tessel Labs today announced a recall.",
                "It said so.",
            ],
        ),
        ("Read and/or -- sign it. Done.", ["Read and/or -- sign it.", "Done."]),
        # scripts with no capitals: the danda, the Chinese full stop with no space after it
        ("बारिश रुक गई। लोग लौट आए।", ["बारिश रुक गई।", "लोग लौट आए।"]),
        ("雨停了。她说：“我们回家。”他表示同意。", ["雨停了。", "她说：“我们回家。”", "他表示同意。"]),
        ("توقف المطر. وعاد الناس.", ["توقف المطر.", "وعاد الناس."]),
        ("Sade hän. ”Me lähdemme nyt”, hän sanoi.", ["Sade hän.", "”Me lähdemme nyt”, hän sanoi."]),
        # the next sentence may open with a German or a French quotation mark
        ("Er kam. „Das ist gut“, sagte er.", ["Er kam.", "„Das ist gut“, sagte er."]),
        ("Il est venu. « C'est bien », a-t-il dit.", ["Il est venu.", "« C'est bien », a-t-il dit."]),
        ("Er kam. »Das ist gut«, sagte er.", ["Er kam.", "»Das ist gut«, sagte er."]),
        # a councillor's and an attorney's abbreviated titles end no sentence
        (
            "Coun. Dirk van der Linde moved the motion. It passed.",
            ["Coun. Dirk van der Linde moved the motion.", "It passed."],
        ),
        (
            "Cllr. Ann Rees and Atty. Joe Park spoke. Both left.",
            ["Cllr. Ann Rees and Atty. Joe Park spoke.", "Both left."],
        ),
        (
            "The wall held, said Engr. Lito Basco and Usec. Ana Ruiz. Both left.",
            ["The wall held, said Engr. Lito Basco and Usec. Ana Ruiz.", "Both left."],
        ),
        # a French closing mark after a space stays with its sentence
        ("« C'est fini. » Il est parti.", ["« C'est fini. » Il est parti."]),
        # two apostrophes or two backticks open the next sentence as one quotation mark does
        (
            "''It is late,'' she said. ''We will wait.''",
            ["''It is late,'' she said.", "''We will wait.''"],
        ),
        ("He left. ``The vote is over,'' she said.", ["He left.", "``The vote is over,'' she said."]),
        # one apostrophe before a lowercase word still opens nothing
        ("He left. 'tis the season.", ["He left. 'tis the season."]),
        # a Greek capital opens the next sentence
        ("Ο υπουργός μίλησε. Η κυβέρνηση συμφώνησε.", ["Ο υπουργός μίλησε.", "Η κυβέρνηση συμφώνησε."]),
        # the German closing mark "“" closes a sentence as "”" does
        (
            "Sie schrieb: „Wir bleiben zu.“ Später versprach sie, man werde öffnen.",
            ["Sie schrieb: „Wir bleiben zu.“", "Später versprach sie, man werde öffnen."],
        ),
        # scripts without capitals: any letter of theirs opens the next sentence
        ("השר דיבר. הממשלה הסכימה.", ["השר דיבר.", "הממשלה הסכימה."]),
        ("მინისტრმა ისაუბრა. მთავრობა დაეთანხმა.", ["მინისტრმა ისაუბრა.", "მთავრობა დაეთანხმა."]),
        # the Ethiopic full stop ends a sentence with or without a space after it
        ("ሚኒስትሩ ተናገሩ። መንግሥት ተስማማ።", ["ሚኒስትሩ ተናገሩ።", "መንግሥት ተስማማ።"]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in split_sentences(text)] == expected


def test_paragraphs() -> None:
    text = "  A\n\n\nB\r\n\r\nC  "
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["A", "B", "C"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline before a dash is a sentence of its own: a place and a date, a wire, capitals
        (
            "Tessby, Sept. 20, 2027 (NNA) — The Minister of Roads said the bridge would open.",
            ["Tessby, Sept. 20, 2027 (NNA) —", "The Minister of Roads said the bridge would open."],
        ),
        (
            "KOLBY and MARROW, 10 March 2027 — Halden Labs today announced a recall.",
            ["KOLBY and MARROW, 10 March 2027 —", "Halden Labs today announced a recall."],
        ),
        ("PORT ELLEN — Farmers blocked the road.", ["PORT ELLEN —", "Farmers blocked the road."]),
        ("KOLBY (Reuters) - Banks said so.", ["KOLBY (Reuters) -", "Banks said so."]),
        # a place in capitals and its region
        (
            "OSKBY, Fennmark — The City of Oskby today announced a bid.",
            ["OSKBY, Fennmark —", "The City of Oskby today announced a bid."],
        ),
        # a sentence's words before a dash are no dateline
        (
            "On March 3, 2027, the council — which had voted — said no.",
            ["On March 3, 2027, the council — which had voted — said no."],
        ),
        ("Tessby — he said — was lost.", ["Tessby — he said — was lost."]),
        ("NATO — the alliance — met.", ["NATO — the alliance — met."]),
    ],
)
def test_a_dateline_is_a_sentence_of_its_own(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in split_sentences(text, datelines=True)] == expected


def test_datelines_are_split_only_when_asked() -> None:
    text = "PORT ELLEN — Farmers blocked the road."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [text]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ('"Is the strike over?" Ada Morvell asked. "Nobody knows."', 2),
        ('"We won!" Sen. Ada Morvell said. "Finally."', 2),
        ('"Is the strike over?" she asked.', 1),
        # a question that ends its sentence, then a new one with no verb of speech after the name
        ('"Is the strike over?" Morvell Street was quiet on Monday.', 2),
        ('Why now? Morvell asked the board to wait.', 2),  # no quotation mark closes the question
    ],
)
def test_a_quoted_question_goes_on_with_its_speaker(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count
