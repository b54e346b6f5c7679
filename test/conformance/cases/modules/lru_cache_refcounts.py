# lru_cache keeps strong references to each call's key (the args tuple, or a lone int/str) and its result.
import functools
import sys

@functools.lru_cache(maxsize=None)
def square_list(n):
    return [n] * n

big = 10 ** 20
print("before:", sys.getrefcount(big))
first = square_list(big // 10 ** 19)
print("result held by cache:", sys.getrefcount(first))
again = square_list(10)
print("same object:", again is first, sys.getrefcount(first))
del first, again

@functools.lru_cache(maxsize=2)
def pair(a, b):
    return [a, b]

key_item = [1, 2]
try:
    pair(key_item, 1)
except TypeError as e:
    print("TypeError:", e)
name = "".join(["ab", "cd"])
r1 = pair(name, 1)
print("arg in args tuple key:", sys.getrefcount(name), sys.getrefcount(r1))
pair("x", 2)
pair("y", 3)  # evicts (name, 1)
print("after eviction:", sys.getrefcount(name), sys.getrefcount(r1))
print(pair.cache_info())

@functools.lru_cache
def ident(x):
    return x

word = "".join(["hel", "lo"])
ident(word)
print("lone str key and result:", sys.getrefcount(word))
ident.cache_clear()
print("after cache_clear:", sys.getrefcount(word), ident.cache_info())
