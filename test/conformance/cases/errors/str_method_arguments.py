# str method argument checks: counts, types and fill characters, worded as CPython.
for call in (lambda: "a".lstrip("a", "b"), lambda: "a".rstrip(1), lambda: "a".center(), lambda: "a".center(5, "-", 1), lambda: "a".zfill(),
             lambda: "a".partition(), lambda: "a".rpartition("a", "b"), lambda: "a".capitalize(1), lambda: "a".swapcase(1), lambda: "a".casefold(1),
             lambda: "a".ljust(3, "ab"), lambda: "a".upper(1), lambda: [].append(), lambda: "a".title(1), lambda: "a".strip(1, 2)):
    try:
        print(call())
    except TypeError as e:
        print(e)
