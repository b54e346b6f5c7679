// SyntaxError / IndentationError as CPython reports them, and "not supported yet" with the construct's line.
// Expected (message, line, offset) come from CPython 3.13.0: `compile(src, 't.py', 'exec')` and the
// SyntaxError's msg/lineno/offset (1-based; our `col` is 0-based, so col = offset - 1), and from running
// the same text as a file for the printed form.
import { describe, expect, it } from 'vitest';
import { PySyntaxError, UnsupportedError } from '../../../src/engine/syntax/errors';
import { compile, run } from '../helpers';

async function syntaxError(source: string): Promise<PySyntaxError> {
  try {
    await compile(source);
  } catch (error) {
    if (error instanceof PySyntaxError) return error;
    throw error;
  }
  throw new Error(`no SyntaxError for ${JSON.stringify(source)}`);
}

async function unsupported(source: string): Promise<UnsupportedError> {
  try {
    await compile(source);
  } catch (error) {
    if (error instanceof UnsupportedError) return error;
    throw error;
  }
  throw new Error(`no UnsupportedError for ${JSON.stringify(source)}`);
}

/** [source, class, message, line, col, endCol] as the simulator reports it. */
async function reported(source: string): Promise<[string, string, string, number, number, number]> {
  const e = await syntaxError(source);
  return [source, e.className, e.msg, e.line, e.col, e.endCol];
}

describe('SyntaxError', () => {
  it('compile-time errors: message, line, offset and end offset as CPython reports them', async () => {
    // source, message, line, offset (1-based), end offset
    const rows: [string, string, number, number, number][] = [
      ['f(a=1, a=2)\n', 'keyword argument repeated: a', 1, 8, 11],
      ['break\n', "'break' outside loop", 1, 1, 6],
      ['for i in x:\n    pass\ncontinue\n', "'continue' not properly in loop", 3, 1, 9],
      ['return 5\n', "'return' outside function", 1, 1, 9],
      ['a, *b, *c = d\n', 'multiple starred expressions in assignment', 1, 1, 10],
    ];
    const actual = await Promise.all(rows.map(([source]) => reported(source)));
    expect(actual).toEqual(rows.map(([source, msg, line, offset, end]) => [source, 'SyntaxError', msg, line, offset - 1, end - 1]));
  });

  it('leading zeros in a decimal literal', async () => {
    const e = await syntaxError('x = 007\n');
    expect(e.msg).toBe('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers');
    expect([e.line, e.col]).toEqual([1, 4]);
  });
});

describe('IndentationError', () => {
  it('an empty block: reported at the next token (blank and comment lines skipped), carets under it', async () => {
    // CPython 3.13.0 lineno / offset / end_offset
    const rows: [string, string, number, number, number][] = [
      ['def f():\nreturn 1\n', 'expected an indented block after function definition on line 1', 2, 1, 7],
      ['if True:\npass\n', "expected an indented block after 'if' statement on line 1", 2, 1, 5],
      ['while x:\n    pass\nelse:\nx = 1\n', "expected an indented block after 'else' statement on line 3", 4, 1, 2],
      ['if x:\n\n# c\nreturn 1\n', "expected an indented block after 'if' statement on line 1", 4, 1, 7],
      ['for i in x:\n1.5\n', "expected an indented block after 'for' statement on line 1", 2, 1, 4],
    ];
    const actual = await Promise.all(rows.map(([source]) => reported(source)));
    expect(actual).toEqual(rows.map(([source, msg, line, offset, end]) => [source, 'IndentationError', msg, line, offset - 1, end - 1]));
  });

  it('unexpected indent (tree-sitter accepts it; CPython does not)', async () => {
    const rows: [string, number, number][] = [
      ['x = 1\n  y = 2\n', 2, 2], ['  x = 1\n', 1, 2], ['def f():\n    x = 1\n      y = 2\n', 3, 6], ['if x: a = 1\n    b = 2\n', 2, 4],
    ];
    const actual = await Promise.all(rows.map(async ([source]) => (await reported(source)).slice(0, 5)));
    expect(actual).toEqual(rows.map(([source, line, offset]) => [source, 'IndentationError', 'unexpected indent', line, offset - 1]));
  });

  it('a dedent to a level never used', async () => {
    const e = await syntaxError('if x:\n    a = 1\n  b = 2\n');
    expect({ cls: e.className, msg: e.msg, line: e.line }).toEqual({ cls: 'IndentationError', msg: 'unindent does not match any outer indentation level', line: 3 });
  });

  it('consistent indentation is accepted (continuation lines, ";", tabs, docstrings, else/elif)', async () => {
    const sources = [
      'x = (1,\n  2)\ny = 3\n',
      'x = 1; y = 2\n',
      'if x:\n\tpass\n',
      'def f():\n    """doc\n  string"""\n    return 1\n',
      'if a:\n    if b:\n        x = 1\n    else:\n        y = 2\nelif c:\n    pass\nelse:\n    z = [1,\n2]\n',
    ];
    for (const source of sources) await expect(compile(source), source).resolves.toBeDefined();
  });

  it('prints like CPython: the line, carets under the next token', async () => {
    const r = await run('def f():\nreturn 1\n');
    expect({ stderr: r.stderr, exitCode: r.exitCode, outcome: r.outcome }).toEqual({
      stderr: '  File "test.py", line 2\n    return 1\n    ^^^^^^\nIndentationError: expected an indented block after function definition on line 1\n',
      exitCode: 1, outcome: 'syntax',
    });
  });

  it('"unexpected indent" prints no caret line and does not run the program', async () => {
    const r = await run('print("ran")\n  y = 2\n');
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({
      stdout: '', stderr: '  File "test.py", line 2\n    y = 2\nIndentationError: unexpected indent\n', exitCode: 1,
    });
  });
});

describe('not supported yet', () => {
  // (class definitions, try, with, :=, lambdas, comprehensions, generators, match and bytes literals were on this list; they are supported now)
  it('each construct is reported with its own line, never guessed around', async () => {
    const cases: [string, string, number][] = [
      ['x = 1\nmatch x:\n    case 1:\n        pass\n    case 1+2j:\n        pass\n', 'complex numbers', 5],
      ['x = 1\nasync def g():\n    await x\n', 'async functions', 2],
      ['x = 1\nasync def f():\n    pass\n', 'async functions', 2],
      ['x = 1\ny = 2j\n', 'complex numbers', 2],
      ['x = 1\ny = b"a" "b"\n', "the SyntaxError for mixing bytes and str literals ('cannot mix bytes and nonbytes literals')", 2],
      ['x = 1\ny = b"caf\u00e9"\n', 'non-ASCII characters in bytes literals (a SyntaxError)', 2],
    ];
    const found = await Promise.all(cases.map(async ([source]) => {
      const e = await unsupported(source);
      return [e.construct, e.line, e.message];
    }));
    expect(found).toEqual(cases.map(([, construct, line]) => [construct, line, `not supported by the simulator yet: ${construct} (line ${line})`]));
  });

  it('a run stops with exit status 2 and the message on stderr', async () => {
    const r = await run('x = 1\ny = 2j\n');
    expect({ stderr: r.stderr, exitCode: r.exitCode, outcome: r.outcome, errorLine: r.errorLine })
      .toEqual({ stderr: 'not supported by the simulator yet: complex numbers (line 2)\n', exitCode: 2, outcome: 'unsupported', errorLine: 2 });
  });
});
