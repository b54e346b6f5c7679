# gc.get_referents of an instance (its attribute values, then its class), of slots, dicts, sets and atoms.
import gc

class P:
    def __init__(self):
        self.items = [1]
        self.name = "p"


p = P()
print([type(x).__name__ for x in gc.get_referents(p)])
print(gc.get_referents(p)[0] is p.items)
d = {"a": [1], "b": (2,)}
print([type(x).__name__ for x in gc.get_referents(d)])
t = (p, d)
print(len(gc.get_referrers(p)), sorted(type(x).__name__ for x in gc.get_referrers(p)))
s = {1, "a"}
print(sorted(map(str, gc.get_referents(s))))
print(gc.get_referents(1, "x", None))
print(len(gc.get_referents([1, 2], (3, 4))))

class Q:
    __slots__ = ("a", "b")


q = Q()
q.a, q.b = [1], "x"
print([type(x).__name__ for x in gc.get_referents(q)])
