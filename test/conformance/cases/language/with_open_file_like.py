# A with statement over a class-based context manager: __exit__ runs even when the body returns early.
class Guard:
    def __enter__(self):
        print("acquire")
        return "handle"
    def __exit__(self, *exc):
        print("release", exc[0])
        return False

def use():
    with Guard() as h:
        print("got", h)
        return "returned from with"

print(use())
try:
    with Guard():
        raise KeyError("inside with")
except KeyError as e:
    print("propagated", repr(e))
