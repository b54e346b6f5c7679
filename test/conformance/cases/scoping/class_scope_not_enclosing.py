# A class body is not an enclosing scope for its methods: they must use self or the class name.
x = "global x"

class C:
    x = "class x"
    y = x + "!"
    def method(self):
        return x
    def via_self(self):
        return self.x
    def via_class(self):
        return C.x

c = C()
print(C.y, c.method(), c.via_self(), c.via_class())

class D:
    z = 5
    def f(self):
        return z

D().f()
