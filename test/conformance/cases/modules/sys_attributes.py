# sys attributes a tutorial prints: maxsize, version_info fields, stdout.write, argv[0], byteorder.
# conformance: not-for 3.14: pyodide is 32-bit; sys.maxsize differs from 64-bit 3.14
import sys

print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.version_info[0], sys.version_info.major, type(sys.version_info).__name__)
n = sys.stdout.write("written directly\n")
print("write returned", n)
sys.stderr.write("to stderr\n")
print(sys.argv, sys.byteorder, type(sys.modules).__name__, "sys" in sys.modules)
