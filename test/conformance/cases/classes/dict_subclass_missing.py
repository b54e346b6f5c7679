# dict subclasses: __missing__ answers for absent keys; dict's own update() and dict() bypass an overridden __setitem__.
class Counts(dict):
    def __missing__(self, key):
        return 0

c = Counts()
for word in ["a", "b", "a"]:
    c[word] = c[word] + 1
print(c, c["zzz"], "zzz" in c, len(c), c.get("zzz"))

class Loud(dict):
    def __setitem__(self, key, value):
        print("__setitem__", key, value)
        super().__setitem__(key, value * 10)

d = Loud({"x": 1}, y=2)
d["z"] = 3
d.update({"w": 4})
d.setdefault("v", 5)
print(d)
print(dict(d) == d, type(d.copy()).__name__, isinstance(d, dict))
