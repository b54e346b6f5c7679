# io.StringIO works as a text file: print(file=...), sys.stdout swapped for it, with-blocks and closing.
import io
import sys

log = io.StringIO()
print("a", 1, [2, 3], sep="|", end="!\n", file=log)
print("written:", log.tell(), repr(log.getvalue()))
saved = sys.stdout
sys.stdout = capture = io.StringIO()
print("captured line")
print("second", "line")
sys.stdout = saved
print("captured:", capture.getvalue().splitlines())
with io.StringIO("x = 1\ny = 2\n") as src:
    for number, line in enumerate(src, 1):
        print(number, line.rstrip("\n"))
    print("inside:", src.closed, src.tell())
print("after with:", src.closed)
try:
    src.read()
except ValueError as e:
    print("ValueError:", e)
buf = io.StringIO("hello")
buf.seek(0, io.SEEK_END)
buf.write(" world")
buf.seek(0)
print(buf.read(5), repr(buf.read()), buf.readline() == "")
sys.stdout = None
print("lost")
sys.stdout = saved
print("restored")
