# global rebinds a module name from a function; nonlocal rebinds the nearest enclosing function's name.
total = 0
log = []

def outer():
    total = 100
    def inner():
        nonlocal total
        total += 1
        global log
        log = log + ["inner ran"]
        return total
    inner()
    inner()
    return total

print(outer(), total, log)

def make_global():
    global created
    created = "made inside a function"

make_global()
print(created)

def reads_before_nonlocal():
    v = 1
    def g():
        print(v)
    v = 2
    g()

reads_before_nonlocal()
