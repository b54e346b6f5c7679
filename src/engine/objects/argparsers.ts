// 3.11's Argument Clinic parsers (_PyArg_Parser) build their tuple of keyword names the first time they parse
// keywords (parser_init) and keep it for the life of the process: a GC allocation that real programs show in
// gc.get_count() once. 3.12+ compile those tuples in statically (profile.builtins.lazyKeywordTuples).
import type { Runtime } from '../vm/runtime';
import type { PyObject } from './object';

const built = new WeakMap<Runtime, Map<string, PyObject>>();

/** Makes the parser's keyword tuple of `owner` (e.g. 'list.sort') on its first use; later calls do nothing. */
export function initKeywordParser(rt: Runtime, owner: string, keywords: readonly string[]): void {
  if (!rt.profile.builtins.lazyKeywordTuples) return;
  let parsers = built.get(rt);
  if (!parsers) built.set(rt, (parsers = new Map()));
  if (parsers.has(owner)) return;
  parsers.set(owner, rt.tuple(keywords.map((name) => rt.internedStr(name))));
}
