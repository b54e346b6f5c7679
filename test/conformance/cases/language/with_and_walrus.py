# with statements (nested, return/continue/break inside, suppressing exceptions) and := (PEP 572 scoping).
import sys
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.name == "quiet"
with Resource("a") as r:
    print("inside", r.name, sys.getrefcount(r))
with Resource("quiet"):
    raise ValueError("swallowed")
print("after quiet")
def early():
    with Resource("b") as r, Resource("c"):
        return r.name
print(early())
for i in range(2):
    with Resource(f"loop{i}"):
        if i == 0:
            continue
        break
if (n := len("hello")) > 3:
    print("walrus", n)
data = [1, 2, 3, 4]
print([y for x in data if (y := x * 2) > 4], y)
try:
    with Resource("loud"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)
with Resource("outer"):
    with 5:
        pass
