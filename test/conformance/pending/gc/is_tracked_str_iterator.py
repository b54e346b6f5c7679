# A str iterator is a GC-tracked object in CPython (unicodeiter has tp_traverse), like a list iterator.
import gc

print("str iterator:", gc.is_tracked(iter("ab")))
print("list iterator:", gc.is_tracked(iter([1])))
print("bytes iterator:", gc.is_tracked(iter(b"ab")))
