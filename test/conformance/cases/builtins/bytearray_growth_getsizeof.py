# bytearray over-allocates like a list when it grows by appends; sys.getsizeof shows 56 + the allocation
# conformance: not-for 3.14: prints sys.getsizeof (the pyodide build is 32-bit)
import sys
print(sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(bytes(100)))
print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b"abc")), sys.getsizeof(bytearray(10)))
ba = bytearray()
last = sys.getsizeof(ba)
for i in range(40):
    ba.append(i)
    size = sys.getsizeof(ba)
    if size != last:
        print("len", len(ba), "->", size)
        last = size
print("list of ints:", sys.getsizeof(bytearray([1, 2, 3])), "range:", sys.getsizeof(bytearray(range(10))))
ba = bytearray(b"0123456789")
del ba[:6]
print("after del front:", ba, sys.getsizeof(ba))
ba.extend(b"abcdefgh")
print("after extend:", ba, sys.getsizeof(ba))
ba.clear()
print("after clear:", ba, sys.getsizeof(ba))
big = bytearray(1000)
for i in range(600):
    big.pop()
print("after 600 pops:", len(big), sys.getsizeof(big))
print(sys.getsizeof(bytearray(b"ab") * 3), sys.getsizeof(bytearray(b"ab") + b"c"), sys.getsizeof(bytearray(b"abc").copy()))
