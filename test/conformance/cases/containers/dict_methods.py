# get/setdefault/update/pop and the dict's references to its values.
import sys

v = [0]
d = {"a": v}
print("stored once:", sys.getrefcount(v))
got = d.get("a")
print("after got = d.get('a'):", sys.getrefcount(v))
print("get with default:", d.get("zz", "none"))
d.setdefault("b", v)
print("after setdefault:", sys.getrefcount(v))
d.setdefault("b", [1])
print("setdefault on existing key:", sys.getrefcount(v))
d.update({"c": v})
print("after update:", sys.getrefcount(v))
d.pop("a")
print("after pop:", sys.getrefcount(v))
for k, val in d.items():
    print(k, val is v)
print(sorted(d.keys()))
