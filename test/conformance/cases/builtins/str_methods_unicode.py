# Common str methods: split/strip/title/casefold/splitlines and friends, with non-ASCII text.
t = "  Hello World, héllo wörld  "
print(t.split(), t.split(" ", 2), t.rsplit(None, 1), t.split(","), "a,b,,c".split(",", maxsplit=2), "a b  c".rsplit(" ", 1))
print(t.strip(), t.lstrip(" H"), t.rstrip("d "), "xxaxx".strip("x"), t.title(), "ǆa".title(), "ß".upper(), "İ".lower())
print("ab\ncd\r\nef".splitlines(), "ab\ncd\n".splitlines(True), "x".join(["a", "b"]), "abc".startswith(("x", "a")), "abc".endswith("bc", 0, 2))
print("12".isdigit(), "½".isnumeric(), "Ab1".isalnum(), "abc".isalpha(), " ".isspace(), "abc".islower(), "ABC".isupper(), "a_b".isidentifier())
print("a-b-c".replace("-", "+", 1), "abc".zfill(6), "-42".zfill(6), "tab\there".expandtabs(4), "Hello".swapcase(), "hello world".capitalize())
print("%-5s|%5.1f|%03d|%x|%r" % ("ab", 3.14159, 7, 255, "q"), "{:^9}|{:+d}|{:,}|{:.3e}|{!r:>6}".format("mid", 5, 1234567, 12345.678, "z"))
print("abc".removeprefix("a"), "abc".removesuffix("c"), "a\tb".expandtabs(), "Straße".casefold(), "ab".ljust(5, "."), "ab".rjust(5))
print("hello"[1:4], "hello"[::-2], "hello" * 2, "lo" in "hello", "hello".partition("l"), "hello".rpartition("l"), str.maketrans if False else "")
for w in ("Straße", "ΣΊΣΥΦΟΣ", "ﬁne", "ı", "İ", "ſ", "µ", "ǅ", "Ω", "ﬀ", "ŉ", "ǰ"):
    print(w.casefold(), w.title(), w.upper(), w.lower())
