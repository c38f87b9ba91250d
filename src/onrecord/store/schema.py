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
    # 3: speakers across articles, statements, and the caches linking needs
    """
    ALTER TABLE quotes ADD COLUMN local_speaker TEXT;
    ALTER TABLE articles ADD COLUMN duplicate_of TEXT;
    CREATE INDEX articles_duplicate ON articles(duplicate_of);
    CREATE TABLE speakers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        surname_key TEXT,
        gender TEXT
    );
    CREATE INDEX speakers_key ON speakers(key);
    CREATE INDEX speakers_surname ON speakers(surname_key);
    CREATE TABLE speaker_aliases (
        speaker_id TEXT NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        kind TEXT NOT NULL,
        first_seen TEXT,
        last_seen TEXT,
        count INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (speaker_id, alias, kind)
    );
    CREATE INDEX speaker_aliases_alias ON speaker_aliases(alias COLLATE NOCASE);
    CREATE TABLE article_speakers (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        gender TEXT,
        names TEXT NOT NULL,
        roles TEXT NOT NULL,
        speaker_id TEXT,
        PRIMARY KEY (article_id, local_id)
    );
    CREATE INDEX article_speakers_speaker ON article_speakers(speaker_id);
    CREATE TABLE speaker_candidates (
        speaker_id TEXT NOT NULL,
        candidate_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (speaker_id, candidate_id)
    );
    CREATE TABLE statements (
        id TEXT PRIMARY KEY,
        speaker_id TEXT,
        text TEXT NOT NULL,
        canonical_quote TEXT NOT NULL,
        first_quote TEXT NOT NULL,
        first_seen TEXT,
        said_on TEXT,
        quotes INTEGER NOT NULL,
        reports INTEGER NOT NULL,
        outlets INTEGER NOT NULL,
        languages INTEGER NOT NULL
    );
    CREATE INDEX statements_speaker ON statements(speaker_id);
    CREATE INDEX statements_first_seen ON statements(first_seen);
    CREATE TABLE quote_vectors (
        quote_id TEXT NOT NULL,
        model TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (quote_id, model)
    );
    CREATE TRIGGER quotes_vectors_ad AFTER DELETE ON quotes BEGIN
        DELETE FROM quote_vectors WHERE quote_id = old.id;
    END;
    CREATE TABLE article_signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        signature BLOB NOT NULL
    );
    CREATE TABLE article_bands (
        band TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
    );
    CREATE INDEX article_bands_band ON article_bands(band);
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 4: where a quote's said_on comes from (its own sentence, or the speaker's previous dated one)
    """
    ALTER TABLE quotes ADD COLUMN said_on_source TEXT;
    """,
    # 5: the quoted pieces of a mixed quote
    """
    ALTER TABLE quotes ADD COLUMN quoted TEXT;
    """,
    # 6: what kind of channel via is (outlet, wire, platform, person)
    """
    ALTER TABLE quotes ADD COLUMN via_kind TEXT;
    """,
    # 7: full-text search over article titles, speaker names and aliases (external-content FTS5
    # tables named <table>_fts, kept in step by triggers); every FTS table names its content
    # table in double quotes, the form sqlite-utils and Datasette detect (quotes_fts is remade so)
    """
    DROP TABLE quotes_fts;
    CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, speaker_name, content="quotes", content_rowid="rowid", tokenize='unicode61'
    );
    INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, content="articles", content_rowid="rowid", tokenize='unicode61'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title) VALUES (new.rowid, new.title);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title) VALUES ('delete', old.rowid, old.title);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE OF title ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title) VALUES ('delete', old.rowid, old.title);
        INSERT INTO articles_fts(rowid, title) VALUES (new.rowid, new.title);
    END;
    INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
    CREATE VIRTUAL TABLE speakers_fts USING fts5(
        name, content="speakers", content_rowid="rowid", tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER speakers_ai AFTER INSERT ON speakers BEGIN
        INSERT INTO speakers_fts(rowid, name) VALUES (new.rowid, new.name);
    END;
    CREATE TRIGGER speakers_ad AFTER DELETE ON speakers BEGIN
        INSERT INTO speakers_fts(speakers_fts, rowid, name) VALUES ('delete', old.rowid, old.name);
    END;
    CREATE TRIGGER speakers_au AFTER UPDATE OF name ON speakers BEGIN
        INSERT INTO speakers_fts(speakers_fts, rowid, name) VALUES ('delete', old.rowid, old.name);
        INSERT INTO speakers_fts(rowid, name) VALUES (new.rowid, new.name);
    END;
    INSERT INTO speakers_fts(speakers_fts) VALUES ('rebuild');
    CREATE VIRTUAL TABLE speaker_aliases_fts USING fts5(
        alias, content="speaker_aliases", content_rowid="rowid", tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER speaker_aliases_ai AFTER INSERT ON speaker_aliases BEGIN
        INSERT INTO speaker_aliases_fts(rowid, alias) VALUES (new.rowid, new.alias);
    END;
    CREATE TRIGGER speaker_aliases_ad AFTER DELETE ON speaker_aliases BEGIN
        INSERT INTO speaker_aliases_fts(speaker_aliases_fts, rowid, alias) VALUES ('delete', old.rowid, old.alias);
    END;
    CREATE TRIGGER speaker_aliases_au AFTER UPDATE OF alias ON speaker_aliases BEGIN
        INSERT INTO speaker_aliases_fts(speaker_aliases_fts, rowid, alias) VALUES ('delete', old.rowid, old.alias);
        INSERT INTO speaker_aliases_fts(rowid, alias) VALUES (new.rowid, new.alias);
    END;
    INSERT INTO speaker_aliases_fts(speaker_aliases_fts) VALUES ('rebuild');
    CREATE INDEX statements_newest ON statements(
        substr(coalesce(said_on, first_seen, ''), 1, 10) DESC, reports DESC, id
    );
    """,
    # the day linking reads for a quote (its own said_on, else its article's publication day;
    # '' when it has none or none SQLite reads), indexed per speaker: a batch finds the stored
    # quotes said around its own by date without reading the speaker's whole block
    """
    ALTER TABLE quotes ADD COLUMN link_day TEXT;
    UPDATE quotes SET link_day = (
        SELECT CASE WHEN d IS NOT NULL AND date(d) IS d THEN d ELSE '' END
        FROM (SELECT substr(coalesce(quotes.said_on,
                (SELECT published FROM articles WHERE id = quotes.article_id)), 1, 10) AS d)
    );
    CREATE INDEX quotes_speaker_day ON quotes(speaker_id, link_day);
    CREATE TRIGGER quotes_link_day_ai AFTER INSERT ON quotes BEGIN
        UPDATE quotes SET link_day = (
            SELECT CASE WHEN d IS NOT NULL AND date(d) IS d THEN d ELSE '' END
            FROM (SELECT substr(coalesce(new.said_on,
                (SELECT published FROM articles WHERE id = new.article_id)), 1, 10) AS d)
        ) WHERE rowid = new.rowid;
    END;
    CREATE TRIGGER quotes_link_day_au AFTER UPDATE OF said_on ON quotes BEGIN
        UPDATE quotes SET link_day = (
            SELECT CASE WHEN d IS NOT NULL AND date(d) IS d THEN d ELSE '' END
            FROM (SELECT substr(coalesce(new.said_on,
                (SELECT published FROM articles WHERE id = new.article_id)), 1, 10) AS d)
        ) WHERE rowid = new.rowid;
    END;
    """,
    # the kind of attribution (speech, belief, document, other); NULL for quotes stored before
    # it was recorded, read back as no type
    """
    ALTER TABLE quotes ADD COLUMN type TEXT;
    """,
    # the day the day rules gave a quote when the learned day gate withheld it from said_on, and
    # where it came from: not published, but linking reads it as the occasion's day, so the day
    # linking reads (link_day) is the withheld day first; quotes stored before have none
    """
    ALTER TABLE quotes ADD COLUMN withheld_said_on TEXT;
    ALTER TABLE quotes ADD COLUMN withheld_said_on_source TEXT;
    DROP TRIGGER quotes_link_day_ai;
    DROP TRIGGER quotes_link_day_au;
    CREATE TRIGGER quotes_link_day_ai AFTER INSERT ON quotes BEGIN
        UPDATE quotes SET link_day = (
            SELECT CASE WHEN d IS NOT NULL AND date(d) IS d THEN d ELSE '' END
            FROM (SELECT substr(coalesce(new.withheld_said_on, new.said_on,
                (SELECT published FROM articles WHERE id = new.article_id)), 1, 10) AS d)
        ) WHERE rowid = new.rowid;
    END;
    CREATE TRIGGER quotes_link_day_au AFTER UPDATE OF said_on, withheld_said_on ON quotes BEGIN
        UPDATE quotes SET link_day = (
            SELECT CASE WHEN d IS NOT NULL AND date(d) IS d THEN d ELSE '' END
            FROM (SELECT substr(coalesce(new.withheld_said_on, new.said_on,
                (SELECT published FROM articles WHERE id = new.article_id)), 1, 10) AS d)
        ) WHERE rowid = new.rowid;
    END;
    """,
    # the wire or agency an article's copy came from when the outlet that ran it is another
    # (onrecord.clean.wire_credit); NULL for articles stored before it was recorded
    """
    ALTER TABLE articles ADD COLUMN syndicated_from TEXT;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
