# Comparing a big int with a float is exact (the int is never rounded to a float first).
big = 2**53 + 1
print(big == 2.0**53, big > 2.0**53, 2.0**53 < big, big != 9007199254740992.0, 2**53 == 2.0**53)
print(10**400 > float("inf"), -10**400 < float("-inf"), 10**400 < 1e308, 10**30 == 1e30, 10**22 == 1e22)
print(float("nan") == 10**30, float("nan") < 10**30, 10**20 + 0.5 > 10**20, -(10**20) > -1e20 - 1)
print(sorted([10**20, 1e20, 10**20 + 1, 99999999999999999999.5]))
print(max(2**64, 1.8446744073709552e19), 2**64 == 1.8446744073709552e19, {2**64: 1}.get(1.8446744073709552e19))
