// Turns compile-time constants into Python objects, once per compilation unit (CPython merges equal
// constants across all code objects of a module), and models the parser arena: while a module runs,
// the AST still holds a reference to each literal object, so a literal's baseline count is 2.
import { newSet } from '../objects/setmethods';
import type { CodeObject, Const } from '../compiler/code';
import { constKey } from '../compiler/code';
import type { PyObject } from '../objects/object';
import { PyCode } from '../objects/callables';
import { bytesOfLatin1 } from '../objects/bytes';
import type { Runtime } from './runtime';

const IDENTIFIER = /^[A-Za-z0-9_]+$/;

export class ConstantPool {
  private readonly objects = new Map<string, PyObject>();
  private readonly codes = new Map<CodeObject, PyCode>();
  /** References the parse arena holds until the module finishes. */
  readonly arena: PyObject[] = [];

  constructor(private readonly rt: Runtime, private readonly arenaKeys: ReadonlySet<string>, private readonly arenaTwice: ReadonlySet<string> = new Set()) {}

  /** A new reference to the object for `c`. */
  object(c: Const): PyObject {
    const key = constKey(c);
    const existing = this.objects.get(key);
    if (existing) return this.rt.heap.incref(existing, 'const');
    const obj = this.create(c);
    this.objects.set(key, obj);
    if (this.arenaKeys.has(key)) this.arena.push(this.rt.heap.incref(obj, 'internal'));
    if (this.arenaTwice.has(key)) this.arena.push(this.rt.heap.incref(obj, 'internal'));
    return obj;
  }

  private create(c: Const): PyObject {
    const rt = this.rt;
    switch (c.type) {
      case 'int': return rt.int(Number.isSafeInteger(Number(c.value)) ? Number(c.value) : c.value);
      case 'float': return rt.float(c.value);
      case 'str': return IDENTIFIER.test(c.value) ? rt.internedStr(c.value) : rt.str(c.value);
      case 'bytes': return rt.bytes(bytesOfLatin1(c.value));
      case 'bool': return rt.bool(c.value);
      case 'none': return rt.none();
      case 'ellipsis': return rt.heap.incref(rt.Ellipsis);
      case 'tuple': return rt.tuple(c.items.map((item) => this.object(item)));
      case 'frozenset': {
        // Built from the constants in source order, then rebuilt from its own iteration order each time the
        // compiler's constant merging (merge_consts_recursive) meets it. Each rebuild can reorder the table.
        const items = c.items.map((item) => this.object(item));
        let set = newSet(rt, rt.types.frozenset, items);
        for (const item of items) rt.heap.decref(item);
        for (let i = 0; i < rt.profile.compiler.frozensetConstantRebuilds; i++) {
          const next = newSet(rt, rt.types.frozenset, set.keys());
          rt.heap.decref(set);
          set = next;
        }
        return set;
      }
      case 'code': return this.code(c.code);
    }
  }

  /** The code object for `code` (a new reference). */
  code(code: CodeObject): PyCode {
    const existing = this.codes.get(code);
    if (existing) return this.rt.heap.incref(existing, 'const');
    const consts = code.consts.map((c) => this.object(c));
    const names = code.names.map((n) => this.rt.internedStr(n));
    const pycode = this.rt.heap.register(new PyCode(this.rt.types.code, code, consts, names));
    this.codes.set(code, pycode);
    return pycode;
  }

  release(): void {
    for (const obj of this.arena.splice(0)) this.rt.heap.decref(obj, 'internal');
  }
}
