# Comparison operators return whatever __eq__/__lt__ returned; object.__ne__ inverts __eq__ into a bool.
class A:
    def __eq__(self, other):
        return "yes"
    def __lt__(self, other):
        return [1]
    def __gt__(self, other):
        return NotImplemented
class B:
    pass
a = A()
print(a == 1, a != 1, a < 2, 1 == a, 1 > a)
print(a == a, B() == B(), B() != 3)
print(1 < 2 < 3, a < 3 < 4)
if a == 0:
    print("truthy")
print([a] == [a], a in [1, 2])
try:
    print(a > 1)
except TypeError as e:
    print(e)
