# Slices became hashable in 3.12 (a tuple-style hash of start, stop and step); before that hash() raises. Their size.
# conformance: not-for 3.14: the pyodide build is 32-bit (hashes and sizes differ)
import sys

s = slice(1, 10, 2)
print(sys.getsizeof(s), sys.getsizeof(slice(None)))
try:
    print(hash(s), hash(slice(None)), hash(s) == hash(slice(1, 10, 2)))
    print({s: "x"}[slice(1, 10, 2)], len({slice(1), slice(1), slice(2)}))
except TypeError as e:
    print("TypeError:", e)
