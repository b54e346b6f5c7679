// The modelled clock of the time module and the modelled os module. These expectations are the simulator's
// own model (documented in src/engine/modules/timeos.ts), not CPython's: real clocks and PIDs differ per run.
import { describe, expect, it } from 'vitest';
import { runProgram } from './run';
import { MODEL_EPOCH_SECONDS, MODEL_NS_PER_INSTRUCTION, MODEL_PID, MODEL_UPTIME_SECONDS } from '../../../src/engine/modules/timeos';

async function stdout(source: string): Promise<string> {
  const result = await runProgram(source, '3.13');
  expect(result.stderr).toBe('');
  return result.stdout;
}

describe('time: a modelled clock driven by executed instructions', () => {
  it('starts at the modelled epoch and uptime', async () => {
    const out = await stdout('import time\nprint(time.time_ns(), time.perf_counter_ns(), time.monotonic_ns(), time.process_time_ns())\n');
    const [wall, perf, mono, cpu] = out.trim().split(' ').map(BigInt) as [bigint, bigint, bigint, bigint];
    const ns = 1_000_000_000n;
    expect(wall - MODEL_EPOCH_SECONDS * ns).toBeGreaterThan(0n);
    expect(wall - MODEL_EPOCH_SECONDS * ns).toBeLessThan(1000n * MODEL_NS_PER_INSTRUCTION);
    expect(perf - MODEL_UPTIME_SECONDS * ns).toBeGreaterThan(0n);
    expect(mono - perf).toBeGreaterThan(0n);
    expect(cpu % MODEL_NS_PER_INSTRUCTION).toBe(0n);
  });

  it('advances by a fixed cost per instruction, the same on every run', async () => {
    const source = 'import time\na = time.perf_counter_ns()\nb = time.perf_counter_ns()\nfor i in range(100):\n    pass\nc = time.perf_counter_ns()\nprint(b - a, c - b)\n';
    const first = await stdout(source);
    expect(await stdout(source)).toBe(first);
    const [short, long] = first.trim().split(' ').map(Number) as [number, number];
    expect(short % Number(MODEL_NS_PER_INSTRUCTION)).toBe(0);
    expect(long).toBeGreaterThan(100 * 2 * Number(MODEL_NS_PER_INSTRUCTION));
  });

  it('sleep() returns at once and moves the wall and monotonic clocks, not process_time', async () => {
    const out = await stdout([
      'import time',
      'w, m, c = time.time_ns(), time.monotonic_ns(), time.process_time_ns()',
      'time.sleep(1.5)',
      'time.sleep(2)',
      'print(time.time_ns() - w >= 3_500_000_000, time.monotonic_ns() - m >= 3_500_000_000, time.process_time_ns() - c < 1_000_000)',
      '',
    ].join('\n'));
    expect(out).toBe('True True True\n');
  });
});

describe('os: only what touches nothing real', () => {
  it('getpid() is the modelled process id', async () => {
    expect(await stdout('import os\nprint(os.getpid())\n')).toBe(`${MODEL_PID}\n`);
  });

  for (const [source, message] of [
    ['import os\nos.getcwd()\n', 'os.getcwd (line 2)'],
    ['import os\nos.environ\n', 'os.environ (line 2)'],
    ['import os\nos.path.join("a", "b")\n', 'os.path (line 2)'],
    ['import os\nos.listdir(".")\n', 'os.listdir (line 2)'],
    ['import time\ntime.strftime("%Y")\n', 'time.strftime (line 2)'],
    ['import io\nio.open("x.txt")\n', 'io.open (line 2)'],
  ] as const) {
    it(`${message.split(' ')[0]} is not supported`, async () => {
      const result = await runProgram(source, '3.13');
      expect(result.outcome).toBe('unsupported');
      expect(result.stderr).toBe(`not supported by the simulator yet: ${message}\n`);
    });
  }

  it('a name os does not have is an AttributeError', async () => {
    const result = await runProgram('import os\nos.nonexistent\n', '3.13');
    expect(result.outcome).toBe('exception');
    expect(result.stderr).toContain("AttributeError: module 'os' has no attribute 'nonexistent'");
  });
});
