# Copyright 2026 the persist authors. MIT license.
# Python's diskcache on this machine, for comparison with bench/chest_bench.ts:
# get/set latency of the same small value, and of 1 MiB float64 arrays.
# Run: /usr/bin/python3 bench/chest_diskcache.py
import shutil
import tempfile
import timeit

import diskcache
import numpy as np

SMALL = {"id": 12345, "name": "sample-7", "ok": True, "score": 0.75}
KEYS = 1000


def per_call(fn, number):
    best = min(timeit.repeat(fn, number=number, repeat=5))
    return best / number


def main():
    folder = tempfile.mkdtemp(prefix="diskcache-bench-")
    try:
        cache = diskcache.Cache(folder)
        for i in range(KEYS):
            cache.set(f"k{i}", dict(SMALL, id=i))
        counter = iter(range(10**9))
        get = per_call(lambda: cache.get(f"k{next(counter) % KEYS}"), 20000)
        put = per_call(lambda: cache.set(f"k{next(counter) % KEYS}", SMALL), 5000)
        big = np.arange(1 << 17, dtype=np.float64)  # 1 MiB
        for i in range(16):
            cache.set(i, big)
        put_big = per_call(lambda: cache.set(next(counter) % 16, big), 100)
        get_big = per_call(lambda: cache.get(next(counter) % 16), 100)
        cache.close()
    finally:
        shutil.rmtree(folder)
    print(f"diskcache {diskcache.__version__}, best of 5 runs, per call:")
    print(f"  get small value  {get * 1e6:8.1f} us")
    print(f"  set small value  {put * 1e6:8.1f} us")
    print(f"  set 1 MiB array  {put_big * 1e6:8.1f} us")
    print(f"  get 1 MiB array  {get_big * 1e6:8.1f} us")


main()
