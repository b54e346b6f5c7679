# Comprehensions: the result container counts; on 3.11 the hidden function object counts too
# conformance: gc-variant 3.14 incremental
import gc
gc.collect()
gc.disable()

def show(label, before):
    print(label, gc.get_count()[0] - before)

data = [1, 2, 3]
a = gc.get_count()[0]; sq = [x * x for x in data]; show("list comprehension:", a)
a = gc.get_count()[0]; del sq; show("del it:", a)
a = gc.get_count()[0]; sq = [x * x for x in data]; show("list comprehension again:", a)
a = gc.get_count()[0]; dd = {x: x for x in data}; show("dict comprehension:", a)
a = gc.get_count()[0]; nested = [[x] for x in data]; show("list of 3 new lists:", a)
a = gc.get_count()[0]; del nested; show("del nested:", a)
