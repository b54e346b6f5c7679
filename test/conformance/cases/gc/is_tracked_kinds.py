# Which objects the collector tracks: containers, instances, functions, classes and generators, but never atoms.
import gc

class Plain:
    pass

class Slotted:
    __slots__ = ("x",)

def gen():
    yield 1

print("int, float, str, bytes:", gc.is_tracked(10 ** 30), gc.is_tracked(1.5), gc.is_tracked("s" * 3), gc.is_tracked(b"xy"))
print("None, True, object():", gc.is_tracked(None), gc.is_tracked(True), gc.is_tracked(object()))
print("list, set, frozenset():", gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(frozenset()))
print("empty tuple:", gc.is_tracked(()))
print("instance, slotted:", gc.is_tracked(Plain()), gc.is_tracked(Slotted()))
print("class, builtin type:", gc.is_tracked(Plain), gc.is_tracked(int))
print("function, lambda, builtin:", gc.is_tracked(gen), gc.is_tracked(lambda: 0), gc.is_tracked(len))
print("generator, iterator:", gc.is_tracked(gen()), gc.is_tracked(iter([])))
print("bound method:", gc.is_tracked(Plain().__init__), "exception:", gc.is_tracked(ValueError("x")))
print("module:", gc.is_tracked(gc))
