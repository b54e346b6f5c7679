# None, True and small ints are immortal from 3.12 on: getrefcount shows a fixed sentinel that binding does not change.
# conformance: not-for 3.11: not immortal; counts of None/True/small ints are ~1e9+n and vary with internals
# conformance: not-for 3.14: pyodide is 32-bit, its immortal refcount differs from 64-bit 3.14 (3221225472)
import sys

before = sys.getrefcount(None)
a = None
b = None
print("None:", sys.getrefcount(None), "unchanged by binding:", sys.getrefcount(None) == before)
print("True:", sys.getrefcount(True), "False:", sys.getrefcount(False))
n = 7
print("small int 7:", sys.getrefcount(n), sys.getrefcount(256))
print("empty tuple:", sys.getrefcount(()))
