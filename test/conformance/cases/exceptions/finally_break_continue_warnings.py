# break/continue that leave a finally block swallow the exception; 3.14 warns at compile time (PEP 765).
def first_even(items):
    for x in items:
        try:
            if x % 2:
                raise ValueError(x)
        finally:
            if x % 2:
                continue
            break
    return x

def loop_inside_finally():
    try:
        return "try"
    finally:
        for i in range(3):
            if i == 1:
                break
        print("loop inside finally is fine", i)

def nested():
    try:
        pass
    finally:
        def helper():
            return "own function"
        print(helper())

print(first_even([1, 3, 4, 5]))
print(loop_inside_finally())
nested()
while True:
    try:
        raise KeyError("lost")
    finally:
        break
print("end")
