// Unit tests of the simulated `contextlib` module, run through the whole engine on every profile. Expected
// outputs are what real CPython printed for the same source (3.11.7, 3.12.1, 3.13.0 from pyenv, 3.14.2 from the
// `pyodide` package), run as test.py; what the simulator does not model must stop as "not supported".
import { describe, expect, it } from 'vitest';
import { describeModuleCases, runProgram, type ModuleCase } from './run';

const CASES: ModuleCase[] = [
  {
    name: "redirect_stderr, nested redirects, suppress(), nullcontext, contextmanager arguments and exceptions",
    source: "import contextlib, io, sys\nerr = io.StringIO()\nwith contextlib.redirect_stderr(err):\n    print(\"oops\", file=sys.stderr)\n    sys.stderr.write(\"direct\\n\")\nprint(repr(err.getvalue()))\nouter, inner = io.StringIO(), io.StringIO()\nwith contextlib.redirect_stdout(outer):\n    print(\"one\")\n    with contextlib.redirect_stdout(inner):\n        print(\"two\")\n    print(\"three\")\nprint(repr(outer.getvalue()), repr(inner.getvalue()))\nr = contextlib.redirect_stdout(inner)\nwith r:\n    with r:\n        print(\"nested same\")\nprint(\"back\", repr(inner.getvalue()))\nwith contextlib.suppress():\n    pass\ntry:\n    with contextlib.suppress():\n        raise KeyError(1)\nexcept KeyError:\n    print(\"empty suppress passes everything\")\nwith contextlib.nullcontext() as nothing:\n    print(nothing)\nprint(type(contextlib.suppress(OSError)).__name__, type(contextlib.nullcontext()).__name__)\n@contextlib.contextmanager\ndef gen_args(a, *rest, **kw):\n    yield (a, rest, sorted(kw))\nwith gen_args(1, 2, 3, x=4) as got:\n    print(got)\n@contextlib.contextmanager\ndef reraise_other():\n    try:\n        yield\n    except ValueError:\n        raise TypeError(\"converted\")\ntry:\n    with reraise_other():\n        raise ValueError(\"original\")\nexcept TypeError as e:\n    print(\"TypeError:\", e, type(e.__context__).__name__)\n@contextlib.contextmanager\ndef stop():\n    yield\ntry:\n    with stop():\n        raise StopIteration(\"inside\")\nexcept StopIteration as e:\n    print(\"StopIteration passed on:\", e)\n",
    expected: [
      [["3.11","3.12","3.13","3.14"], "'oops\\ndirect\\n'\n'one\\nthree\\n' 'two\\n'\nback 'two\\nnested same\\n'\nempty suppress passes everything\nNone\nsuppress nullcontext\n(1, (2, 3), ['x'])\nTypeError: converted ValueError\nStopIteration passed on: inside\n"],
    ],
  },
];

describeModuleCases('contextlib module', CASES);

describe('contextlib: what is not modelled', () => {
  for (const [source, message] of [
    ['import contextlib\ncontextlib.ExitStack()\n', 'contextlib.ExitStack (line 2)'],
    ['import contextlib\ncontextlib.closing(None)\n', 'contextlib.closing (line 2)'],
    ['import contextlib\n@contextlib.contextmanager\ndef cm():\n    yield\n@cm()\ndef f():\n    pass\n', 'using a @contextmanager context manager as a decorator (line 5)'],
    ['import contextlib\n@contextlib.contextmanager\ndef cm():\n    return 1\nwith cm():\n    pass\n', '@contextmanager on a function that does not return a generator (line 5)'],
  ] as const) {
    it(message, async () => {
      const result = await runProgram(source, '3.13');
      expect(result.stderr).toBe(`not supported by the simulator yet: ${message}\n`);
    });
  }
});
