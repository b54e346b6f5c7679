# dict methods: get, setdefault, pop, popitem (LIFO), update, and live views of keys/values/items.
d = {"a": 1, "b": 2}
keys = d.keys()
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99))
print(list(keys), len(keys), "c" in keys)
d.update({"d": 4}, e=5)
print(d, d.pop("b"), d.pop("zz", "none"))
print(d.popitem(), list(d.items()), list(d.values()))
print(type(keys).__name__, type(d.items()).__name__)
counts = {}
for ch in "banana":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, dict.fromkeys("ab", 0), dict(zip("xy", [1, 2])))
print({**counts} == counts, sorted(counts, key=counts.get))
d.pop("missing")
