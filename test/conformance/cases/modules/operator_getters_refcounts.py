# operator: itemgetter, attrgetter and methodcaller keep references to what they were built with.
import operator
import sys

key = [0, 1]
print("key refcount:", sys.getrefcount(key))
getter = operator.itemgetter(key)
print("held by itemgetter:", sys.getrefcount(key))
several = operator.itemgetter(0, key)
print("held by itemgetter(0, key):", sys.getrefcount(key))
caller = operator.methodcaller("append", key)
print("held by methodcaller:", sys.getrefcount(key))
target = []
caller(target)
print("after the call:", target[0] is key, sys.getrefcount(key))
del getter, several, caller, target
print("after del:", sys.getrefcount(key))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=operator.itemgetter(1)), operator.itemgetter(0, 1)(rows[0]))

class Point:
    def __init__(self, x):
        self.x = x

print([p.x for p in sorted([Point(3), Point(1), Point(2)], key=operator.attrgetter("x"))])
print(operator.methodcaller("split", ",", 1)("a,b,c"), type(operator.itemgetter(1)))
