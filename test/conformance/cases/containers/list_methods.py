# append/insert/extend add references; pop/remove drop the list's reference to the element.
import sys

x = ["x"]
lst = []
lst.append(x)
print("after append:", sys.getrefcount(x))
lst.insert(0, x)
print("after insert:", sys.getrefcount(x))
lst.extend([x, x])
print("after extend with two:", sys.getrefcount(x))
lst.remove(x)
print("after remove:", sys.getrefcount(x))
lst.pop()
print("after pop (result discarded):", sys.getrefcount(x))
kept = lst.pop(0)
print("after pop kept in a name:", sys.getrefcount(x), len(lst))
