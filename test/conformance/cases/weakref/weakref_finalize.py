# weakref.finalize calls its function once: when the object dies, when called, or at exit (newest first).
# conformance: not-for 3.14: pyodide never finalizes the interpreter, so atexit handlers (and finalize at exit) do not run
import sys
import weakref

class Resource:
    pass

def release(name, *, loud=False):
    print("release", name, "loud" if loud else "quiet")
    return name.upper()

a = Resource()
fa = weakref.finalize(a, release, "a")
print("alive:", fa.alive, "atexit:", fa.atexit, "refs:", sys.getrefcount(fa), "weakrefs to a:", weakref.getweakrefcount(a))
b = Resource()
fb = weakref.finalize(b, release, "b", loud=True)
print("peek:", fb.peek()[0] is b, fb.peek()[2:], "detach:", fb.detach()[2:], fb.alive, fb.detach())
del a
print("after del a:", fa.alive, fa())
c = Resource()
fc = weakref.finalize(c, release, "c")
print("called:", fc(), "again:", fc(), fc.alive)
d = Resource()
e = Resource()
fd = weakref.finalize(d, release, "d")
fe = weakref.finalize(e, release, "e", loud=True)
ff = weakref.finalize(Resource, release, "class")
ff.atexit = False
try:
    weakref.finalize(1, release)
except TypeError as err:
    print("TypeError:", err)
print("end of program")
