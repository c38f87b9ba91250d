"""The ``onrecord`` command: thin adapters that parse options, call the library, print results.

Exit codes: 0 success; 1 some inputs were skipped (the rest was stored) or a record was not
found; 2 usage errors. User errors print one line on stderr, never a traceback.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from onrecord.errors import ConfigError, InputError, NotFoundError, OnrecordError
from onrecord.model import QUOTE_TYPES
from onrecord.output import FORMATS, Column, write_records

__all__ = ["main"]

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_DB = "onrecord.db"

_db_option = click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    envvar="ONRECORD_DB",
    type=click.Path(dir_okay=False),
    help="SQLite database file (env ONRECORD_DB).",
)


_scope_option = click.option(
    "--scope",
    default="statements",
    show_default=True,
    type=click.Choice(["statements", "attributions"]),
    help="statements: speech on record; attributions: also beliefs, stances and evidence (as PolNeAR annotates).",
)


_model_option = click.option(
    "--model",
    "model",
    default=None,
    envvar="ONRECORD_MODEL",
    help="Attribution tagger beside the rules: 'shipped' (inside the package, the default), a "
    "folder from `onrecord train`, or 'rules' for the rules alone (env ONRECORD_MODEL).",
)


def _format_option(default: str = "table", choices: tuple[str, ...] = FORMATS) -> Callable[[F], F]:
    return click.option(
        "--format",
        "fmt",
        default=default,
        show_default=True,
        type=click.Choice(choices),
        help="Output format.",
    )


def _silence_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's last flush at exit
    does not fail again on a pipe whose reader has gone."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _errors(fn: F) -> F:
    """Turn onrecord errors into one-line messages and exit codes."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ConfigError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)
        except NotFoundError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
        except OnrecordError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("interrupted; everything stored so far is whole: run the same command again to finish", err=True)
            sys.exit(130)
        except BrokenPipeError:
            # the reader stopped reading (`onrecord quotes ... | head`): its choice, not an error
            _silence_stdout()
            sys.exit(0)
        except Exception as exc:
            if _debugging():
                raise
            click.echo(f"error: unexpected {type(exc).__name__}: {exc} (run with --debug for the traceback)", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def _archive(db: str) -> Any:
    from onrecord.archive import Archive

    return Archive(db)


def _debugging() -> bool:
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.find_root().obj and ctx.find_root().obj.get("debug"))


def _report_skip(error: InputError) -> None:
    click.echo(f"skipped: {error}", err=True)
    if error.detail and _debugging():
        click.echo(error.detail.rstrip(), err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="onrecord")
@click.option("--debug", is_flag=True, help="Show tracebacks of unexpected errors (also of each skipped article).")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """onrecord: who said what, when, and who reported it."""
    ctx.obj = {"debug": debug}


# ------------------------------------------------------------------------ ingest
@main.command()
@click.argument("paths", nargs=-1, required=True)
@_db_option
@click.option("--format", "reader", default=None, help="Reader for every input (text, html, feed, jsonl, json, warc).")
@click.option(
    "--jobs", default=1, show_default=True, type=int, help="Worker processes for extraction (0: one per core)."
)
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option("--no-extract", is_flag=True, help="Store articles only, without extracting quotes.")
@click.option(
    "--engine",
    default="local",
    show_default=True,
    type=click.Choice(["local", "dask"]),
    help="Where extraction runs: this machine, or a Dask cluster (pip install 'onrecord[dask]').",
)
@click.option("--scheduler", default=None, help="Dask scheduler address (default: a local cluster).")
@click.option(
    "--max-bytes", default="5MB", show_default=True, help="Largest article input: a text file, page, JSONL line, ..."
)
@click.option(
    "--max-file-bytes", default="50MB", show_default=True, help="Largest feed, .json file or export (parsed whole)."
)
@click.option("--max-elements", default=100_000, show_default=True, type=int, help="Most HTML elements in one page.")
@click.option(
    "--max-record-bytes",
    default="1GB",
    show_default=True,
    help="Largest WARC record, and how far an overlong JSONL line is read to skip it.",
)
@_model_option
@_errors
def ingest(
    paths: tuple[str, ...],
    db: str,
    reader: str | None,
    jobs: int,
    progress: bool | None,
    no_extract: bool,
    engine: str,
    scheduler: str | None,
    max_bytes: str,
    max_file_bytes: str,
    max_elements: int,
    max_record_bytes: str,
    model: str | None,
) -> None:
    """Read PATHS (files, folders, globs, '-' for stdin) and store their articles and quotes.

    The same article ingested twice is stored once. Exit code 1 when some inputs were skipped.
    Sizes take units: 5000000, 5MB, 500k, 2GiB.
    """
    from onrecord.archive import Archive
    from onrecord.extract import ExtractOptions
    from onrecord.ingest import READERS, ReadLimits
    from onrecord.ingest.limits import parse_size
    from onrecord.pipeline import PipelineOptions

    if reader is not None and reader not in READERS:
        raise ConfigError(f"unknown --format {reader!r}; known: {', '.join(READERS.names())}")
    limits = ReadLimits(parse_size(max_bytes), parse_size(max_file_bytes), max_elements, parse_size(max_record_bytes))
    show = sys.stderr.isatty() if progress is None else progress
    options = PipelineOptions(extract=not no_extract, quotes=ExtractOptions(model=_checked_model(model)))
    with Archive(db, options) as archive:
        if show:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
            with Progress(*columns, transient=True) as bar:
                task = bar.add_task("ingest", total=None)

                def step(done: int, total: int, name: str) -> None:
                    bar.update(task, completed=done, total=total, description=Path(name).name[:40])

                report = archive.ingest(
                    paths,
                    format=reader,
                    progress=step,
                    on_skip=_report_skip,
                    jobs=jobs,
                    engine=engine,
                    scheduler=scheduler,
                    limits=limits,
                )
        else:
            report = archive.ingest(
                paths,
                format=reader,
                on_skip=_report_skip,
                jobs=jobs,
                engine=engine,
                scheduler=scheduler,
                limits=limits,
            )
    click.echo(report.summary())
    if report.errors:
        sys.exit(1)


# ---------------------------------------------------------------------- articles
_ARTICLE_COLUMNS = (
    Column("id", "id"),
    Column("published", "published"),
    Column("outlet", "outlet"),
    Column("wire", "syndicated_from"),
    Column("title", "title", 60),
    Column("lang", "language"),
    Column("source", "source", 40),
)


@main.command()
@_db_option
@_format_option()
@click.option("--outlet", default=None, help="Only articles from this outlet.")
@click.option("--since", default=None, help="Published on or after this day (YYYY-MM-DD).")
@click.option("--until", default=None, help="Published on or before this day (YYYY-MM-DD).")
@click.option("--limit", default=None, type=int, help="At most this many articles.")
@_errors
def articles(db: str, fmt: str, outlet: str | None, since: str | None, until: str | None, limit: int | None) -> None:
    """List stored articles, newest first."""
    since, until = _day(since, "--since"), _day(until, "--until")
    with _archive(db) as archive:
        rows = (a.to_dict() for a in archive.articles(outlet=outlet, since=since, until=until, limit=limit))
        if fmt == "table":
            rows = ({k: v for k, v in r.items() if k != "body"} for r in rows)
        write_records(rows, fmt, sys.stdout, _ARTICLE_COLUMNS)


@main.command()
@click.argument("article_id")
@_db_option
@_format_option(choices=("table", "json"))
@click.option("--raw", is_flag=True, help="Also print the raw input as it came in.")
@_errors
def show(article_id: str, db: str, fmt: str, raw: bool) -> None:
    """Show one article: metadata, body and its quotes."""
    from onrecord.store import QuoteFilter

    with _archive(db) as archive:
        article = archive.article(article_id)
        quotes = archive.quotes(QuoteFilter(article=article_id))
    record = article.to_dict(with_raw=raw)
    record["quotes"] = [q.to_record() for q in sorted(quotes, key=lambda q: q.start)]
    if fmt == "json":
        write_records([record], "jsonl", sys.stdout)
        return
    out = sys.stdout
    for key in (
        "id",
        "title",
        "published",
        "published_from",
        "outlet",
        "dateline",
        "place",
        "language",
        "source",
        "url",
    ):
        if record.get(key):
            out.write(f"{key:>15}: {record[key]}\n")
    for note in article.notes:
        out.write(f"{'note':>15}: {note}\n")
    out.write("\n" + _highlight(article.body, quotes) + "\n")
    if quotes:
        out.write("\n")
        write_records(record["quotes"], "table", out, _QUOTE_COLUMNS)
    if raw:
        out.write("\n--- raw input ---\n" + article.raw + "\n")


def _highlight(body: str, quotes: list[Any]) -> str:
    """Mark quotes in the body with [[...]] for the terminal."""
    marks: list[tuple[int, str]] = []
    for q in quotes:
        marks.append((q.start, "[["))
        marks.append((q.end, "]]"))
    out = body
    for pos, mark in sorted(marks, key=lambda m: m[0], reverse=True):
        out = out[:pos] + mark + out[pos:]
    return out


# ------------------------------------------------------------------------ quotes
_QUOTE_COLUMNS = (
    Column("speaker", "speaker.name", 24),
    Column("kind", "kind"),
    Column("type", "type"),
    Column("cue", "cue.text", 18),
    Column("quote", "text", 70),
    Column("via", "via"),
    Column("said on", "said_on"),
    Column("published", "published"),
    Column("outlet", "outlet"),
)


def _day(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    from onrecord.dates import parse_date

    parsed = parse_date(value)
    if parsed is None:
        raise ConfigError(f"{option}: {value!r} is not a date (use YYYY-MM-DD)")
    return parsed[:10]


@main.command()
@_db_option
@_format_option()
@click.option("--speaker", default=None, help="Speaker name, surname or alias.")
@click.option("--text", "words", default=None, help="Words the quote must contain.")
@click.option("--kind", default=None, type=click.Choice(["direct", "indirect", "mixed"]))
@click.option(
    "--type",
    "attribution",
    default=None,
    type=click.Choice(list(QUOTE_TYPES)),
    help="Only this kind of attribution (quotes stored without a type never match).",
)
@click.option("--outlet", default=None, help="Only quotes reported by this outlet.")
@click.option("--since", default=None, help="Said (or published) on or after this day.")
@click.option("--until", default=None, help="Said (or published) on or before this day.")
@click.option("--article", default=None, help="Only quotes of this article id.")
@click.option("--statement", default=None, help="Only quotes of this statement id.")
@click.option("--limit", default=None, type=int, help="At most this many quotes.")
@_errors
def quotes(
    db: str,
    fmt: str,
    speaker: str | None,
    words: str | None,
    kind: str | None,
    attribution: str | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    article: str | None,
    statement: str | None,
    limit: int | None,
) -> None:
    """List stored quotes (schema records with --format jsonl)."""
    from onrecord.store import QuoteFilter

    filters = QuoteFilter(
        speaker=speaker,
        text=words,
        kind=kind,
        type=attribution,
        outlet=outlet,
        since=_day(since, "--since"),
        until=_day(until, "--until"),
        article=article,
        statement=statement,
    )
    with _archive(db) as archive:
        rows = (q.to_record() for q in archive.quotes(filters, limit=limit))
        write_records(rows, fmt, sys.stdout, _QUOTE_COLUMNS)


# ----------------------------------------------------------------------- extract
@main.command()
@click.argument("files", nargs=-1, required=True)
@_format_option(default="jsonl")
@click.option("--reader", default=None, help="Reader for every input (text, html, jsonl, ...).")
@_scope_option
@_model_option
@_errors
def extract(files: tuple[str, ...], fmt: str, reader: str | None, scope: str, model: str | None) -> None:
    """Extract quotes from FILES without storing them (.txt, .html, or JSONL {id, text, published}).

    Offsets index each input's text exactly as given (for HTML, the extracted article text).
    """
    from onrecord.extract import ExtractOptions, extract_document
    from onrecord.ingest import read_paths

    options = ExtractOptions.scope(scope, _checked_model(model))
    errors: list[InputError] = []

    def records() -> Iterator[dict[str, Any]]:
        for item in read_paths(files, format=reader):
            if isinstance(item, InputError):
                errors.append(item)
                click.echo(f"skipped: {item}", err=True)
                continue
            try:
                _, found = extract_document(item, options)
            except InputError as exc:
                errors.append(exc)
                click.echo(f"skipped: {exc}", err=True)
                continue
            for quote in found:
                yield quote.to_record()

    write_records(records(), fmt, sys.stdout, _QUOTE_COLUMNS)
    if errors:
        sys.exit(1)


# ------------------------------------------------------------- speakers, statements
_SPEAKER_COLUMNS = (
    Column("id", "id"),
    Column("name", "name", 28),
    Column("kind", "kind"),
    Column("aliases", "aliases", 30),
    Column("statements", "statements"),
    Column("quotes", "quotes"),
    Column("outlets", "outlets"),
    Column("first seen", "first_seen"),
    Column("last seen", "last_seen"),
)
_STATEMENT_COLUMNS = (
    Column("id", "id"),
    Column("speaker", "speaker.name", 22),
    Column("said on", "said_on"),
    Column("statement", "text", 64),
    Column("reports", "reports"),
    Column("outlets", "outlets", 24),
    Column("first seen", "first_seen.published", 25),
    Column("first outlet", "first_seen.outlet", 16),
    Column("languages", "languages"),
)


@main.command()
@_db_option
@_format_option()
@click.option("--kind", default=None, type=click.Choice(["person", "organisation", "role"]))
@click.option("--limit", default=None, type=int, help="At most this many speakers.")
@_errors
def speakers(db: str, fmt: str, kind: str | None, limit: int | None) -> None:
    """List speakers: canonical name, kind, aliases, statements, outlets, first and last seen."""
    with _archive(db) as archive:
        rows = [s.to_dict() for s in archive.speakers(kind=kind, limit=limit)]
    write_records(rows, fmt, sys.stdout, _SPEAKER_COLUMNS)


@main.command()
@click.argument("name")
@_db_option
@_format_option(choices=("table", "json"))
@click.option("--limit", default=50, show_default=True, type=int, help="Statements to show.")
@_errors
def speaker(name: str, db: str, fmt: str, limit: int) -> None:
    """One speaker (by name, surname, alias, role or id): aliases, roles, statements newest first."""
    with _archive(db) as archive:
        found = archive.speaker(name)
        said = archive.statements(speaker=found.id, limit=limit)
    record = found.to_dict()
    record["statements_list"] = [_statement_row(s) for s in said]
    if fmt == "json":
        write_records([record], "json", sys.stdout)
        return
    out = sys.stdout
    out.write(f"{found.name}  ({found.id}, {found.kind})\n")
    if found.aliases:
        out.write(f"  also named: {', '.join(dict.fromkeys(found.aliases))}\n")
    for role, first, last in found.roles:
        span = first if first == last else f"{first} .. {last}"
        out.write(f"  role: {role} ({span})\n")
    out.write(
        f"  {found.statements} statements, {found.quotes} quotes, {found.outlets} outlets; "
        f"first seen {found.first_seen}, last seen {found.last_seen}\n\n"
    )
    write_records(record["statements_list"], "table", out, _STATEMENT_COLUMNS)


def _statement_row(statement: Any) -> dict[str, Any]:
    row = statement.to_dict()
    row.pop("variants")
    return row


@main.command()
@_db_option
@_format_option()
@click.option("--speaker", default=None, help="Speaker name, surname, alias or id.")
@click.option("--text", "words", default=None, help="Words one of its wordings contains.")
@click.option("--since", default=None, help="Said (or first reported) on or after this day.")
@click.option("--until", default=None, help="Said (or first reported) on or before this day.")
@click.option("--min-outlets", default=None, type=int, help="Reported by at least N outlets.")
@click.option("--limit", default=None, type=int, help="At most this many statements.")
@_errors
def statements(
    db: str,
    fmt: str,
    speaker: str | None,
    words: str | None,
    since: str | None,
    until: str | None,
    min_outlets: int | None,
    limit: int | None,
) -> None:
    """List statements: what was said, by whom, how many outlets reported it, who first."""
    with _archive(db) as archive:
        found = archive.statements(
            speaker=speaker,
            text=words,
            since=_day(since, "--since"),
            until=_day(until, "--until"),
            min_outlets=min_outlets,
            limit=limit,
        )
    rows = [s.to_dict() if fmt in {"json", "jsonl"} else _statement_row(s) for s in found]
    write_records(rows, fmt, sys.stdout, _STATEMENT_COLUMNS)


_VARIANT_COLUMNS = (
    Column("outlet", "outlet"),
    Column("published", "published"),
    Column("kind", "kind"),
    Column("wording", "text", 70),
    Column("via", "via"),
    Column("lang", "language"),
    Column("copy of", "duplicate_of"),
    Column("wire", "syndicated_from"),
)


@main.command()
@click.argument("statement_id")
@_db_option
@_format_option(choices=("table", "json"))
@_errors
def statement(statement_id: str, db: str, fmt: str) -> None:
    """One statement: every report side by side (outlet, date, kind, wording, via), first seen."""
    with _archive(db) as archive:
        found = archive.statement(statement_id)
    record = found.to_dict()
    if fmt == "json":
        write_records([record], "json", sys.stdout)
        return
    out = sys.stdout
    out.write(f"{found.speaker_name or 'unknown speaker'}: {found.text}\n")
    if found.said_on:
        out.write(f"  said on {found.said_on}\n")
    if found.first_seen is not None:
        first = found.first_seen
        out.write(f"  first reported by {first.outlet or first.article_id} on {first.published}\n")
    if found.via:
        out.write(f"  relayed by {', '.join(found.via)}\n")
    out.write(
        f"  {len(found.variants)} reports in {len(found.outlets)} outlets, languages: {', '.join(found.languages)}\n\n"
    )
    write_records(record["variants"], "table", out, _VARIANT_COLUMNS)


# ------------------------------------------------------------------ serve, export
@main.command()
@_db_option
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (this machine only by default)."
)
@click.option("--port", default=8080, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Server processes.")
@click.option("--allow-ingest", is_flag=True, help="Open POST /api/ingest (to holders of the token).")
@click.option(
    "--token",
    default=None,
    envvar="ONRECORD_TOKEN",
    help="Token POST /api/ingest wants (env ONRECORD_TOKEN; default: random).",
)
@_errors
def serve(db: str, host: str, port: int, workers: int, allow_ingest: bool, token: str | None) -> None:
    """Serve the archive: web pages at /, the REST API under /api (docs at /api/docs). Ctrl-C stops."""
    from onrecord.api import create_app
    from onrecord.api.app import run

    app = create_app(db, allow_ingest=allow_ingest, token=token)
    shown = f"[{host}]" if ":" in host else host
    click.echo(
        f"onrecord: serving {db} at http://{shown}:{port}/  (API docs: http://{shown}:{port}/api/docs; Ctrl-C stops)"
    )
    if allow_ingest:
        secret = "the token from ONRECORD_TOKEN / --token" if token else app.state.ingest.token
        click.echo(f"ingest: POST /api/ingest with 'Authorization: Bearer {secret}'")
    run(app, host, port, workers)


@main.command()
@_db_option
@click.option(
    "--format", "fmt", required=True, type=click.Choice(["parquet", "csv", "jsonl", "jsonld"]), help="File format."
)
@click.option(
    "--what",
    default="quotes",
    show_default=True,
    type=click.Choice(["quotes", "statements", "speakers", "articles"]),
    help="What to export.",
)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option("--speaker", default=None, help="Speaker name, surname, alias or id (quotes, statements).")
@click.option("--text", "words", default=None, help="Words the quote or a wording contains (quotes, statements).")
@click.option(
    "--kind", default=None, help="Quote kind (direct, indirect, mixed) or speaker kind (person, organisation, role)."
)
@click.option(
    "--type", "attribution", default=None, type=click.Choice(list(QUOTE_TYPES)), help="Kind of attribution (quotes)."
)
@click.option("--outlet", default=None, help="Only this outlet (quotes, articles).")
@click.option("--since", default=None, help="On or after this day.")
@click.option("--until", default=None, help="On or before this day.")
@click.option("--article", default=None, help="Only quotes of this article id.")
@click.option("--statement", default=None, help="Only quotes of this statement id.")
@click.option("--min-outlets", default=None, type=int, help="Statements reported by at least N outlets.")
@_errors
def export(
    db: str,
    fmt: str,
    what: str,
    output: str,
    speaker: str | None,
    words: str | None,
    kind: str | None,
    attribution: str | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    article: str | None,
    statement: str | None,
    min_outlets: int | None,
) -> None:
    """Write quotes, statements (with variants), speakers or articles to a Parquet, CSV, JSONL or JSON-LD file."""
    from onrecord.export import ExportFilter
    from onrecord.export import export as write_export

    filters = ExportFilter(
        speaker=speaker,
        text=words,
        kind=kind,
        type=attribution,
        outlet=outlet,
        since=_day(since, "--since"),
        until=_day(until, "--until"),
        article=article,
        statement=statement,
        min_outlets=min_outlets,
    )
    with _archive(db) as archive:
        count = write_export(archive, what, fmt, output, filters)
    click.echo(f"{count} {what} written to {output}")


@main.command()
@_db_option
@_errors
def relink(db: str) -> None:
    """Link every speaker's quotes into statements again (after changing linking options)."""
    with _archive(db) as archive:
        count = archive.relink()
    click.echo(f"{count} statements")


# ------------------------------------------------------------------------- train
@main.command()
@click.option(
    "--data",
    "data",
    multiple=True,
    required=True,
    type=click.Path(dir_okay=False),
    help="PolNeAR-shaped JSONL with gold attributions (repeat for several files).",
)
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Model folder to write.")
@click.option("--epochs", default=10, show_default=True, type=click.IntRange(1), help="Passes over the training data.")
@click.option("--seed", default=0, show_default=True, type=int, help="Random seed (same seed, same model).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option(
    "--parse-features",
    is_flag=True,
    help="Also embed each token's tag, dependency label and relation to the nearest cue (needs the parse).",
)
@_errors
def train(data: tuple[str, ...], out: str, epochs: int, seed: int, progress: bool | None, parse_features: bool) -> None:
    """Train the attribution tagger (CONTENT, SOURCE, CUE spans) and write a model folder.

    A tenth of the articles (by id hash) is held out and scored at the end. The folder's meta.json
    and README.md name the training files and their licence: a model trained on data without a
    stated licence must not be redistributed.
    """
    from onrecord.tagger import TrainOptions
    from onrecord.tagger import train as train_tagger

    options = TrainOptions(parse_features=parse_features)

    show = sys.stderr.isatty() if progress is None else progress
    if show:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, transient=True) as bar:
            task = bar.add_task("train", total=None)

            def step(done: int, total: int, description: str) -> None:
                bar.update(task, completed=done, total=total, description=description)

            result = train_tagger(data, out, epochs=epochs, seed=seed, progress=step, options=options)
    else:
        result = train_tagger(data, out, epochs=epochs, seed=seed, options=options)
    info = result.meta["onrecord"]
    click.echo(
        f"model written to {result.path} (licence: {result.meta['license']}; "
        f"{info['train_articles']} articles trained on, {info['heldout_articles']} held out)"
    )
    content = result.heldout.get("content")
    if content:
        for name in ("match@0.5", "exact"):
            prf = content[name]
            click.echo(f"held-out CONTENT {name}: P {prf['precision']:.3f} R {prf['recall']:.3f} F1 {prf['f1']:.3f}")


def _checked_model(model: str | None) -> str | None:
    """The --model value, loaded once here so that a bad folder fails before any work."""
    from onrecord.tagger.select import resolve_model

    resolve_model(model)
    return model


# -------------------------------------------------------------------------- eval
@main.group(name="eval")
def eval_group() -> None:
    """Measure extraction (and linking) quality on annotated data."""


@eval_group.command(name="polnear")
@click.option(
    "--split",
    default="dev",
    show_default=True,
    type=click.Choice(["train", "dev", "test"]),
    help="dev for tuning; test only to report.",
)
@click.option("--data", default=None, type=click.Path(file_okay=False), help="Folder with the PolNeAR JSONL splits.")
@click.option("--limit", default=None, type=int, help="Only the first N articles.")
@_scope_option
@_model_option
@click.option(
    "--side-by-side/--only",
    "side_by_side",
    default=True,
    show_default=True,
    help="Rules, tagger and hybrid side by side (the tagger: --model, else the shipped one), "
    "or only what --model selects, with every figure.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@_errors
def eval_polnear(
    split: str, data: str | None, limit: int | None, scope: str, model: str | None, side_by_side: bool, as_json: bool
) -> None:
    """Score extraction on PolNeAR (content EXACT, MATCH@0.5, OVERLAP, SOURCE, CUE, END-TO-END)."""
    from onrecord.evaluate import compare_polnear, evaluate_polnear, print_comparison, print_report
    from onrecord.extract import ExtractOptions

    options = ExtractOptions.scope(scope, _checked_model(model))
    if side_by_side:
        systems = compare_polnear(split, data, limit, options=options)
        print_comparison(f"PolNeAR {split} ({scope})", systems, sys.stdout, as_json)
        return
    scores = evaluate_polnear(split, data, limit, options=options)
    print_report(f"PolNeAR {split} ({scope})", scores.to_dict(), sys.stdout, as_json)


@eval_group.command(name="seeds")
@click.option("--data", default=None, type=click.Path(), help="Folder with the seed articles and gold.json.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--verbose", "-v", is_flag=True, help="List missed and extra quotes.")
@_model_option
@_errors
def eval_seeds(data: str | None, as_json: bool, verbose: bool, model: str | None) -> None:
    """Score the seed articles against their hand-made gold."""
    from onrecord.evaluate import evaluate_seeds, print_report
    from onrecord.extract import ExtractOptions

    result, _ = evaluate_seeds(data, ExtractOptions(model=_checked_model(model)))
    print_report("seeds", result.to_dict(), sys.stdout, as_json)
    if verbose:
        for g in result.missed:
            click.echo(f"missed {g['qid']}: {g['text'][:80]}")
        for q in result.extra:
            click.echo(f"extra: {q.text[:80]} (cue {q.cue.text if q.cue else None})")


@eval_group.command(name="linking")
@click.option("--data", default=None, type=click.Path(file_okay=False), help="Folder with gold.json and articles/.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("-v", "--verbose", is_flag=True, help="Also list missed quotes, split and merged statements.")
@click.option(
    "--metadata",
    is_flag=True,
    help="Ingest each article with the gold's publication date, outlet and language (as a feed would carry them).",
)
@_model_option
@_errors
def eval_linking(data: str | None, as_json: bool, verbose: bool, metadata: bool, model: str | None) -> None:
    """Score statement linking on the multi-outlet set (pair P/R/F1, translations, traps)."""
    from onrecord.evaluate import print_report
    from onrecord.evaluate.linking import evaluate_linking
    from onrecord.extract import ExtractOptions

    figures = evaluate_linking(data, ExtractOptions(model=_checked_model(model)), metadata=metadata)
    errors = figures.pop("errors")
    if as_json:
        if verbose:
            figures["errors"] = errors
        print_report("linking", figures, sys.stdout, as_json)
        return
    merged = figures.pop("merged_traps")
    print_report("linking", figures, sys.stdout, as_json)
    for line in merged:
        click.echo(f"trap merged: {line}")
    if verbose:
        for kind in ("missed", "split", "merged", "speaker", "speaker_split", "via", "via_kind", "said_on"):
            for line in errors[kind]:
                click.echo(f"{kind}: {line}")


@eval_group.command(name="tagger")
@click.option(
    "--model", "model", required=True, type=click.Path(file_okay=False), help="Model folder from `onrecord train`."
)
@click.option(
    "--data", required=True, type=click.Path(dir_okay=False), help="PolNeAR-shaped JSONL with gold attributions."
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@_errors
def eval_tagger(model: str, data: str, as_json: bool) -> None:
    """Score the tagger alone: its CONTENT spans, paired with the nearest cue and source."""
    from onrecord.evaluate import print_report
    from onrecord.tagger import score_tagger

    scores = score_tagger(model, data)
    print_report(f"tagger {Path(model).name} on {Path(data).name}", scores.to_dict(), sys.stdout, as_json)


if __name__ == "__main__":  # pragma: no cover
    main()
