# gc.get_referents(instance): __slots__ (sorted), then the attribute values or __dict__, then the class, then a built-in base's items.
import gc


def describe(obj):
    names = []
    for r in gc.get_referents(obj):
        kind = type(r).__name__
        if kind in ("str", "int", "NoneType"):
            names.append(repr(r))
        elif kind == "module":
            names.append("module " + repr(r).split("'")[1])
        elif kind in ("type", "function", "code"):
            names.append(kind + " " + r.__name__ if kind != "code" else "code " + r.co_name)
        elif kind == "tuple":
            names.append("tuple of " + str(len(r)))
        elif kind == "dict" and r is describe.__globals__:
            names.append("globals")
        elif kind == "dict" and "len" in r and "print" in r:
            names.append("builtins dict")
        elif kind == "dict" and isinstance(obj, type(gc)) and r is vars(obj):
            names.append("its __dict__")
        elif kind == "dict":
            names.append("dict of " + str(len(r)))
        else:
            names.append(kind)
    return names


class Point:
    pass


p = Point()
p.x = [1]
p.y = "y"
print("inline values:", describe(p))
d = vars(p)
print("after vars(p):", describe(p))
print("the dict itself:", describe(d))


class Slotted:
    __slots__ = ("zeta", "alpha")


s = Slotted()
s.zeta = [1]
s.alpha = 2
print("slots:", describe(s))


class More(Slotted):
    __slots__ = ("b", "a")


m = More()
m.a, m.b, m.alpha, m.zeta = 1, 2, 3, 4
print("inherited slots:", describe(m))


class Items(list):
    pass


items = Items([1, [2]])
items.tag = "t"
print("list subclass:", describe(items))
