# A deque with maxlen drops items from the opposite end as it grows; its repr shows maxlen.
import sys
from collections import deque

last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3))
last3.appendleft("L")
print(last3, last3.maxlen)
last3.extend("abcd")
print(last3)
last3.extendleft([1, 2])
print(last3)
print(deque("hello", 2), deque("hello", maxlen=0), deque(maxlen=None))

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

window = deque([Noisy("a"), Noisy("b")], maxlen=2)
print("append c")
window.append(Noisy("c"))
print("appendleft d")
window.appendleft(Noisy("d"))
print([n.name for n in window])
item = Noisy("x")
window2 = deque([item], maxlen=1)
print(sys.getrefcount(item))
window2.append(1)
print(sys.getrefcount(item))
print(deque([1, 2], maxlen=3) * 3, deque([7], maxlen=4) * 10)
del window
print("window gone")
del item
print("end")
