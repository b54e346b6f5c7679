# bytes are immutable, bytearray mutable; encode/decode between str and bytes.
b = "héllo".encode("utf-8")
print(b, len(b), b[0], b[1:3], type(b).__name__)
print(b.decode("utf-8"), bytes([72, 105]), bytes(3), b"ab" + b"cd")
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
print(ba, bytes(ba), len(ba), ba.hex())
print(b"x" in b"xyz", b"a,b".split(b","))
b[0] = 1
