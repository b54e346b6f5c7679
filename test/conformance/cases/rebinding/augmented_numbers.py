# += on an int or a str rebinds the name to a new object; other names keep the old one.
x = 1000
y = x
x += 1
print("x:", x, "y:", y, "x is y:", x is y)
s = "ab"
t = s
s += "cd"
print("s:", s, "t:", t, "s is t:", s is t)
n = 7
n -= 2
n *= 3
n //= 4
n **= 2
n %= 7
print("n:", n)
f = 1.5
f /= 2
print("f:", f)
