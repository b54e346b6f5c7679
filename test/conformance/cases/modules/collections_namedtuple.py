# collections.namedtuple: fields, defaults, _make/_replace/_asdict, repr, tuple behaviour and CPython's errors.
import sys
from collections import namedtuple, defaultdict, OrderedDict, Counter
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
Point = namedtuple("Point", ["x", "y"])
P3 = namedtuple("P3", "a b c", defaults=[0, 1])
p = Point(1, y=2)
t("p", lambda: (p, p.x, p[1], p._fields, P3._field_defaults, P3(5), p._asdict(), p._replace(x=9), Point._make([3, 4])))
t("type", lambda: (type(p).__name__, Point.__name__, Point.__module__, isinstance(p, tuple), Point.__bases__, p == (1, 2), hash(p) == hash((1, 2))))
t("errs1", lambda: Point(1))
t("errs2", lambda: Point(1, 2, 3))
t("errs3", lambda: Point(1, z=2))
t("errs4", lambda: p._replace(z=1))
t("setattr", lambda: setattr(p, "x", 5))
t("newattr", lambda: setattr(p, "q", 5))
t("rename", lambda: namedtuple("R", ["a", "def", "a"], rename=True)._fields)
t("badname", lambda: namedtuple("R", ["a", "1b"]))
t("dup", lambda: namedtuple("R", ["a", "a"]))
t("under", lambda: namedtuple("R", ["_a"]))
t("unpack", lambda: (lambda a, b: a + b)(*p))
t("str", lambda: (str(p), f"{p}", Point(x=[1], y={}).__repr__()))
