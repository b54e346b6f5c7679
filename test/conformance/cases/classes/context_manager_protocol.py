# __enter__/__exit__: with calls __exit__ on normal exit and on exceptions; returning True suppresses.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress

with Resource("a") as r:
    print("using", r.name)
with Resource("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
with Resource("outer"), Resource("inner"):
    print("body")
with Resource("c"):
    1 / 0
