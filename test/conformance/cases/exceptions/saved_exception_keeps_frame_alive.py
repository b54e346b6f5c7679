# A saved exception's traceback references the failing frame, which keeps its locals alive.
import sys

class Big:
    def __del__(self):
        print("Big freed")

def fail():
    big = Big()
    raise RuntimeError("failed")

saved = None
try:
    fail()
except RuntimeError as e:
    saved = e
print("handler done; big is still alive via saved.__traceback__")
print(saved.__traceback__ is not None, type(saved.__traceback__).__name__)
saved = None
print("saved cleared")
try:
    fail()
except RuntimeError:
    print("not saved")
print("end")
