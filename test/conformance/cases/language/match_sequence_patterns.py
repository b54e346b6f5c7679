# Sequence patterns: lengths, star captures, strings are not sequences here, ranges and tuples are.
import sys

def seq(o):
    match o:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y, *rest] if not rest:
            return f"two {x} {y}"
        case [first, *_, last]:
            return f"first {first} last {last} of {len(o)}"
    return "not a sequence"

for o in [[], [1], (1, 2), range(5), "ab", [1, 2, 3], {1: 2}, (i for i in range(2))]:
    print(type(o).__name__, seq(o))

big = [object() for _ in range(3)]
match big:
    case [a, *middle, c]:
        print(sys.getrefcount(a), sys.getrefcount(middle), len(middle))
del a, c
print(sys.getrefcount(big[0]), sys.getrefcount(big[1]))
