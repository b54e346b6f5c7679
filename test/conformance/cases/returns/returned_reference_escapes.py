# A function can store a reference in a global container; the object outlives the call that created it.
import sys

registry = []

def create(tag):
    obj = {"tag": tag}
    registry.append(obj)
    return obj

x = create("kept")
print("x:", x)
print("refs:", sys.getrefcount(x))
create("dropped by caller")
print("registry size:", len(registry))
print("second object refs:", sys.getrefcount(registry[1]))
registry.pop()
print("after pop:", len(registry), sys.getrefcount(x))
