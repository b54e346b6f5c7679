# Lambdas made in a comprehension share one cell for the loop variable (3.12+ inlines the comprehension, PEP 709).
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]

def outer_binding_kept():
    i = 10
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs], i

def captures_parameter(n):
    fs = [lambda: n + i for i in range(2)]
    n = 100
    return [f() for f in fs]

def nested():
    rows = [[lambda: (i, j) for j in range(2)] for i in range(2)]
    return [[f() for f in row] for row in rows]

def bound_as_default():
    return [(lambda i=i: i)() for i in range(3)]

def lambda_outside():
    fs = [lambda: i for i in range(3)]
    try:
        (lambda: i)()
    except NameError as e:
        print("outside the comprehension:", e)
    return fs[0].__qualname__

print(late())
print(outer_binding_kept())
print(captures_parameter(1))
print(nested())
print(bound_as_default())
print(lambda_outside())
i = "module i"
fs = [lambda: i for i in range(3)]
print([f() for f in fs], i, fs[0].__qualname__)
