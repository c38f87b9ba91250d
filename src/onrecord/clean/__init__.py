"""Cleaning: body text, repeated headlines, timestamps, datelines, bylines, sign-offs, metadata."""

from __future__ import annotations

from onrecord.clean.article import PARAGRAPH_SEPARATOR, CleanOptions, clean, content_hash
from onrecord.clean.language import detect_language

__all__ = ["PARAGRAPH_SEPARATOR", "CleanOptions", "clean", "content_hash", "detect_language"]
