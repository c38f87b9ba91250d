"""``onrecord eval linking``: statements and speakers on the multi-outlet evaluation set.

The set (``tests/data/linking``: articles plus ``gold.json``) is ingested into a throwaway
archive; extracted quotes are matched to gold quotes (token Jaccard >= 0.5, per article), and
pairs of gold quotes are scored: statement pairs (same statement?), speaker pairs (same
speaker?), translation recall (gold pairs in two languages that were linked), and trap merges
(statements that must stay apart but share a predicted statement). Syndicated copies are
checked against the gold's ``syndicated_from`` (the copied article's file or outlet, or the
agency credited): found when the copy is marked a duplicate of that article or credited to that
agency (``Article.syndicated_from``). On the matched quotes: speaker accuracy (the
name or one of the gold speaker's aliases), wrong speakers by kind (a place, an outlet, a
possessive phrase, another speaker, none), ``via``, ``via_kind`` and ``said_on`` accuracy where the
gold gives them, and how many missed statement pairs have quotes whose speakers differ.
"""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from onrecord.clean.wire_credit import same_outlet
from onrecord.errors import EvaluationError
from onrecord.evaluate.seeds import _pair_scores, match_quotes
from onrecord.model import Article, Quote

if TYPE_CHECKING:
    from onrecord.extract.candidates import ExtractOptions

__all__ = [
    "attribution_errors",
    "attribution_scores",
    "default_linking_data",
    "evaluate_linking",
    "load_linking_gold",
    "speaker_error_kind",
]


def _has_gold(path: Path) -> bool:
    return (path / "gold.json").is_file() or any((path / "events").glob("*.json"))


def default_linking_data() -> Path | None:
    """The bundled set: ``tests/data/linking`` in the working directory or the source checkout."""
    for base in (Path.cwd(), Path(__file__).resolve().parents[3]):
        path = base / "tests" / "data" / "linking"
        if _has_gold(path):
            return path
    return None


def load_linking_gold(folder: Path) -> dict[str, Any]:
    """The gold of a linking set: ``gold.json``, or every ``events/*.json`` merged.

    Raises:
        EvaluationError: no gold, or gold that is not JSON of the expected shape.
    """
    files = [folder / "gold.json"] if (folder / "gold.json").is_file() else sorted((folder / "events").glob("*.json"))
    if not files:
        raise EvaluationError(f"{folder}: no gold.json and no events/*.json")
    merged: dict[str, Any] = {"articles": {}, "speakers": {}, "quotes": [], "traps": []}
    for path in files:
        try:
            part = json.loads(path.read_text(encoding="utf-8"))
            merged["articles"].update(part["articles"])
            merged["speakers"].update(part.get("speakers", {}))
            merged["quotes"].extend(part["quotes"])
            merged["traps"].extend(part.get("traps", []))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise EvaluationError(f"{path}: not linking gold ({exc})") from None
    return merged


def _locate(text: str, snippet: str, after: int = 0) -> tuple[int, int] | None:
    """Where ``snippet`` occurs in ``text`` from offset ``after`` on (a second gold quote with
    the same words is their next occurrence: "This team will win this cup" said on two days in
    one live blog); the first occurrence when none follows."""
    for start_at in (after, 0) if after else (0,):
        start = text.find(snippet, start_at)
        if start < 0:
            start = text.find(" ".join(snippet.split()), start_at)
        if start >= 0:
            return start, start + len(snippet)
    return None


HEADLINE_LINES = 4
"""How many non-empty lines open an article with its headline (a masthead, the headline, a standfirst)."""


def _past_headline(text: str, snippet: str, listed: int) -> int:
    """Where to look for the first gold quote of these words: past a headline that repeats them,
    when the article writes them more often than the gold lists them (the gold leaves headlines
    out, so "'The water is still rising': a week inside the delta" over two quotes of those words
    holds neither of them); else from the start."""
    starts = [m.start() for m in re.finditer(re.escape(snippet), text)]
    if len(starts) <= listed:
        return 0
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text)][:HEADLINE_LINES]
    head_end = lines[-1].end() if lines else 0
    return next((m.end() for m in lines if m.start() <= starts[0] < m.end()), 0) if starts[0] < head_end else 0


def evaluate_linking(
    data: str | Path | None = None,
    options: ExtractOptions | None = None,
    *,
    metadata: bool = False,
    gold_of: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Ingest the multi-outlet set and score linking.

    Args:
        data: the folder with the gold and ``articles/`` (default: the shared data folder).
        options: what extraction counts as a quote and which tagger it uses.
        metadata: ingest each article with the publication date, outlet and language the gold
            gives it, as a feed or a JSON Lines export would carry them; by default only the
            article files are read, and everything is found in their text.
        gold_of: when given, filled with the gold statement of each matched quote, by quote id
            (what :mod:`onrecord.link.learned_train` learns from).

    Raises:
        EvaluationError: the set is missing or its gold is malformed.
    """
    from onrecord.archive import Archive
    from onrecord.extract.candidates import ExtractOptions
    from onrecord.pipeline import PipelineOptions

    folder = Path(data) if data else default_linking_data()
    if folder is None or not _has_gold(folder):
        raise EvaluationError("linking set not found: pass --data DIR (the folder with gold and articles/)")
    gold = load_linking_gold(folder)
    articles_meta: dict[str, Any] = gold["articles"]
    gold_quotes: list[dict[str, Any]] = gold["quotes"]
    traps: list[dict[str, str]] = gold["traps"]
    articles_dir = folder / "articles"
    statements: list[str | None] = []
    speakers: list[str | None] = []
    found: list[Quote | None] = []
    places: dict[str, str | None] = {}
    kept: list[dict[str, Any]] = []
    missing_text: list[str] = []
    pipeline = PipelineOptions(quotes=options or ExtractOptions())
    with Archive(":memory:", pipeline) as archive, tempfile.TemporaryDirectory() as scratch:
        if metadata:
            feed = Path(scratch) / "articles.jsonl"
            feed.write_text(_metadata_lines(articles_dir, articles_meta), encoding="utf-8")
            report = archive.ingest([str(feed)])
            by_source = {a.url or "": a for a in archive.articles()}
        else:
            report = archive.ingest([str(articles_dir / name) for name in sorted(articles_meta)])
            by_source = {Path(a.source or "").name: a for a in archive.articles()}
        matched = 0
        for name in sorted(articles_meta):
            article = by_source.get(name)
            article_gold = [g for g in gold_quotes if g["article"] == name]
            stored = archive.quotes(article=article.id) if article else []
            if article is not None and article.media_type != "html":
                stored = [
                    replace(q, start=article.source_offset(q.start), end=article.source_end_offset(q.end))
                    for q in stored
                ]
            base = (
                article.source_text
                if article is not None and article.media_type != "html"
                else (article.body if article is not None else "")
            )
            located: list[dict[str, Any]] = []
            for g in article_gold:
                seen = [x for x in located if x["text"] == g["text"]]
                listed = sum(1 for x in article_gold if x["text"] == g["text"])
                after = seen[-1]["end"] if seen else _past_headline(base, g["text"], listed)
                span = _locate(base, g["text"], after)
                if span is None:
                    missing_text.append(g.get("qid", g["text"][:30]))
                located.append({**g, "start": span[0] if span else 0, "end": span[1] if span else 0})
            pairs = dict(match_quotes(base, located, stored))
            matched += len(pairs)
            if article is not None:
                places[name] = article.place
            for j, g in enumerate(located):
                q = stored[pairs[j]] if j in pairs else None
                found.append(q)
                kept.append(g)
                statements.append(q.statement_id if q else None)
                if q is not None and gold_of is not None:
                    gold_of[q.quote_id] = g["statement"]
                speakers.append(q.speaker.id if q and q.speaker else None)
        syndication = {
            name: (by_source[name], meta.get("syndicated_from"))
            for name, meta in articles_meta.items()
            if name in by_source
        }
        id_of = {name: a.id for name, a in by_source.items()}
    cross = [
        (i, j)
        for i in range(len(kept))
        for j in range(i + 1, len(kept))
        if kept[i]["statement"] == kept[j]["statement"]
        and kept[i].get("language", "en") != kept[j].get("language", "en")
    ]
    cross_found = sum(1 for i, j in cross if statements[i] is not None and statements[i] == statements[j])
    merges = []
    for trap in traps:
        a = {statements[k] for k, g in enumerate(kept) if g["statement"] == trap["a"] and statements[k]}
        b = {statements[k] for k, g in enumerate(kept) if g["statement"] == trap["b"] and statements[k]}
        if a & b:
            merges.append(f"{trap['a']} ~ {trap['b']} ({trap.get('why', '')})")
    copies = [(n, v) for n, v in syndication.items() if v[1]]
    outlet_ids = {meta.get("outlet"): id_of.get(name) for name, meta in articles_meta.items()}
    copies_found = sum(1 for _, (got, want) in copies if _copy_found(got, want, id_of, outlet_ids))
    false_copies = sum(
        1 for _, (got, want) in syndication.items() if (got.duplicate_of or got.syndicated_from) and not want
    )
    return {
        "articles": len(articles_meta),
        "skipped_inputs": len(report.errors),
        "quotes": {"gold": len(kept), "matched": matched, "gold_text_not_found": len(missing_text)},
        "statement_pairs": _pair_scores(statements, [g["statement"] for g in kept]),
        "speaker_pairs": _pair_scores(speakers, [g["speaker"] for g in kept]),
        "translation_recall": {
            "pairs": len(cross),
            "linked": cross_found,
            "recall": cross_found / len(cross) if cross else 0.0,
        },
        "trap_merges": {"traps": len(traps), "merged": len(merges)},
        "syndicated_copies": {"gold": len(copies), "found": copies_found, "false": false_copies},
        **attribution_scores(kept, found, gold["speakers"], articles_meta, places),
        "statement_pairs_missed_by_speaker": _missed_by_speaker(kept, statements, speakers),
        "speaker_pairs_missed": speaker_pairs_missed(kept, found, gold["speakers"]),
        "merged_traps": merges,
        "errors": {**_errors(kept, statements), **attribution_errors(kept, found, gold["speakers"])},
    }


def _copy_found(article: Article, want: str, id_of: dict[str, str], outlet_ids: dict[Any, str | None]) -> bool:
    """Whether a gold syndicated copy was found: marked a duplicate of the article it copies (the
    gold names its file or its outlet), or credited to the agency the gold names."""
    original = id_of.get(want) or outlet_ids.get(want)
    if article.duplicate_of is not None and article.duplicate_of == original:
        return True
    return article.syndicated_from is not None and same_outlet(article.syndicated_from, want)


def _metadata_lines(articles_dir: Path, articles_meta: dict[str, Any]) -> str:
    """One JSON line per article file, with the gold's publication date, outlet and language.

    The file name is the record's ``url``, so that each stored article maps back to its gold.
    """
    lines = []
    for name in sorted(articles_meta):
        meta = articles_meta[name]
        record = {
            "url": name,
            "text": (articles_dir / name).read_text(encoding="utf-8"),
            **{key: meta[key] for key in ("published", "outlet", "language") if meta.get(key)},
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + "\n"


_DETERMINERS = re.compile(r"^(?:the|a|an)\s+", re.I)


def _norm(name: str | None) -> str:
    return _DETERMINERS.sub("", " ".join((name or "").replace("’", "'").split())).casefold()


# A gold name written with its holder's abbreviated title ("Sen. Ada Lind", "Dr. Ada Lind"):
# the tool records the person's name without it, and that is the right person.
_ABBREVIATED_TITLES = re.compile(
    r"^(?:(?:Dr|Prof|Mr|Mrs|Ms|Sen|Rep|Gov|Lt|Gen|Col|Maj|Capt|Sgt|Cmdr|Adm|Insp|Det|Supt|Cllr|Rev|Hon|Amb|Atty|Sec)\.\s+)+"
    r"(?=[A-Z])"
)


# A middle initial between a given name and a surname ("Ada K. Lind"): one outlet writes it,
# another does not; the tool records the fuller form for the one person, and that is her name.
_MIDDLE_INITIALS = re.compile(r"(?<=\w)\s+(?:[A-Z]\.?\s+)+(?=\w)")


def _without_middle_initials(name: str) -> str:
    return _MIDDLE_INITIALS.sub(" ", name)


def _right_name(name: str | None, wanted: dict[str, Any]) -> bool:
    """Whether a speaker name is the gold speaker's name or one of its aliases, either of them
    also without a leading abbreviated title; a middle initial on either side is not counted."""
    written = [wanted.get("name") or "", *wanted.get("aliases", [])]
    untitled = [_ABBREVIATED_TITLES.sub("", n) for n in written]
    forms = {_norm(n) for n in written + untitled} | {_norm(_without_middle_initials(n)) for n in written + untitled}
    return _norm(name) in forms or _norm(_without_middle_initials(name or "")) in forms


def _speaker_right(q: Quote, wanted: dict[str, Any]) -> bool:
    return q.speaker is not None and _right_name(q.speaker.name, wanted)


_POSSESSIVE = frozenset("his her their its our my your".split())


def speaker_error_kind(q: Quote | None, gold_speakers: dict[str, Any], outlets: set[str], place: str | None) -> str:
    """Why a matched quote's speaker is wrong: ``missing``, ``place``, ``outlet``,
    ``possessive``, ``another speaker`` (one the gold knows, not this one) or ``other``."""
    if q is None or q.speaker is None:
        return "missing"
    name = _norm(q.speaker.name)
    if place and name == _norm(place):
        return "place"
    if name in outlets or any(name and name in o.split() for o in outlets):
        return "outlet"
    if name.split()[:1] and name.split()[0] in _POSSESSIVE:
        return "possessive"
    known = {_norm(n) for sp in gold_speakers.values() for n in (sp.get("name"), *sp.get("aliases", []))}
    return "another speaker" if name in known else "other"


def attribution_scores(
    gold: list[dict[str, Any]],
    found: list[Quote | None],
    gold_speakers: dict[str, Any],
    articles: dict[str, Any],
    places: dict[str, str | None],
) -> dict[str, Any]:
    """Speaker, ``via``, ``via_kind`` and ``said_on`` accuracy on the matched quotes; speaker
    errors by kind.

    ``via``, ``via_kind`` and ``said_on`` count only where the gold gives them (keys of those
    names); accuracy counts a null answer to a null gold as right.
    """
    outlets = {_norm(m.get("outlet")) for m in articles.values() if m.get("outlet")}
    outlets |= {_norm(g["via"]) for g in gold if g.get("via")}
    matched = [(g, q) for g, q in zip(gold, found, strict=True) if q is not None]
    right = [(g, q) for g, q in matched if _speaker_right(q, gold_speakers.get(g["speaker"], {}))]
    kinds: dict[str, int] = {}
    for g, q in matched:
        if (g, q) not in right:
            kind = speaker_error_kind(q, gold_speakers, outlets, places.get(g["article"]))
            kinds[kind] = kinds.get(kind, 0) + 1
    out: dict[str, Any] = {
        "speaker_accuracy": {
            "matched": len(matched),
            "right": len(right),
            "accuracy": _ratio(len(right), len(matched)),
        },
        "speaker_errors": dict(sorted(kinds.items(), key=lambda kv: -kv[1])) or {"none": 0},
    }
    for key in _GRADED:
        graded = [(g, q) for g, q in matched if key in g]
        if not graded:
            continue
        value = _GRADED[key]
        ok = sum(1 for g, q in graded if _agrees(value(q), g, key))
        given = [(g, q) for g, q in graded if g[key]]
        out[key] = {
            "graded": len(graded),
            "accuracy": _ratio(ok, len(graded)),
            "gold_non_null": len(given),
            "right": sum(1 for g, q in given if _agrees(value(q), g, key)),
            "false_non_null": sum(1 for g, q in graded if not g[key] and value(q)),
        }
    return out


def _gold_value(g: dict[str, Any], key: str) -> str | None:
    return _norm(g[key]) if key == "via" and g[key] else (g[key] or None)


def _agrees(found: str | None, g: dict[str, Any], key: str) -> bool:
    """Whether a found value is the gold's; a gold ``via`` naming a person with an abbreviated
    title ("Sen. Ada Lind") also accepts the bare name, as speakers do."""
    if key == "via" and g[key] and found is not None:
        return found in {_norm(g[key]), _norm(_ABBREVIATED_TITLES.sub("", g[key]))}
    return found == _gold_value(g, key)


def _via(q: Quote) -> str | None:
    return _norm(q.via) if q.via else None


def _said_on(q: Quote) -> str | None:
    return q.said_on[:10] if q.said_on else None


def _via_kind(q: Quote) -> str | None:
    return q.via_kind if q.via else None


# what each graded record field is read as, from a predicted quote
_GRADED = {"via": _via, "via_kind": _via_kind, "said_on": _said_on}


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def attribution_errors(
    gold: list[dict[str, Any]], found: list[Quote | None], gold_speakers: dict[str, Any]
) -> dict[str, list[str]]:
    """One line per wrong speaker, ``via``, ``via_kind`` and ``said_on`` on a matched quote, and
    one per gold speaker whose matched quotes got several speaker ids (``speaker_split``: the
    speaker-pair recall lost, whether or not each name is right). A wrong day names where it
    came from (its ``said_on_source``), so a false day's rule is found at once."""
    out: dict[str, list[str]] = {"speaker": [], "speaker_split": [], "via": [], "via_kind": [], "said_on": []}
    ids: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for g, q in zip(gold, found, strict=True):
        if q is None:
            continue
        if q.speaker is not None:
            ids.setdefault(g["speaker"], {}).setdefault(q.speaker.id, []).append((q.speaker.name, g["article"]))
        where = f"{g['article']}: {g['text'][:60]!r}"
        if not _speaker_right(q, gold_speakers.get(g["speaker"], {})):
            got = q.speaker.name if q.speaker else None
            out["speaker"].append(f"{where}: {got!r} for {gold_speakers.get(g['speaker'], {}).get('name')!r}")
        if "via" in g and not _agrees(_via(q), g, "via"):
            out["via"].append(f"{where}: {q.via!r} for {g['via']!r}")
        if "via_kind" in g and not _agrees(_via_kind(q), g, "via_kind"):
            out["via_kind"].append(f"{where}: {q.via_kind!r} for {g['via_kind']!r} (via {q.via!r})")
        if "said_on" in g and not _agrees(_said_on(q), g, "said_on"):
            source = f" ({q.said_on_source})" if q.said_on and q.said_on_source else ""
            out["said_on"].append(f"{where}: {q.said_on!r} for {g['said_on']!r}{source}")
    out["speaker_split"] = [
        f"{key}: " + " | ".join(_split_group(sid, seen, gold_speakers.get(key, {})) for sid, seen in groups.items())
        for key, groups in sorted(ids.items())
        if len(groups) > 1
    ]
    return out


def _split_group(sid: str, seen: list[tuple[str, str]], wanted: dict[str, Any]) -> str:
    """One id of a split gold speaker: the name it bears, ``(wrong name)`` when that is not the
    gold's, how many quotes, and in which articles."""
    name = seen[0][0]
    wrong = "" if _right_name(name, wanted) else " (wrong name)"
    articles = ", ".join(dict.fromkeys(a for _, a in seen))
    return f"[{sid[:8]}] {name!r}{wrong} x{len(seen)} ({articles})"


def speaker_pairs_missed(
    gold: list[dict[str, Any]], found: list[Quote | None], gold_speakers: dict[str, Any]
) -> dict[str, int]:
    """Gold speaker pairs (two quotes of one gold speaker) not given one id, by what kept them
    apart, the first cause that holds: a quote not extracted (``no_quote``), extracted without a
    speaker (``no_speaker``), a speaker name that is not the gold's (``wrong_name``: which
    speaker a quote gets), or two right names under different ids (``ids_differ``: what the
    resolver did not join)."""
    out = {"missed": 0, "no_quote": 0, "no_speaker": 0, "wrong_name": 0, "ids_differ": 0}
    for i in range(len(gold)):
        for j in range(i + 1, len(gold)):
            if gold[i]["speaker"] != gold[j]["speaker"]:
                continue
            a, b = found[i], found[j]
            if a is None or b is None:
                out["no_quote"] += 1
            elif a.speaker is None or b.speaker is None:
                out["no_speaker"] += 1
            elif a.speaker.id == b.speaker.id:
                continue
            elif not (
                _speaker_right(a, gold_speakers.get(gold[i]["speaker"], {}))
                and _speaker_right(b, gold_speakers.get(gold[j]["speaker"], {}))
            ):
                out["wrong_name"] += 1
            else:
                out["ids_differ"] += 1
            out["missed"] += 1
    return out


def _missed_by_speaker(
    gold: list[dict[str, Any]], statements: list[str | None], speakers: list[str | None]
) -> dict[str, int]:
    """Gold statement pairs not linked, and how many of them have quotes with different
    (or no) speakers: linking, blocked by speaker, cannot join what attribution split."""
    missed = by_speaker = 0
    for i in range(len(gold)):
        for j in range(i + 1, len(gold)):
            if gold[i]["statement"] != gold[j]["statement"]:
                continue
            if statements[i] is not None and statements[i] == statements[j]:
                continue
            missed += 1
            if speakers[i] is None or speakers[i] != speakers[j]:
                by_speaker += 1
    return {"missed": missed, "speakers_differ": by_speaker}


def _errors(gold: list[dict[str, Any]], predicted: list[str | None]) -> dict[str, list[str]]:
    """What the figures count, one line each: gold quotes not extracted, gold statements split
    over several predicted ones, and predicted statements that hold several gold ones."""
    missed = [f"{g['article']}: {g['text'][:90]}" for g, p in zip(gold, predicted, strict=True) if p is None]
    by_gold: dict[str, dict[str, list[str]]] = {}
    by_predicted: dict[str, set[str]] = {}
    for g, p in zip(gold, predicted, strict=True):
        if p is not None:
            by_gold.setdefault(g["statement"], {}).setdefault(p, []).append(g["text"][:60])
            by_predicted.setdefault(p, set()).add(g["statement"])
    split = [
        f"{statement}: " + " | ".join(f"[{pid[:8]}] " + "; ".join(texts) for pid, texts in groups.items())
        for statement, groups in sorted(by_gold.items())
        if len(groups) > 1
    ]
    merged = [
        f"{pid[:8]}: " + ", ".join(sorted(golds)) for pid, golds in sorted(by_predicted.items()) if len(golds) > 1
    ]
    return {"missed": missed, "split": split, "merged": merged}
