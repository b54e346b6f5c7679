# Methods defined METH_VARARGS get their arguments as a new tuple: dict.update, str.format, set.union (to 3.13), str.find (to 3.12)
# conformance: gc-variant 3.14 incremental
import gc
gc.collect()
gc.disable()
gc.get_count()

def show(label, before):
    print(label, gc.get_count()[0] - before)

d = {'a': 1}
s = {1, 2}
text = "hello"
extra = {'b': 2}
more = [3]
a = gc.get_count()[0]; d.update(extra); show("d.update(extra):", a)
a = gc.get_count()[0]; d.update(c=3); show("d.update(c=3) (a dict of keywords):", a)
a = gc.get_count()[0]; f = "{}-{}".format(1, 2); show("str.format with 2 arguments:", a)
a = gc.get_count()[0]; u = s.union(more); show("s.union(more):", a)
gc.collect()
a = gc.get_count()[0]; i = text.find("l"); show("after a collection, text.find('l') (get_count's own tuple counts 1):", a)
a = gc.get_count()[0]; e = text.endswith("o"); show("text.endswith('o'):", a)
a = gc.get_count()[0]; c = text.count("l"); show("text.count('l'):", a)
