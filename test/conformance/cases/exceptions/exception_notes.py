# PEP 678 exception notes: add_note, __notes__, notes printed under an uncaught exception; attributes on built-in exceptions.
try:
    raise ValueError("bad")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second\nline")
    print(e.__notes__, str(e), repr(e))
    err = e
try:
    err.add_note(5)
except TypeError as x:
    print(x)
e2 = KeyError("k")
print(hasattr(e2, "__notes__"))
e2.__notes__ = ["custom"]
print(e2.__notes__)
def f():
    try:
        {}["missing"]
    except KeyError as e:
        e.add_note("while looking up the config")
        raise
e3 = ValueError("v")
e3.extra = 42
e3.args = ["changed", 2]
print(e3.extra, e3.args, str(e3))
try:
    e3.__cause__ = "nope"
except TypeError as t:
    print(t)
try:
    dict([1])
except TypeError as t:
    print(t, getattr(t, "__notes__", None))
f()
