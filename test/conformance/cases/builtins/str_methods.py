# Common str methods: split/join, strip, replace, find/index, case, startswith, partition, zfill, center.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
t = s.strip()
print(t.split(", "), t.lower(), t.upper(), t.title(), t.swapcase())
print(t.replace("l", "L", 2), t.find("o"), t.rfind("o"), t.find("z"), t.count("l"))
print(t.startswith("Hell"), t.endswith(("x", "d")), t.partition(", "), t.rpartition("o"))
print("-".join(["a", "b", "c"]), "a,b,,c".split(","), "a b  c".split(), "x".zfill(4), "7".rjust(3, "0"))
print("ab".center(6, "*"), "abc".isalpha(), "123".isdigit(), "Ab".islower(), " ".isspace())
print("line1\nline2".splitlines(), "a-b-c".split("-", 1), "CamelCase".casefold())
t.index("z")
