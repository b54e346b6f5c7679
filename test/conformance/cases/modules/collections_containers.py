# collections: namedtuple, deque, defaultdict, OrderedDict and Counter.
from collections import namedtuple, deque, defaultdict, OrderedDict, Counter

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x + p.y, p._replace(x=5), p._asdict())
dq = deque([1, 2, 3], maxlen=3)
dq.append(4)
dq.appendleft(0)
print(dq, dq.pop(), dq.popleft())
groups = defaultdict(list)
for w in ["apple", "avocado", "banana"]:
    groups[w[0]].append(w)
print(dict(groups), groups["z"], len(groups))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(od))
c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"])
