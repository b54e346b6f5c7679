# A list subclass: its instances are lists that also hold their class and get a __dict__ on demand.
import sys
import gc

class Stack(list):
    def push(self, item):
        self.append(item)
    def peek(self):
        return self[-1]

print("class refs:", sys.getrefcount(Stack))
s = Stack([1, 2])
print("class refs with an instance:", sys.getrefcount(Stack))
payload = ["p"]
s.push(payload)
print(s, len(s), s.peek() is payload, isinstance(s, list), type(s).__name__)
print("payload refs:", sys.getrefcount(payload))
s.label = "top"
print(s.__dict__, gc.is_tracked(s), s == [1, 2, ["p"]], bool(Stack()))
copy = s + [3]
print(type(copy).__name__, type(s[:1]).__name__, type(s.copy()).__name__)
del copy
del s
print("after del:", sys.getrefcount(payload), sys.getrefcount(Stack))
