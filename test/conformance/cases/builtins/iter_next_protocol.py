# iter() and next() on built-in containers: each container has its own iterator type; exhausted ones stay empty.
lst = [10, 20]
it = iter(lst)
print(type(it).__name__, next(it), next(it), next(it, "default"))
print(type(iter("ab")).__name__, type(iter((1,))).__name__, type(iter(range(2))).__name__)
print(type(iter({"k": 1})).__name__, type(iter({"k": 1}.values())).__name__)
it2 = iter(lst)
lst.append(30)
print(list(it2))
print(iter(it) is it)
next(it)
