# ZeroDivisionError from /, // and % (the first one ends the program).
def ratio(a, b):
    return a / b

print(ratio(10, 4))
print(7 // 2, 7 % 3)
print(ratio(1, 0))
