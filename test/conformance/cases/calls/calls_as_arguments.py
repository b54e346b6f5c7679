# Calls nested inside argument lists run innermost first; their results are temporaries.
def double(x):
    print("double", x)
    return x * 2

def add(a, b):
    print("add", a, b)
    return a + b

def show(label, value):
    print(label, "=", value)

show("result", add(double(3), double(add(1, 2))))
print(add(add(1, 2), add(3, 4)) * 10)
print(len(str(double(12345))))
