# gc.get_referents(generator): its name and qualname, then its frame — function, code, locals, the value stack (3.11 visits gi_code first).
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


def count_up(n):
    for i in range(n):
        yield i


g = count_up(3)
print("not started:", describe(g))
next(g)
print("suspended in a for loop:", describe(g))


def holder():
    kept = [1, 2]
    received = yield kept
    return received


h = holder()
next(h)
print("suspended with a local list:", describe(h))
