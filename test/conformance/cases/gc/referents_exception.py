# gc.get_referents(exception): a subclass's class first, then args, __traceback__, __cause__, __context__.
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


class AppError(Exception):
    pass


try:
    1 / 0
except ZeroDivisionError as e:
    caught = e
print("ZeroDivisionError:", describe(caught))
print("its traceback:", describe(caught.__traceback__))
try:
    try:
        {}["k"]
    except KeyError as k:
        raise AppError("wrapped") from k
except AppError as e:
    chained = e
print("raise from:", describe(chained))
try:
    try:
        [][0]
    except IndexError:
        raise ValueError("during handling")
except ValueError as e:
    implicit = e
print("implicit context:", describe(implicit))
print("not raised:", describe(KeyError("k")))
