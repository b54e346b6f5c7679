# Nested try/finally: finally blocks run innermost first, on normal exit, on return and on exceptions.
def nested():
    try:
        try:
            print("inner body")
            return "value"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(nested())

def raising():
    try:
        try:
            raise KeyError("k")
        finally:
            print("finally 1")
    except KeyError as e:
        print("caught", repr(e))
    finally:
        print("finally 2")
    print("after")

raising()
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
