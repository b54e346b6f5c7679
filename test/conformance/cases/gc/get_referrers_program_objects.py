# gc.get_referrers(x) finds the tracked containers whose traverse visits x: lists, dicts, instances, the module dict.
import gc

class Holder:
    pass

target = ["shared"]
in_list = [target, 1]
in_dict = {"t": target}
h = Holder()
h.item = target
pair = (target, 2)

def here():
    pass

module_dict = here.__globals__
found = gc.get_referrers(target)
print("count:", len(found))
print("types:", sorted(type(o).__name__ for o in found))
print("the list:", any(o is in_list for o in found))
print("the dict:", any(o is in_dict for o in found))
print("the instance:", any(o is h for o in found))
print("the tuple:", any(o is pair for o in found))
print("the module dict:", any(o is module_dict for o in found))
