# TypeError from calling a function with the wrong number of arguments.
def greet(name):
    return "hello " + name

print(greet("ada"))
print(greet("ada", "lovelace"))
