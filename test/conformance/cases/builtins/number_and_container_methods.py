# list, dict, tuple, int and float methods with their results and error messages (dict views compared as sets, int/float attributes, pow, round).
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
def fresh():
    return [3, 1, 2, 1]
calls = [
    ("append", (5,)), ("extend", ("ab",)), ("extend", (5,)), ("insert", (1, 9)), ("insert", (-10, 9)), ("insert", (100, 9)),
    ("pop", ()), ("pop", (0,)), ("pop", (10,)), ("pop", ("a",)), ("remove", (1,)), ("remove", (7,)), ("index", (1,)), ("index", (1, 2)),
    ("index", (7,)), ("index", (1, -2, -1)), ("count", (1,)), ("sort", ()), ("sort", ()), ("reverse", ()), ("copy", ()), ("clear", ()),
]
for name, args in calls:
    lst = fresh()
    t(f"list.{name}{args}", lambda: (getattr(lst, name)(*args), lst))
lst = fresh()
t("sort key", lambda: (lst.sort(key=lambda v: -v), lst))
t("sort reverse", lambda: (lst.sort(reverse=True), lst))
t("sort positional", lambda: lst.sort(lambda v: v))
d = {"a": 1, "b": 2}
dcalls = [("get", ("a",)), ("get", ("z",)), ("get", ("z", 0)), ("setdefault", ("c", [])), ("setdefault", ("a",)), ("pop", ("a",)),
    ("pop", ("z",)), ("pop", ("z", None)), ("popitem", ()), ("update", ({"x": 1},)), ("update", ([("y", 2)],)), ("update", ([1],)),
    ("keys", ()), ("values", ()), ("items", ()), ("copy", ()), ("clear", ())]
for name, args in dcalls:
    d = {"a": 1, "b": 2}
    t(f"dict.{name}{args}", lambda: (getattr(d, name)(*args), d))
t("dict kw", lambda: dict(a=1, **{"b": 2}))
t("dict pairs", lambda: dict([("a", 1), "bc"]))
t("dict bad", lambda: dict([("a", 1, 2)]))
t("dict bad2", lambda: dict([1]))
t("popitem empty", lambda: {}.popitem())
t("fromkeys", lambda: dict.fromkeys("abc", 0))
t("views", lambda: ({"a": 1}.keys() & {"a", "b"}, sorted({"a": 1}.keys() | {"c"}), {"a": 1}.items() - {("a", 1)}, list(reversed({"a": 1, "b": 2}.items()))))
t("view repr", lambda: (repr({"a": 1}.keys()), repr({"a": 1}.values()), repr({"a": 1}.items())))
tp = (1, 2, 1)
t("tuple ops", lambda: (tp.count(1), tp.index(2), tp + (3,), tp * 2, tp[::-1], hash((1, 2)) == hash((1, 2)), (1, [2]) == (1, [2])))
t("tuple index missing", lambda: tp.index(9))
t("tuple hash list", lambda: hash((1, [2])))
t("int methods", lambda: ((255).bit_length(), (-7).bit_count() if hasattr(int, "bit_count") else 0, (10).to_bytes if False else 0, (5).conjugate(), int.from_bytes if False else 0))
t("int misc", lambda: ((3).real, (3).imag, (3).numerator, (3).denominator))
t("int as_integer_ratio", lambda: ((10).as_integer_ratio(), (2.5).as_integer_ratio(), (0.1).as_integer_ratio()))
t("float methods", lambda: ((2.0).is_integer(), (2.5).is_integer(), (1.5).hex(), float.fromhex("0x1.8p1"), round(-0.5), round(1.25, 1)))
t("float special", lambda: (float("nan") == float("nan"), float("-inf") < 0, 1e308 * 10, -1e308 * 10, 5e-324 / 2, float("  -12.5e1  "), float("1_0.5")))
t("float bad", lambda: float("1.2.3"))
t("int bad", lambda: int("12a"))
t("int base", lambda: (int("ff", 16), int("0b101", 0), int("z", 36), int("  -0o17 ", 0), int("1_0", 10)))
t("int base bad", lambda: int("9", 8))
t("int base range", lambda: int("1", 37))
t("pow", lambda: (pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(-2, 3, 5), pow(3, -1, 7), pow(2, 0.5)))
t("pow mod 0", lambda: pow(2, 3, 0))
t("pow neg no inverse", lambda: pow(2, -1, 4))
t("bool arith", lambda: (True + True, True * 3, -True, ~True if False else 0, True / 2, True & False, True | 2, hash(True)))
t("abs/min/max", lambda: (abs(-2.5), abs(True), min(3, 1, 2), max("abc"), min([], default=0), max([1, 2], key=lambda v: -v), min((1, "a"), (1, "b"))))
t("round", lambda: (round(0.5), round(1.5), round(-1.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(1350, -2), round(12.5, -1), round(5, 1)))
t("chr/ord", lambda: (chr(65), chr(0x1F600), ord("€"), ord("ab") if False else 0))
t("ord bad", lambda: ord("ab"))
t("hex/oct/bin", lambda: (hex(-255), oct(8), bin(-5), format(255, "x"), format(255, "#010b"), format(-1.5, "+.3e"), format(1e21, "g"), format(123456789, "_d")))
t("format spec", lambda: (f"{3:>{5}}", f"{'x':^7}|", f"{0.000123:.2e}", f"{1.0:g}", f"{12345.678:,.1f}", f"{-5:05}", f"{True:d}", f"{'abc'!r:>8}", f"{3.0:%}"))
t("float hex", lambda: ((0.1).hex(), (-2.0).hex(), (5e-324).hex(), (0.0).hex(), float.fromhex("0x1.999999999999ap-4"), float.fromhex(" -0X1P+3 "), float.fromhex("inf")))
t("fromhex bad", lambda: float.fromhex("0x1.g"))
t("fromhex big", lambda: float.fromhex("0x1p5000"))
t("ratio inf", lambda: float("inf").as_integer_ratio())
t("bit ops", lambda: ((-1).bit_length(), (0).bit_count(), (2**100).bit_length(), True.real, (1.5).real, (1.5).imag, (7).conjugate(), (True).numerator))
