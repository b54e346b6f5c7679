# math: floor/ceil/trunc give arbitrary-precision ints, logs of huge ints, pow, hypot, fsum versus sum.
import math

print("pi:", math.pi, "e:", math.e, "tau:", math.tau, "inf:", math.inf, -math.inf)
print("floor/ceil/trunc:", math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(1e20), math.ceil(-1e20))
big = math.floor(1e300)
print("floor(1e300) == 10**300:", big == 10**300, "last digits:", big % 10**6, type(big).__name__)
print("sqrt:", math.sqrt(2), math.sqrt(16), math.isqrt(10**40), math.sqrt(10**30))
print("logs:", math.log(math.e), math.log(1000, 10), math.log2(1024), math.log10(10**400), math.log(2**2000))
print("exp/pow:", math.exp(1), math.exp(-700), math.pow(2, 0.5), math.pow(2, -1075), 2 ** 0.5 == math.pow(2, 0.5))
print("trig:", math.sin(1), math.cos(1), math.tan(1), math.atan2(1, 1), math.sin(1e22))
print("hypot:", math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(1e308, 1e308), math.dist((1, 2), (4, 6)))
print("sum vs fsum:", sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print("isclose:", 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, abs_tol=0.2))
print("integers:", math.factorial(25), math.gcd(12, 18, 30), math.lcm(4, 6), math.comb(52, 5), math.perm(5, 2))
print("prod:", math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([], start=7))
print("frexp/ldexp/modf:", math.frexp(8.0), math.ldexp(0.75, 4), math.modf(-3.5), math.copysign(1, -0.0))
