# Mapping patterns: extra keys are allowed, **rest copies the remainder, and keys are looked up with get().
import sys

def show(m):
    match m:
        case {"type": "point", "x": x, "y": y}:
            print("point", x, y)
        case {"type": t, **rest} if rest:
            print("typed", t, "rest", rest, sys.getrefcount(rest))
        case {"type": t}:
            print("bare", t)
        case {}:
            print("some mapping", dict(m))
        case _:
            print("not a mapping", type(m).__name__)

show({"type": "point", "x": 1, "y": 2, "extra": 0})
show({"type": "circle", "r": 3})
show({"type": "empty"})
show({"name": "x"})
show([("type", "x")])
show("type")

