# gc.get_referents lists what a container refers to; gc.get_referrers finds the containers holding an object.
import gc

leaf = ["leaf"]
holder = [leaf, "tag"]
box = {"k": leaf}
print("holder refers to leaf:", any(r is leaf for r in gc.get_referents(holder)))
print("box refers to leaf:", any(r is leaf for r in gc.get_referents(box)))
print("an int refers to nothing:", gc.get_referents(1000))
holders = [r for r in gc.get_referrers(leaf) if r is holder or r is box]
print("referrers found:", len(holders))
del holder
print("after del holder:", len([r for r in gc.get_referrers(leaf) if r is box]))
