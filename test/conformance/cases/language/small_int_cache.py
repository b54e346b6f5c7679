# Ints from -5 to 256 are cached singletons; larger equal ints made at run time are distinct objects.
def make(n):
    return int(str(n))

for n in [-6, -5, 0, 100, 256, 257, 1000]:
    print(n, make(n) is make(n))
x = 250
y = x + 6
z = x + 7
print(y is make(256), z is make(257), z == 257)
big = 2 ** 100
print(big, big is 2 ** 100, len(str(big)))
