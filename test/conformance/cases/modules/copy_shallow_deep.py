# copy.copy shares nested objects; copy.deepcopy duplicates them, keeping shared references shared (memo).
import copy
import sys

inner = [1, 2]
outer = [inner, inner, "s"]
shallow = copy.copy(outer)
deep = copy.deepcopy(outer)
print(shallow[0] is inner, deep[0] is inner, deep[0] is deep[1], deep == outer)
print("inner refs:", sys.getrefcount(inner))
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is cyc)
d = {"a": [1]}
d2 = copy.copy(d)
d2["a"].append(2)
print(d, d2 is d)
