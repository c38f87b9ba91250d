"""A quotation with no speaker named beside it, in a script without capitals and a language with
no data (an invented Kannada-like article, read as if onrecord had no entry for its language)."""

from __future__ import annotations

from onrecord.clean import clean
from onrecord.extract import analyse_article
from onrecord.model import Document

_ARTICLE = (
    "ನಗರದ ಸೇತುವೆ ಮುಚ್ಚಲಾಗಿದೆ\n\n"
    'ಮೇಯರ್ ರೋಸಾ ಕೊವಾಲ್ಸ್ಕಾ ಅವರು ಗುರುವಾರ, "ಸೇತುವೆ ಮುಂದಿನ ವಾರ ತೆರೆಯಲಿದೆ" ಎಂದು ಹೇಳಿದರು. '
    '"ಎಲ್ಲಾ ಕೆಲಸ ಮುಗಿದಿದೆ" ಎಂದು ಅವರು ತಿಳಿಸಿದರು.\n\n'
    'ಪ್ರಾಂತ್ಯದ ರಾಜ್ಯಪಾಲ ತರುಣೊ ಲೆವಿಕ್ಸ್ ಅವರು ಶುಕ್ರವಾರ, "ನಮಗೆ ಇನ್ನೂ ಹೆಚ್ಚು ಹಣ ಬೇಕು" ಎಂದರು.\n\n'
    "ಸೇತುವೆಯ ಕೆಲಸ ಆರಂಭವಾಯಿತು. ನದಿಯ ನೀರು ಏರಿತು. ನಗರದ ಜನರು ಸಂತೋಷವಾಗಿದ್ದಾರೆ. ಮಾರುಕಟ್ಟೆ ತೆರೆದಿದೆ. "
    "ಶಾಲೆಗಳೂ ತೆರೆದಿವೆ.\n\n"
    "ಬಸ್ಸುಗಳು ಓಡುತ್ತಿವೆ. ರೈಲುಗಳು ತಡವಾಗಿವೆ. ಅಂಗಡಿಗಳು ಮುಚ್ಚಿಲ್ಲ. ರಸ್ತೆಗಳಲ್ಲಿ ವಾಹನಗಳು ಕಡಿಮೆ ಇವೆ. "
    "ಮಳೆ ನಿಂತಿದೆ. ಹೊಲಗಳಲ್ಲಿ ರೈತರು ಕೆಲಸ ಮಾಡುತ್ತಿದ್ದಾರೆ. ಆಸ್ಪತ್ರೆಗಳು ಸಿದ್ಧವಾಗಿವೆ."
)


def _speakers(text: str) -> dict[str, str | None]:
    quotes, _ = analyse_article(clean(Document(text, "test.txt", "text")))
    return {q.text: q.speaker.name if q.speaker else None for q in quotes}


def test_a_bare_quotation_keeps_to_its_paragraph() -> None:
    found = _speakers(_ARTICLE)
    # the mayor, named and read by her given name, speaks twice in her paragraph
    assert found["ಸೇತುವೆ ಮುಂದಿನ ವಾರ ತೆರೆಯಲಿದೆ"] == "ರೋಸಾ ಕೊವಾಲ್ಸ್ಕಾ"
    assert found["ಎಲ್ಲಾ ಕೆಲಸ ಮುಗಿದಿದೆ"] == "ರೋಸಾ ಕೊವಾಲ್ಸ್ಕಾ"
    # a paragraph of its own names someone whose name is not read: not the mayor
    assert found["ನಮಗೆ ಇನ್ನೂ ಹೆಚ್ಚು ಹಣ ಬೇಕು"] is None
