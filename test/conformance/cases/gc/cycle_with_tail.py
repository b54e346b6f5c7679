# Containers hanging off a garbage cycle (a tail that is not itself cyclic) are counted in collect()'s result too.
import gc

a = []
b = [a]
a.append(b)
a.append([[1], {"k": [2]}])
del a, b
print("cycle of 2 plus a tail of 4:", gc.collect())
