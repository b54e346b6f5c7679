# The repr of weak references and proxies: the referent's type, its __name__ as a special lookup finds it, or dead.
import functools
import sys
import weakref

def mask(s):
    """Replaces each hex address by ADDR."""
    parts = s.split("0x")
    out = parts[0]
    for p in parts[1:]:
        i = 0
        while i < len(p) and p[i] in "0123456789abcdef":
            i += 1
        out += "ADDR" + p[i:]
    return out
class N:
    __name__ = "named"
class P:
    @property
    def __name__(self): return "prop"
class I: pass
class NS:
    __name__ = 5
i = I(); i.__name__ = "inst"
class M:
    def m(self): pass
m = M()
for o in (N(), P(), i, NS(), sys, m.m, functools.partial(print), print, I):
    print(mask(repr(weakref.ref(o))))

p = weakref.proxy(m)
r = weakref.ref(m)
print(mask(repr(p)))
del m
print(mask(repr(r)), mask(repr(p)))
