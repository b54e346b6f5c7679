// Unit tests of the simulated `operator` module, run through the whole engine on every profile.
// Every expected output below is what real CPython printed for the same source: 3.11.7, 3.12.1 and 3.13.0
// (pyenv builds on Linux, glibc libm) and 3.14.2 (the `pyodide` npm package, musl libm), run as test.py with
// PYTHONHASHSEED=0. Outputs that several versions share are listed once with all of them.
import { describeModuleCases, type ModuleCase } from './run';

const CASES: ModuleCase[] = [
  {
    name: "operator functions",
    source: "import operator\nprint(operator.add(2, 3), operator.sub(1.5, 1), operator.mul(\"ab\", 3), operator.truediv(1, 4), operator.floordiv(7, 2))\nprint(operator.mod(-7, 3), operator.pow(2, 10), operator.neg(7), operator.pos(-2), operator.abs(-3), operator.index(5))\nprint(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 1), operator.gt(2, 1), operator.ge(1, 1))\nprint(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None), operator.contains([1], 1))\nprint(operator.getitem([1, 2, 3], 1), operator.getitem({\"a\": 1}, \"a\"), operator.getitem(\"abc\", -1))\nprint(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 5), operator.rshift(64, 2))\nprint(operator.__add__(1, 2), operator.iadd([1], [2]), operator.add, operator.itemgetter(0)(\"xy\"))\nclass V:\n    def __init__(self, n): self.n = n\n    def __add__(self, other): return V(self.n + other.n)\n    def __lt__(self, other): return self.n < other.n\nprint(operator.add(V(1), V(2)).n, operator.lt(V(1), V(2)), operator.gt(V(1), V(2)))\n",
    expected: [
      [["3.11", "3.12", "3.13", "3.14"], "5 0.5 ababab 0.25 3\n2 1024 -7 -2 3 5\nTrue True True False True True\nTrue False True True True\n2 1 c\n2 7 5 32 16\n3 [1, 2] <built-in function add> x\n3 True False\n"],
    ],
  },
  {
    name: "getters and methodcaller",
    source: "import operator\nrows = [(\"b\", 2), (\"a\", 3), (\"c\", 1)]\ng = operator.itemgetter(1)\nprint([g(r) for r in rows], operator.itemgetter(0, 1)(rows[0]), operator.itemgetter(-1)(\"xyz\"))\nprint(sorted(rows, key=operator.itemgetter(1)), type(g), callable(g))\nclass P:\n    def __init__(self, n):\n        self.n = n\n        self.child = self if n > 2 else None\npts = [P(3), P(1)]\nprint([p.n for p in sorted(pts, key=operator.attrgetter(\"n\"))], operator.attrgetter(\"n\", \"child\")(pts[1]))\nprint(operator.attrgetter(\"child.n\")(pts[0]), type(operator.attrgetter(\"n\")))\nup = operator.methodcaller(\"upper\")\nprint(up(\"ab\"), operator.methodcaller(\"split\", \",\")(\"a,b\"), operator.methodcaller(\"split\", sep=\",\", maxsplit=1)(\"a,b,c\"))\nprint(operator.methodcaller(\"count\", 1)([1, 2, 1]), type(up))\n",
    expected: [
      [["3.11", "3.12", "3.13", "3.14"], "[2, 3, 1] ('b', 2) z\n[('c', 1), ('b', 2), ('a', 3)] <class 'operator.itemgetter'> True\n[1, 3] (1, None)\n3 <class 'operator.attrgetter'>\nAB ['a', 'b'] ['a', 'b,c']\n2 <class 'operator.methodcaller'>\n"],
    ],
  },
  {
    name: "errors",
    source: "import operator\nclass P:\n    n = 1\ncalls = [\n    lambda: operator.add(1), lambda: operator.add(1, 2, 3), lambda: operator.add(a=1, b=2), lambda: operator.add(\"a\", 1),\n    lambda: operator.truediv(1, 0), lambda: operator.neg(\"a\"), lambda: operator.lt(1, \"a\"), lambda: operator.getitem([1, 2], 5),\n    lambda: operator.getitem({\"a\": 1}, \"b\"), lambda: operator.not_(), lambda: operator.truth(), lambda: operator.neg(),\n    lambda: operator.getitem([1]), lambda: operator.itemgetter(), lambda: operator.itemgetter(5)([1]),\n    lambda: operator.itemgetter(1)(5), lambda: operator.itemgetter(1)([1, 2], 3), lambda: operator.itemgetter(1)(),\n    lambda: operator.itemgetter(1)(x=1), lambda: operator.itemgetter(1, x=2), lambda: operator.attrgetter(1),\n    lambda: operator.attrgetter(), lambda: operator.attrgetter(\"x\")(P()), lambda: operator.attrgetter(\"n\")(),\n    lambda: operator.attrgetter(\"a\", x=1), lambda: operator.methodcaller(), lambda: operator.methodcaller(1),\n    lambda: operator.methodcaller(\"nope\")(\"a\"), lambda: operator.index(1.5),\n]\nfor call in calls:\n    try:\n        print(call())\n    except (TypeError, ZeroDivisionError, IndexError, KeyError, AttributeError) as e:\n        print(type(e).__name__, e)\n",
    expected: [
      [["3.11", "3.12", "3.13", "3.14"], "TypeError add expected 2 arguments, got 1\nTypeError add expected 2 arguments, got 3\nTypeError _operator.add() takes no keyword arguments\nTypeError can only concatenate str (not \"int\") to str\nZeroDivisionError division by zero\nTypeError bad operand type for unary -: 'str'\nTypeError '<' not supported between instances of 'int' and 'str'\nIndexError list index out of range\nKeyError 'b'\nTypeError _operator.not_() takes exactly one argument (0 given)\nTypeError _operator.truth() takes exactly one argument (0 given)\nTypeError _operator.neg() takes exactly one argument (0 given)\nTypeError getitem expected 2 arguments, got 1\nTypeError itemgetter expected 1 argument, got 0\nIndexError list index out of range\nTypeError 'int' object is not subscriptable\nTypeError itemgetter expected 1 argument, got 2\nTypeError itemgetter expected 1 argument, got 0\nTypeError itemgetter() takes no keyword arguments\nTypeError itemgetter() takes no keyword arguments\nTypeError attribute name must be a string\nTypeError attrgetter expected 1 argument, got 0\nAttributeError 'P' object has no attribute 'x'\nTypeError attrgetter expected 1 argument, got 0\nTypeError attrgetter() takes no keyword arguments\nTypeError methodcaller needs at least one argument, the method name\nTypeError method name must be a string\nAttributeError 'str' object has no attribute 'nope'\nTypeError 'float' object cannot be interpreted as an integer\n"],
    ],
  },
  {
    name: "references held by getters",
    source: "import operator, sys, gc\nkey = [1, 2]\nprint(sys.getrefcount(key))\ng = operator.itemgetter(key)\nprint(sys.getrefcount(key))\ng2 = operator.itemgetter(0, key)\nprint(sys.getrefcount(key))\nmc = operator.methodcaller(\"append\", key)\nprint(sys.getrefcount(key))\nout = []\nmc(out)\nprint(out[0] is key, sys.getrefcount(key))\ndel g, g2, mc, out\nprint(sys.getrefcount(key))\ngc.collect()\nd = {}\nig = operator.itemgetter(d)\nd[\"self\"] = ig\ndel d, ig\nprint(gc.collect())\n",
    expected: [
      [["3.11", "3.12", "3.13", "3.14"], "2\n3\n4\n5\nTrue 6\n2\n2\n"],
    ],
  },
  {
    name: "sequence helpers and call",
    source: "import operator\nprint(operator.inv(5), operator.invert(-1), operator.__inv__(0), operator.call(max, 1, 3), operator.call(sorted, [3, 1], reverse=True))\nprint(operator.countOf([1, 2, 1, 1.0], 1), operator.indexOf(\"abc\", \"c\"), operator.concat([1], [2]), operator.concat(\"a\", \"b\"))\nprint(operator.iconcat([1], (2,)), operator.length_hint([1, 2]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(5, 7))\nit = iter(range(10))\nnext(it)\nprint(operator.length_hint(it), operator.imul([1, 2], 2), operator.imul([1], 0))\nfor call in (lambda: operator.inv(1.5), lambda: operator.call(), lambda: operator.countOf(5, 1), lambda: operator.indexOf([1], 2),\n             lambda: operator.concat(1, 2), lambda: operator.concat(\"a\", 1), lambda: operator.countOf([1])):\n    try:\n        print(call())\n    except (TypeError, ValueError) as e:\n        print(type(e).__name__, e)\n",
    expected: [
      [["3.11", "3.12", "3.13", "3.14"], "-6 0 -1 3 [3, 1]\n3 2 [1, 2] ab\n[1, 2] 2 3 7\n9 [1, 2, 1, 2] []\nTypeError bad operand type for unary ~: 'float'\nTypeError call expected at least 1 argument, got 0\nTypeError argument of type 'int' is not iterable\nValueError sequence.index(x): x not in sequence\nTypeError 'int' object can't be concatenated\nTypeError can only concatenate str (not \"int\") to str\nTypeError countOf expected 2 arguments, got 1\n"],
    ],
  },
];

describeModuleCases('operator module', CASES);
