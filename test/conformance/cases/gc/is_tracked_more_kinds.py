# gc.is_tracked for iterators, views, descriptors, bound methods and other objects a program makes in passing.
import gc

class K:
    def m(self):
        pass

def f():
    pass

objs = {"slice": slice(1, 2), "range iter": iter(range(3)), "list iter": iter([]),
 "dict keys view": {}.keys(), "dict iter": iter({}), "property": property(), "staticmethod": staticmethod(f),
 "classmethod": classmethod(f), "bound method": K().m, "builtin method": [].append, "code": f.__code__,
 "enumerate": enumerate([]), "zip": zip(), "map": map(str, []), "filter": filter(None, []), "reversed": reversed([]),
 "set iter": iter(set()), "tuple iter": iter(()), "bytes iter": iter(b""), "super": super(K, K()),
 "exception": ValueError(), "type": type, "K": K, "object": object(),
 "frozenset()": frozenset(), "frozenset((1,))": frozenset((1,)), "NotImplemented": NotImplemented, "Ellipsis": ...,
 "float": 1.5, "bytearray": bytearray(), "dict(a=1)": dict(a=1),
 "list of tuples": [(1,)], "tuple of lists": ([],)}
for name, o in objs.items():
    print(name, gc.is_tracked(o))
