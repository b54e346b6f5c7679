# printf-style % formatting, str.format (fields, conversions, nested specs) and more str methods.
name, n, pi = "Ada", 42, 3.14159
print("%s is %d years, pi=%.2f %5s|%-5s|%05d %x %X %o %e %+d %%" % (name, n, pi, "r", "l", n, 255, 255, 8, 12345.678, 5))
print("%(who)s has %(count)03d items" % {"who": "Bob", "count": 7})
print("%r %a %c %c" % ("hi", "é", 65, "z"), "%.3s" % "abcdef", "%10.4f|" % pi, "%-8d|" % 3, "% d" % 4)
print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{n:>6}|{p:.3f}".format(n=n, p=pi))
print("{0!r:>8} {0!s}".format("q"), "{:,}".format(1234567), "{:08.3f}".format(-pi), "{:^9}".format("mid"))
pt = {"x": 1, "y": [5, 6]}
print("{0[x]} {0[y][1]}".format(pt), "{:{w}.{p}f}".format(pi, w=9, p=2), "{{literal}}".format())
print("title case".title(), "CAPS".capitalize(), "  pad ".strip("p "), "ab".center(6, "*"), "7".zfill(3), "-7".zfill(4))
print("a,b,c".split(",", 1), "a b  c".split(None, 1), "x=1".partition("="), "l1\nl2\n".splitlines(), "ab".ljust(4, "."), "ab".rjust(4))
print("Hello".isalpha(), "abc123".isalnum(), "  ".isspace(), "ABC".isupper(), "abc".islower(), "x.py".removesuffix(".py"))
print("a,b,c,d".rsplit(",", 2), "hello".rfind("l"), "%s" % (1,), "%s" % [1, 2])
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only",))
except TypeError as e:
    print("TypeError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
