"""Storage: SQLite schema, migrations and every query; the only package that writes SQL."""

from __future__ import annotations

from onrecord.store.articles import (
    article_state,
    count_articles,
    delete_article,
    get_article,
    iter_articles,
    put_article,
)
from onrecord.store.db import connect, connect_readonly, transaction
from onrecord.store.quotes import QuoteFilter, article_speaker_ids, count_quotes, iter_quotes, put_quotes
from onrecord.store.schema import SCHEMA_VERSION
from onrecord.store.sql import Page

__all__ = [
    "SCHEMA_VERSION",
    "Page",
    "QuoteFilter",
    "article_speaker_ids",
    "article_state",
    "connect",
    "connect_readonly",
    "count_articles",
    "count_quotes",
    "delete_article",
    "get_article",
    "iter_articles",
    "iter_quotes",
    "put_article",
    "put_quotes",
    "transaction",
]
