# Structural pattern matching: literals, captures, sequences, mappings, guards and class patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(obj):
    match obj:
        case 0:
            return "zero"
        case [x, y]:
            return f"pair {x},{y}"
        case {"kind": k, **rest}:
            return f"kind {k} rest {rest}"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return "diagonal"
        case str() as s:
            return "string " + s
        case _:
            return "other"

for o in [0, [1, 2], {"kind": "a", "n": 1}, Point(0, 5), Point(2, 2), "hi", 3.5]:
    print(describe(o))
