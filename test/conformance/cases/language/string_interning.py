# Identifier-like string constants are interned; run-time strings are not unless passed to sys.intern().
import sys

a = "name"
b = "".join(["na", "me"])
print(a == b, a is b)
c = sys.intern(b)
print(c is a)
d = "hello world!"
e = "hello world" + "!".strip()
print(d is e, sys.intern(e) is sys.intern(d))
keys = {"alpha": 1}
k = "".join(["al", "pha"])
print(list(keys)[0] is k, list(keys)[0] is sys.intern(k))
