# random: shuffle and sample follow CPython's algorithms; the picked objects gain references.
import random
import sys

random.seed(7)
items = list(range(12))
random.shuffle(items)
print("shuffled:", items)
print("sample of a range:", random.sample(range(100), 8))
print("sample of a str:", random.sample("abcdefghij", 4))
print("large sample tail:", random.sample(range(10**6), 30)[-3:])
shared = [1, 2]
pool = [shared, shared, shared]
print("refcount before:", sys.getrefcount(shared))
picked = random.sample(pool, 2)
print("after sample of 2:", sys.getrefcount(shared))
one = random.choice(pool)
print("after choice:", sys.getrefcount(shared), one is shared)
del picked, one
print("after del:", sys.getrefcount(shared))
try:
    random.shuffle((1, 2, 3))
except TypeError as e:
    print("TypeError:", e)
