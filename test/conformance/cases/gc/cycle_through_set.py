# A set cannot hold lists, but it can hold an instance that refers back to the set: a two-object cycle.
import gc
import sys

class Member:
    pass

club = set()
m = Member()
m.club = club
club.add(m)
print("club refs:", sys.getrefcount(club), "member refs:", sys.getrefcount(m))
del club, m
print("collected:", gc.collect())
