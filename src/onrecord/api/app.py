"""The server: REST API under ``/api``, web pages at ``/``, one error shape, strict security headers."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from onrecord.api.deps import ArchivePool
from onrecord.api.problems import instance, problem, problem_for
from onrecord.api.routes import IngestSettings, api_router
from onrecord.archive import Archive
from onrecord.errors import OnrecordError, StoreError

__all__ = ["CONTENT_SECURITY_POLICY", "app_from_environment", "create_app", "run", "serve_environment"]

#: No script runs on any page (data included in a page can never execute), nothing loads from elsewhere.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
_STATIC = Path(__file__).resolve().parent.parent / "web" / "static"


def create_app(db: str | Path, *, allow_ingest: bool = False, token: str | None = None) -> FastAPI:
    """Build the server for the archive at ``db``.

    Args:
        db: the database file (it must exist; it is migrated here if it is older).
        allow_ingest: open ``POST /api/ingest``.
        token: the token ingest wants (default: env ``ONRECORD_TOKEN``, else a random one,
            readable as ``app.state.ingest.token``).

    Raises:
        StoreError: the database does not exist or cannot be opened.
    """
    path = str(db)
    if not Path(path).is_file():
        raise StoreError(f"{path}: no such database (create it with onrecord ingest)")
    with Archive(path):  # migrate once, writing; every request then reads through mode=ro
        pass
    pool = ArchivePool(path)
    ingest = IngestSettings(path, allow_ingest, token or os.environ.get("ONRECORD_TOKEN") or None)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(
        title="onrecord",
        summary="Who said what, when, and who reported it.",
        version=_version(),
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.pool = pool
    app.state.ingest = ingest
    app.include_router(api_router(pool, ingest))

    from onrecord.web.pages import docs_router, pages_router

    app.include_router(docs_router(app))
    app.include_router(pages_router(pool))
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")
    _handlers(app)
    app.add_middleware(SecurityHeaders)
    return app


class SecurityHeaders:
    """ASGI middleware: every HTTP response carries the Content-Security-Policy and its companions."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.headers = [(k.lower().encode(), v.encode()) for k, v in _HEADERS.items()]

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)


def _version() -> str:
    from onrecord import __version__

    return __version__


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api/") or path.endswith(".json"):
        return False
    accept = request.headers.get("accept", "")
    return "application/json" not in accept


def _handlers(app: FastAPI) -> None:
    from onrecord.web.pages import error_page

    def respond(request: Request, status: int, detail: str, code: str) -> Response:
        if _wants_html(request):
            return error_page(request, status, detail)
        return problem(status, detail, code, instance(request))

    @app.exception_handler(OnrecordError)
    async def library_error(request: Request, exc: OnrecordError) -> Response:
        if _wants_html(request):
            return error_page(request, exc.status, str(exc))
        return problem_for(exc, instance(request))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for error in exc.errors():
            where = ".".join(str(p) for p in error.get("loc", ()))
            parts.append(f"{where}: {error.get('msg', 'invalid')}")
        return respond(request, 422, "; ".join(parts) or "invalid request", "invalid_request")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        response = respond(request, exc.status_code, str(exc.detail), code)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        return respond(request, 500, f"internal error ({type(exc).__name__}); the server log has the details", "error")


_ENV_DB, _ENV_INGEST, _ENV_TOKEN = "ONRECORD_SERVE_DB", "ONRECORD_SERVE_INGEST", "ONRECORD_TOKEN"


def serve_environment(db: str | Path, allow_ingest: bool, token: str) -> dict[str, str]:
    """The environment :func:`app_from_environment` reads (for server processes started by uvicorn)."""
    return {_ENV_DB: str(db), _ENV_INGEST: "1" if allow_ingest else "", _ENV_TOKEN: token}


def app_from_environment() -> FastAPI:
    """The app for one of several server processes: database, ingest and token from the environment.

    Raises:
        StoreError: ``ONRECORD_SERVE_DB`` is unset or not a database.
    """
    db = os.environ.get(_ENV_DB)
    if not db:
        raise StoreError(f"{_ENV_DB} is not set: start the server with onrecord serve")
    return create_app(db, allow_ingest=bool(os.environ.get(_ENV_INGEST)), token=os.environ.get(_ENV_TOKEN))


def run(app: FastAPI, host: str = "127.0.0.1", port: int = 8080, workers: int = 1) -> None:
    """Serve ``app`` (made by :func:`create_app`) until interrupted, in ``workers`` processes.

    Several processes each build the same app from the environment (one ingest token for all)
    and share one listening socket.
    """
    import socket

    import uvicorn

    if workers <= 1:
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    from uvicorn.supervisors import Multiprocess

    os.environ.update(serve_environment(app.state.pool.path, app.state.ingest.allow, app.state.ingest.token))
    config = uvicorn.Config(
        "onrecord.api.app:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
    )
    sock = config.bind_socket()
    # the workers receive this socket from the parent and asyncio leaves Nagle on for connections
    # accepted from it: without TCP_NODELAY every keep-alive reply waits ~40 ms for a delayed ACK
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    Multiprocess(config, sockets=[sock]).run()
