# str.find/index/rfind/rindex/count with start and end, counting in code points like CPython.
s = "a😀b😀c"
print(s.find("b"), s.index("c"), s.rfind("😀"), s.rindex("😀"), s.count("😀"), s.find("😀", 2), s.find("😀", -2))
t = "hello world, hello"
print(t.find("o", 5), t.find("o", 5, 7), t.rfind("hello", 0, 10), t.count("l", 3), t.count("l", 3, -3), t.find("", 30), t.find("", 18))
print(t.count(""), t.count("", 5, 2), t.count("", 30), t.rfind(""), t.find("x", None, None), t.index("w", -8 + 0))
for call in (lambda: t.index("zz"), lambda: t.rindex("o", 0, 3), lambda: t.find(1), lambda: t.count(None), lambda: t.find("a", "b"),
             lambda: t.find("a", 1, 2, 3), lambda: t.find(), lambda: t.partition(5)):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
