# iterating bytes and bytearray yields ints; the iterator holds a reference to the sequence
import sys
data = bytes([200, 100, 50]) + b"!"
for byte in data:
    print(byte, end=" ")
print()
it = iter(data)
print(type(it).__name__, type(iter(bytearray())).__name__)
print("refcount while iterating:", sys.getrefcount(data))
print(next(it), next(it), list(it))
print("after exhausting:", sys.getrefcount(data))
print(list(b"abc"), tuple(bytearray(b"xy")), sorted(b"cab"), max(b"az"), sum(b"\x01\x02\x03"))
print(list(reversed(b"abc")), [b for b in bytearray(b"123") if b > 49], b"a" in b"cat", 97 in b"cat", 120 in b"cat")
ba = bytearray(b"ab")
for b in ba:
    if len(ba) < 5:
        ba.append(b + 2)
print(ba)
a, b, c = b"xyz"
print(a, b, c, [chr(x) for x in b"hi"], dict(zip(b"ab", b"AB")))
try:
    "a" in b"abc"
except TypeError as e:
    print("TypeError:", e)
print(300 in b"abc")
