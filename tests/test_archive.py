from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from onrecord.archive import Archive
from onrecord.errors import NotFoundError
from tests.conftest import SEEDS


def test_ingest_twice_stores_once(archive: Archive) -> None:
    first = archive.ingest([str(SEEDS)])
    assert (first.new, first.already, len(first.errors)) == (2, 0, 0)
    assert first.quotes > 20
    again = archive.ingest([str(SEEDS)])
    assert (again.new, again.already, again.quotes) == (0, 2, 0)
    assert archive.count_articles() == 2


def test_changed_article_with_same_id_is_updated(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x1", "text": "The minister said talks would resume."}) + "\n")
    assert archive.ingest([str(path)]).new == 1
    path.write_text(json.dumps({"id": "x1", "text": "The minister said talks would resume on Monday."}) + "\n")
    report = archive.ingest([str(path)])
    assert (report.new, report.updated) == (0, 1)
    assert "Monday" in archive.article("x1").body


def test_bad_inputs_are_skipped_and_the_rest_stored(archive: Archive, tmp_path: Path) -> None:
    shutil.copy(SEEDS / "000_bdbef122728239ac.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    report = archive.ingest([str(tmp_path), str(tmp_path / "missing.txt")])
    assert report.new == 1
    assert sorted(Path(e.source).name for e in report.errors) == ["empty.txt", "missing.txt", "photo.txt"]


def test_interrupted_ingest_leaves_whole_articles_and_rerun_completes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "x.db"
    for i in range(6):
        (tmp_path / f"a{i}.txt").write_text(f"Article number {i}. The minister said talks would resume on day {i}.")
    import onrecord.archive as module

    calls = {"n": 0}
    real = module.store.put_article

    def flaky(conn: object, article: object) -> None:
        calls["n"] += 1
        if calls["n"] == 4:
            raise KeyboardInterrupt
        real(conn, article)  # type: ignore[arg-type]

    monkeypatch.setattr(module.store, "put_article", flaky)
    with Archive(db) as archive, pytest.raises(KeyboardInterrupt):
        archive.ingest([str(tmp_path / "*.txt")], batch_size=2)
    monkeypatch.setattr(module.store, "put_article", real)
    with Archive(db) as archive:
        assert archive.count_articles() == 2  # the first batch, whole; the interrupted one rolled back
        for article in archive.articles():
            assert article.body.startswith("Article number")
        report = archive.ingest([str(tmp_path / "*.txt")])
        assert (report.new, report.already) == (4, 2)
        assert archive.count_articles() == 6


def test_queries(archive: Archive) -> None:
    archive.ingest([str(SEEDS)])
    assert [a.outlet for a in archive.articles(outlet="ians")] == ["IANS"]
    assert len(archive.articles(since="2025-12-11")) == 1
    assert len(archive.articles(until="2025-12-10")) == 1
    with pytest.raises(NotFoundError, match="no article"):
        archive.article("nope")
    peskov = archive.quotes(speaker="Peskov")
    assert peskov and all(q.speaker and q.speaker.name == "Dmitry Peskov" for q in peskov)
    ceasefire = archive.quotes(text="ceasefire", kind="direct")
    assert {q.text for q in ceasefire} >= {"We are working on peace, not a ceasefire"}
    body = archive.article(peskov[0].article_id).body
    for q in archive.quotes():
        assert body.count("") and q.text == archive.article(q.article_id).body[q.start : q.end]


def test_statements_from_the_seeds(archive: Archive) -> None:
    archive.ingest([str(SEEDS)])
    peace = archive.statements(text="peace ceasefire", speaker="Peskov")
    biggest = max(peace, key=lambda s: len(s.variants))
    wordings = {v.text for v in biggest.variants}
    assert {"We are working on peace, not on a ceasefire", "We are working on peace, not a ceasefire"} <= wordings
    assert "Russia is prioritising lasting and sustainable peace in Ukraine over a ceasefire" in wordings
    assert biggest.speaker_name == "Dmitry Peskov" and biggest.said_on == "2025-12-10"
    quotes = archive.quotes(statement=biggest.id)
    assert {q.statement_id for q in quotes} == {biggest.id}
    lasting = [s for s in archive.statements(text="absolute priority")]
    assert len(lasting) == 1 and len(lasting[0].variants) == 2
    assert archive.statement(biggest.id).id == biggest.id
    with pytest.raises(NotFoundError):
        archive.statement("s-none")


def _state(archive: Archive) -> tuple[set[frozenset[str]], set[tuple[str, str]]]:
    statements: dict[str, set[str]] = {}
    speakers = set()
    for q in archive.quotes():
        statements.setdefault(q.statement_id or "", set()).add(q.text)
        speakers.add((q.text, q.speaker.id if q.speaker else ""))
    return {frozenset(v) for v in statements.values()}, speakers


def test_result_does_not_depend_on_ingest_order(tmp_path: Path) -> None:
    files = sorted(SEEDS.glob("*.txt"))
    with Archive(tmp_path / "forward.db") as forward:
        for f in files:
            forward.ingest([str(f)])
        expected = _state(forward)
    with Archive(tmp_path / "backward.db") as backward:
        for f in reversed(files):
            backward.ingest([str(f)])
        assert _state(backward) == expected
    with Archive(tmp_path / "together.db") as together:
        together.ingest([str(f) for f in files])
        assert _state(together) == expected


_PEOPLE = ["Anna Berg", "Luis Pardo", "Marta Kowalczyk", "Tomas Brandl", "Ines Duarte", "Karl Weiss", "Olga Petrova"]


def _batch(path: Path, n: int = 7) -> Path:
    lines = []
    for i in range(n):
        name = _PEOPLE[i % len(_PEOPLE)]
        text = (
            f"Talks on the port dispute, day {i}.\n\n"
            f'"We will not accept a deal that cuts {10 + i} jobs," {name} told reporters on Monday.\n\n'
            f"{name.split()[-1]} said the union would meet again on Friday."
        )
        lines.append(json.dumps({"id": f"art{i}", "text": text, "published": "2027-03-10"}))
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.mark.parametrize("stage", ["store", "speakers", "link"])
def test_a_failing_article_is_skipped_and_the_rest_of_its_batch_stored(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    import onrecord.link as link
    import onrecord.resolve.speakers as speakers
    import onrecord.store as store

    victim = "art3"
    if stage == "store":
        real_put = store.put_quotes

        def put_quotes(conn: object, article_id: str, quotes: object) -> None:
            if article_id == victim:
                raise RuntimeError("disk says no")
            real_put(conn, article_id, quotes)  # type: ignore[arg-type]

        monkeypatch.setattr(store, "put_quotes", put_quotes)
    elif stage == "speakers":
        real_resolve = speakers.resolve_article_speakers

        def resolve(conn: object, items: object) -> set[str]:
            items = list(items)  # type: ignore[call-overload]
            if any(article.id == victim for article, _ in items):
                raise ValueError("odd name")
            return real_resolve(conn, items)  # type: ignore[arg-type]

        monkeypatch.setattr(speakers, "resolve_article_speakers", resolve)
    else:
        real_relink = link.link_changes
        victim_speaker = "Tomas Brandl"

        def relink(conn: object, ids: object, options: object = None, whole: object = ()) -> int:
            ids = set(ids)  # type: ignore[call-overload]
            names = {r[0] for r in conn.execute("SELECT name FROM speakers")}  # type: ignore[attr-defined]
            stored = {r[0] for r in conn.execute("SELECT id FROM articles")}  # type: ignore[attr-defined]
            if victim_speaker in names and victim in stored:
                raise ArithmeticError("bad vector")
            return real_relink(conn, ids, options, whole)  # type: ignore[arg-type]

        monkeypatch.setattr(link, "link_changes", relink)
    report = archive.ingest([str(_batch(tmp_path / "batch.jsonl"))])
    assert [(e.location, Path(e.source).name) for e in report.errors] == [(victim, "batch.jsonl")]
    assert report.new == 6
    ids = {a.id for a in archive.articles()}
    assert ids == {f"art{i}" for i in range(7)} - {victim}
    quotes = archive.quotes()
    assert {q.article_id for q in quotes} == ids
    assert all(q.statement_id for q in quotes)
    assert {s.id for s in archive.statements()} == {q.statement_id for q in quotes}
    assert str(report.errors[0]).startswith(f"{tmp_path / 'batch.jsonl'}, {victim}: cannot be stored (")


def test_batches_end_at_the_same_inputs_when_a_rerun_skips_what_is_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import onrecord.archive as module

    batches: list[list[str]] = []
    real_store = module.Archive._store

    def spy(self: Archive, ready: list) -> None:  # type: ignore[type-arg]
        batches.append([r.article.id for r, _ in ready])
        real_store(self, ready)

    monkeypatch.setattr(module.Archive, "_store", spy)
    source = _batch(tmp_path / "batch.jsonl")
    with Archive(tmp_path / "a.db") as archive:
        archive.ingest([str(source)], batch_size=3)
    clean = list(batches)
    batches.clear()
    with Archive(tmp_path / "b.db") as archive:
        partial = tmp_path / "first.jsonl"
        partial.write_text("".join(source.read_text().splitlines(keepends=True)[:3]))
        archive.ingest([str(partial)], batch_size=3)
        batches.clear()
        archive.ingest([str(source)], batch_size=3)
    assert clean == [["art0", "art1", "art2"], ["art3", "art4", "art5"], ["art6"]]
    assert batches == clean[1:]


def test_a_dateline_without_its_year_takes_the_year_of_its_batch(tmp_path: Path) -> None:
    from datetime import date

    from onrecord.clean import CleanOptions
    from onrecord.pipeline import PipelineOptions

    # 9 March is a Monday in 2026 and a Tuesday in 2027: the wire's weekdays fit both years
    (tmp_path / "wire.txt").write_text(
        "Harbour board shuts east quay\n\n"
        "PELLWORTH, March 9 (Norland Wire) - The harbour board said on Monday it would shut the east quay.\n\n"
        '"We have no choice," its chair, Odile Branner, said on Monday.\n'
    )
    (tmp_path / "paper.txt").write_text(
        "East quay to close\n\nPublished 10 March 2027\n\n"
        'The harbour board will shut the east quay, its chair said. "It is a sad day," said Odile Branner.\n'
    )
    (tmp_path / "weekly.txt").write_text(
        "Quay closure\n\nPublished 16 March 2027\n\nThe east quay has shut, the harbour board said.\n"
    )
    options = PipelineOptions(clean=CleanOptions(today=date(2026, 12, 5)))
    with Archive(":memory:", options) as archive:
        archive.ingest([str(tmp_path / "wire.txt")])
        alone = {a.source: a.published for a in archive.articles()}
    with Archive(":memory:", options) as archive:
        archive.ingest([str(tmp_path / name) for name in ("wire.txt", "paper.txt", "weekly.txt")])
        wire = next(a for a in archive.articles() if Path(a.source or "").name == "wire.txt")
        days = {q.said_on for q in archive.quotes(article=wire.id)}
    assert list(alone.values()) == ["2026-03-09"]  # (the weekdays alone: the clock's year)
    assert wire.published == "2027-03-09"
    assert days == {"2027-03-08"}  # "on Monday" in a story filed on Tuesday


def test_a_day_the_gate_withholds_is_published_by_neither_extract_nor_ingest_but_kept_for_linking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from onrecord.attribute import day_gate
    from onrecord.extract import extract_document
    from onrecord.ingest.jsonl import document_from_record
    from onrecord.tagger.gate import Gate

    monkeypatch.setenv("ONRECORD_DAY_GATE", "on")
    # a gate that doubts every day the rules infer (never a stated one)
    monkeypatch.setattr(day_gate, "load_day_gate", lambda: Gate(("src_dateline",), (-10.0,), 5.0, 0.5))
    record = {
        "id": "w1",
        "published": "2027-03-04",
        "text": "Mill to close\n\nORMSBY, March 3 (Harbour Wire) - The owners of the Tolvern paper mill said on "
        'Tuesday it would close in May.\n\n"It is a sad day for the valley," said Bea Harrow, the mill\'s manager.\n',
    }
    _, extracted = extract_document(document_from_record(record, "w1.jsonl", None, "jsonl"))
    path = tmp_path / "w1.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with Archive(":memory:") as archive:
        archive.ingest([str(path)])
        stored = sorted(archive.quotes(), key=lambda q: q.start)
        link_days = dict(archive.connection.execute("SELECT text, link_day FROM quotes").fetchall())
    assert [q.said_on for q in extracted] == [q.said_on for q in stored] == ["2027-03-02", None]
    sad = stored[1]
    assert (sad.withheld_said_on, sad.withheld_said_on_source) == ("2027-03-03", "dateline")
    assert link_days[sad.text] == "2027-03-03"
    assert all(not k.startswith("withheld") for q in stored for k in q.to_record())
