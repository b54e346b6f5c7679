# `is` compares identity, `==` compares value; aliases are identical, equal copies are not.
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print("a == b:", a == b, "a is b:", a is b)
print("a == c:", a == c, "a is c:", a is c)
print("id(a) == id(b):", id(a) == id(b))
print("id(a) == id(c):", id(a) == id(c))
d = {"k": a}
print("d['k'] is a:", d["k"] is a)
c.append(4)
print("a == c after append:", a == c)
print("None is None:", None is None)
