# copy.copy and copy.deepcopy: shared references, memo, tuples of atoms, instances with cycles.
import copy, sys
inner = [1, 2]
outer = [inner, inner, {"k": inner}]
shallow = copy.copy(outer)
deep = copy.deepcopy(outer)
print(shallow[0] is inner, deep[0] is inner, deep[0] is deep[1], deep[2]["k"] is deep[0])
print(sys.getrefcount(inner), shallow == outer, deep == outer)
t = (1, 2, "x")
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, [2]))[1] is not (1, [2])[1])
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
n = Node(1)
n.children.append(Node(2))
n.children[0].parent = n
d = copy.deepcopy(n)
print(d is not n, d.v, d.children[0].parent is d, type(d).__name__)
c = copy.copy(n)
print(c.children is n.children, sys.getrefcount(n.children))
