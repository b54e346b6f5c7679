# A dying object's weakref callbacks get the weakref; 3.13+ holds every pending weakref in a tuple meanwhile.
import sys
import weakref

class Node:
    pass

def callback(r):
    print("in callback: refs to the weakref", sys.getrefcount(r), "referent", r())

one = Node()
single = weakref.ref(one, callback)
print("refs to single:", sys.getrefcount(single))
del one
two = Node()
first = weakref.ref(two, callback)
second = weakref.ref(two, callback)
del two
print("callbacks cleared:", single.__callback__, first.__callback__, second.__callback__)
print("dead:", single() is None, first() is None)
