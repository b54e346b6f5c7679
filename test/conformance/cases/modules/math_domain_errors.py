# math: domain and range errors (3.14 names the bad input), then an uncaught one with its traceback.
import math

def attempt(label, fn, *args):
    try:
        print(label, fn(*args))
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)

attempt("sqrt(-1):", math.sqrt, -1)
attempt("log(0):", math.log, 0)
attempt("log(-1.5):", math.log, -1.5)
attempt("log(10, 1):", math.log, 10, 1)
attempt("sin(inf):", math.sin, math.inf)
attempt("exp(1000):", math.exp, 1000)
attempt("pow(0, -1):", math.pow, 0, -1)
attempt("pow(10, 400):", math.pow, 10, 400)
attempt("floor(nan):", math.floor, math.nan)
attempt("factorial(-1):", math.factorial, -1)
attempt("factorial(2.0):", math.factorial, 2.0)
attempt("sqrt('x'):", math.sqrt, "x")
attempt("sqrt(10**400):", math.sqrt, 10**400)
print("fsum of inf - inf:", end=" ")
attempt("", math.fsum, [math.inf, -math.inf])
value = -2.0
print("about to fail")
print(math.sqrt(value))
