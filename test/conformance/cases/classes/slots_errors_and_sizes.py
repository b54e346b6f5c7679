# __slots__: the errors type() raises for bad declarations, member descriptors, and sizes with '__dict__'/'__weakref__' slots.
# conformance: not-for 3.14: pyodide is 32-bit; its pointers and headers are smaller
import sys
try:
    class X(list, dict): pass
except TypeError as e: print("TypeError:", e)
try:
    class Y(bool): pass
except TypeError as e: print("TypeError:", e)
try:
    class Z(int): __slots__ = ("a",)
except TypeError as e: print("TypeError:", e)
try:
    class W: __slots__ = ("__dict__", "__dict__")
except TypeError as e: print("TypeError:", e)
try:
    class V: __slots__ = (1,)
except TypeError as e: print("TypeError:", e)
try:
    class U:
        __slots__ = ("a",)
        a = 1
except ValueError as e: print("ValueError:", e)
class P: __slots__ = ('x',)
p = P()
try: p.x
except AttributeError as e: print(e)
try: del p.x
except AttributeError as e: print(e)
print(P.x, type(P.x).__name__)
class Q(P): pass
q = Q(); q.z = 1; print(q.__dict__, sys.getsizeof(q))
class A: __slots__ = ('a', '__weakref__')
class B: __slots__ = ('a', '__dict__')
class C: __slots__ = ('a',)
class LW(list): __slots__ = ('a',)
class LW2(list): __slots__ = ('a', '__weakref__')
class SW(str): __slots__ = ()
print(sys.getsizeof(A()), sys.getsizeof(B()), sys.getsizeof(C()), sys.getsizeof(LW()), sys.getsizeof(LW2()), sys.getsizeof(SW('abc')))
print(sorted(k for k in vars(A) if k.startswith('__')), sorted(k for k in vars(B) if not k.startswith('__m')))
