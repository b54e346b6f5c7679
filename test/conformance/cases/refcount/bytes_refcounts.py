# reference counts of bytes: bytes(b), b[:], b + b'', b * 1, one-item join and a no-op strip return the same object
import sys
data = b"payload 1"
print("constant bound to a name:", sys.getrefcount(data))
same = bytes(data)
print("bytes(data) is data:", same is data, sys.getrefcount(data))
print(data[:] is data, data + b"" is data, b"" + data is data, data * 1 is data)
del same
print("after del:", sys.getrefcount(data))
built = bytes([1, 2, 3])
print("built at run time:", sys.getrefcount(built))
items = [built, built]
print("in a list twice:", sys.getrefcount(built))
ba = bytearray(built)
print("bytearray(built) is a copy:", sys.getrefcount(built), sys.getrefcount(ba))
def echo(b):
    return b
r = echo(built)
print("returned:", r is built, sys.getrefcount(built))
joined = b"".join([built])
print("join of one item:", joined is built, sys.getrefcount(built))
stripped = built.strip()
print("strip with nothing to strip:", stripped is built, sys.getrefcount(built))
parts = built.split(b",")
print("split without a match:", parts[0] is built, sys.getrefcount(built))
del items, r, joined, stripped, parts
print("back to:", sys.getrefcount(built))
