# collections.defaultdict (__missing__ calls the factory) and Counter (counts, most_common, elements, arithmetic, equality).
import sys
from collections import namedtuple, defaultdict, OrderedDict, Counter
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
d = defaultdict(list)
d["a"].append(1)
t("dd", lambda: (d, d["b"], dict(d), d.default_factory, len(d), "c" in d, d.get("z"), type(d).__name__))
t("dd2", lambda: (defaultdict(int, {"x": 1}), defaultdict(None)["k"] if False else 0, defaultdict(lambda: 5)["q"]))
t("dd none", lambda: defaultdict()["k"])
t("dd bad", lambda: defaultdict(5))
t("dd copy", lambda: (d.copy(), type(d.copy()).__name__))
t("dd repr rec", lambda: repr(defaultdict(int)))
c = Counter("abracadabra")
t("counter", lambda: (c, c.most_common(2), c["a"], c["z"], len(c), sorted(c.elements())[:5], c.total() if hasattr(c, "total") else 0))
c2 = Counter(a=1, b=-2)
t("counter ops", lambda: (c + c2, c - c2, c & c2, c | c2, +c2, -c2, Counter(["x", "x", "y"]), Counter({"q": 3})))
c3 = Counter("aab"); c3.update("abc"); c3.subtract({"a": 5})
t("counter update", lambda: (c3, c3.most_common(), list(c3.keys())))
t("counter eq", lambda: (Counter(a=1) == Counter(a=1, b=0), Counter("ab") == {"a": 1, "b": 1}))
