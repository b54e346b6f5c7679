# gc.get_referents(function): func_traverse's order — code, globals, builtins, module, defaults, kwdefaults, doc, name, dict, closure, qualname.
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


def plain(a, b=2, *, c=3):
    "a docstring"
    return a


print("plain:", describe(plain))
plain.counter = 0
print("with __dict__:", describe(plain))


def outer():
    x = [1]

    def inner():
        return x
    return inner


inner = outer()
print("closure:", describe(inner))
print("its cell:", describe(inner.__closure__[0]))
print("lambda:", describe(lambda: 0))
