# __len__, __getitem__, __setitem__, __delitem__ and __contains__ make an instance behave like a container.
class Registry:
    def __init__(self):
        self.data = {}
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        print("get", key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
    def __contains__(self, key):
        return key in self.data

r = Registry()
r["a"] = 1
r["b"] = 2
print(len(r), r["a"], "a" in r, "z" in r, "z" not in r)
del r["a"]
print(len(r), bool(r))
r["missing"]
