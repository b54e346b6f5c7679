# A cycle through a dict key: an instance used as a key refers back to the dict that holds it.
import gc
import sys

class Key:
    pass

table = {}
k = Key()
k.table = table
table[k] = "value"
print("key refs:", sys.getrefcount(k))
print("table refs:", sys.getrefcount(table))
del k, table
print("collected:", gc.collect())
