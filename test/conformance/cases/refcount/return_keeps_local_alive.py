# Returning a local object hands its reference to the caller; other locals die when the frame ends.
import sys

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

def build():
    keep = Tracked("kept")
    drop = Tracked("dropped")
    print("in build:", sys.getrefcount(keep))
    return keep

result = build()
print("caller holds it:", result.name, sys.getrefcount(result))
build()
print("result of a call that was not stored is freed at once")
del result
print("end")
