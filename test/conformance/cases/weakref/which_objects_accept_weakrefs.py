# Which objects accept weak references: most classes' instances do, but not subclasses of int or tuple, nor __slots__ without __weakref__.
import sys
import weakref

class L(list): pass
class D(dict): pass
class T(tuple): pass
class I(int): pass
class Sl:
    __slots__ = ()
class Sw:
    __slots__ = ("__weakref__",)
def f(): pass
for obj in (L(), D(), T(), I(5), Sl(), Sw(), f, L, len, sys, iter([]), (x for x in []), set(), frozenset(), b"", bytearray(), 1.5, None, object(), property(), staticmethod(f), range(3), slice(1)):
    try:
        r = weakref.ref(obj)
        print(type(obj).__name__, "ok", r() is obj)
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
class T2(T): pass
class I2(I): pass
class Sl2(Sl): pass
class Fl(float): pass
class St(str): pass
class Se(set): pass
class Fz(frozenset): pass
class Ex(Exception): pass
class TW(tuple):
    __slots__ = ()
for obj in (T2(), I2(3), Sl2(), Fl(1.0), St("s"), Se(), Fz(), Ex(), TW()):
    try:
        r = weakref.ref(obj)
        print(type(obj).__name__, "ok", r() is obj)
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
