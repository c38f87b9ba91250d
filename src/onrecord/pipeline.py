"""The per-article stages, as one pure function: document in, article and its quotes out.

``process`` is what an executor sends to a worker: it takes only picklable values and touches
no database, so it runs the same in-process, in a process pool or on a Dask cluster.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from onrecord.clean import CleanOptions, clean
from onrecord.errors import InputError
from onrecord.extract.candidates import ExtractOptions
from onrecord.model import Article, ArticleSpeaker, Document, Quote

__all__ = ["PipelineOptions", "Processed", "analyse", "prepare", "process"]


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    """Options for every per-article stage.

    Args:
        clean: cleaning options.
        extract: whether to extract quotes (off gives a fast articles-only ingest).
        quotes: what extraction counts as a quote.
    """

    clean: CleanOptions = field(default_factory=CleanOptions)
    extract: bool = True
    quotes: ExtractOptions = field(default_factory=ExtractOptions)


@dataclass(frozen=True, slots=True)
class Processed:
    """One article and the quotes extracted from it."""

    article: Article
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[ArticleSpeaker, ...] = ()


def prepare(document: Document, options: PipelineOptions | None = None) -> Article | InputError:
    """Clean a document into an article; an unusable document comes back as its error."""
    options = options or PipelineOptions()
    where = document.source + (f", {document.location}" if document.location else "")
    try:
        return clean(document, options.clean)
    except InputError as exc:
        return exc
    except Exception as exc:  # a parser failing on odd input must not end the batch
        return InputError(where, f"cannot be cleaned ({type(exc).__name__}: {exc})", cause=exc)


def analyse(article: Article, options: PipelineOptions | None = None) -> Processed | InputError:
    """Extract and attribute the quotes of one article."""
    options = options or PipelineOptions()
    if not options.extract:
        return Processed(article)
    from onrecord.extract import analyse_article

    try:
        quotes, speakers = analyse_article(article, options.quotes)
        return Processed(article, tuple(quotes), tuple(speakers))
    except Exception as exc:  # one article's failure must not end the batch
        reason = f"quotes cannot be extracted ({type(exc).__name__}: {exc})"
        return InputError(article.source or "<input>", reason, article.id, exc)


def process(document: Document, options: PipelineOptions | None = None) -> Processed | InputError:
    """Clean a document and extract its quotes.

    Returns:
        The processed article, or the error that made the document unusable (never raised, so a
        batch goes on without it).
    """
    article = prepare(document, options)
    if isinstance(article, InputError):
        return article
    return analyse(article, options)
