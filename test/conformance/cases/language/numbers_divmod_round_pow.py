# Numeric builtins as CPython prints them: floor division and modulo signs, divmod, banker's rounding, pow.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2))
print(round(0.5), round(1.5), round(2.5), round(2.675, 2), round(-1.5), round(1234, -2))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), 2 ** 0.5, (-2) ** 3, 2 ** -2)
print(10 / 4, 10 // 4, -10 // 4, 10 % 3, -10 % 3, 1e300 * 1e10, -1e300 * 1e10)
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 1e22, 1e-7, 123456789.123456789, float("nan"))
print(int(3.99), int(-3.99), int("ff", 16), int("0b101", 0), float("inf") > 10 ** 100)
print(abs(-0.0), -0.0, 5 / -1, 3 * 1.1, 100 ** 10, 7 ** 0)
