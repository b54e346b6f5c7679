# operator: the operators as functions, and the exact TypeErrors of the C functions.
import operator

print(operator.add(2, 3), operator.sub(1.5, 1), operator.mul("ab", 3), operator.truediv(1, 4), operator.floordiv(-7, 2))
print(operator.mod(-7, 3), operator.pow(2, 100), operator.neg(7), operator.not_([]), operator.truth("x"))
print(operator.eq(1, 1.0), operator.lt(1, 2), operator.ge(1, 2), operator.is_(None, None), operator.contains("abc", "b"))
print(operator.getitem([1, 2, 3], -1), operator.getitem({"k": "v"}, "k"), operator.index(True))
print(operator.iadd([1], (2, 3)), operator.and_(6, 3), operator.xor(6, 3), operator.lshift(1, 70))
for bad in (lambda: operator.add(1), lambda: operator.add(1, 2, 3), lambda: operator.neg(), lambda: operator.add(a=1, b=2),
            lambda: operator.add("a", 1), lambda: operator.truediv(1, 0), lambda: operator.itemgetter(),
            lambda: operator.itemgetter(5)([1]), lambda: operator.attrgetter(1), lambda: operator.methodcaller()):
    try:
        bad()
    except (TypeError, ZeroDivisionError, IndexError) as e:
        print(type(e).__name__ + ":", e)
