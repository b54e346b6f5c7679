# int / int is correctly rounded even past 2**53; // is exact; tracebacks span parenthesized operands.
print((2**53 - 1) // 3, (2**62 + 1) // (2**31 + 1), -(2**53 - 1) // 7, 9007199254740991 // 9007199254740990)
print(sum(10**k // 7 for k in range(40)), [(3**k) // (2**k + 1) for k in range(30, 40)])
print(10**400 / 10**399, (2**53 + 1) / 1, (10**30 + 1) / 3, -(10**25) / 7, 1 / 10**400, 7 / -2, -0 / 5)
print(1 / 2**1074, 3 / 2**1075, 2**60 / 3, -(2**70) / -(3**40))
n = 10**400
try:
    print(n / 3)
except OverflowError as e:
    print("OverflowError:", e)
x = 2
print((x * (x + 1)) / (x - 2))
