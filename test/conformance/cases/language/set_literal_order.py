# Set displays of three or more constants print in the order of CPython's frozenset constant (rebuilt by constant merging), which set_merge copies; set() and | of sets.
# conformance: not-for 3.14: the pyodide build is 32-bit (hashes, so set order, differ)
import sys
print({'q', 'a', 'hello', 'z', '\x00'})
print({'apple', 'banana', 'cherry'}, {1, 2, 3}, {3, 1, 2, 1}, {'x', 'y'}, {10, 'a', 2.5, (1, 2)})
s = {'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'}
print(s, len(s))
word = "hello"
print(sys.getrefcount("hello") > 0, {word, 'a', 'b'})
t = {'k1', 'k2', 'k3'}
print(set(t), t | {'k4'}, frozenset({'p', 'q', 'r'}))
