// A class's shared instance keys: 30 names, one usable slot fewer per instance created (never below 1).
import { describe, expect, it } from 'vitest';
import { SharedKeys } from '../../../src/engine/objects/sharedKeys';
import { run } from '../helpers';

describe('SharedKeys', () => {
  it('admits 30 names, then refuses new ones but keeps the known ones', () => {
    const keys = new SharedKeys();
    for (let i = 0; i < 30; i++) expect(keys.admit(`a${i}`)).toBe(true);
    expect(keys.admit('a30')).toBe(false);
    expect(keys.admit('a0')).toBe(true);
  });

  it('each instance created takes a usable slot, down to one', () => {
    const keys = new SharedKeys();
    for (let i = 0; i < 40; i++) keys.instanceCreated();
    expect(keys.admit('first')).toBe(true);
    expect(keys.admit('second')).toBe(false);
  });

  it('an instance setting a name the full keys refuse gets a dict of its own, which gc counts (CPython: 3)', async () => {
    const r = await run('import gc\nclass N: pass\nns = [N() for i in range(40)]\na, b = ns[0], ns[1]\na.first = b\nb.second = a\ndel ns, a, b\nprint(gc.collect())\n', '3.12');
    expect(r.stdout).toBe('3\n');
  });
});
