# Arithmetic, comparison and boolean operators, including chained comparisons and short-circuit results.
a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -a)
print(a > b, a == 17, a != b, 1 < b < a, b < 1 < a)
print(a and b, 0 and b, 0 or "default", "" or [] or "last", not a)
print(3 in [1, 2, 3], "x" not in "abc", None is None, [] is not [])
print(abs(-3.5), max(3, 9, 4), min("b", "a"), sum([0.1] * 10))
print(int("-12") * 2, float("2") / 4, 10 / 4, 10 // 4.0, 2 ** -1)
