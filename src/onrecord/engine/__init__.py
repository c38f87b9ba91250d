"""Executors: where per-article stages run (this process, a process pool, or a cluster)."""

from __future__ import annotations

from onrecord.engine.local import Executor, LocalExecutor, get_executor

__all__ = ["Executor", "LocalExecutor", "get_executor"]
