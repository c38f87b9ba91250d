from __future__ import annotations

import pytest

from onrecord.archive import Archive
from onrecord.engine import LocalExecutor, get_executor
from onrecord.errors import ConfigError
from tests.conftest import SEEDS


def _square(x: int) -> int:
    return x * x


@pytest.mark.parametrize("jobs", [1, 2])
def test_local_executor_keeps_order(jobs: int) -> None:
    with LocalExecutor(jobs) as executor:
        assert list(executor.map(_square, range(20))) == [x * x for x in range(20)]


def test_unknown_engine_and_bad_jobs() -> None:
    with pytest.raises(ConfigError, match="unknown engine"):
        get_executor("spark")
    with pytest.raises(ConfigError, match="--jobs"):
        LocalExecutor(-1)


def test_dask_executor_gives_the_same_results() -> None:
    pytest.importorskip("dask.distributed")
    executor = get_executor("dask")
    try:
        assert list(executor.map(_square, range(600))) == [x * x for x in range(600)]
    finally:
        executor.close()


def test_ingest_on_a_process_pool_matches_in_process(tmp_path: object) -> None:
    with Archive(":memory:") as one, Archive(":memory:") as pool:
        one.ingest([str(SEEDS)])
        pool.ingest([str(SEEDS)], jobs=2)
        assert [(q.text, q.speaker.id if q.speaker else None, q.statement_id) for q in one.quotes()] == [
            (q.text, q.speaker.id if q.speaker else None, q.statement_id) for q in pool.quotes()
        ]
