# gc.get_referents of modules, built-in functions, super, deque, iterators, slices, views and frames.
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


import collections
import math
import sys

print("module:", describe(math))
print("len:", describe(len))
print("math.sqrt:", describe(math.sqrt))
print("[].append:", describe([].append))


class A:
    pass


class B(A):
    pass


print("super:", describe(super(A, B())))
print("deque:", describe(collections.deque([1, [2]])))
print("list iterator:", describe(iter([1])))
print("slice:", describe(slice(1, [2], 3)))
print("dict keys:", describe({1: 2}.keys()))
print("set:", describe({"only"}))
print("running frame:", describe(sys._getframe()))


def finished():
    local = [1]
    return sys._getframe()


print("finished frame:", describe(finished()))
