# An exception leaving a @contextmanager with block keeps the traceback of the with statement, not the generator.
import contextlib
@contextlib.contextmanager
def tag(name):
    print("<", name)
    yield
    print(">", name)

def work():
    with tag("x"):
        return 1 / 0
work()
