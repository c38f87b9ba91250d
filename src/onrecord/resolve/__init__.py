"""Corpus-level resolution: speakers across articles, article near-duplicates, transliteration."""
