# Common str methods and slicing.
s = "Hello, World"
print(s.upper(), len(s))
print(s.replace("l", "L"), s.replace("l", "L", 1))
print(s.split(", "), "a  b c".split(), "1,2,,3".split(","))
print("-".join(["x", "y", "z"]), "".join(["a", "b"]))
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1])
print(s.count("l"), s.index("W"), "World" in s, "world" in s)
print("ab" * 3, "a" < "b", "abc" + "def", str(42) + "!")
