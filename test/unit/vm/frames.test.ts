// Traceback and frame objects: a frame object that outlives its frame takes the locals over, so a
// saved exception keeps the failed function's locals alive (expected values measured on CPython 3.13.0).
import { describe, expect, it } from 'vitest';
import { run } from '../helpers';

describe('traceback objects keep frames alive', () => {
  it('a local of a failed function stays referenced while the exception is handled or saved', async () => {
    const src = [
      'import sys', 'x = [1]', 'def f(a):', '    b = a', '    raise ValueError', 'try:', '    f(x)', 'except ValueError:',
      '    print(sys.getrefcount(x))', 'print(sys.getrefcount(x))', 'try:', '    f(x)', 'except ValueError as e:', '    err = e',
      'print(sys.getrefcount(x))', 'del err', 'print(sys.getrefcount(x))', '',
    ].join('\n');
    expect((await run(src)).stdout).toBe('4\n2\n4\n2\n');
  });

  it('the frame object is freed with the last traceback that holds it, and its locals with it', async () => {
    const src = [
      'class D:', '    def __del__(self):', '        print("freed")', 'def f():', '    d = D()', '    raise KeyError',
      'try:', '    f()', 'except KeyError as e:', '    saved = e', 'print("saved")', 'saved = None', 'print("end")', '',
    ].join('\n');
    expect((await run(src)).stdout).toBe('saved\nfreed\nend\n');
  });

  it('tb_next runs from the handling frame to the raising one; f_back links a finished frame to its caller', async () => {
    const src = [
      'def inner():', '    raise KeyError', 'def outer():', '    inner()', 'try:', '    outer()', 'except KeyError as e:',
      '    tb = e.__traceback__', '    names = []', '    while tb:', '        names.append(tb.tb_frame.f_code.co_name + ":" + str(tb.tb_lineno))',
      '        tb = tb.tb_next', '    print(names)', '    last = e.__traceback__.tb_next.tb_next.tb_frame',
      '    print(last.f_back.f_code.co_name, last.f_back.f_back.f_code.co_name)', '',
    ].join('\n');
    expect((await run(src)).stdout).toBe("['<module>:6', 'outer:4', 'inner:2']\nouter <module>\n");
  });

  it('an exception stored in its own frame is a cycle the collector frees (exception, 2 tracebacks, 2 frames, args)', async () => {
    const src = [
      'import gc', 'def fail():', '    raise ValueError("x")', 'def keep():', '    try:', '        fail()', '    except ValueError as e:',
      '        me = e', 'gc.collect()', 'keep()', 'print(gc.collect())', '',
    ].join('\n');
    expect((await run(src, '3.13')).stdout).toBe('6\n');
  });

  it("f_locals: a module frame's is the globals dict; a function frame's is not modelled yet (unsupported)", async () => {
    const src = 'import sys\nf = sys._getframe()\nprint(f.f_locals is f.f_globals, f.f_locals["__name__"])\nclass C:\n    x = 1\n    print(sys._getframe().f_locals["x"])\n';
    expect((await run(src)).stdout).toBe('True __main__\n1\n');
    const r = await run('import sys\ndef f():\n    return sys._getframe().f_locals\nf()\n');
    expect(r.outcome).toBe('unsupported');
  });
});
