// THE opcode table: names, operand kinds, stack effects and docs live here and nowhere else.
// Stack notation follows CPython's Python/bytecodes.c: "(inputs -- outputs)", top of stack rightmost;
// "items[oparg]" takes oparg entries. The set mirrors CPython 3.12/3.13 closely; where versions differ
// in ways that change reference counts, the profile selects the variant (e.g. LOAD_FAST_BORROW).

type OperandKind = 'none' | 'const' | 'name' | 'local' | 'count' | 'jump' | 'binop' | 'compare' | 'flag';

interface OpcodeSpec {
  readonly stack: string;
  readonly operand: OperandKind;
  readonly doc: string;
}

export const OPCODES = {
  NOP: { stack: '( -- )', operand: 'none', doc: 'Do nothing (keeps a line number alive).' },
  RESUME: { stack: '( -- )', operand: 'count', doc: 'Start of a code object (0), or resumption after a yield (1) or inside yield from (2); an eval-breaker check unless 2.' },
  POP_TOP: { stack: '(value -- )', operand: 'none', doc: 'Discard the top of the stack (decref).' },
  PUSH_NULL: { stack: '( -- null)', operand: 'none', doc: 'Push the NULL that marks "no self" for CALL.' },
  COPY: { stack: '(bottom, unused[oparg-1] -- bottom, unused[oparg-1], top)', operand: 'count', doc: 'Push a new reference to the oparg-th item.' },
  SWAP: { stack: '(bottom, unused[oparg-2], top -- top, unused[oparg-2], bottom)', operand: 'count', doc: 'Swap TOS with the oparg-th item.' },
  LOAD_CONST: { stack: '( -- value)', operand: 'const', doc: 'Push co_consts[oparg] (new reference).' },
  LOAD_NAME: { stack: '( -- value)', operand: 'name', doc: 'Push locals/globals/builtins[name] (module and class bodies).' },
  SETUP_ANNOTATIONS: { stack: '( -- )', operand: 'none', doc: 'Create __annotations__ in the local namespace unless it is there (3.11–3.13 module and class bodies).' },
  STORE_NAME: { stack: '(value -- )', operand: 'name', doc: 'Bind name in the local namespace; the stack reference moves into the dict.' },
  DELETE_NAME: { stack: '( -- )', operand: 'name', doc: 'Unbind a name; NameError if unbound.' },
  LOAD_GLOBAL: { stack: '( -- value, null[oparg & 1])', operand: 'name', doc: 'Push globals/builtins[name >> 1]; with bit 0, also push NULL for CALL.' },
  STORE_GLOBAL: { stack: '(value -- )', operand: 'name', doc: 'Bind a global from a function.' },
  DELETE_GLOBAL: { stack: '( -- )', operand: 'name', doc: 'Unbind a global from a function.' },
  LOAD_FAST: { stack: '( -- value)', operand: 'local', doc: 'Push a fast local (incref).' },
  LOAD_FAST_CHECK: { stack: '( -- value)', operand: 'local', doc: 'Push a fast local that may be unbound (UnboundLocalError).' },
  LOAD_FAST_BORROW: { stack: '( -- value)', operand: 'local', doc: '3.14: push a borrowed reference to a local (no incref); the compiler proves the local outlives it.' },
  STORE_FAST: { stack: '(value -- )', operand: 'local', doc: 'Store into a fast local; decref the old value.' },
  DELETE_FAST: { stack: '( -- )', operand: 'local', doc: 'Unbind a fast local.' },
  LOAD_ATTR: { stack: '(owner -- attr, self_or_null[oparg & 1])', operand: 'name', doc: 'Attribute of TOS; with bit 0 a method load pushes (method, self) or (attr, NULL).' },
  STORE_ATTR: { stack: '(value, owner -- )', operand: 'name', doc: 'owner.name = value.' },
  DELETE_ATTR: { stack: '(owner -- )', operand: 'name', doc: 'del owner.name.' },
  BINARY_OP: { stack: '(lhs, rhs -- res)', operand: 'binop', doc: 'lhs <op> rhs, including in-place variants.' },
  UNARY_NEGATIVE: { stack: '(value -- res)', operand: 'none', doc: '-value.' },
  UNARY_POSITIVE: { stack: '(value -- res)', operand: 'none', doc: '+value.' },
  UNARY_INVERT: { stack: '(value -- res)', operand: 'none', doc: '~value.' },
  UNARY_NOT: { stack: '(value -- res)', operand: 'none', doc: 'not value.' },
  COMPARE_OP: { stack: '(left, right -- res)', operand: 'compare', doc: 'Rich comparison.' },
  IS_OP: { stack: '(left, right -- res)', operand: 'flag', doc: 'left is right (oparg 1: is not).' },
  CONTAINS_OP: { stack: '(left, right -- res)', operand: 'flag', doc: 'left in right (oparg 1: not in).' },
  BINARY_SUBSCR: { stack: '(container, sub -- res)', operand: 'none', doc: 'container[sub].' },
  STORE_SUBSCR: { stack: '(value, container, sub -- )', operand: 'none', doc: 'container[sub] = value.' },
  DELETE_SUBSCR: { stack: '(container, sub -- )', operand: 'none', doc: 'del container[sub].' },
  BUILD_SLICE: { stack: '(items[oparg] -- slice)', operand: 'count', doc: 'slice(start, stop[, step]).' },
  BUILD_LIST: { stack: '(items[oparg] -- list)', operand: 'count', doc: 'A list stealing oparg stack references.' },
  BUILD_TUPLE: { stack: '(items[oparg] -- tuple)', operand: 'count', doc: 'A tuple stealing oparg stack references.' },
  BUILD_MAP: { stack: '(items[oparg*2] -- map)', operand: 'count', doc: 'A dict from oparg key/value pairs.' },
  LIST_APPEND: { stack: '(list, unused[oparg-1], value -- list, unused[oparg-1])', operand: 'count', doc: 'Append TOS to the list oparg deep.' },
  LIST_EXTEND: { stack: '(list, unused[oparg-1], iterable -- list, unused[oparg-1])', operand: 'count', doc: 'Extend the list oparg deep.' },
  BUILD_SET: { stack: '(items[oparg] -- set)', operand: 'count', doc: 'A set of oparg items, added in order.' },
  SET_ADD: { stack: '(set, unused[oparg-1], value -- set, unused[oparg-1])', operand: 'count', doc: 'set.add(value) for a set comprehension.' },
  SET_UPDATE: { stack: '(set, unused[oparg-1], iterable -- set, unused[oparg-1])', operand: 'count', doc: '{*iterable} in a set display.' },
  MAP_ADD: { stack: '(dict, unused[oparg-1], key, value -- dict, unused[oparg-1])', operand: 'count', doc: 'dict[key] = value for a dict comprehension.' },
  LOAD_FAST_AND_CLEAR: { stack: '( -- value)', operand: 'local', doc: "PEP 709: push a local's value (or NULL) and unbind it, saving it across an inlined comprehension." },
  LIST_TO_TUPLE: { stack: '(list -- tuple)', operand: 'none', doc: 'Convert the list built for a starred tuple.' },
  DICT_UPDATE: { stack: '(dict, unused[oparg-1], update -- dict, unused[oparg-1])', operand: 'count', doc: '{**mapping} in a dict display.' },
  DICT_MERGE: { stack: '(dict, unused[oparg-1], update -- dict, unused[oparg-1])', operand: 'count', doc: '**mapping in a call (duplicate keys are errors).' },
  UNPACK_SEQUENCE: { stack: '(seq -- values[oparg])', operand: 'count', doc: 'Push the items of an exact-length sequence, last first.' },
  UNPACK_EX: { stack: '(seq -- values[(oparg & 0xff) + (oparg >> 8) + 1])', operand: 'count', doc: 'Starred unpacking: oparg = before | (after << 8); pushes before + 1 + after.' },
  GET_ITER: { stack: '(iterable -- iter)', operand: 'none', doc: 'iter(TOS).' },
  FOR_ITER: { stack: '(iter -- iter, next)', operand: 'jump', doc: 'Push next(iter), or pop the iterator and jump when exhausted.' },
  CALL: { stack: '(callable, self_or_null, args[oparg] -- res)', operand: 'count', doc: 'Call with oparg positional arguments. Python frames take over the argument references.' },
  CALL_KW: { stack: '(callable, self_or_null, args[oparg], kwnames -- res)', operand: 'count', doc: 'Call with keyword names in a tuple on top.' },
  CALL_FUNCTION_EX: { stack: '(callable, self_or_null, args, kwargs -- res)', operand: 'none', doc: 'f(*args, **kwargs); kwargs may be NULL.' },
  MAKE_FUNCTION: { stack: '(defaults[oparg & 1], kwdefaults[(oparg >> 1) & 1], annotate[(oparg >> 4) & 1], annotations[(oparg >> 2) & 1], closure[(oparg >> 3) & 1], code -- func)', operand: 'flag', doc: 'A function from a code object, with defaults (bit 0), kwdefaults (bit 1), annotations as (name, value) pairs (bit 2, 3.11–3.13) or an __annotate__ function (bit 4, 3.14), and a tuple of closure cells (bit 3).' },
  MAKE_CELL: { stack: '( -- )', operand: 'local', doc: 'Wrap the slot in a new cell (its current value, if any, moves into the cell).' },
  COPY_FREE_VARS: { stack: '( -- )', operand: 'count', doc: "Copy the function's closure cells into the last oparg slots." },
  LOAD_DEREF: { stack: '( -- value)', operand: 'local', doc: "Push the contents of a cell (new reference)." },
  STORE_DEREF: { stack: '(value -- )', operand: 'local', doc: 'Store into a cell; the old contents are released.' },
  DELETE_DEREF: { stack: '( -- )', operand: 'local', doc: 'Empty a cell.' },
  LOAD_CLOSURE: { stack: '( -- cell)', operand: 'local', doc: 'Push the cell itself, to build a closure tuple.' },
  RETURN_VALUE: { stack: '(retval -- )', operand: 'none', doc: 'Return TOS to the caller.' },
  RETURN_CONST: { stack: '( -- )', operand: 'const', doc: 'Return co_consts[oparg].' },
  JUMP_FORWARD: { stack: '( -- )', operand: 'jump', doc: 'Jump forward.' },
  JUMP_BACKWARD: { stack: '( -- )', operand: 'jump', doc: 'Jump backward; an eval-breaker check.' },
  JUMP_BACKWARD_NO_INTERRUPT: { stack: '( -- )', operand: 'jump', doc: 'Jump backward without an eval-breaker check (the yield from loop).' },
  POP_JUMP_IF_FALSE: { stack: '(cond -- )', operand: 'jump', doc: 'Pop; jump if falsy.' },
  POP_JUMP_IF_TRUE: { stack: '(cond -- )', operand: 'jump', doc: 'Pop; jump if truthy.' },
  FORMAT_SIMPLE: { stack: '(value -- res)', operand: 'none', doc: 'format(value) for an f-string field.' },
  FORMAT_WITH_SPEC: { stack: '(value, fmt_spec -- res)', operand: 'none', doc: 'format(value, spec).' },
  CONVERT_VALUE: { stack: '(value -- result)', operand: 'flag', doc: 'str (1), repr (2) or ascii (3) of the value for !s/!r/!a.' },
  BUILD_STRING: { stack: '(pieces[oparg] -- str)', operand: 'count', doc: 'Concatenate oparg strings.' },
  PUSH_EXC_INFO: { stack: '(exc -- prev_exc, exc)', operand: 'none', doc: 'Entering a handler: save the previously handled exception below the new one, which becomes the handled one.' },
  POP_EXCEPT: { stack: '(prev_exc -- )', operand: 'none', doc: 'Leaving a handler: the saved exception becomes the handled one again.' },
  CHECK_EXC_MATCH: { stack: '(exc, type -- exc, b)', operand: 'none', doc: 'Does the exception match the type (or tuple of types) of an except clause?' },
  RERAISE: { stack: '(exc -- )', operand: 'none', doc: 'Raise the exception again without a new traceback entry.' },
  RAISE_VARARGS: { stack: '(args[oparg] -- )', operand: 'count', doc: 'raise (0: re-raise the handled exception), raise exc (1), raise exc from cause (2).' },
  LOAD_ASSERTION_ERROR: { stack: '( -- value)', operand: 'none', doc: 'Push AssertionError for a failing assert.' },
  RETURN_GENERATOR: { stack: '( -- value)', operand: 'none', doc: 'Start of a generator function: the call creates the generator instead of running the frame.' },
  YIELD_VALUE: { stack: '(value -- sent)', operand: 'none', doc: 'Suspend the generator, giving value to its caller; resuming pushes the value sent in.' },
  GET_YIELD_FROM_ITER: { stack: '(iterable -- iter)', operand: 'none', doc: 'iter() for yield from (a generator is used as is).' },
  SEND: { stack: '(receiver, v -- receiver, result)', operand: 'jump', doc: 'Send v into the sub-iterator; when it finishes, jump with its return value.' },
  END_SEND: { stack: '(receiver, value -- value)', operand: 'none', doc: 'Drop the finished sub-iterator, keep the result of yield from.' },
  BEFORE_WITH: { stack: '(mgr -- exit, res)', operand: 'none', doc: 'with: push the bound __exit__, then the result of __enter__().' },
  WITH_EXCEPT_START: { stack: '(exit, unused, exc -- exit, unused, exc, res)', operand: 'none', doc: 'Call __exit__(type, exc, tb) for the exception being handled.' },
  LOAD_BUILD_CLASS: { stack: '( -- func)', operand: 'none', doc: 'Push builtins.__build_class__.' },
  IMPORT_FROM: { stack: '(module -- module, attr)', operand: 'name', doc: 'from module import name.' },
  POP_JUMP_IF_NONE: { stack: '(value -- )', operand: 'jump', doc: 'Pop; jump if it is None.' },
  POP_JUMP_IF_NOT_NONE: { stack: '(value -- )', operand: 'jump', doc: 'Pop; jump unless it is None.' },
  GET_LEN: { stack: '(obj -- obj, len)', operand: 'none', doc: 'Push len(TOS) (match statements check sequence and mapping sizes).' },
  MATCH_SEQUENCE: { stack: '(subject -- subject, res)', operand: 'none', doc: 'Push True if the subject is a sequence for pattern matching (list, tuple, range…; not str/bytes).' },
  MATCH_MAPPING: { stack: '(subject -- subject, res)', operand: 'none', doc: 'Push True if the subject is a mapping for pattern matching (dict and its subclasses…).' },
  MATCH_KEYS: { stack: '(subject, keys -- subject, keys, values_or_none)', operand: 'none', doc: 'Look every key up with subject.get(); push a tuple of the values, or None if one is missing.' },
  MATCH_CLASS: { stack: '(subject, type, names -- attrs)', operand: 'count', doc: 'isinstance(subject, type), then oparg positional attributes (via __match_args__) and the named ones: a tuple of them, or None.' },
  IMPORT_NAME: { stack: '( -- module)', operand: 'name', doc: 'Import a module by name.' },
} as const satisfies Record<string, OpcodeSpec>;

export type Opcode = keyof typeof OPCODES;
export const OPCODE_NAMES = Object.keys(OPCODES) as Opcode[];
/** Numeric codes used in code objects (positions in the table). */
export const OP = Object.fromEntries(OPCODE_NAMES.map((name, i) => [name, i])) as Record<Opcode, number>;

interface Slot {
  readonly name: string;
  /** Count expression in terms of oparg, or 1. */
  readonly count: (oparg: number) => number;
}

/** The count expressions the table uses (no eval: the engine also runs where eval is forbidden). */
const COUNT_EXPRESSIONS: Record<string, (oparg: number) => number> = {
  'oparg': (n) => n,
  'oparg-1': (n) => n - 1,
  'oparg-2': (n) => n - 2,
  'oparg*2': (n) => n * 2,
  'oparg & 1': (n) => n & 1,
  '(oparg >> 1) & 1': (n) => (n >> 1) & 1,
  '(oparg >> 2) & 1': (n) => (n >> 2) & 1,
  '(oparg >> 3) & 1': (n) => (n >> 3) & 1,
  '(oparg >> 4) & 1': (n) => (n >> 4) & 1,
  '(oparg & 0xff) + (oparg >> 8) + 1': (n) => (n & 0xff) + (n >> 8) + 1,
};

function parseSlots(list: string): Slot[] {
  return list.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    const m = /^(\w+)(?:\[(.+)\])?$/.exec(s);
    if (!m) throw new Error(`bad stack slot ${s}`);
    const expr = m[2];
    if (!expr) return { name: m[1]!, count: () => 1 };
    const fn = COUNT_EXPRESSIONS[expr];
    if (!fn) throw new Error(`unknown stack count expression ${expr}`);
    return { name: m[1]!, count: fn };
  });
}

const EFFECTS = Object.fromEntries(OPCODE_NAMES.map((name) => {
  const m = /^\((.*)--(.*)\)$/.exec(OPCODES[name].stack)!;
  return [name, { pops: parseSlots(m[1]!), pushes: parseSlots(m[2]!) }];
})) as Record<Opcode, { pops: Slot[]; pushes: Slot[] }>;

/** Net stack change of one instruction (jumps: the fall-through path). */
export function stackEffect(op: Opcode, oparg: number): number {
  const size = (slots: Slot[]) => slots.reduce((n, s) => n + s.count(oparg), 0);
  if (op === 'FOR_ITER') return 1;
  return size(EFFECTS[op].pushes) - size(EFFECTS[op].pops);
}
