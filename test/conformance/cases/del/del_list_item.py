# del lst[i] drops the list's reference to that element.
import sys

item = ["payload"]
lst = [item, item, "other"]
print("item in two slots:", sys.getrefcount(item))
del lst[0]
print("after del lst[0]:", sys.getrefcount(item), lst)
del lst[-1]
print("after del lst[-1]:", sys.getrefcount(item), lst)
del lst[0]
print("after del lst[0] again:", sys.getrefcount(item), lst, len(lst))
