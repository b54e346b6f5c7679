# Every common str method on a matrix of strings (ASCII, Latin-1, ß, titlecase ǅ, İ, digits, tabs, CRLF): results and errors.
strings = ["", "abc", "Hello World", "  padded\t", "a,b,,c", "ÉCOLE", "ß", "line1\nline2\r\nline3", "123",
           "1_000", "x\ty", "ǅungla", "hello_world2", "İ", "²½五", "ΑΣ Β"]
calls = {
    "capitalize": [()], "casefold": [()], "center": [(10,), (10, "*"), (2,)], "count": [("l",), ("l", 2), ("",), ("l", 1, -1)],
    "endswith": [("d",), (("x", "d"),), ("l", 0, 4)], "expandtabs": [(), (4,), (0,)], "find": [("o",), ("o", 5), ("zz",), ("",)],
    "format": [()], "index": [("o",), ("zz",)], "isalnum": [()], "isalpha": [()], "isascii": [()], "isdecimal": [()], "isdigit": [()],
    "isidentifier": [()], "islower": [()], "isnumeric": [()], "isprintable": [()], "isspace": [()], "istitle": [()], "isupper": [()],
    "join": [(["x", "y"],), ([],), ([1],)], "ljust": [(8,), (8, "-")], "lower": [()], "lstrip": [(), ("ab",)],
    "partition": [(",",), ("zz",), ("",)], "removeprefix": [("ab",), ("",)], "removesuffix": [("c",)],
    "replace": [("l", "L"), ("l", "L", 1), ("", "-"), ("", "-", 2)], "rfind": [("o",), ("l", 0, 3)], "rindex": [("l",)],
    "rjust": [(8,), (8, "0")], "rpartition": [(",",), ("zz",)], "rsplit": [(), (",",), (",", 1), (None, 1)],
    "rstrip": [(), ("c",)], "split": [(), (",",), (",", 1), (None, 1), ("",)], "splitlines": [(), (True,)],
    "startswith": [("a",), (("H", "a"),), ("b", 1)], "strip": [(), (" \t",), ("ac",)], "swapcase": [()], "title": [()],
    "upper": [()], "zfill": [(5,), (0,)], "isupper ": [(1,)],
}
for s in strings:
    for name, arg_lists in calls.items():
        for args in arg_lists:
            label = f"{s!r}.{name.strip()}{args!r}"
            try:
                print(label, "->", repr(getattr(s, name.strip())(*args)))
            except Exception as e:
                print(label, "!!", type(e).__name__, e)
