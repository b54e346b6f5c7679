# math: constants, sqrt, floor/ceil, gcd, factorial, isclose, log, inf and nan.
import math

print(math.pi, math.e, math.tau)
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7))
print(math.gcd(12, 18), math.factorial(20), math.comb(5, 2), math.prod([1, 2, 3]))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.fsum([0.1] * 10))
print(math.log(math.e), math.log2(1024), math.log10(1000), math.hypot(3, 4))
print(math.inf, -math.inf, math.isnan(math.nan), math.isinf(1e308 * 10))
math.sqrt(-1)
