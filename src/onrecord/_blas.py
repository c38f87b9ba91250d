"""One BLAS thread per process unless told otherwise, set before numpy loads.

onrecord's matrix products are small (a block's vectors, a batch of embeddings) and its cores
are shared, by worker processes (``--jobs``) or by other work: OpenBLAS threads that wait for
a busy core made linking and embedding several times slower on a loaded 2-core machine.
``ONRECORD_BLAS_THREADS`` (or the libraries' own variables) sets another number. A program that
loaded numpy before onrecord keeps its own setting.
"""

from __future__ import annotations

import os

for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, os.environ.get("ONRECORD_BLAS_THREADS", "1"))
