# In a < f() < c the middle operand is evaluated once; the chain short-circuits at the first False.
def f(v):
    print("evaluating", v)
    return v

print(1 < f(2) < 3)
print(5 < f(1) < f(9))
print(f(1) == f(1) != f(2))
x = 7
print(0 <= x < 10, 0 <= x < 5, 1 < 2 > 0, "a" < "b" < "c")
print(1 < 2 in [2], [] is not [] == [])
