"""The REST API through FastAPI's TestClient: every endpoint, pagination, errors, ingest, read-only serving."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from onrecord.api import CONTENT_SECURITY_POLICY, create_app
from onrecord.archive import Archive
from onrecord.cli import main
from tests.conftest import DATA, SEEDS, WEB_CORPUS, free_port

QUOTE_SCHEMA = json.loads((DATA / "quote.schema.json").read_text())
PROBLEM_KEYS = {"type", "title", "status", "detail", "instance", "code"}


def _ids(web_db: Path) -> dict[str, str]:
    with Archive(web_db) as a:
        statement = a.statements(min_outlets=3)[0]
        return {
            "article": "hh-budget",
            "speaker": statement.speaker_id or "",
            "statement": statement.id,
            "outlet": "Harbour Herald",
        }


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("/api/articles", "items"),
        ("/api/articles?outlet=Northern%20Post&since=2026-05-01&until=2026-05-31", "items"),
        ("/api/articles?q=budget", "items"),
        ("/api/articles/{article}", "quotes"),
        ("/api/articles/{article}?raw=true", "raw"),
        ("/api/quotes", "items"),
        ("/api/quotes?speaker=Kowalczyk&kind=direct&outlet=Harbour%20Herald", "items"),
        ("/api/quotes?q=%22every%20hospital%22", "items"),
        ("/api/quotes?type=speech", "items"),
        ("/api/quotes?statement={statement}", "items"),
        ("/api/speakers", "items"),
        ("/api/speakers?kind=person&q=Kowal*", "items"),
        ("/api/speakers/{speaker}", "statements_list"),
        ("/api/statements", "items"),
        ("/api/statements?speaker=Kowalczyk&min_outlets=2&text=hospital", "items"),
        ("/api/statements/{statement}", "variants"),
        ("/api/outlets/{outlet}", "first_reports"),
        ("/api/search?q=hospital", "statements"),
    ],
)
def test_every_endpoint_answers(client: TestClient, web_db: Path, path: str, key: str) -> None:
    response = client.get(path.format(**_ids(web_db)))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body[key], f"{path}: empty {key}"


def test_quote_records_are_the_cli_records_and_valid(client: TestClient, web_db: Path) -> None:
    api = client.get("/api/quotes", params={"limit": 200}).json()["items"]
    result = CliRunner().invoke(main, ["quotes", "--db", str(web_db), "--format", "jsonl"])
    cli = [json.loads(line) for line in result.output.splitlines()]
    assert api == cli
    for record in api:
        jsonschema.validate(record, QUOTE_SCHEMA)
    article = client.get("/api/articles/hh-budget").json()
    for record in article["quotes"]:
        jsonschema.validate(record, QUOTE_SCHEMA)
        assert article["body"][record["start"] : record["end"]] == record["text"]


@pytest.mark.parametrize("kind", ["speech", "belief", "document", "other"])
def test_quotes_filter_on_the_attribution_type(client: TestClient, kind: str) -> None:
    every = client.get("/api/quotes", params={"limit": 200}).json()["items"]
    typed = client.get("/api/quotes", params={"limit": 200, "type": kind}).json()["items"]
    assert typed == [r for r in every if r.get("type") == kind]


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("/api/articles", "id"),
        ("/api/quotes", "quote_id"),
        ("/api/speakers", "id"),
        ("/api/statements", "id"),
        ("/api/quotes?q=budget", "quote_id"),
        ("/api/statements?q=budget", "id"),
        ("/api/articles?q=budget", "id"),
        ("/api/quotes?q=hospital*&speaker=Kowalczyk", "quote_id"),
        ("/api/statements?q=%22would%20not%22", "id"),
    ],
)
@pytest.mark.parametrize("size", [1, 2, 3])
def test_pagination_round_trip(client: TestClient, path: str, key: str, size: int) -> None:
    join = "&" if "?" in path else "?"
    everything = [r[key] for r in client.get(f"{path}{join}limit=200").json()["items"]]
    seen: list[str] = []
    url: str | None = f"{path}{join}limit={size}"
    while url:
        response = client.get(url)
        assert response.status_code == 200
        page = response.json()
        assert len(page["items"]) <= size
        seen += [r[key] for r in page["items"]]
        url = page["next"]
        if url:
            assert response.headers["link"] == f'<{url}>; rel="next"'
    assert seen == everything
    assert len(set(seen)) == len(seen) > 1


def _problem(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert set(body) == PROBLEM_KEYS
    assert (body["status"], body["code"]) == (status, code)
    assert body["detail"]
    return body


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/api/quotes?after=not-a-cursor", 400, "bad_input"),
        ("/api/statements?after=WyJhIl0", 400, "bad_input"),
        ("/api/articles?since=someday", 400, "bad_option"),
        ("/api/articles/nope", 404, "not_found"),
        ("/api/statements/nope", 404, "not_found"),
        ("/api/speakers/nobody", 404, "not_found"),
        ("/api/outlets/Nowhere%20Times", 404, "not_found"),
        ("/api/nothing-here", 404, "not_found"),
        ("/api/quotes?limit=0", 422, "invalid_request"),
        ("/api/quotes?limit=many", 422, "invalid_request"),
        ("/api/quotes?kind=sung", 422, "invalid_request"),
        ("/api/quotes?type=sung", 422, "invalid_request"),
        ("/api/search", 422, "invalid_request"),
    ],
)
def test_errors_are_problem_details(client: TestClient, path: str, status: int, code: str) -> None:
    body = _problem(client.get(path), status, code)
    assert body["instance"] == path.split("?")[0]


def test_unexpected_error_is_a_500_problem(web_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Archive, "page_quotes", broken)
    with TestClient(create_app(web_db), raise_server_exceptions=False) as c:
        body = _problem(c.get("/api/quotes"), 500, "error")
    assert "disk on fire" not in body["detail"]


def test_security_headers_and_self_contained_docs(client: TestClient) -> None:
    for path in ("/api/quotes", "/api/docs", "/"):
        assert client.get(path).headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "script-src 'none'" in CONTENT_SECURITY_POLICY
    spec = client.get("/api/openapi.json").json()
    assert {"/api/quotes", "/api/statements/{statement_id}", "/api/search", "/api/ingest"} <= set(spec["paths"])
    docs = client.get("/api/docs").text
    assert "<script" not in docs.replace('<script type="application/ld+json">', "")
    assert "src=" not in docs and 'href="http' not in docs
    assert "/api/quotes" in docs and "QuoteOut" in docs


# ---------------------------------------------------------------- ingest
LINE = json.dumps(
    {
        "id": "new-1",
        "outlet": "Test Post",
        "published": "2026-06-01",
        "text": "The mayor said the bridge would reopen on Friday.",
    }
)


@pytest.fixture()
def copy_db(web_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy.db"
    shutil.copy(web_db, target)
    return target


@pytest.mark.parametrize(
    ("allow", "header"),
    [(False, None), (False, "Bearer secret"), (True, None), (True, "Bearer wrong"), (True, "Basic secret")],
)
def test_ingest_is_forbidden_without_the_flag_and_the_token(copy_db: Path, allow: bool, header: str | None) -> None:
    with TestClient(create_app(copy_db, allow_ingest=allow, token="secret")) as c:
        headers = {"Authorization": header} if header else {}
        _problem(c.post("/api/ingest", content=LINE, headers=headers), 403, "forbidden")
        assert c.get("/api/articles/new-1").status_code == 404


def test_ingest_with_the_token_stores_jsonl_and_uploads(copy_db: Path, tmp_path: Path) -> None:
    with TestClient(create_app(copy_db, allow_ingest=True, token="secret")) as c:
        auth = {"Authorization": "Bearer secret"}
        response = c.post("/api/ingest", content=LINE, headers={**auth, "Content-Type": "application/x-ndjson"})
        assert response.status_code == 200, response.text
        assert response.json()["new"] == 1
        assert c.get("/api/articles/new-1").json()["outlet"] == "Test Post"
        text = (SEEDS / "000_bdbef122728239ac.txt").read_bytes()
        upload = c.post("/api/ingest", files={"file": ("../../etc/seed.txt", text, "text/plain")}, headers=auth)
        assert upload.status_code == 200, upload.text
        assert upload.json()["new"] == 1 and upload.json()["quotes"] > 5
        _problem(c.post("/api/ingest", content=b"  ", headers=auth), 400, "bad_input")
        _problem(c.post("/api/ingest", content=b"not json\n", headers=auth), 400, "bad_input")
    assert not list(tmp_path.glob("**/seed.txt"))


def test_a_second_ingest_at_once_is_a_conflict(copy_db: Path) -> None:
    app = create_app(copy_db, allow_ingest=True, token="secret")
    with TestClient(app) as c, app.state.ingest.lock:
        response = c.post("/api/ingest", content=LINE, headers={"Authorization": "Bearer secret"})
        _problem(response, 409, "conflict")


def test_token_from_the_environment(copy_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONRECORD_TOKEN", "from-env")
    app = create_app(copy_db, allow_ingest=True)
    assert app.state.ingest.token == "from-env"
    monkeypatch.delenv("ONRECORD_TOKEN")
    assert len(create_app(copy_db, allow_ingest=True).state.ingest.token) >= 24


# ------------------------------------------------------ reading while another process writes
def test_reads_are_read_only_and_go_on_while_another_process_ingests(copy_db: Path) -> None:
    app = create_app(copy_db)
    with TestClient(app) as c:
        before = len(c.get("/api/articles", params={"limit": 200}).json()["items"])
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            app.state.pool.get().connection.execute("DELETE FROM articles")
        writer = subprocess.Popen(
            [sys.executable, "-m", "onrecord.cli", "ingest", str(SEEDS), "--db", str(copy_db), "--no-progress"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        statuses = []
        while writer.poll() is None:
            statuses.append(c.get("/api/quotes", params={"limit": 5}).status_code)
            statuses.append(c.get("/api/statements", params={"limit": 5}).status_code)
            time.sleep(0.05)
        assert writer.returncode == 0, writer.stderr.read() if writer.stderr else ""
        assert statuses and set(statuses) == {200}
        after = len(c.get("/api/articles", params={"limit": 200}).json()["items"])
    assert after == before + 2


def test_serving_a_missing_database_is_an_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no such database" in result.output
    assert WEB_CORPUS.exists()


@pytest.mark.parametrize(
    ("args", "host", "port"),
    [([], "127.0.0.1", 8080), (["--host", "0.0.0.0", "--port", "9000"], "0.0.0.0", 9000)],
)
def test_serve_binds_localhost_unless_told(
    web_db: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], host: str, port: int
) -> None:
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    result = CliRunner().invoke(main, ["serve", "--db", str(web_db), *args])
    assert result.exit_code == 0, result.output
    assert (calls[0]["host"], calls[0]["port"]) == (host, port)
    assert f"http://{host}:{port}/" in result.output


def test_serve_with_several_workers_shares_one_app_recipe(web_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import socket

    from uvicorn import supervisors

    from onrecord.api.app import app_from_environment

    started: list[tuple[Any, list[socket.socket]]] = []

    class FakeSupervisor:
        def __init__(self, config: Any, sockets: list[socket.socket]) -> None:
            started.append((config, sockets))

        def run(self) -> None:
            for sock in started[0][1]:
                sock.close()

    monkeypatch.setattr(supervisors, "Multiprocess", FakeSupervisor)
    for key in ("ONRECORD_SERVE_DB", "ONRECORD_SERVE_INGEST", "ONRECORD_TOKEN"):
        monkeypatch.setenv(key, "")  # so that what serve sets is undone after the test
        monkeypatch.delenv(key)
    port = free_port()
    args = ["serve", "--db", str(web_db), "--workers", "2", "--allow-ingest", "--port", str(port)]
    nodelay: list[int] = []
    real_close = socket.socket.close

    def closing(sock: socket.socket) -> None:
        nodelay.append(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
        real_close(sock)

    monkeypatch.setattr(socket.socket, "close", closing)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    config, sockets = started[0]
    assert config.app == "onrecord.api.app:app_from_environment" and config.factory and config.workers == 2
    assert config.host == "127.0.0.1" and sockets[0].family == socket.AF_INET
    assert nodelay and nodelay[0] == 1
    token = os.environ["ONRECORD_TOKEN"]
    assert f"Bearer {token}" in result.output
    app = app_from_environment()  # what each worker process builds
    assert app.state.ingest.allow and app.state.ingest.token == token
