# sys.getsizeof of str by kind: ASCII, latin-1 (3.12+'s one-character singletons carry their UTF-8), UCS-2, joined and repeated strings.
# conformance: not-for 3.14: the pyodide build is 32-bit (object sizes differ)
import sys
a = "é"
b = "héllo"
c = "中"
d = "é" * 3
e = "".join(["h", "é"])
f = chr(233)
g = "ÿ"
h = "é" + "x"
k = {"é": 1}
print([sys.getsizeof(x) for x in (a, b, c, d, e, f, g, h)])
s = "naïve"
print(sys.getsizeof(s))
print(sys.getsizeof(s))
t = chr(233) + "b"
u = chr(20013) + "x"
print(sys.getsizeof(f"{a}z"), sys.getsizeof(str(1.5)), sys.getsizeof("ascii"))
