# A suspended generator's frame keeps its locals alive; finishing or deleting the generator releases them.
import sys

def holder(obj):
    local = obj
    yield "first"
    yield "second"

data = ["payload"]
print("before:", sys.getrefcount(data))
g = holder(data)
print("created, not started:", sys.getrefcount(data))
next(g)
print("suspended at first yield:", sys.getrefcount(data))
list(g)
print("exhausted:", sys.getrefcount(data))
g2 = holder(data)
next(g2)
print("second generator suspended:", sys.getrefcount(data))
del g2
print("after del:", sys.getrefcount(data))
