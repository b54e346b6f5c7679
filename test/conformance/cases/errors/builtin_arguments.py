# Builtins' argument binding: counts, keywords (sum(start=), pow(base=, exp=), round(number=)) and chr's range, worded as CPython.
for c in (lambda: chr(None), lambda: chr("x"), lambda: chr(-1), lambda: chr([]), lambda: chr(0x110000), lambda: chr(2.5), lambda: chr(), lambda: chr(1, 2),
          lambda: enumerate(), lambda: format(), lambda: format(key=1), lambda: next(), lambda: next(key=1), lambda: pow(), lambda: pow(None),
          lambda: pow(2), lambda: pow(2, 3, 4, 5), lambda: round(), lambda: round(key=1), lambda: sum(), lambda: sum(key=1), lambda: enumerate(key=1),
          lambda: round(2.5, None, 1), lambda: chr(True), lambda: chr(65)):
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
for c in (lambda: format(1, "", 3), lambda: next(iter([]), 1, 2), lambda: enumerate([], 1, 2), lambda: sum([], 1, 2), lambda: round(1, 2, 3),
          lambda: pow(1, 2, 3, 4), lambda: pow(base=2, exp=3), lambda: round(number=2.567, ndigits=1), lambda: sum([1], start=5), lambda: enumerate(iterable="ab", start=1),
          lambda: next(5), lambda: format(1.5, 2)):
    try:
        r = c()
        print(list(r) if type(r).__name__ == "enumerate" else r)
    except Exception as e:
        print(type(e).__name__, e)
