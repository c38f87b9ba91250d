"""The archive: a database of articles, quotes, speakers and statements, and its operations.

Every face (CLI, Python, REST) goes through :class:`Archive`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from onrecord import store
from onrecord.engine import get_executor
from onrecord.errors import InputError, NotFoundError
from onrecord.ingest import ReadLimits, iter_sources, known_extensions, read_source
from onrecord.link import LinkOptions
from onrecord.model import Article, Quote, Speaker, Statement
from onrecord.pipeline import PipelineOptions, Processed, analyse, prepare
from onrecord.resolve.batch_years import place_years
from onrecord.store import Page, QuoteFilter
from onrecord.store import articles as article_store
from onrecord.store import quotes as quote_store
from onrecord.store import speakers as speaker_store
from onrecord.store import statements as statement_store
from onrecord.store.statements import StatementFilter

__all__ = ["Archive", "IngestReport", "Outlet", "SearchResults"]

ProgressCallback = Callable[[int, int, str], None]


@dataclass(slots=True)
class IngestReport:
    """What an ingest did: counts, and every input it had to skip, with the reason."""

    new: int = 0
    already: int = 0
    updated: int = 0
    quotes: int = 0
    errors: list[InputError] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)

    @property
    def stored(self) -> int:
        """Articles written by this run (new or updated)."""
        return self.new + self.updated

    def summary(self) -> str:
        """One line for the terminal: ``3 new, 1 already stored, 0 updated; 12 quotes; 1 skipped``."""
        line = f"{self.new} new, {self.already} already stored"
        if self.updated:
            line += f", {self.updated} updated"
        line += f"; {self.quotes} quotes"
        if self.errors:
            line += f"; {len(self.errors)} skipped"
        return line

    def to_dict(self) -> dict[str, Any]:
        """Return the report as a JSON-ready dict."""
        return {
            "new": self.new,
            "already_stored": self.already,
            "updated": self.updated,
            "quotes": self.quotes,
            "skipped": [{"source": e.source, "location": e.location, "reason": e.reason} for e in self.errors],
        }


@dataclass(frozen=True, slots=True)
class SearchResults:
    """What one search found: statements, speakers, article titles and quotes, each a page."""

    query: str
    statements: Page[Statement]
    speakers: Page[Speaker]
    articles: Page[Article]
    quotes: Page[Quote]

    def to_dict(self) -> dict[str, Any]:
        """Return the results as a JSON-ready dict (articles without their bodies)."""
        return {
            "query": self.query,
            "statements": _page_dict(self.statements, Statement.to_dict),
            "speakers": _page_dict(self.speakers, Speaker.to_dict),
            "articles": _page_dict(self.articles, _article_summary),
            "quotes": _page_dict(self.quotes, Quote.to_record),
        }


@dataclass(frozen=True, slots=True)
class Outlet:
    """An outlet: its counts, a page of its articles and the statements it reported first."""

    name: str
    articles: int
    quotes: int
    first_article: str | None
    last_article: str | None
    recent: Page[Article]
    first_reports: list[Statement]

    def to_dict(self) -> dict[str, Any]:
        """Return the outlet as a JSON-ready dict (articles without their bodies)."""
        return {
            "name": self.name,
            "articles": self.articles,
            "quotes": self.quotes,
            "first_article": self.first_article,
            "last_article": self.last_article,
            "recent": _page_dict(self.recent, _article_summary),
            "first_reports": [s.to_dict() for s in self.first_reports],
        }


def _page_dict(page: Page[Any], record: Callable[[Any], dict[str, Any]]) -> dict[str, Any]:
    """A page as JSON: its items as records, and the cursor of the next page."""
    return {"items": [record(item) for item in page.items], "next": page.next}


def _article_summary(article: Article) -> dict[str, Any]:
    record = article.to_dict()
    record.pop("body")
    return record


class Archive:
    """An onrecord database.

    Args:
        path: the SQLite file (created if missing); ``":memory:"`` for a throwaway archive.
        options: options for the per-article stages used by :meth:`ingest`.
        link: statement linking options.
        readonly: open an existing database for reading only (another process may ingest
            meanwhile); it must already be at this onrecord's schema version.

    Raises:
        StoreError: the database cannot be opened.
    """

    def __init__(
        self,
        path: str | Path = "onrecord.db",
        options: PipelineOptions | None = None,
        link: LinkOptions | None = None,
        *,
        readonly: bool = False,
    ) -> None:
        self.path = str(path)
        self.options = options or PipelineOptions()
        self.link_options = link or LinkOptions()
        self.readonly = readonly
        self._conn: sqlite3.Connection = store.connect_readonly(self.path) if readonly else store.connect(self.path)

    @property
    def connection(self) -> sqlite3.Connection:
        """The open SQLite connection (for the store functions)."""
        return self._conn

    def close(self) -> None:
        """Close the database."""
        self._conn.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- ingest
    def ingest(
        self,
        paths: Iterable[str],
        *,
        format: str | None = None,
        stdin: BinaryIO | None = None,
        progress: ProgressCallback | None = None,
        on_skip: Callable[[InputError], None] | None = None,
        batch_size: int = 25,
        jobs: int = 1,
        engine: str = "local",
        scheduler: str | None = None,
        limits: ReadLimits | None = None,
    ) -> IngestReport:
        """Read, clean, extract and store every article under ``paths``.

        Articles already stored with the same content are skipped, so re-running an interrupted
        ingest completes it. Each batch is one transaction: an interruption (even ``kill -9``)
        loses at most the batch in progress, never part of an article, and nothing counted in
        the report as stored. Batches end after every ``batch_size`` inputs read, stored or not,
        so a re-run cuts the rest of the input where a clean run would, and ends with the same
        archive. An article whose cleaning, extraction, storing or linking fails is skipped and
        reported; the rest of its batch is stored.

        Args:
            paths: files, folders (recursive), globs, or ``-`` for standard input.
            format: a reader name to use for every input instead of choosing by extension.
            stdin: the stream ``-`` reads (standard input when None).
            progress: called after each source with (done, total, source name).
            on_skip: called with each input or article skipped, as it happens.
            batch_size: articles per transaction.
            jobs: worker processes for extraction (1: in this process; 0: one per core).
            engine: ``local`` or ``dask`` (per-article extraction runs on the cluster).
            scheduler: the Dask scheduler's address (None: a local cluster).
            limits: the most one input may hold (bytes of an article, of a file parsed whole,
                HTML elements of a page, bytes of a WARC record); a larger input is skipped with
                its name and the reason.

        Returns:
            Counts of new, already stored and updated articles, and the inputs skipped.
        """
        report = IngestReport()
        own = self._own_files()
        sources = [
            s
            for s in iter_sources(paths, stdin=stdin, extensions=known_extensions(), limits=limits)
            if isinstance(s, InputError) or s.path is None or s.path.resolve() not in own
        ]
        executor = get_executor(engine, jobs, scheduler)

        def skip(error: InputError) -> None:
            report.errors.append(error)
            if on_skip:
                on_skip(error)

        pending: list[tuple[Article, str]] = []
        pending_ids: dict[str, str] = {}
        read = 0  # inputs read: batches end at the same places when a re-run skips what is stored
        try:
            for done, source in enumerate(sources, start=1):
                if isinstance(source, InputError):
                    skip(source)
                    if progress:
                        progress(done, len(sources), source.source)
                    continue
                for item in read_source(source, format):
                    read += 1
                    article = item if isinstance(item, InputError) else prepare(item, self.options)
                    if isinstance(article, InputError):
                        skip(article)
                    else:
                        if article.id in pending_ids:
                            state = "same" if pending_ids[article.id] == article.content_hash else "changed"
                        else:
                            state = store.article_state(self._conn, article.id, article.content_hash)
                        if state == "same":
                            report.already += 1
                        else:
                            pending.append((article, state))
                            pending_ids[article.id] = article.content_hash
                    if read % batch_size == 0 and pending:
                        self._flush(pending, report, executor, skip)
                        pending = []
                if progress:
                    progress(done, len(sources), source.name)
            self._flush(pending, report, executor, skip)
        finally:
            executor.close()
        return report

    def _own_files(self) -> set[Path]:
        """The database's own files, never read as input (a folder may hold them)."""
        if self.path == ":memory:":
            return set()
        base = Path(self.path).expanduser().resolve()
        return {base, Path(f"{base}-wal"), Path(f"{base}-shm"), Path(f"{base}-journal")}

    def _flush(
        self,
        pending: list[tuple[Article, str]],
        report: IngestReport,
        executor: Any,
        skip: Callable[[InputError], None],
    ) -> None:
        """Analyse a batch and store it in one transaction; if anything in it fails, store its
        articles one transaction each, so that only the article at fault is lost."""
        if not pending:
            return
        # a dateline's year its weekdays could not tell, placed by the batch's dated articles
        pending = list(zip(place_years([a for a, _ in pending]), [s for _, s in pending], strict=True))
        results = list(executor.map(_analyse_with(self.options), [a for a, _ in pending]))
        ready: list[tuple[Processed, str]] = []
        for (_, state), result in zip(pending, results, strict=True):
            if isinstance(result, InputError):
                skip(result)
            else:
                ready.append((result, state))
        if not ready:
            return
        try:
            self._store(ready)
        except Exception:
            for one in ready:
                try:
                    self._store([one])
                except Exception as exc:
                    article = one[0].article
                    skip(InputError(article.source or "<input>", _reason("cannot be stored", exc), article.id, exc))
                else:
                    _count(report, [one])
        else:
            _count(report, ready)

    def _store(self, ready: list[tuple[Processed, str]]) -> None:
        """Store processed articles, and the corpus-level work they need, in one transaction."""
        with store.transaction(self._conn):
            before: set[str | None] = set()
            for result, state in ready:
                article = result.article
                if state == "changed":  # the old version's speakers lose quotes
                    before |= store.article_speaker_ids(self._conn, article.id)
                store.put_article(self._conn, article)
                store.put_quotes(self._conn, article.id, result.quotes)
            self._after_batch([r for r, _ in ready], before)

    def _after_batch(self, stored: list[Processed], before: set[str | None]) -> None:
        """Corpus-level work for a stored batch, inside its transaction: syndicated copies,
        speakers across articles, and the statements of every speaker the batch touched."""
        from onrecord.link import date_undated, link_changes
        from onrecord.resolve.articles import mark_duplicates
        from onrecord.resolve.speakers import resolve_article_speakers

        if not stored:
            return
        mark_duplicates(self._conn, [p.article for p in stored])
        affected: set[str | None] = set(resolve_article_speakers(self._conn, [(p.article, p.speakers) for p in stored]))
        if any(q.speaker is None for p in stored for q in p.quotes):
            affected.add(None)
        # a changed article's old quotes left their statements: those speakers are linked whole
        link_changes(self._conn, affected, self.link_options, whole=before)
        # an undated story's weekdays, placed by the dated reports its quotes were linked to
        date_undated(self._conn, [p.article.id for p in stored], self._read_as_of)

    def _read_as_of(self, article_id: str, day: date) -> dict[str, tuple[str, str]]:
        """The days an article's quotes get when it is read as if published on ``day`` (quote id:
        (ISO day, where the day came from); an undated story whose week linking placed)."""
        article = article_store.get_article(self._conn, article_id)
        if article is None:
            return {}
        result = analyse(replace(article, published=day.isoformat()), self.options)
        if isinstance(result, InputError):
            return {}
        return {q.quote_id: (q.said_on, q.said_on_source or "") for q in result.quotes if q.said_on}

    def relink(self) -> int:
        """Link every speaker's quotes into statements again (after changing link options), and
        date the undated stories' quotes that the statements now place.

        Returns:
            The number of statements.
        """
        from onrecord.link import date_undated, relink

        ids: set[str | None] = {r[0] for r in self._conn.execute("SELECT DISTINCT speaker_id FROM quotes")}
        with store.transaction(self._conn):
            written = relink(self._conn, ids, self.link_options)
            # the undated stories' weeks, placed by the statements linked now
            undated = [r[0] for r in self._conn.execute("SELECT id FROM articles WHERE published IS NULL")]
            date_undated(self._conn, undated, self._read_as_of)
            return written

    # ---------------------------------------------------------------- queries
    def articles(
        self,
        *,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Article]:
        """Return stored articles, newest first, filtered by outlet and publication day."""
        return list(
            store.iter_articles(self._conn, outlet=outlet, since=since, until=until, limit=limit, offset=offset)
        )

    def count_articles(self, *, outlet: str | None = None, since: str | None = None, until: str | None = None) -> int:
        """Return how many stored articles match the filters."""
        return store.count_articles(self._conn, outlet=outlet, since=since, until=until)

    def article(self, article_id: str) -> Article:
        """Return one stored article.

        Raises:
            NotFoundError: no article has this id.
        """
        article = store.get_article(self._conn, article_id)
        if article is None:
            raise NotFoundError(f"no article with id {article_id!r} in {self.path}")
        return article

    def quotes(
        self,
        filters: QuoteFilter | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
        **criteria: Any,
    ) -> list[Quote]:
        """Return stored quotes matching ``filters`` (or the same fields as keywords).

        Example: ``archive.quotes(speaker="Peskov", since="2025-12-01", text="ceasefire")``.
        """
        filters = filters or QuoteFilter(**criteria)
        return list(store.iter_quotes(self._conn, filters, limit=limit, offset=offset))

    def iter_quotes(self, filters: QuoteFilter | None = None) -> Iterator[Quote]:
        """Yield stored quotes matching ``filters`` without loading them all."""
        return store.iter_quotes(self._conn, filters)

    def count_quotes(self, filters: QuoteFilter | None = None) -> int:
        """Return how many stored quotes match ``filters``."""
        return store.count_quotes(self._conn, filters)

    # -------------------------------------------------------- speakers, statements
    def speakers(self, *, kind: str | None = None, limit: int | None = None, offset: int = 0) -> list[Speaker]:
        """Return speakers with their aliases, roles and counts, most statements first."""
        return speaker_store.list_speakers(self._conn, kind=kind, limit=limit, offset=offset)

    def speaker(self, name: str) -> Speaker:
        """Return the speaker a name, alias, surname, role or id means.

        Raises:
            NotFoundError: no speaker, or several (the message lists them).
        """
        ids = speaker_store.find_speaker_ids(self._conn, name)
        if not ids:
            raise NotFoundError(f"no speaker called {name!r} in {self.path}")
        found = speaker_store.list_speakers(self._conn, ids)
        if len(found) > 1:
            exact = [s for s in found if s.name.casefold() == name.casefold() or s.id == name]
            if len(exact) == 1:
                return exact[0]
            names = ", ".join(f"{s.name} ({s.id})" for s in found)
            raise NotFoundError(f"{name!r} names several speakers: {names}; use one of the ids")
        return found[0]

    def statements(
        self,
        *,
        speaker: str | None = None,
        text: str | None = None,
        since: str | None = None,
        until: str | None = None,
        min_outlets: int | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Statement]:
        """Return statements (newest first) with every report of each."""
        ids = tuple(speaker_store.find_speaker_ids(self._conn, speaker)) if speaker else None
        filters = StatementFilter(ids, text, since, until, min_outlets)
        return statement_store.list_statements(self._conn, filters, limit=limit, offset=offset)

    def statement(self, statement_id: str) -> Statement:
        """Return one statement with every variant, earliest report first.

        Raises:
            NotFoundError: no statement has this id.
        """
        found = statement_store.get_statement(self._conn, statement_id)
        if found is None:
            raise NotFoundError(f"no statement with id {statement_id!r} in {self.path}")
        return found

    # ------------------------------------------------------------ pages (keyset)
    def page_articles(
        self,
        *,
        outlet: str | None = None,
        query: str | None = None,
        since: str | None = None,
        until: str | None = None,
        after: str | None = None,
        limit: int = 50,
    ) -> Page[Article]:
        """Return one page of articles, newest first; ``after`` is the previous page's ``next``.

        ``query`` searches titles (words, "exact phrases", prefix*).

        Raises:
            InputError: ``after`` is not a cursor of this listing.
        """
        return article_store.page_articles(
            self._conn, outlet=outlet, query=query, since=since, until=until, after=after, limit=limit
        )

    def article_quotes(self, article_id: str) -> list[Quote]:
        """Return an article's quotes in the order they appear in its body."""
        return sorted(self.quotes(QuoteFilter(article=article_id)), key=lambda q: (q.start, q.end))

    def page_quotes(
        self, filters: QuoteFilter | None = None, *, after: str | None = None, limit: int = 50
    ) -> Page[Quote]:
        """Return one page of quotes (newest article first, in article order).

        Raises:
            InputError: ``after`` is not a cursor of this listing.
        """
        return quote_store.page_quotes(self._conn, filters, after=after, limit=limit)

    def page_speakers(
        self, *, kind: str | None = None, query: str | None = None, after: str | None = None, limit: int = 50
    ) -> Page[Speaker]:
        """Return one page of speakers, most statements first (``query`` searches names and aliases).

        Raises:
            InputError: ``after`` is not a cursor of this listing.
        """
        return speaker_store.page_speakers(self._conn, kind=kind, query=query, after=after, limit=limit)

    def page_statements(
        self,
        *,
        speaker: str | None = None,
        speaker_id: str | None = None,
        text: str | None = None,
        query: str | None = None,
        since: str | None = None,
        until: str | None = None,
        min_outlets: int | None = None,
        after: str | None = None,
        limit: int = 50,
    ) -> Page[Statement]:
        """Return one page of statements, newest first, each with its variants.

        Args:
            speaker: a speaker name, alias or id (every speaker it may mean).
            speaker_id: exactly this speaker.
            text: words one wording contains (each as a prefix).
            query: a search expression (words, "phrases", prefix*).
            since: said (or first reported) on or after this day.
            until: said (or first reported) on or before this day.
            min_outlets: reported by at least this many outlets.
            after: the previous page's ``next``.
            limit: at most this many statements.

        Raises:
            InputError: ``after`` is not a cursor of this listing.
        """
        ids: tuple[str, ...] | None = None
        if speaker:
            ids = tuple(speaker_store.find_speaker_ids(self._conn, speaker))
        if speaker_id is not None:
            ids = tuple(i for i in ids if i == speaker_id) if ids is not None else (speaker_id,)
        filters = StatementFilter(ids, text, since, until, min_outlets, query)
        return statement_store.page_statements(self._conn, filters, after=after, limit=limit)

    def search(self, query: str, *, limit: int = 20) -> SearchResults:
        """Search statements, speakers, article titles and quotes at once.

        ``query`` holds words (all must occur), ``"exact phrases"`` and ``prefix*`` words.
        """
        return SearchResults(
            query,
            self.page_statements(query=query, limit=limit),
            self.page_speakers(query=query, limit=limit),
            self.page_articles(query=query, limit=limit),
            self.page_quotes(QuoteFilter(query=query), limit=limit),
        )

    def speaker_timeline(self, speaker_id: str) -> list[tuple[str, int, int]]:
        """Return a speaker's statements per day: ``(day, statements, reports)``, earliest first."""
        return statement_store.speaker_timeline(self._conn, speaker_id)

    def outlet(self, name: str, *, after: str | None = None, limit: int = 50) -> Outlet:
        """Return an outlet with a page of its articles and the statements it reported first.

        Raises:
            NotFoundError: no outlet has this name.
            InputError: ``after`` is not a cursor of the outlet's articles.
        """
        summary = article_store.outlet_summary(self._conn, name)
        if summary is None:
            raise NotFoundError(f"no outlet called {name!r} in {self.path}")
        stored, articles, quotes, first, last = summary
        ids = tuple(article_store.outlet_first_reports(self._conn, stored, limit))
        firsts = statement_store.list_statements(self._conn, StatementFilter(ids=ids)) if ids else []
        recent = self.page_articles(outlet=stored, after=after, limit=limit)
        return Outlet(stored, articles, quotes, first, last, recent, firsts)


def _count(report: IngestReport, stored: list[tuple[Processed, str]]) -> None:
    """Count what a committed transaction stored (never before: a crash loses nothing reported)."""
    for result, state in stored:
        report.quotes += len(result.quotes)
        report.article_ids.append(result.article.id)
        if state == "changed":
            report.updated += 1
        else:
            report.new += 1


def _reason(what: str, exc: BaseException) -> str:
    return f"{what} ({type(exc).__name__}: {exc})"


def _analyse_with(options: PipelineOptions) -> Callable[[Article], Processed | InputError]:
    import functools

    return functools.partial(analyse, options=options)
