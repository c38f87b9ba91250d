"""Server-rendered pages; each has a JSON twin (``.json`` suffix or ``Accept: application/json``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from onrecord import jsonld
from onrecord.api.app import CONTENT_SECURITY_POLICY
from onrecord.api.deps import ArchivePool
from onrecord.api.routes import next_link, outlet_record, search_record, speaker_record
from onrecord.archive import Archive
from onrecord.model import Speaker, Statement
from onrecord.store import Page
from onrecord.web import svg, views

__all__ = ["docs_router", "error_page", "pages_router"]

_TEMPLATES = Path(__file__).resolve().parent / "templates"
_SPEAKER_PAGE = 20  # statements per speaker page (the next ones through the "next" link)
_ENV = Environment(
    loader=FileSystemLoader(_TEMPLATES),
    autoescape=select_autoescape(("html",), default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
_ENV.globals.update(path_for=views.path_for, safe_href=views.safe_href, word_diff=views.word_diff)
_SECURITY = {"Content-Security-Policy": CONTENT_SECURITY_POLICY, "X-Content-Type-Options": "nosniff"}
Text = Annotated[str | None, Query(max_length=500)]
After = Annotated[str | None, Query(max_length=2000)]


def _twin(request: Request, ident: str) -> tuple[str, bool]:
    """The id without a ``.json`` suffix, and whether the JSON twin was asked for."""
    if ident.endswith(".json"):
        return ident[: -len(".json")], True
    return ident, "application/json" in request.headers.get("accept", "")


def _html(template: str, http_status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(_ENV.get_template(template).render(**context), status_code=http_status, headers=_SECURITY)


def error_page(request: Request, status: int, detail: str) -> HTMLResponse:
    """The HTML page for an error on a page route (API routes answer with problem+json)."""
    return _html("error.html", status, status=status, detail=detail, title=f"Error {status}")


def pages_router(pool: ArchivePool) -> APIRouter:
    """The web pages over the archives of ``pool``."""
    router = APIRouter(include_in_schema=False)

    def home(request: Request, q: str | None, as_json: bool) -> Response:
        a = pool.get()
        results = search_record(request, a, q, 20) if q and q.strip() else None
        recent: Page[Statement] = a.page_statements(limit=10) if results is None else Page()
        top: Page[Speaker] = a.page_speakers(limit=10) if results is None else Page()
        if as_json:
            return JSONResponse(
                {
                    "search": results,
                    "recent_statements": [s.to_dict() for s in recent.items],
                    "top_speakers": [s.to_dict() for s in top.items],
                }
            )
        site = {
            "@type": "WebSite",
            "name": "onrecord",
            "potentialAction": {"@type": "SearchAction", "target": "/search?q={query}", "query-input": "required"},
        }
        return _html(
            "home.html",
            title=f"Search: {q}" if results else "onrecord",
            q=q or "",
            results=results,
            recent=recent.items,
            top=top.items,
            jsonld=jsonld.script_json(jsonld.document(site)),
        )

    @router.get("/", response_class=HTMLResponse)
    def index(request: Request, q: Text = None) -> Response:
        return home(request, q, _twin(request, "")[1])

    @router.get("/index.json")
    def index_json(request: Request, q: Text = None) -> Response:
        return home(request, q, True)

    @router.get("/search", response_class=HTMLResponse)
    def search(request: Request, q: Text = None) -> Response:
        return home(request, q, _twin(request, "")[1])

    @router.get("/search.json")
    def search_json(request: Request, q: Text = None) -> Response:
        return home(request, q, True)

    @router.get("/statements/{ident}", response_class=HTMLResponse)
    def statement(request: Request, ident: str) -> Response:
        statement_id, as_json = _twin(request, ident)
        found = pool.get().statement(statement_id)
        chain = views.relay_chain(found)
        if as_json:
            record = found.to_dict()
            record["relay_chain"] = [step.to_dict() for step in chain]
            record["differences"] = {
                v.quote_id: [word for word, _, differs in views.word_diff(found.text, v.text) if differs]
                for v in found.variants
            }
            return JSONResponse(record)
        return _html(
            "statement.html",
            title=f"{found.speaker_name or 'Unknown speaker'}: {found.text[:80]}",
            s=found,
            chain=chain,
            timeline=svg.spread_svg(found),
            jsonld=jsonld.script_json(jsonld.document(jsonld.statement_ld(found))),
        )

    @router.get("/speakers/{ident}", response_class=HTMLResponse)
    def speaker(request: Request, ident: str, after: After = None) -> Response:
        speaker_id, as_json = _twin(request, ident)
        a = pool.get()
        if as_json:
            return JSONResponse(speaker_record(request, a, speaker_id, _SPEAKER_PAGE, after))
        found = a.speaker(speaker_id)
        said = a.page_statements(speaker_id=found.id, after=after, limit=_SPEAKER_PAGE)
        return _html(
            "speaker.html",
            title=found.name,
            sp=found,
            statements=said.items,
            next=next_link(request, said.next),
            timeline=svg.speaker_timeline_svg(a.speaker_timeline(found.id)),
            jsonld=jsonld.script_json(jsonld.document(jsonld.speaker_ld(found))),
        )

    @router.get("/articles/{ident}", response_class=HTMLResponse)
    def article(request: Request, ident: str, raw: bool = False) -> Response:
        article_id, as_json = _twin(request, ident)
        a: Archive = pool.get()
        found = a.article(article_id)
        quotes = a.article_quotes(article_id)
        if as_json:
            record = found.to_dict(with_raw=raw)
            record["quotes"] = [q.to_record() for q in quotes]
            return JSONResponse(record)
        return _html(
            "article.html",
            title=found.title or found.id,
            art=found,
            quotes=quotes,
            pieces=views.article_pieces(found, quotes),
            raw=raw,
            jsonld=jsonld.script_json(jsonld.document(jsonld.article_ld(found, quotes))),
        )

    @router.get("/outlets/{ident:path}", response_class=HTMLResponse)
    def outlet(request: Request, ident: str, after: After = None) -> Response:
        name, as_json = _twin(request, ident)
        a = pool.get()
        if as_json:
            return JSONResponse(outlet_record(request, a, name, 50, after))
        found = a.outlet(name, after=after, limit=50)
        return _html(
            "outlet.html",
            title=found.name,
            o=found,
            next=next_link(request, found.recent.next),
            jsonld=jsonld.script_json(jsonld.document(jsonld.outlet_ld(found.name))),
        )

    return router


def docs_router(app: FastAPI) -> APIRouter:
    """``/api/docs``: the OpenAPI document as a plain page, rendered here (nothing loaded from elsewhere)."""
    router = APIRouter(include_in_schema=False)

    @router.get("/api/docs", response_class=HTMLResponse)
    def docs() -> HTMLResponse:
        spec = app.openapi()
        operations = []
        for path, methods in spec.get("paths", {}).items():
            for method, op in methods.items():
                responses = [
                    (code, r.get("description", ""), _ref_name(r))
                    for code, r in sorted(op.get("responses", {}).items())
                ]
                params = [
                    {
                        "name": p["name"],
                        "in": p["in"],
                        "required": p.get("required", False),
                        "type": _type_name(p.get("schema", {})),
                        "description": p.get("description", ""),
                    }
                    for p in op.get("parameters", [])
                ]
                operations.append(
                    {
                        "method": method.upper(),
                        "path": path,
                        "summary": op.get("summary", ""),
                        "description": op.get("description", ""),
                        "params": params,
                        "responses": responses,
                        "anchor": f"{method}-{path}".replace("/", "-").replace("{", "").replace("}", ""),
                    }
                )
        schemas = sorted(spec.get("components", {}).get("schemas", {}).items())
        return _html(
            "docs.html",
            title="API reference",
            info=spec.get("info", {}),
            operations=operations,
            schemas=[(name, s.get("description", ""), _fields(s)) for name, s in schemas],
        )

    return router


def _type_name(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " | ".join(_type_name(s) for s in schema["anyOf"])
    if "enum" in schema:
        return " | ".join(repr(v) for v in schema["enum"])
    if schema.get("type") == "array":
        return f"list of {_type_name(schema.get('items', {}))}"
    return str(schema.get("type", "any"))


def _ref_name(response: dict[str, Any]) -> str:
    for content in response.get("content", {}).values():
        schema = content.get("schema")
        if schema:
            return _type_name(schema)
    return ""


def _fields(schema: dict[str, Any]) -> list[tuple[str, str, bool]]:
    required = set(schema.get("required", []))
    return [(name, _type_name(s), name in required) for name, s in schema.get("properties", {}).items()]
