# gc.get_referents lists what an object's tp_traverse visits: lists and tuples last item first, str-key dicts only values.
import gc

class Pair:
    def __init__(self, left, right):
        self.left = left
        self.right = right

print("list:", gc.get_referents([1, "a", None]))
print("tuple:", gc.get_referents((1, [2])))
print("str-key dict:", gc.get_referents({"k": 5, "j": [6]}))
print("int-key dict:", gc.get_referents({1: [1], 2: "x"}))
p = Pair([1], "r")
refs = gc.get_referents(p)
print("instance:", refs[:2], refs[2] is Pair)
print("an int:", gc.get_referents(1000), "several:", gc.get_referents([1], (2,)))
holder = [p]
print("referrer found:", any(r is holder for r in gc.get_referrers(p)))
print("tracked objects include holder:", any(o is holder for o in gc.get_objects()))
print("finalized:", gc.is_finalized(p))
