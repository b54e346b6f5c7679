# dict_keys and dict_items are set-like (& | - ^, comparisons with sets, isdisjoint); reversed() of dicts, views, tuples, strings and ranges; dict.update from pairs.
# conformance: not-for 3.14: the pyodide build is 32-bit (hashes, so set order, differ)
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
it = d.items()
print(k & {"a", "z"}, {"a", "z"} & k, k | {"z"}, {"z"} | k, k - {"a"}, {"a", "q"} - k, k ^ {"a", "z"}, {"a", "z"} ^ k)
print(k & ["b", "b"], k | ("x",), it & {("a", 1)}, it - {("a", 1)}, it | {("z", 0)}, k & d.keys(), k - d.keys())
print(k == {"a", "b", "c"}, k == {"a"}, k != {"a"}, k <= {"a", "b", "c", "d"}, k < {"a", "b", "c"}, k >= {"a"}, k > {"a"}, it == {("a", 1), ("b", 2), ("c", 3)})
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), it.isdisjoint([("a", 2)]), k == ["a", "b", "c"], {"a", "b", "c"} == k)
try:
    d.values() & {1}
except TypeError as e:
    print(e)
try:
    k & 5
except TypeError as e:
    print(e)
print(type(k & set()).__name__, len(k), "a" in k, ("a", 1) in it, ["a", 1] in it, 1 in d.values(), list(reversed(k)), d.values() == d.values())
import sys
t = ("x", "y")
r = reversed(t)
print(type(r).__name__, list(r), list(reversed("abc")), list(reversed(range(1, 10, 3))), type(reversed(range(3))).__name__)
print([type(reversed(v)).__name__ for v in (d, d.keys(), d.values(), d.items())], list(reversed(d.items())))
u = {}
u.update([("a", 1), ["b", 2]], c=3)
print(u)
for bad in ([1], [("a", 1, 2)], 5, [("ok", 1), "xyz"]):
    try:
        u.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print(e)
