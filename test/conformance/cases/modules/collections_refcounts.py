# References held by collections objects: a defaultdict holds its factory and the values it creates; a namedtuple holds its fields; Counter keys.
import sys
from collections import defaultdict, namedtuple, Counter

factory = list
before = sys.getrefcount(factory)
d = defaultdict(factory)
print("factory held:", sys.getrefcount(factory) - before)
v = d["k"]
print("created value refs:", sys.getrefcount(v), "same object:", v is d["k"])
del d
print("dict gone, value refs:", sys.getrefcount(v))
P = namedtuple("P", "a b")
payload = ["x"]
p = P(payload, 2)
print("field refs:", sys.getrefcount(payload), p.a is payload)
del p
print("after del:", sys.getrefcount(payload))
key = "word-" + str(7)
c = Counter([key, key])
print("counter key refs:", sys.getrefcount(key), c[key])
