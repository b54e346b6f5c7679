# Python's idea of whitespace (split/strip/isspace) and of printable characters (repr escapes).
print(repr("\ufeffa b\x1cc\u3000d".split()), "\x1c".isspace(), "\ufeff".isspace(), "".isspace(), " \t".isspace())
print(repr("\x1ca\x85".lstrip()), "a\x1cb".rsplit(), "a b c  ".split(None, 1), "  a b  c".rsplit(None, 1), "  a  b  c ".rsplit(None, 2))
print("a  b  c".split(maxsplit=0), "  ".split(), "".rsplit(), " x ".rsplit(None, 0), "a b".split(None, 5))
print(repr("\x00\x1f\x7f\x85\xa0\xad\u200b\u2028\u3000\ue000\U000f0000\ufeff\U0001F600 é\u0301"), ascii("é😀\x00"))
print(repr("\ud800" if False else "x"), [repr(chr(c)) for c in (0x378, 0x61c, 0x180e, 0x2066, 0xfff9, 0x1d173)])
