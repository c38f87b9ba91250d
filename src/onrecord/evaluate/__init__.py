"""Evaluation: PolNeAR, the seeds, and the multi-outlet linking set, with one scorer."""

from __future__ import annotations

from onrecord.evaluate.linking import evaluate_linking
from onrecord.evaluate.polnear import compare_polnear, evaluate_polnear
from onrecord.evaluate.report import print_comparison, print_report
from onrecord.evaluate.scoring import Attribution, Scores, score_documents
from onrecord.evaluate.seeds import SeedResult, evaluate_seeds

__all__ = [
    "Attribution",
    "Scores",
    "SeedResult",
    "compare_polnear",
    "evaluate_linking",
    "evaluate_polnear",
    "evaluate_seeds",
    "print_comparison",
    "print_report",
    "score_documents",
]
