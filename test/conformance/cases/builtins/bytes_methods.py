# the bytes methods a tutorial uses: split/join/strip, find/count/replace, case, tests, hex/fromhex
line = b"  GET /index.html HTTP/1.1\r\n"
method, path, version = line.split()
print(method, path, version, line.strip(), line.rstrip(b"\r\n"))
print(b",".join([b"a", b"b", bytearray(b"c")]), b"a,b,,c".split(b","), b"a b  c".split(None, 1), b"a.b.c".rsplit(b".", 1))
print(path.find(b"."), path.find(b"x"), path.count(b"i"), path.index(ord("h")), path.rfind(b"/"))
print(path.replace(b"html", b"htm"), path.startswith(b"/"), path.endswith((b".js", b".html")))
print(b"Hello".upper(), b"Hello".lower(), b"Hello".swapcase(), b"hello world".capitalize())
print(b"123".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace(), b"\xe9".isalpha(), b"\xe9".isascii())
print(b"\x00\xffHi".hex(), b"\x01\x02\x03".hex(":"), bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"))
print(b"key=value".partition(b"="), b"a/b/c".rpartition(b"/"), b"v1.2".removeprefix(b"v"))
ba = bytearray(b"hello")
print(ba.upper(), ba.split(b"l"), ba.replace(b"l", b"L"), ba.find(b"lo"), ba.decode())
try:
    b"abc".split("b")
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
try:
    bytes.fromhex("abc")
except ValueError as e:
    print("ValueError:", e)
print(b"-".join([b"x", "y"]))
