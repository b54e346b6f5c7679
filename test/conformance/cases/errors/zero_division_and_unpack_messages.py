# ZeroDivisionError messages of / // % divmod and ** per version, and the too-many-values-to-unpack message per source type.
for f in (lambda: divmod(1, 0), lambda: 1.5 // 0, lambda: divmod(1.5, 0), lambda: 1.5 / 0, lambda: 1 // 0.0, lambda: 1 % 0.0, lambda: 0.0 ** -1, lambda: 10 % 0, lambda: 7 / 0, lambda: divmod(2, 0.0)):
    try:
        f()
    except ZeroDivisionError as e:
        print(e)
def g():
    yield 1; yield 2; yield 3
for src in ([1, 2, 3], (1, 2, 3), "abc", {1: 1, 2: 2, 3: 3}, g(), iter([1, 2, 3]), range(3), {1, 2, 3}):
    try:
        a, b = src
    except ValueError as e:
        print(type(src).__name__, e)
