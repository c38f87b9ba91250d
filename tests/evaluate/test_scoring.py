from __future__ import annotations

from onrecord.evaluate.scoring import Attribution, score_documents, trim_span

TEXT = '"We are ready to sign," the minister said. The union said talks had failed.'
#       0123456789...
Q1 = (1, 21)  # We are ready to sign
S1 = (TEXT.index("the minister"), TEXT.index("the minister") + 12)
C1 = (TEXT.index("said"), TEXT.index("said") + 4)
Q2 = (TEXT.index("talks"), TEXT.index("failed") + 6)
S2 = (TEXT.index("The union"), TEXT.index("The union") + 9)


def test_trim_span() -> None:
    assert TEXT[slice(*trim_span(TEXT, 0, 23))] == "We are ready to sign"


def test_perfect_prediction() -> None:
    gold = [Attribution(0, 23, (S1,), (C1,)), Attribution(*Q2, (S2,), ())]
    pred = [Attribution(*Q1, (S1,), (C1,)), Attribution(*Q2, (S2,), ())]
    d = score_documents([(TEXT, gold, pred)]).to_dict()
    assert d["exact"]["f1"] == 1.0  # quote marks and the comma are trimmed before comparing
    assert d["match@0.5"]["f1"] == 1.0 and d["end_to_end"]["f1"] == 1.0
    assert d["source_accuracy"] == 1.0 and d["cue_accuracy"] == 1.0
    assert d["quoted_recall"] == 1.0 and d["quoted_gold"] == 1


def test_partial_and_wrong_source() -> None:
    gold = [Attribution(*Q2, (S2,), ())]
    pred = [Attribution(Q2[0], Q2[0] + 9, (S1,), ()), Attribution(*Q1, (), ())]  # "talks had": 2 of 3 tokens
    d = score_documents([(TEXT, gold, pred)]).to_dict()
    assert d["match@0.5"]["precision"] == 0.5 and d["match@0.5"]["recall"] == 1.0
    assert d["source_accuracy"] == 0.0 and d["end_to_end"]["f1"] == 0.0
    assert 0 < d["overlap"]["recall"] < 1


def test_one_to_one() -> None:
    gold = [Attribution(*Q2, (S2,), ())]
    pred = [Attribution(*Q2, (S2,), ()), Attribution(*Q2, (S2,), ())]
    d = score_documents([(TEXT, gold, pred)]).to_dict()
    assert d["match@0.5"]["precision"] == 0.5
