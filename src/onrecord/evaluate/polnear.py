"""``onrecord eval polnear``: extraction scored against PolNeAR's attributions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from onrecord.evaluate.corpora import load_polnear
from onrecord.evaluate.scoring import Attribution, Scores, score_documents
from onrecord.extract.candidates import ExtractOptions
from onrecord.model import Quote

__all__ = ["evaluate_polnear", "predicted_attributions"]


def predicted_attributions(quotes: list[Quote]) -> list[Attribution]:
    """Turn extracted quotes into scorable attributions (content, source mention, cue)."""
    out = []
    for q in quotes:
        mention = q.speaker.mention if q.speaker is not None else q.source_mention
        out.append(
            Attribution(
                q.start,
                q.end,
                ((mention.start, mention.end),) if mention is not None else (),
                ((q.cue.start, q.cue.end),) if q.cue is not None else (),
                q.kind,
            )
        )
    return out


def evaluate_polnear(
    split: str = "dev",
    data: str | Path | None = None,
    limit: int | None = None,
    progress: Callable[[int], None] | None = None,
    options: ExtractOptions | None = None,
) -> Scores:
    """Extract quotes from every article of a PolNeAR split and score them.

    Args:
        split: ``dev`` for tuning; ``test`` only to report.
        data: the folder with the split files (default: the shared data folder).
        limit: score only the first articles.
        progress: called with the number of articles done.
        options: what extraction counts as a quote.
    """
    from onrecord.extract import extract

    def items() -> object:
        for n, doc in enumerate(load_polnear(split, data), start=1):
            if limit is not None and n > limit:
                break
            quotes = extract(doc.text, published=doc.published, article_id=doc.id, options=options)
            yield doc.text, doc.gold, predicted_attributions(quotes)
            if progress:
                progress(n)

    return score_documents(items())  # type: ignore[arg-type]
