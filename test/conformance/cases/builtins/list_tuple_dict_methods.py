# list and tuple methods: index with start/stop, count, pop, insert, sort, slices; dict methods; their errors.
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a.index(1), a.index(1, 2), a.index(5, -5, -2), a.count(1), a.pop(), a.pop(0), a.pop(-2), a)
a.insert(-1, 7); a.insert(100, 8); a.insert(-100, 0)
print(a, a.copy() == a, a.copy() is a)
a.sort(key=lambda v: -v); print(a); a.sort(reverse=True); print(a); a.reverse(); print(a)
a.remove(1); a.extend(range(2)); a += "ab"; print(a)
del a[1:3]; a[0:0] = [9, 9]; a[::2] = "wxyz"[:len(a[::2])]; print(a)
for call in (lambda: a.index(42), lambda: a.remove(42), lambda: [].pop(), lambda: a.pop(99), lambda: a.index(), lambda: a.sort(1)):
    try:
        print(call())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
d = {"b": 1, "a": 2}
print(d.pop("a"), d.pop("z", None), d.setdefault("c", 3), d.get("q"), d.popitem(), d, d.update(x=1) or d, dict.fromkeys("ab", 0))
print(sorted(d.items()), list(reversed(d)), d | {"y": 2}, {**d, "b": 5})
t = (1, 2, 1, 3)
print(t.index(1, 1), t.count(1), t.index(3, -1, 10**30))
for call in (lambda: t.index(9), lambda: t.index(1, None), lambda: [1].index(1, "a"), lambda: t.count(), lambda: a.count(1, 2)):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
