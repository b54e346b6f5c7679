# Constants (ints above 256, non-identifier strings, constant tuples) are also held by the code object's constants.
import sys

big = 1000
print("big int bound once:", sys.getrefcount(big))
other = 1000
print("same constant, second name:", sys.getrefcount(big), big is other)
text = "hello world"
print("string constant:", sys.getrefcount(text))
t = (1, 2, 3)
print("constant tuple:", sys.getrefcount(t))
made = [1, 2, 3]
print("list built at run time:", sys.getrefcount(made))
