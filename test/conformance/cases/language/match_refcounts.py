# Match statement: refcounts of the subject and captures during guards and bodies.
import sys

class Box:
    __match_args__ = ("item",)
    def __init__(self, item):
        self.item = item

def inspect(subject):
    match subject:
        case [first, *rest] if sys.getrefcount(first) > 100:
            print("never")
        case [first, *rest]:
            print("seq first", sys.getrefcount(first), "rest", rest, sys.getrefcount(rest))
        case Box(item) if print("guard sees subject", sys.getrefcount(subject)) is None:
            print("box item", sys.getrefcount(item))
        case {"k": v, **others}:
            print("map v", sys.getrefcount(v), "others", others, sys.getrefcount(others))
        case _:
            print("other", sys.getrefcount(subject))

payload = [1, 2]
inspect([payload, 3, 4])
print("payload after", sys.getrefcount(payload))
inspect(Box(payload))
print("payload after", sys.getrefcount(payload))
inspect({"k": payload, "z": 1})
print("payload after", sys.getrefcount(payload))
inspect(3.5 * len(payload))

data = [payload, payload]
match data:
    case [a, b] if a is b:
        print("module", sys.getrefcount(payload), sys.getrefcount(data))
print("end", sys.getrefcount(payload))
