# gc.get_referents(class): type_traverse visits the class dict, __mro__, __bases__ and the base class (a heap metaclass first).
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


class Base:
    "doc"
    x = 1

    def method(self):
        return self


class Child(Base):
    pass


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class Other:
    pass


class Both(Base, Other):
    pass


print("Base:", describe(Base))
print("Child:", describe(Child))
print("WithMeta:", describe(WithMeta))
print("Both:", describe(Both))
print("bound method:", describe(Child().method))
print("static type:", describe(int))
