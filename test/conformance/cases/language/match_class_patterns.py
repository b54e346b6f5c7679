# Class patterns: __match_args__, keywords, builtin types matching themselves, subclasses and errors.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def kind(o):
    match o:
        case Point3(x, y, z=0):
            return f"flat 3d {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case bool(b):
            return f"bool {b}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case list([*items]):
            return f"list of {len(items)}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case object(real=r, imag=0):
            return f"real {r}"
        case _:
            return "other"


for o in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Point3(1, 2, 0), Point3(1, 2, 3), True, 4, 2.5, "s", [1, 2, 3], (1, 2), (1, 2, 3), None]:
    print(kind(o))

for bad in [lambda: Point(1, 2), lambda: 5]:
    try:
        match bad():
            case Point(a, b, c):
                print("no")
            case int(a, b):
                print("no")
    except TypeError as e:
        print("TypeError:", e)

try:
    match 5:
        case kind():
            pass
except TypeError as e:
    print("TypeError:", e)

class Bad:
    __match_args__ = ["a"]
try:
    match Bad():
        case Bad(x):
            pass
except TypeError as e:
    print("TypeError:", e)
