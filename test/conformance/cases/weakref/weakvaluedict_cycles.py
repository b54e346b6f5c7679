# A WeakValueDictionary keeps an entry while its value lives; a value in a garbage cycle disappears at gc.collect().
import gc
import weakref

gc.collect()  # imports can leave cyclic garbage behind (3.12+)

class Session:
    def __init__(self, name):
        self.name = name

cache = weakref.WeakValueDictionary()
s1, s2, s3 = Session("one"), Session("two"), Session("three")
s1.me = s1
s2.peer, s3.peer = s3, s2
for s in (s1, s2, s3):
    cache[s.name] = s
del s
print("entries:", sorted(cache.keys()))
del s1, s2
print("after del, before collect:", sorted(cache.keys()))
print("collected:", gc.collect())
print("after collect:", sorted(cache.keys()))
print("three's peer:", cache["three"].peer.name)
del s3
print("collected:", gc.collect(), "entries:", len(cache))
