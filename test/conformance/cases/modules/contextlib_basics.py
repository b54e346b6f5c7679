# contextlib: @contextmanager over a generator (values, exceptions swallowed or passed on), suppress, redirect_stdout, nullcontext.
import contextlib, io, sys

@contextlib.contextmanager
def tag(name):
    "Wrap output in a tag."
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as upper:
    print("inside", upper)
print(tag.__name__, tag.__doc__, tag.__wrapped__.__name__)
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)

@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    {}["missing"]
print("after swallow")

with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with contextlib.suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print("to buffer")
    help_text = "x"
print(target is buf, repr(buf.getvalue()))
with contextlib.nullcontext(5) as five:
    print(five)

@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, e.__suppress_context__)

@contextlib.contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

class Res:
    @contextlib.contextmanager
    def opened(self):
        yield self
r = Res()
with r.opened() as same:
    print(same is r)
