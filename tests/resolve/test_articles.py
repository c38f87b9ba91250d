from __future__ import annotations

import json
from pathlib import Path

from onrecord.archive import Archive

STORY = (
    "LISBON, March 4 (Meridian) - Portugal's port workers will strike from Monday, union leader Ana Ruiz said on "
    "Wednesday, after talks with the port authority broke down over pay.\n\n"
    '"We have waited two years for a fair offer, and we will not wait any longer," Ruiz told reporters outside '
    "the union's headquarters.\n\n"
    "The port authority said in a statement that it regretted the decision and remained open to talks.\n\n"
    "Transport minister Luis Pardo said the government would not intervene in the dispute."
)


def test_syndicated_copy_points_to_the_original_and_counts_once(tmp_path: Path) -> None:
    copy = STORY.replace("LISBON, March 4 (Meridian) -", "LISBON (Harbour Courier) -").rsplit("\n\n", 1)[0]
    rows = [
        {
            "id": "copy",
            "published": "2026-03-05",
            "outlet": "Harbour Courier",
            "title": "Strike from Monday",
            "text": copy,
        },
        {
            "id": "original",
            "published": "2026-03-04",
            "outlet": "Meridian",
            "title": "Port workers to strike",
            "text": STORY,
        },
    ]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows))
    with Archive(":memory:") as archive:
        archive.ingest([str(path)])
        assert archive.article("copy").duplicate_of == "original"
        assert archive.article("original").duplicate_of is None
        statement = archive.statements(text="fair offer")[0]
        assert len(statement.variants) == 2
        assert statement.first_seen is not None and statement.first_seen.outlet == "Meridian"
        assert {v.duplicate_of for v in statement.variants} == {None, "original"}
        reports = archive.connection.execute("SELECT reports FROM statements WHERE id = ?", (statement.id,)).fetchone()[
            0
        ]
        assert reports == 1


def test_different_stories_are_not_duplicates(tmp_path: Path) -> None:
    other = "BERLIN (Baltic Wire) - The German government said on Monday that it would raise the minimum wage."
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x", "text": STORY}) + "\n" + json.dumps({"id": "y", "text": other}) + "\n")
    with Archive(":memory:") as archive:
        archive.ingest([str(path)])
        dups = archive.connection.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
        assert dups == 0


def test_a_copy_that_drops_a_paragraph_is_a_copy() -> None:
    from onrecord.resolve.articles import is_copy

    paragraphs = [
        f"Paragraph {i} of the story says that the minister visited site number {i} and spoke to workers there."
        for i in range(10)
    ]
    original = "\n\n".join(["A headline", *paragraphs])
    copy = "\n\n".join(["Another headline", *paragraphs[:4], *paragraphs[6:]])
    other = "\n\n".join(f"An unrelated story about harvest number {i} in a distant valley far away." for i in range(10))
    assert is_copy(original, copy)
    assert not is_copy(original, other)


def test_a_copy_the_same_day_points_to_the_longer_original(tmp_path: Path) -> None:
    paragraphs = [
        f"Paragraph {i} of the story tells how the club's new owner spoke to supporters about the plans for "
        f"the ground, the team and the money on day {i}, with details that only this paragraph gives."
        for i in range(8)
    ]
    original = "\n\n".join(paragraphs)
    copy = "\n\n".join(paragraphs[:3] + paragraphs[4:])
    path = tmp_path / "both.jsonl"
    path.write_text(
        json.dumps({"id": "aaa-copy", "published": "2027-05-11", "text": copy})
        + "\n"
        + json.dumps({"id": "zzz-original", "published": "2027-05-11", "text": original})
        + "\n"
    )
    with Archive(":memory:") as archive:
        archive.ingest([str(path)])
        by_id = {a.id: a for a in archive.articles()}
        assert by_id["aaa-copy"].duplicate_of == "zzz-original"
        assert by_id["zzz-original"].duplicate_of is None
