# OR and AS patterns: alternatives binding the same names in different orders, nested captures.
def f(o):
    match o:
        case [a, b] | (b, a, "swap"):
            return f"a={a} b={b}"
        case {"x": (1 | 2 | 3) as small}:
            return f"small {small}"
        case [[_, inner] as pair, *_] | {"pair": [_, inner] as pair}:
            return f"pair {pair} inner {inner}"
        case ("a" | "b") as letter:
            return f"letter {letter}"
        case None | True | False:
            return f"singleton {o}"
        case -1 | -2.5:
            return f"negative {o}"
        case _:
            return "no match"

for o in [[1, 2], (1, 2, "swap"), (1, 2, 3), {"x": 2}, {"x": 4}, [[0, 9], 5], {"pair": [3, 4]}, "a", "c", None, False, -1, -2.5, 0]:
    print(repr(o), "->", f(o))
