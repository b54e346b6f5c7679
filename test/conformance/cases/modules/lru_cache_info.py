# lru_cache statistics: cache_info() is a named tuple; typed=, keyword arguments and maxsize=0 change the keys.
import functools

@functools.lru_cache(maxsize=3, typed=True)
def double(x):
    print("computing", x)
    return x * 2

print(double(2), double(2.0), double(2), double(x=2), double(x=2))
info = double.cache_info()
print(info)
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], len(info))
print(type(info).__name__, isinstance(info, tuple), info == (2, 3, 3, 3))
hits, misses, maxsize, currsize = info
print(hits + misses, double.cache_parameters())
print(type(double).__name__, double.__wrapped__.__name__, double.__name__)

@functools.lru_cache(maxsize=0)
def nocache(x):
    return x + 1

print(nocache(1), nocache(1), nocache.cache_info())

@functools.cache
def fact(n):
    return n * fact(n - 1) if n else 1

print(fact(10), fact.cache_info())
print(fact(5), fact.cache_info())
fact.cache_clear()
print(fact.cache_info())
try:
    functools.lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError:", e)
print(functools.lru_cache(maxsize=-5)(lambda x: x).cache_info())
