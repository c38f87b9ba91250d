"""The REST API and web server: ``create_app(db)`` builds it, ``onrecord serve`` runs it."""

from __future__ import annotations

from onrecord.api.app import CONTENT_SECURITY_POLICY, create_app

__all__ = ["CONTENT_SECURITY_POLICY", "create_app"]
