"""A court's record: dotted Q./A. turns, the sworn witness and the bench."""

from __future__ import annotations

import pytest

from onrecord.extract import court
from onrecord.extract.court import bench_holder, dotted_labels, sworn_witness

RECORD = (
    "IN THE DISTRICT COURT OF TALLOWAY COUNTY\n\n"
    "Before: THE HONORABLE PETRA SOLBERG-ANKRAH, JUDGE\n\n"
    "THE COURT: Be seated. Ms. Varga, your first witness.\n\n"
    "MS. VARGA: The petitioner calls the harbour clerk.\n\n"
    "MR. OTIENO: No objection, Your Honor.\n\n"
    "(TOMAS BRENNICK-HALE, having been duly sworn, testified as follows:)\n\n"
    "Q. Where were the ledgers kept?\n\n"
    "A. In the grey cabinet by the weighbridge. The key stayed with the harbourmaster.\n\n"
    "(ILSE MARQUARDT, called as a witness, affirmed:)\n\n"
    "Q. Did you see the key that night?\n\n"
    "A. I did not. The cabinet was open when I came in.\n\n"
    "THE COURT: I will rule on the ledgers tomorrow morning.\n"
)


def test_all() -> None:
    assert court.__all__ == ["bench_holder", "dotted_labels", "sworn_witness"]


def test_dotted_labels_need_both_questions_and_answers() -> None:
    assert [f[0] for f in dotted_labels(RECORD)] == ["Q", "A", "Q", "A"]
    assert dotted_labels("A. Brennick wrote the report.\n\nHe filed it late.\n") == []


@pytest.mark.parametrize(
    ("answer", "witness"),
    [("In the grey cabinet", "Tomas Brennick-Hale"), ("I did not.", "Ilse Marquardt")],
)
def test_an_answer_is_the_last_sworn_witness_s(answer: str, witness: str) -> None:
    assert sworn_witness(RECORD, RECORD.index(answer)) == witness


def test_no_witness_before_the_swearing_in() -> None:
    assert sworn_witness(RECORD, RECORD.index("Be seated")) is None


@pytest.mark.parametrize(
    ("label", "judge"),
    [("THE COURT", "Petra Solberg-Ankrah"), ("MS. VARGA", None)],
)
def test_the_bench_is_the_judge_the_header_names(label: str, judge: str | None) -> None:
    assert bench_holder(RECORD, label) == judge


def test_no_judge_in_the_header() -> None:
    assert bench_holder("IN THE MATTER OF A LEASE\n\n", "THE COURT") is None


@pytest.mark.parametrize(
    "line",
    [
        "(BRANWEN OSTLER-KAY, having been duly sworn, testified as follows:)",  # in brackets
        "BRANWEN OSTLER-KAY, sworn.",  # in capitals
        "Branwen Ostler-Kay, called as a witness, affirmed as follows:",  # closed by the court's words
    ],
)
def test_a_court_line_swears_a_witness(line: str) -> None:
    text = f"EXAMINATION BY MR. DUVAKIAN:\n\n{line}\n\nQ. Where was the barge?\n\nA. At the lock.\n"
    assert sworn_witness(text, text.index("At the lock")) == "Branwen Ostler-Kay"


def test_an_office_sworn_into_is_no_swearing_in() -> None:
    text = (
        "Profile: the new harbour warden\n\n"
        "Reeve Osric Penhallow, sworn in on Friday, named Wilma Tandy as harbour warden.\n\n"
        "Q: What comes first?\nA: Dredging the inner basin.\nQ: And the fees?\nA: They stay.\n"
    )
    assert sworn_witness(text, text.index("Dredging")) is None


def test_a_swearing_in_outside_a_court_s_record_names_no_witness() -> None:
    # a court's line shape, but no court marker (no "Q." and "A.", no bench, no examination)
    text = "(ODILE FERRANTE, having been duly sworn, testified as follows:)\n\nQ: Where?\nA: At the quay.\n"
    assert sworn_witness(text, text.index("At the quay")) is None


def test_a_sworn_witness_comes_without_titles() -> None:
    text = (
        "THE COURT: Proceed.\n\n(DETECTIVE SERGEANT RUAIRI VENNOCK, being first duly sworn, testified:)\n\n"
        "Q. Who?\n\nA. Me.\n"
    )
    assert sworn_witness(text, text.index("Me.")) == "Ruairi Vennock"
