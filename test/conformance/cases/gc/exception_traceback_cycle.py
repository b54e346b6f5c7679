# An exception saved in a local of the function that caught it: exception -> traceback -> frame -> locals -> exception.
import gc

def fail():
    raise ValueError("boom")

def catch():
    try:
        fail()
    except ValueError as e:
        saved = e
    return saved.__traceback__ is not None

print("caught:", catch())
print("collected:", gc.collect())
