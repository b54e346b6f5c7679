# Operator precedence: ** binds tighter than unary minus, not below comparisons, and/or short-circuit with operands.
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2)
print(not 1 == 2, not (1 and 0), 1 + 2 * 3 - 4 / 2, 7 // 2 * 2 + 7 % 2)
print(1 | 2 ^ 3 & 4, 1 << 2 + 1, ~5, -7 // 2, -7 % 2, 7 % -2)
print(0 or "fallback", "" and "unused", [] or {} or "last", 3 and 4)
print(None or 0, 1 if 0 else 2 if 0 else 3, True + True)
x = [1] * 2 + [0] * 3
print(x, "ab" * 2 + "c", not x)
