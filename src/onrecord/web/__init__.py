"""The web pages: Jinja2 templates and a small stylesheet over the same Archive methods as the API."""

from __future__ import annotations

__all__: list[str] = []
