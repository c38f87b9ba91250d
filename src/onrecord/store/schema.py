"""The database schema as forward migrations; ``PRAGMA user_version`` holds how many have run."""

from __future__ import annotations

__all__ = ["MIGRATIONS", "SCHEMA_VERSION"]

MIGRATIONS: list[str] = [
    # 1: outlets and articles
    """
    CREATE TABLE outlets (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
    );
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        source TEXT,
        url TEXT,
        outlet_id INTEGER REFERENCES outlets(id),
        outlet_from TEXT,
        title TEXT,
        published TEXT,
        published_from TEXT,
        dateline TEXT,
        place TEXT,
        language TEXT,
        media_type TEXT NOT NULL,
        body TEXT NOT NULL,
        raw TEXT NOT NULL,
        source_text TEXT,
        segments TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '[]',
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_hash ON articles(content_hash);
    CREATE INDEX articles_outlet ON articles(outlet_id);
    """,
    # 2: quotes, with full-text search over their words
    """
    CREATE TABLE quotes (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        fragments TEXT,
        cue_text TEXT,
        cue_start INTEGER,
        cue_end INTEGER,
        speaker_id TEXT,
        speaker_name TEXT,
        speaker_kind TEXT,
        mention_text TEXT,
        mention_start INTEGER,
        mention_end INTEGER,
        via TEXT,
        said_on TEXT,
        statement_id TEXT,
        language TEXT
    );
    CREATE INDEX quotes_article ON quotes(article_id, seq);
    CREATE INDEX quotes_speaker ON quotes(speaker_id);
    CREATE INDEX quotes_statement ON quotes(statement_id);
    CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, speaker_name, content='quotes', content_rowid='rowid', tokenize='unicode61'
    );
    CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text, speaker_name)
        VALUES (new.rowid, new.text, new.speaker_name);
    END;
    CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name)
        VALUES ('delete', old.rowid, old.text, old.speaker_name);
    END;
    CREATE TRIGGER quotes_au AFTER UPDATE OF text, speaker_name ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name)
        VALUES ('delete', old.rowid, old.text, old.speaker_name);
        INSERT INTO quotes_fts(rowid, text, speaker_name)
        VALUES (new.rowid, new.text, new.speaker_name);
    END;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
