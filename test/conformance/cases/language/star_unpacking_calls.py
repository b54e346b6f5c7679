# Star unpacking in calls, list/tuple/dict displays: f(*args, **kw), [*a, *b], {**d1, **d2}.
def show(a, b, c=0, *rest, **kw):
    return (a, b, c, rest, kw)

args = [1, 2]
kw = {"c": 3, "z": 9}
print(show(*args, **kw))
print(show(*range(5), key="v"))
print([*args, *"xy", *(7, 8)], (*args,), {**kw, "c": 30, **{"w": 1}})
first, *middle, last = range(6)
print(first, middle, last)
(p, q), r = "ab", [1]
print(p, q, r)
show(*args, a=5)
