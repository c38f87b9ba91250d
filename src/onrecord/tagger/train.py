"""``onrecord train``: a small spaCy entity recogniser for CONTENT, SOURCE and CUE spans.

The pipeline is spaCy's own blank-English ``tok2vec`` + ``ner`` configuration (CPU, efficiency),
narrowed so the model stays a few MB. A tenth of the articles, chosen by a hash of their id, is
held out from training and scored at the end; the scores, the seed, the epochs and every training
file with its licence go into the folder's ``meta.json`` and ``README.md``.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from onrecord.errors import ConfigError, InputError
from onrecord.tagger.convert import ConversionReport, TrainingRecord, read_records, record_to_doc
from onrecord.tagger.features import FEATURE_ATTRS, featured_doc
from onrecord.tagger.score import score_records
from onrecord.tagger.types import TYPES_FILE, TypeClassifier, learn_types

__all__ = ["UNKNOWN_LICENSE", "TrainOptions", "TrainResult", "split_heldout", "train", "type_accuracy"]

UNKNOWN_LICENSE = "unknown — not for redistribution"

Progress = Callable[[int, int, str], None]
"""Called with (batches done, batches in all epochs, a description such as ``epoch 2/10 loss 31.2``)."""


@dataclass(frozen=True, slots=True)
class TrainOptions:
    """How to train.

    Attributes:
        epochs: passes over the training articles.
        seed: seeds Python's, numpy's and thinc's generators and the shuffling.
        width: token encoder width (the model's size grows with it).
        batch_size: articles per update.
        dropout: dropout rate while training.
        heldout_percent: share of articles (by id hash) held out and scored at the end.
        parse_features: embed each token's tag, dependency label and relation to the nearest cue
            above it (:mod:`onrecord.tagger.features`) beside its word forms; the tagger then needs
            the English model's parse of what it reads.
    """

    epochs: int = 10
    seed: int = 0
    width: int = 64
    batch_size: int = 8
    dropout: float = 0.1
    heldout_percent: int = 10
    parse_features: bool = False


@dataclass(frozen=True, slots=True)
class TrainResult:
    """What ``train`` wrote: the folder, its metadata, and the held-out scores."""

    path: Path
    meta: dict[str, Any]

    @property
    def heldout(self) -> dict[str, Any]:
        """Held-out figures (``content`` from the shared scorer, ``entities`` per label)."""
        return dict(self.meta["onrecord"]["heldout"])


def _bucket(article_id: str) -> int:
    return int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % 100


def split_heldout(
    records: Sequence[TrainingRecord], percent: int = 10
) -> tuple[list[TrainingRecord], list[TrainingRecord]]:
    """Split articles into (train, held out) by a hash of their id, so a split is stable across runs.

    With two or more articles and no id in the held-out buckets, the article with the lowest bucket
    is held out, so there is always something to score.
    """
    held = [r for r in records if _bucket(r.id) < percent]
    if not held and len(records) >= 2 and percent > 0:
        held = [min(records, key=lambda r: (_bucket(r.id), r.id))]
    held_ids = {r.id for r in held}
    return [r for r in records if r.id not in held_ids], held


def _licence(records: Sequence[TrainingRecord]) -> str:
    licences = {r.license for r in records}
    if not licences or None in licences:
        return UNKNOWN_LICENSE
    return " + ".join(sorted(str(x) for x in licences))


def _config(options: TrainOptions) -> Any:
    from spacy.cli.init_config import init_config

    config = init_config(lang="en", pipeline=["ner"], optimize="efficiency", gpu=False)
    config["components"]["tok2vec"]["model"]["encode"]["width"] = options.width
    config["components"]["tok2vec"]["model"]["embed"]["rows"] = [4000, 1000, 1500, 1000]
    if options.parse_features:
        embed = config["components"]["tok2vec"]["model"]["embed"]
        embed["attrs"] = [*embed["attrs"], *FEATURE_ATTRS]
        embed["rows"] = [*embed["rows"], 200, 100, 100]
    config["system"]["seed"] = options.seed
    config["training"]["dropout"] = options.dropout
    config["training"]["max_epochs"] = options.epochs
    return config


def _card(meta: dict[str, Any]) -> str:
    info = meta["onrecord"]
    content = info["heldout"].get("content") or {}
    lines = [
        f"# {meta['name']} {meta['version']}",
        "",
        meta["description"],
        "",
        f"Licence of the training data: **{meta['license']}**.",
        "",
        "| training file | articles | licence |",
        "|---|---|---|",
    ]
    lines += [f"| {d['path']} | {d['articles']} | {d['license']} |" for d in info["data"]]
    lines += [
        "",
        f"Seed {info['options']['seed']}, {info['options']['epochs']} epochs, width {info['options']['width']}; "
        + (f"parse features {', '.join(info['features'])}; " if info.get("features") else "")
        + f"{info['train_articles']} articles trained on, {info['heldout_articles']} held out (by id hash).",
        "",
        "Held-out CONTENT scores (onrecord's scorer; contents paired with the nearest cue and source):",
        "",
    ]
    for name in ("match@0.5", "exact"):
        prf = content.get(name)
        if prf:
            lines.append(f"- {name}: P {prf['precision']:.3f} R {prf['recall']:.3f} F1 {prf['f1']:.3f}")
    types = info["heldout"].get("types")
    if types:
        lines += [
            "",
            f"Attribution types ({info['types']}, naive Bayes on cue and source words): held-out accuracy "
            f"{types['accuracy']:.3f} on {types['attributions']} attributions (gold cue and source), "
            f"speech or not {types['speech_accuracy']:.3f}.",
        ]
    lines += ["", "Retrain with:", "", "    " + info["command"], ""]
    return "\n".join(lines)


def train(
    data_paths: Sequence[str | Path],
    out_dir: str | Path,
    epochs: int = 10,
    seed: int = 0,
    progress: Progress | None = None,
    options: TrainOptions | None = None,
) -> TrainResult:
    """Train the attribution tagger on PolNeAR-shaped JSONL files and write a model folder.

    Args:
        data_paths: JSONL files, one article per line with ``attributions``.
        out_dir: the model folder to write (created; files of an earlier model are overwritten).
        epochs: passes over the training articles (overrides ``options.epochs``).
        seed: the random seed (overrides ``options.seed``); the same seed and data give the same model.
        progress: called after every batch.
        options: the other training settings.

    Returns:
        The folder and its metadata, with the held-out scores.

    Raises:
        ConfigError: no data, too few articles, or a setting out of range.
        InputError: a training file cannot be read or holds a malformed record.
    """
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, load_model_from_config, minibatch

    options = TrainOptions(**{**asdict(options or TrainOptions()), "epochs": epochs, "seed": seed})
    features = list(FEATURE_ATTRS) if options.parse_features else []
    if options.epochs < 1:
        raise ConfigError(f"--epochs must be at least 1 (got {options.epochs})")
    if not data_paths:
        raise ConfigError("no training data: pass --data FILE.jsonl (one or more)")
    records: list[TrainingRecord] = []
    data_info = []
    seen: set[str] = set()
    for path in data_paths:
        these = list(read_records(path))
        for r in these:
            if r.id in seen:
                raise InputError(str(path), f"article id {r.id!r} appears twice in the training data", r.id)
            seen.add(r.id)
        data_info.append({"path": Path(path).name, "articles": len(these), "license": _licence(these)})
        records += these
    train_records, heldout = split_heldout(records, options.heldout_percent)
    if len(records) < 2 or not train_records:
        raise ConfigError(f"{len(records)} article(s): too few (need one to train on and one to hold out)")

    fix_random_seed(options.seed)
    nlp = load_model_from_config(_config(options), auto_fill=True, validate=True)
    report = ConversionReport()

    def predicted(text: str) -> Any:
        return featured_doc(nlp, text) if features else nlp.make_doc(text)

    examples = [Example(predicted(r.text), record_to_doc(nlp, r, report)) for r in train_records]
    held_examples = [Example(predicted(r.text), record_to_doc(nlp, r)) for r in heldout]
    fix_random_seed(options.seed)
    optimizer = nlp.initialize(lambda: examples)
    shuffle = random.Random(options.seed)
    per_epoch = -(-len(examples) // options.batch_size)
    total, done = per_epoch * options.epochs, 0
    losses_by_epoch = []
    started = time.monotonic()
    for epoch in range(1, options.epochs + 1):
        order = list(examples)
        shuffle.shuffle(order)
        losses: dict[str, float] = {}
        for batch in minibatch(order, size=options.batch_size):
            nlp.update(list(batch), drop=options.dropout, sgd=optimizer, losses=losses)
            done += 1
            if progress:
                progress(done, total, f"epoch {epoch}/{options.epochs} loss {float(losses.get('ner', 0.0)):.1f}")
        losses_by_epoch.append(round(float(losses.get("ner", 0.0)), 3))
    seconds = time.monotonic() - started

    heldout_scores: dict[str, Any] = {"articles": len(heldout)}
    if heldout:
        figures = score_records(_tagger_of(nlp, bool(features)), heldout).to_dict()
        heldout_scores["content"] = {k: figures[k] for k in ("match@0.5", "exact", "overlap", "end_to_end")}
        heldout_scores["content"]["gold"] = figures["gold"]
        heldout_scores["content"]["predicted"] = figures["predicted"]
        heldout_scores["content"]["source_accuracy"] = figures["source_accuracy"]
        heldout_scores["entities"] = nlp.evaluate(held_examples).get("ents_per_type") or {}

    types = learn_types(train_records)
    if types.prior:
        heldout_scores["types"] = type_accuracy(types, heldout)

    licence = _licence(records)
    files = " ".join(f"--data {d['path']}" for d in data_info)
    nlp.meta.update(
        {
            "name": "onrecord_tagger",
            "version": "0.1.0",
            "description": "onrecord's attribution tagger: CONTENT, SOURCE and CUE spans (spaCy tok2vec + ner).",
            "license": licence,
            "sources": [{"name": d["path"], "license": d["license"]} for d in data_info],
            "onrecord": {
                "data": data_info,
                "options": asdict(options),
                **({"features": features} if features else {}),
                **({"types": TYPES_FILE} if types.prior else {}),
                "train_articles": len(train_records),
                "heldout_articles": len(heldout),
                "heldout_ids": sorted(r.id for r in heldout),
                "conversion": report.to_dict(),
                "losses": losses_by_epoch,
                "train_seconds": round(seconds, 1),
                "spacy_version": spacy.__version__,
                "heldout": heldout_scores,
                "command": f"onrecord train {files} --out DIR --epochs {options.epochs} --seed {options.seed}"
                + (" --parse-features" if features else ""),
            },
        }
    )
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        nlp.to_disk(out)
        (out / "README.md").write_text(_card(nlp.meta), encoding="utf-8")
        if types.prior:
            (out / TYPES_FILE).write_text(json.dumps(types.to_dict(), indent=1) + "\n", encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{out}: cannot write the model folder ({exc.strerror or exc})") from None
    return TrainResult(out, dict(nlp.meta))


def type_accuracy(types: TypeClassifier, records: Sequence[TrainingRecord]) -> dict[str, Any]:
    """How often ``types`` gives the gold type of the records' typed attributions (gold cue and source).

    Args:
        types: the classifier.
        records: articles with typed attributions (untyped ones are not counted).

    Returns:
        ``{"attributions": n, "accuracy": share right, "speech_accuracy": share right on speech or
        not}``.
    """
    n = right = speech_right = 0
    for record in records:
        for a in record.attributions:
            kind = a.get("type")
            if not kind:
                continue
            cue = " ".join(record.text[int(s["start"]) : int(s["end"])] for s in a.get("cue") or ())
            source = " ".join(record.text[int(s["start"]) : int(s["end"])] for s in a.get("source") or ())
            predicted = types.predict(cue, source)
            n += 1
            right += predicted == kind
            speech_right += (predicted == "speech") == (kind == "speech")
    return {
        "attributions": n,
        "accuracy": round(right / n, 4) if n else 0.0,
        "speech_accuracy": round(speech_right / n, 4) if n else 0.0,
    }


def _tagger_of(nlp: Any, parse_features: bool = False) -> Callable[[str], list[tuple[str, int, int]]]:
    def tag(text: str) -> list[tuple[str, int, int]]:
        doc = featured_doc(nlp, text) if parse_features else text
        return [(e.label_, e.start_char, e.end_char) for e in nlp(doc).ents]

    return tag
