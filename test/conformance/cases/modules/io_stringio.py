# io.StringIO is an in-memory text file: write, getvalue, seek and read, and print(file=...).
import io

buf = io.StringIO()
buf.write("first line\n")
print("second line", file=buf)
print(repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.readline()), repr(buf.read()))
src = io.StringIO("a\nb\nc")
print([line.strip() for line in src])
