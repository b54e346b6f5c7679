// Unit tests of the simulated `functools` module, run through the whole engine on every profile.
// Every expected output below is what real CPython printed for the same source: 3.11.7, 3.12.1 and 3.13.0
// (pyenv builds on Linux, glibc libm) and 3.14.2 (the `pyodide` npm package, musl libm), run as test.py with
// PYTHONHASHSEED=0. Outputs that several versions share are listed once with all of them.
import { describeModuleCases, type ModuleCase } from './run';

const CASES: ModuleCase[] = [
  {
    name: "reduce",
    source: "import functools, operator, sys\nprint(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(operator.add, [], 5), functools.reduce(operator.add, [7]))\nprint(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.reduce(lambda a, b: a + b, \"abc\"))\nprint(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), functools.reduce(max, iter([3, 9, 2])))\nx = object()\nprint(functools.reduce(lambda a, b: sys.getrefcount(b), [1, x]))\nprint(sys.getrefcount(x))\nfor call in (lambda: functools.reduce(operator.add, []), lambda: functools.reduce(operator.add, 5),\n             lambda: functools.reduce(operator.add), lambda: functools.reduce(), lambda: functools.reduce(1, [1, 2]),\n             lambda: functools.reduce(operator.add, [1], 2, 3), lambda: functools.reduce(operator.add, iter([]))):\n    try:\n        print(call())\n    except TypeError as e:\n        print(e)\n",
    expected: [
      [["3.11", "3.12", "3.13"], "6 5 7\n3628800 abc\n[2, 4, 6] 9\n5\n2\nreduce() of empty iterable with no initial value\nreduce() arg 2 must support iteration\nreduce expected at least 2 arguments, got 1\nreduce expected at least 2 arguments, got 0\n'int' object is not callable\nreduce expected at most 3 arguments, got 4\nreduce() of empty iterable with no initial value\n"],
      [["3.14"], "6 5 7\n3628800 abc\n[2, 4, 6] 9\n4\n2\nreduce() of empty iterable with no initial value\nreduce() arg 2 must support iteration\nreduce() takes at least 2 positional arguments (1 given)\nreduce() takes at least 2 positional arguments (0 given)\n'int' object is not callable\nreduce() takes at most 3 arguments (4 given)\nreduce() of empty iterable with no initial value\n"],
    ],
  },
  {
    name: "reduce with keywords",
    source: "import functools, operator\nfor call in (lambda: functools.reduce(operator.add, [1, 2], initial=3),\n             lambda: functools.reduce(function=operator.add, iterable=[1, 2]),\n             lambda: functools.reduce(operator.add, [1], x=1)):\n    try:\n        print(call())\n    except TypeError as e:\n        print(e)\n",
    expected: [
      [["3.11", "3.12", "3.13"], "reduce() takes no keyword arguments\nreduce() takes no keyword arguments\nreduce() takes no keyword arguments\n"],
      [["3.14"], "6\nreduce() takes at least 2 positional arguments (0 given)\nreduce() got an unexpected keyword argument 'x'\n"],
    ],
  },
  {
    name: "partial",
    source: "import functools, operator\np = functools.partial(operator.sub, 10)\nprint(p(3), p.func, p.args, p.keywords, type(p), callable(p))\nq = functools.partial(p, 1)\nprint(q(), q.args, q.func is operator.sub)\ndef show(*args, **kwargs):\n    return args, sorted(kwargs.items())\nr = functools.partial(show, 1, sep=\"a\", end=\"b\")\ns = functools.partial(r, 2, sep=\"c\")\nprint(r(0, x=1), s(), s(end=\"z\"), s.keywords, s.func is show)\nr.extra = \"attr\"\nt = functools.partial(r, 3)\nprint(t.func is r, t.args, r.extra)\nfor call in (lambda: functools.partial(), lambda: functools.partial(1), lambda: functools.partial(func=print),\n             lambda: functools.partial(operator.sub, 10)(3, 4), lambda: functools.partial(print, 1)(x=1)):\n    try:\n        call()\n    except TypeError as e:\n        print(e)\n",
    expected: [
      [["3.11", "3.12"], "7 <built-in function sub> (10,) {} <class 'functools.partial'> True\n9 (10, 1) True\n((1, 0), [('end', 'b'), ('sep', 'a'), ('x', 1)]) ((1, 2), [('end', 'b'), ('sep', 'c')]) ((1, 2), [('end', 'z'), ('sep', 'c')]) {'sep': 'c', 'end': 'b'} True\nTrue (3,) attr\ntype 'partial' takes at least one argument\nthe first argument must be callable\ntype 'partial' takes at least one argument\nsub expected 2 arguments, got 3\n'x' is an invalid keyword argument for print()\n"],
      [["3.13", "3.14"], "7 <built-in function sub> (10,) {} <class 'functools.partial'> True\n9 (10, 1) True\n((1, 0), [('end', 'b'), ('sep', 'a'), ('x', 1)]) ((1, 2), [('end', 'b'), ('sep', 'c')]) ((1, 2), [('end', 'z'), ('sep', 'c')]) {'sep': 'c', 'end': 'b'} True\nTrue (3,) attr\ntype 'partial' takes at least one argument\nthe first argument must be callable\ntype 'partial' takes at least one argument\nsub expected 2 arguments, got 3\nprint() got an unexpected keyword argument 'x'\n"],
    ],
  },
  {
    name: "partial references",
    source: "import functools, sys, gc\ngc.collect()\ndata = [1, 2, 3]\nprint(sys.getrefcount(data))\np = functools.partial(len, data)\nprint(p(), sys.getrefcount(data))\nq = functools.partial(p)\nprint(q(), sys.getrefcount(data))\ndel p\nprint(sys.getrefcount(data))\ndel q\nprint(sys.getrefcount(data))\nlst = []\nc = functools.partial(print, lst)\nlst.append(c)\ndel lst, c\nprint(\"collected\", gc.collect())\n",
    expected: [
      [["3.11", "3.12", "3.13"], "2\n3 3\n3 3\n3\n2\ncollected 3\n"],
      [["3.14"], "2\n3 3\n3 3\n3\n2\ncollected 4\n"],
    ],
  },
  {
    name: "update_wrapper and wraps arguments",
    source: "import functools\ndef f(a, b=2):\n    \"doc f\"\n    return a + b\ndef g():\n    pass\nfor call in (lambda: functools.update_wrapper(g), lambda: functools.update_wrapper(), lambda: functools.update_wrapper(g, f, (), (), 1),\n             lambda: functools.update_wrapper(g, f, wrapped=f), lambda: functools.update_wrapper(g, f, x=1), lambda: functools.wraps(),\n             lambda: functools.update_wrapper(g, f, assigned=(1,))):\n    try:\n        call()\n    except TypeError as e:\n        print(e)\nr = functools.update_wrapper(g, f, updated=())\nprint(r is g, g.__name__, g.__doc__, g.__wrapped__ is f)\nh = functools.wraps(f)(lambda: 0)\nprint(h.__name__, h.__qualname__, h.__module__, h.__wrapped__(1))\nprint(functools.WRAPPER_UPDATES, type(functools.wraps(f)).__name__)\n",
    expected: [
      [["3.11","3.12","3.13","3.14"], "update_wrapper() missing 1 required positional argument: 'wrapped'\nupdate_wrapper() missing 2 required positional arguments: 'wrapper' and 'wrapped'\nupdate_wrapper() takes from 2 to 4 positional arguments but 5 were given\nupdate_wrapper() got multiple values for argument 'wrapped'\nupdate_wrapper() got an unexpected keyword argument 'x'\nwraps() missing 1 required positional argument: 'wrapped'\nattribute name must be string, not 'int'\nTrue f doc f True\nf f __main__ 3\n('__dict__',) partial\n"],
    ],
  },
  {
    name: "lru_cache on methods, keyword keys, typed=False, cycles",
    source: "import functools, sys, gc\nclass Shape:\n    def __init__(self, n):\n        self.n = n\n    @functools.lru_cache(maxsize=4)\n    def area(self, k):\n        print(\"computing\", self.n, k)\n        return self.n * k\ns = Shape(3)\nprint(s.area(2), s.area(2), s.area(k=2), Shape.area.cache_info())\nprint(type(Shape.area).__name__, type(s.area).__name__, s.area.__self__ is s)\nprint(sys.getrefcount(s))\nShape.area.cache_clear()\nprint(sys.getrefcount(s))\n@functools.lru_cache(maxsize=None, typed=False)\ndef kw(a, *, b=0):\n    return [a, b]\nx = \"\".join([\"x\", \"y\"])\nkw(x, b=x)\nprint(sys.getrefcount(x), kw.cache_info().currsize)\nkw(1)\nkw(1.0)\nkw(True)\nprint(kw.cache_info())\ndef loop(n):\n    return n\nw = functools.lru_cache(loop)\nw.me = w\nw(5)\ndel w\ngc.collect()\nprint(\"cycle collected:\", gc.collect() == 0)\nprint(functools.cache(loop).__wrapped__ is loop)\n",
    expected: [
      [["3.11","3.12","3.13","3.14"], "computing 3 2\ncomputing 3 2\n6 6 6 CacheInfo(hits=1, misses=2, maxsize=4, currsize=2)\n_lru_cache_wrapper method True\n4\n2\n6 1\nCacheInfo(hits=1, misses=3, maxsize=None, currsize=3)\ncycle collected: True\nTrue\n"],
    ],
  },
  {
    name: "function attributes: __module__, __dict__, __qualname__, __annotations__",
    source: "def f():\n    pass\nf.__module__ = \"elsewhere\"\nprint(f.__module__)\ndel f.__module__\nprint(f.__module__)\nd = {\"k\": 1}\nf.__dict__ = d\nprint(f.k, f.__dict__ is d, vars(f) is d)\ntry:\n    del f.__dict__\nexcept TypeError as e:\n    print(e)\nf.__qualname__ = \"Q.f\"\nprint(f.__qualname__, f.__name__)\ntry:\n    f.__qualname__ = None\nexcept TypeError as e:\n    print(e)\nprint(type(f.__annotations__).__name__, f.__annotations__ is f.__annotations__)\nf.__annotations__ = None\nprint(f.__annotations__)\ntry:\n    f.__annotations__ = 5\nexcept TypeError as e:\n    print(e)\ntry:\n    del f.__name__\nexcept TypeError as e:\n    print(e)\nprint(f.__defaults__, f.__kwdefaults__, f.__closure__)\n",
    expected: [
      [["3.11","3.12","3.13","3.14"], "elsewhere\nNone\n1 True True\ncannot delete __dict__\nQ.f f\n__qualname__ must be set to a string object\ndict True\n{}\n__annotations__ must be set to a dict object\n__name__ must be set to a string object\nNone None None\n"],
    ],
  },
  {
    name: "cmp_to_key and total_ordering: errors, reflected comparisons, derived method names",
    source: "import functools, sys\ndef by_len(a, b):\n    return len(a) - len(b)\nK = functools.cmp_to_key(by_len)\nprint(type(K).__name__, sorted([\"ccc\", \"a\", \"bb\"], key=K), max([\"ccc\", \"a\", \"bb\"], key=K))\nk = K(\"abc\")\nprint(type(k).__name__, k.obj, k < K(\"abcd\"), k == K(\"xyz\"), k >= K(\"z\"), k != K(\"xyz\"))\nfor call in (lambda: K(), lambda: K(1, 2), lambda: k < 1, lambda: hash(k), lambda: functools.cmp_to_key(), lambda: K(obj=3).obj, lambda: functools.cmp_to_key(mycmp=by_len)(\"x\").obj,\n             lambda: K(1) < K(2), lambda: k.obj2):\n    try:\n        print(call())\n    except Exception as e:\n        print(type(e).__name__, e)\ndata = [3, 1, 2]\nK2 = functools.cmp_to_key(by_len)\nprint(callable(K), callable(k))\n@functools.total_ordering\nclass V:\n    def __init__(self, n): self.n = n\n    def __eq__(self, o): return self.n == o.n\n    def __lt__(self, o):\n        if not isinstance(o, V): return NotImplemented\n        return self.n < o.n\nprint(V(1) <= V(2), V(2) > V(1), V(1) >= V(1), V(3) > V(3), sorted([V(3), V(1)], key=lambda v: v)[0].n)\nprint(V.__gt__.__name__, V.__gt__.__qualname__, V.__le__.__doc__)\ntry:\n    V(1) > 3\nexcept TypeError as e:\n    print(e)\ntry:\n    @functools.total_ordering\n    class W: pass\nexcept ValueError as e:\n    print(e)\n@functools.total_ordering\nclass G:\n    def __init__(self, n): self.n = n\n    def __gt__(self, o): return self.n > o.n\n    def __eq__(self, o): return self.n == o.n\nprint(G(1) < G(2), G(2) <= G(2), G(1) >= G(2))\n",
    expected: [
      [["3.11","3.12","3.13","3.14"], "KeyWrapper ['a', 'bb', 'ccc'] ccc\nKeyWrapper abc True True True False\nTypeError K() missing required argument 'obj' (pos 1)\nTypeError K() takes at most 1 argument (2 given)\nTypeError other argument must be K instance\nTypeError unhashable type: 'functools.KeyWrapper'\nTypeError cmp_to_key() missing required argument 'mycmp' (pos 1)\n3\nx\nTypeError object of type 'int' has no len()\nAttributeError 'functools.KeyWrapper' object has no attribute 'obj2'\nTrue True\nTrue True True False 1\n__gt__ _gt_from_lt Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).\n'>' not supported between instances of 'V' and 'int'\nmust define at least one ordering operation: < > <= >=\nTrue True False\n"],
    ],
  },
  {
    name: "reprs of partial objects, lru_cache wrappers, contextmanager helpers and total_ordering's functions",
    source: "import operator\nimport functools, contextlib\n@functools.lru_cache\ndef f(x): return x\nprint(repr(f).split(\" at \")[0], type(f))\n@contextlib.contextmanager\ndef cm(): yield\nprint(repr(cm).split(\" at \")[0], type(cm))\n@functools.total_ordering\nclass V:\n    def __lt__(s, o): return True\nprint(repr(V.__gt__).split(\" at \")[0], repr(V().__gt__).split(\" at \")[0])\nprint(repr(cm()).split(\" at \")[0], repr(contextlib.suppress()).split(\" at \")[0], repr(functools.cmp_to_key(len)).split(\" at \")[0])\np = functools.partial(operator.add, 1, [2], k=\"v\")\nprint(p)\nq = functools.partial(print, p)\nprint(q)\nr = functools.partial(max)\nr.args_list = [r]\nprint(repr(functools.wraps(len)).split(\" at \")[0] if False else functools.partial(len))\n",
    expected: [
      [["3.11","3.12","3.13","3.14"], "<functools._lru_cache_wrapper object <class 'functools._lru_cache_wrapper'>\n<function cm <class 'function'>\n<function _gt_from_lt <bound method _gt_from_lt of <__main__.V object\n<contextlib._GeneratorContextManager object <contextlib.suppress object <functools.KeyWrapper object\nfunctools.partial(<built-in function add>, 1, [2], k='v')\nfunctools.partial(<built-in function print>, functools.partial(<built-in function add>, 1, [2], k='v'))\nfunctools.partial(<built-in function len>)\n"],
    ],
  },
  {
    name: "cache_parameters is a function closing over maxsize and typed",
    source: "import functools\n@functools.lru_cache(maxsize=3, typed=True)\ndef a(x): return x\n@functools.lru_cache\ndef b(x): return x\n@functools.cache\ndef c(x): return x\nfor f in (a, b, c):\n    p = f.cache_parameters\n    print(p(), type(p).__name__, p.__qualname__, p.__name__, p.__module__, p.__doc__, [cell.cell_contents for cell in p.__closure__], p.__code__.co_freevars)\nprint(repr(a.cache_parameters).split(\" at \")[0])\n",
    expected: [
      [["3.11","3.12","3.13","3.14"], "{'maxsize': 3, 'typed': True} function lru_cache.<locals>.decorating_function.<locals>.<lambda> <lambda> functools None [3, True] ('maxsize', 'typed')\n{'maxsize': 128, 'typed': False} function lru_cache.<locals>.<lambda> <lambda> functools None [128, False] ('maxsize', 'typed')\n{'maxsize': None, 'typed': False} function lru_cache.<locals>.decorating_function.<locals>.<lambda> <lambda> functools None [None, False] ('maxsize', 'typed')\n<function lru_cache.<locals>.decorating_function.<locals>.<lambda>\n"],
    ],
  },
];

describeModuleCases('functools module', CASES);
