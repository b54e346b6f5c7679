# Compile-time SyntaxWarnings: "is" with a literal, an always-true assert, invalid escape sequences (3.12+), printed before the program runs.
x = 5
print(x is "abc", x is 1, x is not 1.5, x is (), x is (1, 2), 1 is x, x is None, x is True, x is -1, x is ...)
s = "\d+\s"
t = "\q"
u = f"{x}\w"
assert (x, "m")
r = "\8"
def f():
    if x is 2: pass
print(s, t, u, r)
o = "\777"
print(len(o), ord(o))
