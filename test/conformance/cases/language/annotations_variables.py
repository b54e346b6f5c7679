# Variable annotations: module-level names get __annotations__ entries (3.14: a module __annotate__ evaluated on demand); annotations inside functions are never evaluated.
import sys
class Point:
    pass
count: int = 0
origin: Point = Point()
pending: list
print(count, type(origin).__name__, "pending" in globals())
print("Point refs:", sys.getrefcount(Point))
def work():
    total: int = 5
    later: "Undefined"
    try:
        print(later)
    except NameError as e:
        print(type(e).__name__, e)
    return total
print(work())
box = Point()
box.size: int = 3
print(box.size)
def outer():
    label: str
    return "label" in outer.__code__.co_varnames
print(outer())
print(sorted(globals().get("__annotations__", {})))
marker = []
box.note: marker.append("evaluated") or int = 1
print(marker)
try:
    print(sorted(__annotate__(1)), __annotate__.__qualname__)
except NameError as e:
    print("NameError:", e)
