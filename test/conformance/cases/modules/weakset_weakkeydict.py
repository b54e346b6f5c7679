# WeakSet and WeakKeyDictionary hold their members weakly: a member that dies leaves the container.
import sys
import weakref

class Node:
    pass

members = weakref.WeakSet()
a = Node()
b = Node()
members.add(a)
members.add(b)
members.add(a)
print("WeakSet:", len(members), a in members, Node() in members, 1 in members)
print("refs to a:", sys.getrefcount(a), "weakrefs to a:", weakref.getweakrefcount(a))
del b
print("after del b:", len(members), [m is a for m in members])
members.discard(a)
print("after discard:", len(members))
try:
    members.remove(a)
except KeyError:
    print("KeyError on remove")
extra = weakref.WeakKeyDictionary()
key = Node()
value = [1, 2]
extra[key] = value
print("WeakKeyDictionary:", len(extra), key in extra, extra[key] is value)
print("refs to value:", sys.getrefcount(value), "refs to key:", sys.getrefcount(key))
extra[key] = "replaced"
print("replaced:", len(extra), extra.get(key), weakref.getweakrefcount(key))
del key
print("after del key:", len(extra), list(extra.items()))
try:
    extra[Node()]
except KeyError:
    print("KeyError for a missing key")
