"""The Dask executor (``pip install onrecord[dask]``): the same stages on a cluster.

``DaskExecutor("tcp://scheduler:8786")`` connects to a running scheduler; without an address
it starts a local cluster. Work is submitted in order and gathered in order, so results match
the local executor's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from onrecord.errors import ConfigError

__all__ = ["DaskExecutor"]

T = TypeVar("T")
R = TypeVar("R")


class DaskExecutor:
    """Runs a pure, picklable function over items on a Dask cluster.

    Args:
        scheduler: the scheduler's address; None starts a local cluster in this process.
        batch: items submitted at once (bounds memory on the client).

    Raises:
        ConfigError: Dask is not installed, or the scheduler cannot be reached.
    """

    def __init__(self, scheduler: str | None = None, batch: int = 256) -> None:
        try:
            from dask.distributed import Client
        except ImportError:
            raise ConfigError("the dask engine needs the extra: pip install 'onrecord[dask]'") from None
        try:
            if scheduler:
                self._client = Client(scheduler, timeout=10)
            else:
                self._client = Client(processes=False, dashboard_address=None, n_workers=1, threads_per_worker=2)
        except OSError as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        self.batch = batch

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """Apply ``fn`` to every item on the cluster, yielding results in input order."""
        chunk: list[T] = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= self.batch:
                yield from self._run(fn, chunk)
                chunk = []
        if chunk:
            yield from self._run(fn, chunk)

    def _run(self, fn: Callable[[T], R], chunk: list[T]) -> list[R]:
        futures = self._client.map(fn, chunk, pure=False)
        return list(self._client.gather(futures))

    def close(self) -> None:
        """Disconnect (and stop a local cluster)."""
        self._client.close()

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
