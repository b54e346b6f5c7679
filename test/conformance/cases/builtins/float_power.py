# Float ** is C pow: correctly rounded in almost every case, unlike a naive power routine.
print(2.5 ** 3.7, 10.0 ** -2, 1.1 ** 100, (-2.0) ** 3, 0.0 ** 0.5)
print(7.0 ** 0.1, 3.3 ** 2.2, 2 ** -1, 2.0 ** 0.5, 1e300 ** 0.5)
x = 1.0001
print(x ** 10000, x ** -10000, 0.5 ** 1074)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
