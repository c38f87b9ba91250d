"""The executor interface and the default local executor (in-process or a process pool)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor as _FuturesExecutor
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol, TypeVar

from onrecord.errors import ConfigError

__all__ = ["Executor", "LocalExecutor", "get_executor"]

T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
    """Runs a pure, picklable function over items; results come back in input order."""

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """Apply ``fn`` to every item, yielding results in input order."""
        ...

    def close(self) -> None:
        """Release workers."""
        ...


class LocalExecutor:
    """Runs in this process (``jobs=1``) or in a pool of ``jobs`` worker processes.

    Args:
        jobs: worker processes; 0 means one per CPU core.
    """

    def __init__(self, jobs: int = 1) -> None:
        if jobs < 0:
            raise ConfigError(f"--jobs must be 0 (all cores) or more, not {jobs}")
        self.jobs = jobs or (os.cpu_count() or 1)
        self._pool: _FuturesExecutor | None = None

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """Apply ``fn`` to every item, yielding results in input order."""
        if self.jobs == 1:
            return (fn(item) for item in items)
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.jobs, initializer=_one_thread_each)
        return self._pool.map(fn, items, chunksize=2)

    def close(self) -> None:
        """Shut the pool down."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> LocalExecutor:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _one_thread_each() -> None:
    """Workers share the cores: each runs its numeric code on one thread."""
    os.environ["ONRECORD_EMBED_THREADS"] = "1"
    os.environ.setdefault("OMP_NUM_THREADS", "1")


def get_executor(name: str = "local", jobs: int = 1, scheduler: str | None = None) -> Executor:
    """Return the executor called ``name``: ``local`` (default) or ``dask`` (optional extra).

    Raises:
        ConfigError: the name is unknown, or the dask extra is missing.
    """
    if name == "local":
        return LocalExecutor(jobs)
    if name == "dask":
        from onrecord.engine.dask import DaskExecutor

        return DaskExecutor(scheduler)
    raise ConfigError(f"unknown engine {name!r}; available: local, dask")
