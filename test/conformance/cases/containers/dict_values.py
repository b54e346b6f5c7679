# A dict holds one reference per value; the same object stored under several keys is counted once per key.
import sys

v = [1, 2]
d = {"a": v}
print("one key:", sys.getrefcount(v))
d["b"] = v
d["c"] = v
print("three keys:", sys.getrefcount(v))
d["b"] = 0
print("after overwriting b:", sys.getrefcount(v))
print("dict itself:", sys.getrefcount(d))
print("keys:", list(d.keys()), "values:", list(d.values()))
