# bytes are hashable (same hash as the equivalent latin-1 str), so they work as set elements and dict keys; bytearray is not
# conformance: not-for 3.14: the pyodide build is 32-bit (hashes, so set order, and sizes differ)
print(hash(b""), hash(b"abc"), hash(b"abc") == hash("abc"), hash(b"\xe9") == hash("\xe9"))
keys = {b"zeta": 1, b"alpha": 2, b"mid": 3}
print(keys[b"alpha"], b"mid" in keys, bytes(b"zeta") in keys, "alpha" in keys)
tags = set()
for tag in [b"q", b"a", b"hello", b"z", b"\x00"]:
    tags.add(tag)
print(tags, {b"a", b"a"}, len({b"x", "x"}))
print(b"abc" == bytearray(b"abc"), b"abc" == "abc", b"a" < b"b", b"ab" < b"abc", bytearray(b"b") > b"a")
print(sorted([b"pear", b"Apple", b"apple", b"\xffx"]), min(b"x", bytearray(b"a")))
seen = set()
for word in b"the cat the hat".split():
    seen.add(word)
print(sorted(seen))
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print("TypeError:", e)
hash(bytearray(b"abc"))
