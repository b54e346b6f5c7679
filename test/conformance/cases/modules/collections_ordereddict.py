# collections.OrderedDict: move_to_end, popitem(last=), order-sensitive equality, repr per version.
import sys
from collections import namedtuple, defaultdict, OrderedDict, Counter
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
t("od", lambda: (od, list(od), od.popitem(), od.popitem(last=False), od))
od2 = OrderedDict([("x", 1), ("y", 2)])
t("od2", lambda: (od2 == OrderedDict([("y", 2), ("x", 1)]), od2 == {"y": 2, "x": 1}, type(od2).__name__, repr(OrderedDict())))
t("od move bad", lambda: od2.move_to_end("zz"))
t("od popitem empty", lambda: OrderedDict().popitem())
t("od reversed", lambda: list(reversed(od2)))
