# f(**a, **b): a keyword given twice, a non-mapping after **, and custom mappings, with the callee named as CPython names it.
def show(*a, **k): pass
class Box:
    def m(self, **k): pass
for call in (lambda: show(**{"z": 1}, **{"z": 2}), lambda: show(z=1, **{"z": 2}), lambda: Box().m(**{"q": 1}, **{"q": 1}),
             lambda: print(**{"sep": 1}, **{"sep": 2}), lambda: show(**[1]), lambda: show(*[1], **{1: 2}), lambda: dict(**{"a": 1}, **{"a": 2}),
             lambda: show(**{"a": 1}, **[1]), lambda: Box()(**{})):
    try:
        call()
        print("ok")
    except TypeError as e:
        print(e)
import math
try:
    math.sqrt(**{"a":1}, **{"a":2})
except TypeError as e: print(e)
try:
    [].append(**{"a":1}, **{"a":2})
except TypeError as e: print(e)
from collections import OrderedDict
print(dict(**OrderedDict(a=1), **{"b": 2}), {**OrderedDict(x=1)})
class M:
    def keys(self): return ["k"]
    def __getitem__(self, k): return k*2
print(dict(**M()), {**M()})
try:
    {**[1]}
except TypeError as e: print(e)
