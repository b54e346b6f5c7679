# A tour of who holds references: names, containers, defaults, attributes, bound methods, iterators, generators, comprehensions and copies.
import sys, gc
def refs(label, obj):
    print(label, sys.getrefcount(obj) - 1)
x = [1, 2]
refs("var", x)
y = x
refs("alias", x)
d = {"k": x, "j": x}
refs("dict values", x)
s = {id(x)}
t = (x, x, x)
refs("tuple", x)
del t
refs("after del tuple", x)
def hold(a, b=x):
    refs("in func", a)
    return a
hold(x)
refs("default held", x)
del hold
refs("func gone", x)
class Box:
    def __init__(self, v):
        self.v = v
b = Box(x)
refs("attr", x)
m = b.__init__
refs("bound method self", b)
del m
refs("after del m", b)
lst = [x] * 4
refs("repeat", x)
lst.clear()
refs("cleared", x)
it = iter(x)
refs("iter holds list", x)
next(it); next(it)
try:
    next(it)
except StopIteration:
    pass
refs("exhausted iter", x)
g = (v for v in x)
refs("genexp", x)
del g
refs("genexp gone", x)
z = [x for _ in range(2)]
refs("comp", x)
import copy
c = copy.copy(z)
refs("shallow copy", x)
dc = copy.deepcopy(z)
refs("deep copy", x)
print(dc[0] is dc[1], dc[0] is x)
