// Classes beyond plain ones, through the whole engine on every profile: subclasses of built-in types,
// metaclasses, __slots__ and the types module. Every expected output is what real CPython printed for
// the same source (3.11.7, 3.12.1, 3.13.0 native; 3.14.2 from the `pyodide` npm package).
import { describeModuleCases, type ModuleCase } from '../modules/run';

const CASES: ModuleCase[] = [
  {
    name: "list subclass keeps list behaviour and its overrides",
    source: "import sys\nclass Log(list):\n    def append(self, item):\n        print(\"append\", item)\n        super().append(item)\n    def __getitem__(self, i):\n        return (\"got\", list.__getitem__(self, i))\nx = Log([1, 2])\nx.append(3)\nx.extend([4])\nprint(x, x[0], len(x), list(x), x == [1, 2, 3, 4], [1, 2, 3, 4] == x)\nprint(type(x[1:]).__name__ if False else type(list(x)).__name__, isinstance(x, list), Log.__mro__)\nprint(Log.__init__ is list.__init__, type(Log.__init__).__name__, type(x.__len__).__name__, x.__len__())\nprint(sys.getrefcount(Log) - sys.getrefcount(Log))\na, *rest = x\nprint(a, rest, sorted(x, key=lambda v: -v), sum(x), max(x))\n",
    expected: [
      [["3.11","3.12","3.13","3.14"], "append 3\n[1, 2, 3, 4] ('got', 1) 4 [1, 2, 3, 4] True True\nlist True (<class '__main__.Log'>, <class 'list'>, <class 'object'>)\nTrue wrapper_descriptor method-wrapper 4\n0\n1 [2, 3, 4] [4, 3, 2, 1] 10 4\n"],
    ],
  },
  {
    name: "dict subclass: __missing__, overridden __setitem__ not used by dict methods",
    source: "class Default(dict):\n    def __missing__(self, key):\n        print(\"missing\", key)\n        self[key] = []\n        return self[key]\n    def __setitem__(self, key, value):\n        print(\"setitem\", key)\n        dict.__setitem__(self, key, value)\nd = Default(a=[1])\nd[\"b\"].append(2)\nd.update(c=[3])\nprint(d, d.get(\"zz\"), \"zz\" in d, len(d), sorted(d), d.pop(\"a\"))\nprint(dict(d), type(d.copy()).__name__, d == {\"b\": [2], \"c\": [3]}, repr(Default()))\n",
    expected: [
      [["3.11","3.12","3.13","3.14"], "missing b\nsetitem b\n{'b': [2], 'c': [3]} None False 3 ['a', 'b', 'c'] [1]\n{'b': [2], 'c': [3]} dict True {}\n"],
    ],
  },
  {
    name: "immutable bases: __new__ chooses the value",
    source: "class Celsius(float):\n    def __new__(cls, value):\n        return super().__new__(cls, round(value, 1))\n    def __repr__(self):\n        return f\"{float(self)}C\"\nclass Even(int):\n    def __new__(cls, n):\n        if n % 2:\n            raise ValueError(\"odd\")\n        return super().__new__(cls, n)\nclass Pair(tuple):\n    def __new__(cls, a, b):\n        return tuple.__new__(cls, (a, b))\nclass Up(str):\n    def __new__(cls, s):\n        return str.__new__(cls, s.upper())\nc = Celsius(21.456)\nprint(c, [c], c + 1, type(c + 1).__name__, c > 20)\nprint(Even(4), Even(4) + 1, type(Even(4) * 2).__name__)\ntry:\n    Even(3)\nexcept ValueError as e:\n    print(\"ValueError:\", e)\np = Pair(1, 2)\nprint(p, p[0], len(p), p == (1, 2), type(p).__name__, hash(p) == hash((1, 2)))\nu = Up(\"abc\")\nprint(u, len(u), u.lower(), type(u.lower()).__name__, u + \"!\", {u: 1}[\"ABC\"])\ntry:\n    int.__new__(str, 1)\nexcept TypeError as e:\n    print(\"TypeError:\", e)\n",
    expected: [
      [["3.11","3.12","3.13","3.14"], "21.5C [21.5C] 22.5 float True\n4 5 int\nValueError: odd\n(1, 2) 1 2 True Pair True\nABC 3 abc str ABC! 1\nTypeError: int.__new__(str): str is not a subtype of int\n"],
    ],
  },
  {
    name: "metaclass hooks and type()",
    source: "class Meta(type):\n    def __new__(mcls, name, bases, ns, **kw):\n        print(\"new\", name, kw)\n        return super().__new__(mcls, name, bases, ns)\n    def __init__(cls, name, bases, ns, **kw):\n        print(\"init\", name)\n        super().__init__(name, bases, ns)\n    def __call__(cls, *args, **kw):\n        print(\"call\", cls.__name__, args)\n        return super().__call__(*args, **kw)\n    def hello(cls):\n        return \"hello \" + cls.__name__\nclass A(metaclass=Meta):\n    def __init__(self, x):\n        self.x = x\nclass B(A, extra=1):\n    pass\nb = B(5)\nprint(b.x, B.hello(), type(B).__name__, isinstance(B, Meta), type(type).__name__)\nC = type(\"C\", (B,), {\"y\": 2})\nprint(C.y, type(C).__name__, C.__bases__, C.__module__)\nclass M1(type): pass\nclass M2(type): pass\nclass P(metaclass=M1): pass\nclass Q(metaclass=M2): pass\ntry:\n    class R(P, Q): pass\nexcept TypeError as e:\n    print(\"TypeError:\", e)\ntry:\n    type(\"X\", (), {}, 1)\nexcept TypeError as e:\n    print(\"TypeError:\", e)\n",
    expected: [
      [["3.11","3.12","3.13","3.14"], "new A {}\ninit A\nnew B {'extra': 1}\ninit B\ncall B (5,)\n5 hello B Meta True type\nnew C {}\ninit C\n2 Meta (<class '__main__.B'>,) __main__\nTypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases\nTypeError: type() takes 1 or 3 arguments\n"],
    ],
  },
  {
    name: "types.SimpleNamespace and MethodType",
    source: "import types, sys\nns = types.SimpleNamespace(b=2, a=1)\nprint(ns, ns == types.SimpleNamespace(a=1, b=2), ns != types.SimpleNamespace(a=1))\nns.self = ns\nprint(ns)\nclass Robot:\n    pass\ndef hello(self, greeting):\n    return greeting + \" from robot\"\nr = Robot()\nbefore = sys.getrefcount(r)\nm = types.MethodType(hello, r)\nprint(m(\"hi\"), m.__self__ is r, m.__func__ is hello, sys.getrefcount(r) - before)\ndel m\nprint(sys.getrefcount(r) - before, type(types.MethodType(hello, 1)).__name__)\nfor bad in ((1, r), (hello, None)):\n    try:\n        types.MethodType(*bad)\n    except TypeError as e:\n        print(\"TypeError:\", e)\nprint(types.FunctionType is type(hello), types.BuiltinFunctionType is type(len), types.ModuleType is type(sys))\n",
    expected: [
      [["3.11","3.12","3.13","3.14"], "namespace(b=2, a=1) True True\nnamespace(b=2, a=1, self=namespace(...))\nhi from robot True True 1\n0 method\nTypeError: first argument must be callable\nTypeError: instance must not be None\nTrue True True\n"],
    ],
  },
  {
    name: "slots with __dict__ and errors",
    source: "class P:\n    __slots__ = (\"x\", \"__dict__\")\np = P()\np.x = 1\np.y = 2\nprint(p.x, p.y, vars(p), P.x)\nclass Q:\n    __slots__ = (\"x\",)\nq = Q()\ntry:\n    q.x\nexcept AttributeError as e:\n    print(\"AttributeError:\", e)\nq.x = [1]\ndel q.x\ntry:\n    del q.x\nexcept AttributeError as e:\n    print(\"AttributeError:\", e)\ntry:\n    class Bad(int):\n        __slots__ = (\"a\",)\nexcept TypeError as e:\n    print(\"TypeError:\", e)\ntry:\n    class Clash:\n        __slots__ = (\"a\",)\n        a = 1\nexcept ValueError as e:\n    print(\"ValueError:\", e)\n",
    expected: [
      [["3.11","3.12","3.13","3.14"], "1 2 {'y': 2} <member 'x' of 'P' objects>\nAttributeError: 'Q' object has no attribute 'x'\nAttributeError: x\nTypeError: nonempty __slots__ not supported for subtype of 'int'\nValueError: 'a' in __slots__ conflicts with class variable\n"],
    ],
  },
];

describeModuleCases('classes beyond plain ones', CASES);
