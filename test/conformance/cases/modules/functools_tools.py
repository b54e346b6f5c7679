# functools: reduce, partial, and lru_cache with cache_info.
import functools

print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a + b, [], 0))
int2 = functools.partial(int, base=2)
print(int2("1010"), int2.keywords, int2.func is int)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info().currsize)
