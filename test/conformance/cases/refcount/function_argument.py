# Passing an object to a function: the parameter and the call add references while the call runs.
import sys

def show(obj):
    print("inside, param only:", sys.getrefcount(obj))
    alias = obj
    print("inside, with alias:", sys.getrefcount(obj))
    return len(alias)

data = [1, 2, 3]
print("before call:", sys.getrefcount(data))
print("len:", show(data))
print("after call:", sys.getrefcount(data))

def nested(obj):
    return show(obj)

print("len via nested:", nested(data))
print("after nested:", sys.getrefcount(data))
