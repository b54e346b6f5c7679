# gc.get_referents follows one step around a cycle: each member's referents include the next member.
import gc

a = ["a"]
b = ["b", a]
c = {"c": b}
a.append(c)
print("a ->", [type(x).__name__ for x in gc.get_referents(a)])
print("a -> c:", gc.get_referents(a)[0] is c)
print("c -> b:", gc.get_referents(c)[0] is b)
print("b -> a:", gc.get_referents(b)[0] is a)
del a, b, c
print("collected:", gc.collect())
