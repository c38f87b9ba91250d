"""A learned attribution tagger: CONTENT, SOURCE and CUE spans from a small spaCy entity recogniser.

Trained with ``onrecord train`` on PolNeAR-shaped JSONL (``train``), loaded once per process
(``load``), scored alone on gold JSONL (``score_tagger``).
"""

from __future__ import annotations

from onrecord.tagger.convert import LABELS, ConversionReport, TrainingRecord, read_records, record_to_doc
from onrecord.tagger.model import Tagger, load, tag
from onrecord.tagger.score import pair_spans, score_tagger
from onrecord.tagger.train import UNKNOWN_LICENSE, TrainOptions, TrainResult, split_heldout, train

__all__ = [
    "LABELS",
    "UNKNOWN_LICENSE",
    "ConversionReport",
    "Tagger",
    "TrainOptions",
    "TrainResult",
    "TrainingRecord",
    "load",
    "pair_spans",
    "read_records",
    "record_to_doc",
    "score_tagger",
    "split_heldout",
    "tag",
    "train",
]
