"""Exports: quotes, statements (with variants), speakers and articles as Parquet, CSV, JSONL or JSON-LD."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from onrecord import jsonld
from onrecord.errors import ConfigError
from onrecord.model import Article, Quote, Speaker, Statement
from onrecord.output import write_records
from onrecord.store import QuoteFilter

if TYPE_CHECKING:
    from onrecord.archive import Archive

__all__ = ["EXPORT_FORMATS", "EXPORT_KINDS", "ExportFilter", "export"]

EXPORT_FORMATS = ("parquet", "csv", "jsonl", "jsonld")
EXPORT_KINDS = ("quotes", "statements", "speakers", "articles")

# Which listing filters each kind takes (the same as its command and API endpoint).
_APPLIES = {
    "quotes": {"speaker", "text", "kind", "type", "outlet", "since", "until", "article", "statement"},
    "statements": {"speaker", "text", "since", "until", "min_outlets"},
    "speakers": {"kind"},
    "articles": {"outlet", "since", "until"},
}


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """The listing filters an export takes; each kind uses those its listing has.

    Args:
        speaker: speaker name, alias or id (quotes, statements).
        text: words the quote or one wording contains (quotes, statements).
        kind: ``direct``/``indirect``/``mixed`` for quotes; ``person``/``organisation``/``role`` for speakers.
        type: the kind of attribution, ``speech``/``belief``/``document``/``other`` (quotes).
        outlet: the outlet (quotes, articles).
        since: first day included.
        until: last day included.
        article: an article id (quotes).
        statement: a statement id (quotes).
        min_outlets: reported by at least this many outlets (statements).
    """

    speaker: str | None = None
    text: str | None = None
    kind: str | None = None
    type: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    article: str | None = None
    statement: str | None = None
    min_outlets: int | None = None

    def check(self, what: str) -> None:
        """Raise :class:`ConfigError` when a filter is set that ``what`` has no use for."""
        unused = [f.name for f in fields(self) if getattr(self, f.name) is not None and f.name not in _APPLIES[what]]
        if unused:
            names = ", ".join("--" + n.replace("_", "-") for n in unused)
            raise ConfigError(f"{names}: not a filter of {what} (they take {', '.join(sorted(_APPLIES[what]))})")


def _objects(archive: Archive, what: str, f: ExportFilter) -> Iterator[Quote | Statement | Speaker | Article]:
    if what == "quotes":
        yield from archive.iter_quotes(
            QuoteFilter(
                speaker=f.speaker,
                text=f.text,
                kind=f.kind,
                type=f.type,
                outlet=f.outlet,
                since=f.since,
                until=f.until,
                article=f.article,
                statement=f.statement,
            )
        )
    elif what == "statements":
        cursor: str | None = None
        while True:
            page = archive.page_statements(
                speaker=f.speaker,
                text=f.text,
                since=f.since,
                until=f.until,
                min_outlets=f.min_outlets,
                after=cursor,
                limit=500,
            )
            yield from page.items
            if page.next is None:
                return
            cursor = page.next
    elif what == "speakers":
        yield from archive.speakers(kind=f.kind)
    else:
        cursor = None
        while True:
            articles = archive.page_articles(outlet=f.outlet, since=f.since, until=f.until, after=cursor, limit=200)
            yield from articles.items
            if articles.next is None:
                return
            cursor = articles.next


def _record(item: Quote | Statement | Speaker | Article) -> dict[str, Any]:
    if isinstance(item, Quote):
        return item.to_record()
    return item.to_dict()


def _linked(archive: Archive, item: Quote | Statement | Speaker | Article) -> dict[str, Any]:
    if isinstance(item, Quote):
        return jsonld.quote_ld(item)
    if isinstance(item, Statement):
        return jsonld.statement_ld(item)
    if isinstance(item, Speaker):
        return jsonld.speaker_ld(item)
    return jsonld.article_ld(item, archive.article_quotes(item.id))


def export(archive: Archive, what: str, fmt: str, out: str | Path, filters: ExportFilter | None = None) -> int:
    """Write every ``what`` matching ``filters`` to the file ``out`` in ``fmt``.

    Parquet keeps nested records (a quote's speaker, a statement's variants) as structs and
    lists; CSV flattens them to dotted columns (lists as JSON); JSONL writes the records the
    listings print; JSON-LD writes one schema.org document with a ``@graph``.

    Args:
        archive: the archive to read.
        what: ``quotes``, ``statements``, ``speakers`` or ``articles``.
        fmt: ``parquet``, ``csv``, ``jsonl`` or ``jsonld``.
        out: the file to write (replaced if it exists).
        filters: the listing filters that apply to ``what``.

    Returns:
        How many records were written.

    Raises:
        ConfigError: an unknown kind or format, or a filter ``what`` does not take.
    """
    if what not in EXPORT_KINDS:
        raise ConfigError(f"cannot export {what!r}; choose one of {', '.join(EXPORT_KINDS)}")
    if fmt not in EXPORT_FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    filters = filters or ExportFilter()
    filters.check(what)
    items = _objects(archive, what, filters)
    path = Path(out)
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        records = [_record(i) for i in items]
        # an optional field (fragments, via_kind, type, ...) is a column when any record has it:
        # pyarrow takes the column names from the first record alone
        names = list(dict.fromkeys(k for r in records for k in r))
        records = [{k: r.get(k) for k in names} for r in records]
        table = pa.Table.from_pylist(records) if records else pa.table({})
        if records:  # a field null in every record is a string column, not a column of type null
            table = pa.Table.from_pylist(records, schema=pa.schema([_typed(f) for f in table.schema]))
        pq.write_table(table, path)
        return len(records)
    with path.open("w", encoding="utf-8", newline="") as stream:
        if fmt == "jsonld":
            graph = [_linked(archive, i) for i in items]
            json.dump(jsonld.document(graph), stream, ensure_ascii=False, indent=1)
            stream.write("\n")
            return len(graph)
        return write_records((_record(i) for i in items), fmt, stream)


def _typed(field: Any) -> Any:
    """The pyarrow field with every ``null`` type (nothing seen to infer from) made ``string``."""
    import pyarrow as pa

    def fix(t: Any) -> Any:
        if pa.types.is_null(t):
            return pa.string()
        if pa.types.is_struct(t):
            return pa.struct([_typed(t.field(i)) for i in range(t.num_fields)])
        if pa.types.is_list(t):
            return pa.list_(fix(t.value_type))
        return t

    return pa.field(field.name, fix(field.type))
