# A freelisted object's memory goes to the next object of its kind (same id, last freed first); list() does not take it
import gc
gc.collect()
gc.disable()
n = 3
results = []

big = [0] * 1000
old = id(big)
del big
small = [0]
results.append(id(small) == old)  # [0] takes the freed big list

made = list(range(5))
old = id(made)
del made
again = list(range(5))
results.append(id(again) == old)  # list() takes it

p = [n]
q = [n]
ip, iq = id(p), id(q)
del p
del q
r = [n]
s = [n]
results.append(id(r) == iq and id(s) == ip)  # last freed is reused first

x = n * 1.5
ix = id(x)
del x
y = n * 2.5
results.append(id(y) == ix)  # a float reuses a float

pair = (n, n)
ipair = id(pair)
del pair
triple = (n, n, n)
results.append(id(triple) == ipair)  # a 3-tuple takes a freed 2-tuple
pair2 = (n, n + 1)
results.append(id(pair2) == ipair)  # a 2-tuple does

d = {}
idd = id(d)
del d
e = {'k': n}
results.append(id(e) == idd)  # a dict display reuses a dict

labels = ["[0] takes the freed big list",
          "list() takes it",
          "last freed is reused first",
          "a float reuses a float",
          "a 3-tuple takes a freed 2-tuple",
          "a 2-tuple does",
          "a dict display reuses a dict"]
for i in range(len(labels)):
    print(labels[i] + ":", results[i])
