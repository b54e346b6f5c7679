# try/else runs only without an exception; a bare raise re-raises the active exception with its traceback.
def check(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("zero for", x)
        raise
    else:
        print("ok", r)
        return r
    finally:
        print("checked", x)

check(4)
try:
    check(0)
except ZeroDivisionError as e:
    print("re-raised:", e)
check(0)
