# converting between bytes, int and str: to_bytes/from_bytes, int()/float() of bytes, str(b, encoding), ord, padding
n = 1024
raw = n.to_bytes(2, "big")
print(raw, n.to_bytes(4, "little"), (255).to_bytes(), (-2).to_bytes(2, "big", signed=True))
print(int.from_bytes(raw, "big"), int.from_bytes(raw, "little"), int.from_bytes(b"\xff\xfe", "big", signed=True), bool.from_bytes(b"\x00", "big"))
print(int(b"42") + 1, int(b"ff", 16), float(b"2.5"), ord(b"A"), chr(raw[0] + 60))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", encoding="latin-1"), str(b"x"), repr(str(bytearray(b"y"), "ascii")))
print(b"7".zfill(3), b"-7".zfill(4), b"ab".center(6, b"*"), b"ab".ljust(4, b"."), bytearray(b"ab").rjust(4))
print(b"one\ntwo\r\nthree".splitlines(), b"a\nb\n".splitlines(True), b"hello world".title(), b"a\tb".expandtabs(4))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(b"4x")
except ValueError as e:
    print("ValueError:", e)
try:
    str("s", "utf-8")
except TypeError as e:
    print("TypeError:", e)
(1).to_bytes(2, "middle")
