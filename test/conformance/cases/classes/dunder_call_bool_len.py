# __call__ makes instances callable; truth testing uses __bool__, then __len__, else True.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n

class Empty:
    def __len__(self):
        return 0

class Falsy:
    def __bool__(self):
        return False
    def __len__(self):
        return 5

class Plain:
    pass

add5 = Adder(5)
print(add5(10), callable(add5), callable(Plain()), callable(Adder))
print(bool(Empty()), bool(Falsy()), bool(Plain()), len(Falsy()))
if not Empty():
    print("empty is falsy")
print("x" if Falsy() else "y", Plain() and "and-result", Empty() or "or-result")
