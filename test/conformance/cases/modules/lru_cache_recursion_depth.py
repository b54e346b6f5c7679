# Recursion through an lru_cache wrapper: 3.11-3.12 count the C call against the recursion limit too, 3.13+ do not.
# conformance: not-for 3.14: pyodide (CPython in wasm under Node) runs out of JavaScript stack before the recursion limit
import functools

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

for n in (499, 500, 900, 5000):
    fib.cache_clear()
    try:
        print(n, fib(n) % 1000, fib.cache_info().currsize)
    except RecursionError as e:
        print(n, "RecursionError:", e)
