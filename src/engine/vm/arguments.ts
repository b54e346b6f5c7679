// Binds call arguments to a new frame's parameters (CPython's initialize_locals), with its exact
// TypeError messages. Positional and keyword argument references move into the frame; defaults,
// *args and **kwargs are new references.
import type { PyObject } from '../objects/object';
import type { PyFunction } from '../objects/callables';
import { PyDict, PyTuple } from '../objects/containers';
import { dictSet } from '../objects/dictops';
import type { Frame } from './frame';
import type { Runtime } from './runtime';
import { closestName } from './suggestions';

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function quotedList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

export function bindArguments(
  rt: Runtime, fn: PyFunction, frame: Frame, args: PyObject[], borrowed: boolean[], kwnames: string[] | null,
): void {
  const code = fn.code.code;
  const heap = rt.heap;
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  const name = `${code.qualname}()`;
  const varnames = code.varnames;
  const argcount = code.argcount;
  const taken: PyObject[] = [];
  const store = (i: number, value: PyObject, isBorrowed: boolean) => {
    frame.fast[i] = value;
    frame.fastBorrowed[i] = isBorrowed;
    rt.recorder.emit({ k: 'bind', frame: frame.id, name: varnames[i]!, obj: value.id });
  };
  const release = () => args.forEach((a, i) => !frame.fast.includes(a) && !taken.includes(a) && !borrowed[i] && heap.decref(a));

  // positional
  const n = Math.min(npos, argcount);
  for (let i = 0; i < n; i++) store(i, args[i]!, borrowed[i]!);
  let slot = argcount + code.kwonlyargcount;
  if (code.hasVarargs) {
    const extra = args.slice(n, npos).map((a, i) => (borrowed[n + i] ? heap.incref(a, 'item') : a));
    store(slot, rt.tuple(extra), false);
    taken.push(...args.slice(n, npos));
    slot++;
  } else if (npos > argcount) {
    const defaults = fn.defaults?.items.length ?? 0;
    release();
    const takes = defaults > 0 ? `from ${argcount - defaults} to ${argcount}` : `${argcount}`;
    const given = nkw > 0 ? `${plural(npos, 'positional argument')} (and ${plural(nkw, 'keyword-only argument')}) were given` : `${npos} ${npos === 1 ? 'was' : 'were'} given`;
    rt.raise(rt.types.TypeError, `${name} takes ${takes} positional argument${argcount === 1 && defaults === 0 ? '' : 's'} but ${given}`);
  }
  let kwargsDict: PyDict | null = null;
  if (code.hasVarkw) {
    kwargsDict = rt.dict();
    store(slot, kwargsDict, false);
  }

  // keywords
  for (let k = 0; k < nkw; k++) {
    const kw = kwnames![k]!;
    const value = args[npos + k]!;
    const index = varnames.indexOf(kw);
    const isParam = index >= code.posonlyargcount && index < argcount + code.kwonlyargcount;
    if (!isParam) {
      if (kwargsDict) {
        const key = rt.str(kw);
        dictSet(rt, kwargsDict, key, value);
        heap.decref(key);
        if (!borrowed[npos + k]) heap.decref(value);
        taken.push(value);
        continue;
      }
      release();
      if (index >= 0 && index < code.posonlyargcount) {
        rt.raise(rt.types.TypeError, `${name} got some positional-only arguments passed as keyword arguments: '${kw}'`);
      }
      const suggestion = rt.profile.messages.keywordSuggestions ? closestName(kw, varnames.slice(code.posonlyargcount, argcount + code.kwonlyargcount)) : null;
      rt.raise(rt.types.TypeError, `${name} got an unexpected keyword argument '${kw}'${suggestion ? `. Did you mean '${suggestion}'?` : ''}`);
    }
    if (frame.fast[index]) {
      release();
      rt.raise(rt.types.TypeError, `${name} got multiple values for argument '${kw}'`);
    }
    store(index, value, borrowed[npos + k]!);
  }

  // defaults and missing arguments
  const defaults = fn.defaults?.items ?? [];
  const firstDefault = argcount - defaults.length;
  const missing: string[] = [];
  for (let i = 0; i < argcount; i++) {
    if (frame.fast[i]) continue;
    if (i >= firstDefault) store(i, heap.incref(defaults[i - firstDefault]!), false);
    else missing.push(varnames[i]!);
  }
  if (missing.length > 0) {
    release();
    rt.raise(rt.types.TypeError, `${name} missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${quotedList(missing)}`);
  }
  const kwMissing: string[] = [];
  for (let i = argcount; i < argcount + code.kwonlyargcount; i++) {
    if (frame.fast[i]) continue;
    const dflt = fn.kwdefaults?.entries.get(`s${varnames[i]}`)?.value;
    if (dflt) store(i, heap.incref(dflt), false);
    else kwMissing.push(varnames[i]!);
  }
  if (kwMissing.length > 0) {
    release();
    rt.raise(rt.types.TypeError, `${name} missing ${kwMissing.length} required keyword-only argument${kwMissing.length === 1 ? '' : 's'}: ${quotedList(kwMissing)}`);
  }
  void PyTuple;
}
