# List and dict comprehensions: own function in 3.11, inlined (PEP 709) from 3.12; scoping, nesting, errors.
import sys
nums = [1, 2, 3, 4]
squares = [n * n for n in nums]
print(squares, [n for n in nums if n % 2 == 0])
print({k: v for k, v in zip("abc", nums)})
print([(x, y) for x in range(3) for y in "ab" if x != 1])
n = "outer n"
print([n for n in range(2)], n)
def f(items):
    total = 0
    out = [sys.getrefcount(it) for it in items]
    return out, [i + total for i in range(3)]
print(f([[], []]))
big = [str(i) * 3 for i in range(5)]
print(big)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[1] for row in matrix])
def g():
    x = 10
    return [x + y for y in range(3)]
print(g())
try:
    [1 / (k - 2) for k in range(4)]
except ZeroDivisionError as e:
    print("error:", e)
def h():
    k = "keep"
    try:
        [1 / (k - 2) for k in range(4)]
    except ZeroDivisionError:
        return k
print(h())
def bad(seq):
    return [len(x) for x in seq]
bad(["ab", 3])
