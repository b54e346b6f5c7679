# import forms: from x import y, import x as z, from x import y as w.
from sys import getrefcount
import gc as collector
from gc import collect as full_collect

a = []
print(getrefcount(a))
a.append(a)
del a
print(collector.collect() if False else full_collect())
print(collector.isenabled(), getrefcount.__name__, full_collect.__name__)
