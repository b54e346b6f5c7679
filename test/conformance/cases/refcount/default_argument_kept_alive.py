# Default values are evaluated once and kept alive by the function's __defaults__ tuple.
import sys

cache = {}

def remember(key, value, store=cache):
    store[key] = value
    return len(store)

print("cache refs:", sys.getrefcount(cache))
print(remember("a", 1), remember("b", 2))
print("defaults hold it:", remember.__defaults__[0] is cache)
del cache
print("still alive via defaults:", remember.__defaults__[0])
print("refs now:", sys.getrefcount(remember.__defaults__[0]))

def append_to(x, target=[]):
    target.append(x)
    return target

print(append_to(1), append_to(2))
print("same list:", append_to(3) is append_to.__defaults__[0])
