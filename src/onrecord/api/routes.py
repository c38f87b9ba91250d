"""REST endpoints under ``/api``: each parses its parameters, calls one Archive method, returns its dict."""

from __future__ import annotations

import secrets
import tempfile
import threading
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from onrecord.api import models
from onrecord.api.deps import ArchivePool
from onrecord.api.problems import PROBLEM_TYPE
from onrecord.archive import Archive
from onrecord.errors import ConfigError, ConflictError, InputError
from onrecord.store import Page, QuoteFilter

__all__ = ["IngestSettings", "api_router", "as_day", "next_link"]

Limit = Annotated[int, Query(ge=1, le=200, description="at most this many items")]
After = Annotated[
    str | None, Query(max_length=2000, description="the cursor of the page before (from its `next` link)")
]
Day = Annotated[str | None, Query(max_length=40, description="a day, YYYY-MM-DD")]
SpeakerName = Annotated[str | None, Query(max_length=500, description="a speaker's name, surname, alias or id")]
Words = Annotated[str | None, Query(max_length=500, description="words that must all occur (each as a prefix)")]
Outlet = Annotated[str | None, Query(max_length=500, description="the outlet's name")]
Search = Annotated[
    str | None,
    Query(
        max_length=500,
        description='search: words, "exact phrases", prefix*; results then come stored-last first',
    ),
]
Id = Annotated[str, PathParam(min_length=1, max_length=500)]

_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": models.Problem, "content": {PROBLEM_TYPE: {}}, "description": text}
    for status, text in ((400, "bad parameter or cursor"), (404, "not found"), (422, "invalid request"))
}


def as_day(value: str | None, name: str) -> str | None:
    """Read a day parameter (any date the archive understands) as ``YYYY-MM-DD``.

    Raises:
        ConfigError: not a date.
    """
    if value is None or value == "":
        return None
    from onrecord.dates import parse_date

    parsed = parse_date(value)
    if parsed is None:
        raise ConfigError(f"{name}: {value!r} is not a date (use YYYY-MM-DD)")
    return parsed[:10]


def next_link(request: Request, cursor: str | None, path: str | None = None, **extra: str) -> str | None:
    """The URL of the next page: this request's query with ``after`` set to ``cursor``."""
    if cursor is None:
        return None
    params = {k: v for k, v in request.query_params.items() if k != "after"}
    params.update(extra)
    params["after"] = cursor
    return f"{path or request.url.path}?{urlencode(params)}"


def _page(request: Request, page: Page[Any], items: list[dict[str, Any]]) -> JSONResponse:
    link = next_link(request, page.next)
    headers = {"Link": f'<{link}>; rel="next"'} if link else None
    return JSONResponse({"items": items, "next": link}, headers=headers)


def _summary(article: Any) -> dict[str, Any]:
    record: dict[str, Any] = article.to_dict()
    record.pop("body")
    return record


class IngestSettings:
    """Whether ``POST /api/ingest`` is open, and the token it wants.

    Args:
        db: the database file ingests write to.
        allow: ingest was allowed when the server started.
        token: the token a client must send (``Authorization: Bearer TOKEN``); a random one
            when None.
    """

    def __init__(self, db: str, allow: bool = False, token: str | None = None) -> None:
        self.db = db
        self.allow = allow
        self.token = token or secrets.token_urlsafe(24)
        self.lock = threading.Lock()

    def authorised(self, header: str | None) -> bool:
        """True when ingest is allowed and ``header`` carries the token."""
        if not self.allow or not header:
            return False
        scheme, _, value = header.partition(" ")
        return scheme.lower() == "bearer" and secrets.compare_digest(value.strip(), self.token)

    def ingest(self, data: bytes, suffix: str) -> dict[str, Any]:
        """Store the articles in ``data`` (read as a file ending in ``suffix``).

        Raises:
            ConflictError: another ingest through this server is running.
            InputError: nothing in ``data`` could be read as an article.
        """
        if not self.lock.acquire(blocking=False):
            raise ConflictError("an ingest is already running on this server; try again when it has finished")
        try:
            with tempfile.TemporaryDirectory(prefix="onrecord-upload-") as folder:
                path = Path(folder) / f"upload{suffix}"
                path.write_bytes(data)
                with Archive(self.db) as archive:
                    report = archive.ingest([str(path)])
        finally:
            self.lock.release()
        if report.errors and not report.stored and not report.already:
            raise InputError("upload", "; ".join(e.reason for e in report.errors[:3]))
        return report.to_dict()


def _bind(pool: ArchivePool) -> Any:
    def bind(request: Request) -> None:
        request.state.pool = pool

    return bind


def _archive(request: Request) -> Archive:
    """This worker thread's read-only archive."""
    pool: ArchivePool = request.state.pool
    return pool.get()


Store = Annotated[Archive, Depends(_archive)]


def api_router(pool: ArchivePool, ingest: IngestSettings) -> APIRouter:
    """The ``/api`` routes over the archives of ``pool``."""
    router = APIRouter(prefix="/api", responses=_ERRORS, dependencies=[Depends(_bind(pool))])

    @router.get("/articles", response_model=models.ArticlePage, tags=["articles"])
    def list_articles(
        request: Request,
        a: Store,
        outlet: Outlet = None,
        q: Search = None,
        since: Day = None,
        until: Day = None,
        limit: Limit = 50,
        after: After = None,
    ) -> JSONResponse:
        """Articles, newest first, filtered by outlet, publication day and words of the title."""
        page = a.page_articles(
            outlet=outlet,
            query=q,
            since=as_day(since, "since"),
            until=as_day(until, "until"),
            after=after,
            limit=limit,
        )
        return _page(request, page, [_summary(x) for x in page.items])

    @router.get("/articles/{article_id}", response_model=models.ArticleDetail, tags=["articles"])
    def get_article(a: Store, article_id: Id, raw: bool = False) -> JSONResponse:
        """One article: metadata, body, its quotes in body order (and the raw input with `raw=true`)."""
        article = a.article(article_id)
        record = article.to_dict(with_raw=raw)
        record["quotes"] = [q.to_record() for q in a.article_quotes(article_id)]
        return JSONResponse(record)

    @router.get("/quotes", response_model=models.QuotePage, tags=["quotes"])
    def list_quotes(
        request: Request,
        a: Store,
        speaker: SpeakerName = None,
        text: Words = None,
        q: Search = None,
        kind: Literal["direct", "indirect", "mixed"] | None = None,
        attribution: Annotated[
            Literal["speech", "belief", "document", "other"] | None,
            Query(alias="type", description="the kind of attribution (quotes stored without one never match)"),
        ] = None,
        outlet: Outlet = None,
        since: Day = None,
        until: Day = None,
        article: Annotated[str | None, Query(max_length=500, description="an article id")] = None,
        statement: Annotated[str | None, Query(max_length=500, description="a statement id")] = None,
        limit: Limit = 50,
        after: After = None,
    ) -> JSONResponse:
        """Quote records exactly as `onrecord quotes --format jsonl` prints them, newest article first."""
        filters = QuoteFilter(
            speaker=speaker,
            text=text,
            kind=kind,
            type=attribution,
            outlet=outlet,
            since=as_day(since, "since"),
            until=as_day(until, "until"),
            article=article,
            statement=statement,
            query=q,
        )
        page = a.page_quotes(filters, after=after, limit=limit)
        return _page(request, page, [x.to_record() for x in page.items])

    @router.get("/speakers", response_model=models.SpeakerPage, tags=["speakers"])
    def list_speakers(
        request: Request,
        a: Store,
        kind: Literal["person", "organisation", "role"] | None = None,
        q: Annotated[str | None, Query(max_length=500, description="search names and aliases (words, prefix*)")] = None,
        limit: Limit = 50,
        after: After = None,
    ) -> JSONResponse:
        """Speakers, most statements first."""
        page = a.page_speakers(kind=kind, query=q, after=after, limit=limit)
        return _page(request, page, [x.to_dict() for x in page.items])

    @router.get("/speakers/{speaker_id}", response_model=models.SpeakerDetail, tags=["speakers"])
    def get_speaker(request: Request, a: Store, speaker_id: Id, limit: Limit = 50, after: After = None) -> JSONResponse:
        """One speaker (by id, name or alias): aliases, roles, statements newest first, statements per day."""
        return JSONResponse(speaker_record(request, a, speaker_id, limit, after))

    @router.get("/statements", response_model=models.StatementPage, tags=["statements"])
    def list_statements(
        request: Request,
        a: Store,
        speaker: SpeakerName = None,
        text: Words = None,
        q: Search = None,
        since: Day = None,
        until: Day = None,
        min_outlets: Annotated[int | None, Query(ge=1, le=100000)] = None,
        limit: Limit = 50,
        after: After = None,
    ) -> JSONResponse:
        """Statements, newest first, each with every report of it."""
        page = a.page_statements(
            speaker=speaker,
            text=text,
            query=q,
            since=as_day(since, "since"),
            until=as_day(until, "until"),
            min_outlets=min_outlets,
            after=after,
            limit=limit,
        )
        return _page(request, page, [x.to_dict() for x in page.items])

    @router.get("/statements/{statement_id}", response_model=models.StatementOut, tags=["statements"])
    def get_statement(a: Store, statement_id: Id) -> JSONResponse:
        """One statement: every variant (earliest first), who reported it first, relays."""
        return JSONResponse(a.statement(statement_id).to_dict())

    @router.get("/outlets/{name}", response_model=models.OutletOut, tags=["outlets"])
    def get_outlet(request: Request, a: Store, name: Id, limit: Limit = 50, after: After = None) -> JSONResponse:
        """One outlet: its articles (newest first) and the statements it reported first."""
        return JSONResponse(outlet_record(request, a, name, limit, after))

    @router.get("/search", response_model=models.SearchOut, tags=["search"])
    def search(
        request: Request,
        a: Store,
        q: Annotated[str, Query(min_length=1, max_length=500, description='words, "exact phrases", prefix*')],
        limit: Annotated[int, Query(ge=1, le=100)] = 20,
    ) -> JSONResponse:
        """Search statements, speakers, article titles and quotes at once (SQLite FTS5)."""
        return JSONResponse(search_record(request, a, q, limit))

    @router.post(
        "/ingest",
        response_model=models.IngestOut,
        tags=["ingest"],
        responses={
            403: {"model": models.Problem, "content": {PROBLEM_TYPE: {}}, "description": "ingest not allowed"},
            409: {"model": models.Problem, "content": {PROBLEM_TYPE: {}}, "description": "an ingest is running"},
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/x-ndjson": {"schema": {"type": "string"}},
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "properties": {"file": {"type": "string", "format": "binary"}},
                            "required": ["file"],
                        }
                    },
                },
            }
        },
    )
    async def post_ingest(request: Request) -> JSONResponse:
        """Store articles sent as JSON Lines (one `{id, text, published, ...}` a line) or as an
        uploaded file (`file`: .jsonl, .txt, .html, ...). Only on a server started with
        `--allow-ingest`, with `Authorization: Bearer TOKEN`."""
        if not ingest.authorised(request.headers.get("authorization")):
            from onrecord.api.problems import instance, problem

            reason = (
                "this server was started without --allow-ingest"
                if not ingest.allow
                else "send the token printed at start as 'Authorization: Bearer TOKEN'"
            )
            return problem(403, reason, "forbidden", instance(request))
        content_type = request.headers.get("content-type", "")
        suffix = ".jsonl"
        if content_type.startswith("multipart/form-data"):
            form = await request.form()
            upload = form.get("file")
            if upload is None or isinstance(upload, str):
                raise InputError("upload", "send the articles as the form field 'file'")
            data = await upload.read()
            suffix = _safe_suffix(upload.filename or "")
        else:
            data = await request.body()
        if not data.strip():
            raise InputError("upload", "the request holds no articles")
        return JSONResponse(await run_in_threadpool(ingest.ingest, data, suffix))

    return router


def _safe_suffix(filename: str) -> str:
    """The upload's extension when it is one onrecord reads (the rest of the name is never used)."""
    from onrecord.ingest import known_extensions

    suffix = Path(filename.replace("\\", "/")).suffix.lower()
    return suffix if suffix in known_extensions() else ".jsonl"


def speaker_record(request: Request, a: Archive, speaker_id: str, limit: int, after: str | None) -> dict[str, Any]:
    """The speaker dict the API and the speaker page's JSON twin send."""
    found = a.speaker(speaker_id)
    page = a.page_statements(speaker_id=found.id, after=after, limit=limit)
    record = found.to_dict()
    record["statements_list"] = [s.to_dict() for s in page.items]
    record["next"] = next_link(request, page.next)
    record["timeline"] = [{"day": d, "statements": n, "reports": r} for d, n, r in a.speaker_timeline(found.id)]
    return record


def outlet_record(request: Request, a: Archive, name: str, limit: int, after: str | None) -> dict[str, Any]:
    """The outlet dict the API and the outlet page's JSON twin send."""
    outlet = a.outlet(name, after=after, limit=limit)
    record = outlet.to_dict()
    record["recent"]["next"] = next_link(request, outlet.recent.next)
    return record


def search_record(request: Request, a: Archive, q: str, limit: int) -> dict[str, Any]:
    """The search results the API and the search page's JSON twin send, with a next link per kind."""
    results = a.search(q, limit=limit)
    record = results.to_dict()
    for kind in ("statements", "speakers", "articles", "quotes"):
        page = getattr(results, kind)
        record[kind]["next"] = (
            f"/api/{kind}?{urlencode({'q': q, 'limit': limit, 'after': page.next})}" if page.next else None
        )
    return record
