# del d[key] drops the dict's reference to the value.
import sys

value = [42]
d = {"a": value, "b": value, "c": 3}
print("value under two keys:", sys.getrefcount(value))
del d["a"]
print("after del d['a']:", sys.getrefcount(value), list(d.keys()))
del d["b"]
print("after del d['b']:", sys.getrefcount(value), d)
print("len:", len(d))
