# sys.getsizeof of subclasses of built-in types: the base's size plus the __dict__/__weakref__ pointers (or none with __slots__).
# conformance: not-for 3.14: pyodide is 32-bit; its pointers and headers are smaller
import sys

class L(list): pass
class D(dict): pass
class T(tuple): pass
class S(str): pass
class I(int): pass
class F(float): pass
class St(set): pass
class Plain: pass
class Slim(list): __slots__ = ()
class OneSlot(list): __slots__ = ("a",)
class Weak: __slots__ = ("a", "__weakref__")
class WithDict: __slots__ = ("a", "__dict__")

print("list", sys.getsizeof([1, 2, 3]), sys.getsizeof(L([1, 2, 3])))
print("dict", sys.getsizeof({1: 2}), sys.getsizeof(D({1: 2})))
print("tuple", sys.getsizeof((1, 2, 3)), sys.getsizeof(T((1, 2, 3))))
print("str", sys.getsizeof("abc"), sys.getsizeof(S("abc")), sys.getsizeof(S("é")))
print("int", sys.getsizeof(5), sys.getsizeof(I(5)))
print("float", sys.getsizeof(1.5), sys.getsizeof(F(1.5)))
print("set", sys.getsizeof({1}), sys.getsizeof(St({1})))
print("plain", sys.getsizeof(Plain()), "slim", sys.getsizeof(Slim()), "one slot", sys.getsizeof(OneSlot()))
print("weak", sys.getsizeof(Weak()), "with dict", sys.getsizeof(WithDict()))
l, t = L(), T()
l.a = 1
t.a = 1
print("__dict__ of subclass instances:", sys.getsizeof(l.__dict__), sys.getsizeof(t.__dict__))
import types
class NS(types.SimpleNamespace): pass
class SlotNS(types.SimpleNamespace): __slots__ = ("a",)
print("namespace", sys.getsizeof(types.SimpleNamespace(a=1)), sys.getsizeof(NS()), sys.getsizeof(SlotNS()))
