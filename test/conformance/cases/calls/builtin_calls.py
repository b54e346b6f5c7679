# Builtins that return one of their arguments return the same object, not a copy.
import sys

a = [1, 2]
b = [3]
biggest = max(a, b)
print("max is b:", biggest is b, "refs b:", sys.getrefcount(b))
smallest = min([a, b])
print("min is a:", smallest is a, "refs a:", sys.getrefcount(a))
print("len, sum:", len(a), sum(a), abs(-7), abs(-2.5))
print("isinstance:", isinstance(a, list), isinstance(a, (tuple, dict)), isinstance(3, int))
print("conversions:", int("42") + 1, float("1.5"), str(12) + "!", int(3.9), repr("q"))
print("sorted copy:", sorted([3, 1, 2]), "reversed:", sorted([3, 1, 2], reverse=True))
