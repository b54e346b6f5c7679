# __del__ runs the moment the last reference goes: on rebinding, on del, and when a function returns.
class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("delete", self.name)

x = Tracked("first")
x = Tracked("second")
print("rebound")
y = x
del x
print("x deleted, y still holds it")
y = None
print("y rebound to None")

def work():
    t = Tracked("local")
    print("working")

work()
print("after work()")
