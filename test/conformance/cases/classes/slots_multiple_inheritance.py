# Multiple inheritance with __slots__: two bases that each add slots conflict; empty slots and dict-only bases combine; sizes follow the slot chain.
# conformance: not-for 3.14: pyodide is 32-bit; its pointers and headers are smaller
import sys
class A: __slots__ = ("a",)
class B: __slots__ = ("b",)
class E: __slots__ = ()
class D: pass
for bases in ((A, B), (A, E), (A, D), (D, A), (E, B)):
    try:
        C = type("C", bases, {})
        print("ok", [k.__name__ for k in C.__mro__], sys.getsizeof(C()))
    except TypeError as e:
        print("TypeError:", e)
class A2(A): __slots__ = ("c",)
try:
    class X(A2, B): pass
except TypeError as e:
    print("TypeError:", e)
class Y(A2, A): pass
print(sys.getsizeof(Y()), sys.getsizeof(A2()))
try:
    class Z(ValueError, KeyError): pass
    print("exceptions ok", Z.__mro__[1].__name__)
except TypeError as e:
    print("TypeError:", e)
