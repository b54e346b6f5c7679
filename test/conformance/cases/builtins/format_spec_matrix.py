# The format mini-language on a matrix of ints, floats, bools and strs (fill, align, sign, #, 0, width, grouping, precision, types), str.format, %-formatting and f-strings.
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
vals = [0, 7, -7, 255, 10**20, 3.14159, -0.5, 1e-7, 1e22, float("inf"), float("nan"), 0.1 + 0.2, 2.5, True, "text"]
specs = ["", "d", "5d", "<6", ">6", "^7", "+", " ", "x", "#x", "X", "o", "#o", "b", "#b", "c", "e", ".2e", "E", "f", ".0f", ".3f", "10.2f",
         "%", ".1%", "g", ".3g", "G", "n", ",", "_", ",.2f", "_x", "08.3f", "=+9", "*^9", "s", "10s", ".2s", "r"]
for v in vals:
    for s in specs:
        t(f"format({v!r}, {s!r})", lambda: format(v, s))
t("str.format fields", lambda: "{0:>{1}} {name:^{w}}|{2!r:>6}".format("a", 4, "q", name="nm", w=6))
t("str.format attr/index", lambda: "{0[1]} {1.real} {d[k]}".format([1, 2], 3, d={"k": "v"}))
t("format braces", lambda: "{{}} {} {{x}}".format(1))
t("format missing", lambda: "{} {}".format(1))
t("format bad key", lambda: "{x}".format(y=1))
t("format mixing", lambda: "{0} {}".format(1, 2))
t("percent", lambda: "%5.2f|%-6d|%x|%o|%e|%g|%c|%r|%s|%%|%+d|% d|%05d|%.3s" % (3.14159, 42, 255, 8, 12345.678, 0.0001, 65, "q", [1], 5, 5, 42, "abcdef"))
t("percent dict", lambda: "%(a)s-%(b)03d" % {"a": "x", "b": 7})
t("percent tuple err", lambda: "%d %d" % (1,))
t("percent extra", lambda: "%d" % (1, 2))
t("percent type", lambda: "%d" % "s")
t("fstring", lambda: f"{1+1=} {'x'!r:>5} {3.0:.{2}f} {[1,2]!s} {{}} {10:#06x} {1_000_000:,}")
t("fstring nested", lambda: f"{f'{1}'}{'a' 'b'}")
