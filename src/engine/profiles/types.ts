// What differs between CPython versions, in one object per version. Engine code branches on these
// capabilities, never on the version string.

import type { GcStartupState } from '../gc/startup';

export type VersionId = '3.11' | '3.12' | '3.13' | '3.14';

/**
 * Which cyclic collector runs: CPython's generational one (3.11–3.13, 3.14.5+), or the incremental one
 * that 3.14.0–3.14.4 shipped (young generation + two old spaces scanned in increments).
 */
export type GcVariant = 'generational' | 'incremental';

/** What changes when a version runs another of its collectors (RunOptions.gcVariant). */
export interface GcVariantRelease {
  /** The patch release modelled with that collector (sys.version_info[2]). */
  readonly micro: number;
  readonly thresholds: readonly [number, number, number];
  /** The interpreter's own tracked objects when the program starts (see Profile.gc.startupHeap). */
  readonly startupHeap?: StartupHeap;
}

/**
 * Tracked objects a real interpreter already holds when the program starts, which the simulator does not
 * create (modules, functions, classes of the standard library). Only the incremental collector's pacing sees
 * them: they count in its heap size, the marking at the start of each cycle reaches `reachable` of them, and
 * increments scan the `unreachable` rest (held from C) from the pending space.
 */
export interface StartupHeap {
  readonly reachable: number;
  readonly unreachable: number;
}

/** The object freelists the simulator models, named after the exact built-in type they serve. */
export type FreelistKind =
  | 'float' | 'int' | 'tuple' | 'list' | 'list_iterator' | 'tuple_iterator' | 'dict' | 'slice'
  | 'range' | 'range_iterator' | 'builtin_function_or_method' | 'method';

export interface Profile {
  readonly id: VersionId;
  /** What `sys.version_info` would say for the modelled release. */
  readonly versionInfo: readonly [major: number, minor: number, micro: number];
  readonly refcount: {
    /**
     * 'immortal': PEP 683 (3.12+): static objects report `immortalValue` and never change.
     * 'static-counted' (3.11): static objects start at `staticBase` and count normally.
     */
    readonly statics: 'immortal' | 'static-counted';
    readonly immortalValue: number;
    readonly staticBase: number;
    /** 3.14: LOAD_FAST_BORROW pushes borrowed references for locals (gh-130704). */
    readonly borrowedLocalLoads: boolean;
    /** 3.14 releases a finished frame's stack and locals from the top down (last local first). */
    readonly frameReleasedTopDown: boolean;
  };
  readonly gc: {
    readonly variant: GcVariant;
    /** Other collectors this version shipped in some patch releases, selectable instead of `variant`. */
    readonly otherVariants?: Partial<Record<GcVariant, GcVariantRelease>>;
    /** Modelled start-up objects the collector paces itself by (the incremental variant only). */
    readonly startupHeap?: StartupHeap;
    readonly thresholds: readonly [number, number, number];
    /** 3.11 collects inside the allocation; 3.12+ at the next eval-breaker check (gh-97922). */
    readonly collectAt: 'allocation' | 'eval-breaker';
    /** 3.14: every dict is tracked (gh-127010); before, dicts are tracked lazily. */
    readonly dictsAlwaysTracked: boolean;
    /** 3.14: some ways of building a tuple (BUILD_TUPLE, tuple(list), *args) leave it untracked when no item needs tracking. */
    readonly tuplesUntrackedAtCreation: boolean;
    /** The measured (modelled) gc state when the program's first line runs (gc/startup.ts); null: not measured. */
    readonly startup: GcStartupState | null;
  };
  /** CPython's object freelists (Include/internal/pycore_freelist*.h, Objects/*object.c). */
  readonly freelists: {
    /** Entries each freelist keeps (tuples: per length); a kind not listed has no freelist in this version. */
    readonly capacity: Readonly<Partial<Record<FreelistKind, number>>>;
    /** PyTuple_MAXSAVESIZE: tuples of length 1..this go on the tuple freelists. */
    readonly tupleMaxSaveSize: number;
    /** 3.11–3.12: a new tuple is taken from a freelist only when shorter than tupleMaxSaveSize (20-tuples are kept, never reused). */
    readonly tuplePopBelowMaxSave: boolean;
    /** The order a full collection empties them in. */
    readonly clearOrder: readonly FreelistKind[];
    /** Freelists a full collection leaves alone (3.11–3.13: the one-entry slice cache). */
    readonly keptByCollections: readonly FreelistKind[];
    /** The slice cache holds a slice freed during interpreter start-up (measured: the first slice() reuses it). */
    readonly startupSliceCached: boolean;
  };
  readonly sizes: {
    /** sys.getsizeof('') for an ASCII string (49 on 3.11, 41 from 3.12: PEP 623 removed wstr). */
    readonly asciiStrHeader: number;
    /** Header of a latin-1/UCS-2/UCS-4 string. */
    readonly compactStrHeader: number;
    /** sys.getsizeof of a plain class instance (3.11 keeps the dict/values pointers in the object). */
    readonly instance: number;
    /**
     * 3.12+: the one-character strings U+0080–U+00FF are static singletons stored with their UTF-8 form
     * (2 bytes and a NUL), which sys.getsizeof counts: getsizeof('é') is 61, not 58.
     */
    readonly latin1SingletonUtf8: boolean;
    /**
     * 3.12+ keep a class instance's weak reference list in the pre-header beside the dict pointer
     * (Py_TPFLAGS_MANAGED_WEAKREF); 3.11 adds it as a pointer at the end of the object.
     */
    readonly managedWeakref: boolean;
    /**
     * 3.12+: subclasses of int and tuple keep their __dict__ pointer in the pre-header too, and an
     * instance of any built-in type's subclass gets its shared-keys __dict__ whenever it is first asked
     * for; 3.11 puts it at the end of an int/tuple (a plain dict) and makes an empty plain dict for an
     * early `obj.__dict__`.
     */
    readonly varSizedManagedDict: boolean;
    /**
     * 3.14: instances of a subclass of a fixed-size built-in type (list, dict, str…) keep their attributes
     * as inline values like plain instances; before, the first attribute makes a real dict object.
     */
    readonly builtinSubclassInlineValues: boolean;
    /**
     * 3.13+: an instance's materialized __dict__ shares the values array that stays inline in the instance
     * (values->embedded): the instance's tp_traverse visits those values, not the dict, and the dict's
     * visits nothing, so a collection does not find the dict unreachable with its instance (measured:
     * gc.collect() of a self-referencing instance whose __dict__ was asked for returns 2 on 3.11–3.12, 1 on 3.13).
     */
    readonly materializedDictEmbedsValues: boolean;
  };
  readonly compiler: {
    /** 3.11–3.13 fold constants in the AST optimizer, so folded values stay referenced by the parse arena. */
    readonly astConstantFolding: boolean;
    /** PEP 709 (3.12+): list/dict/set comprehensions are inlined into the enclosing code. */
    readonly inlineComprehensions: boolean;
    /** 3.13+: class bodies store __firstlineno__ and __static_attributes__. */
    readonly classStaticAttributes: boolean;
    /** 3.14 (PEP 765): return/break/continue leaving a finally block draws a compile-time SyntaxWarning. */
    readonly finallyExitWarning: boolean;
    /**
     * An undefined escape in a string literal ("\\d"): 3.11 a silent DeprecationWarning; 3.12–3.13 the SyntaxWarning
     * "invalid escape sequence '\\d'"; 3.14 a longer one suggesting "\\\\d" or a raw string.
     */
    readonly invalidEscapeWarning: 'none' | 'short' | 'verbose';
    /** 3.12+: the `is`-with-a-literal warning names the literal's type ("'int' literal"). */
    readonly isLiteralWarningNamesType: boolean;
    /** 3.11: a pattern's SyntaxError points at the last (sub)pattern compiled, not at the pattern at fault. */
    readonly patternErrorAtLastVisited: boolean;
    /** 3.12+: the parse arena holds a single bytes literal twice (one more reference while the module runs). */
    readonly bytesLiteralHeldTwice: boolean;
    /**
     * How often the compiler rebuilds a set display's frozenset constant from its own iteration order
     * (merge_consts_recursive; measured: 2 on 3.11–3.12, 1 on 3.13). It decides the order a set literal prints in.
     */
    readonly frozensetConstantRebuilds: number;
    /** PEP 649 (3.14): annotations are evaluated on demand by a compiled __annotate__ function, not at definition. */
    readonly deferredAnnotations: boolean;
  };
  readonly traceback: {
    /** 3.13+ shows ~^ anchors under calls and keeps carets that cover the whole line when anchored. */
    readonly callAnchors: boolean;
  };
  readonly messages: {
    /** 3.13+: "f() got an unexpected keyword argument 'x'. Did you mean 'y'?" (else "'x' is an invalid keyword argument for f()" for builtins). */
    readonly keywordSuggestions: boolean;
    /** 3.12+: "min() iterable argument is empty" (3.11: "min() arg is an empty sequence"). */
    readonly emptyIterableMinMax: boolean;
    /** 3.14: "cannot use 'list' as a dict key (unhashable type: 'list')". */
    readonly unhashableNamesRole: boolean;
    /** 3.14 names the missing method: "... context manager protocol (missed __exit__ method)". */
    readonly contextManagerNamesMissingMethod: boolean;
    /** ZeroDivisionError of 0.0 ** negative (3.14: "zero to a negative power"). */
    readonly zeroToNegativePower: string;
    /** OverflowError of float ** : the C library's ERANGE text (glibc's, or Emscripten's musl for pyodide). */
    readonly floatPowOverflow: string;
    /** TypeError of a class pattern whose callee is not a type (3.11: "… must be a type", 3.12+: "… must be a class"). */
    readonly matchClassNotType: string;
    /** 3.14: a bad dict(seq) element raises "object is not iterable" with the element number in a note. */
    readonly dictUpdateElementNote: boolean;
    /** add_note() with a non-str note; `{type}` is the note's type name (3.14 words it as an argument error). */
    readonly addNoteNotStr: string;
    /** x % 0.0: 'float modulo' until 3.12, 'float modulo by zero' from 3.13. */
    readonly floatModuloByZero: string;
    /** 3.14: every ZeroDivisionError of / // % divmod says "division by zero". */
    readonly uniformZeroDivision: boolean;
    /** 3.14: "too many values to unpack (expected 2, got 3)" for an exact list, tuple or dict. */
    readonly unpackTooManyGot: boolean;
    /** sys.set_int_max_str_digits below the threshold: the ValueError's text ({min} is 640). */
    readonly maxStrDigitsTooSmall: string;
    /** list.index() of a missing value: 3.14's fixed message, or null for "<repr> is not in list". */
    readonly listIndexNotFound: string | null;
  };
  readonly builtins: {
    /**
     * 3.11–3.13: print() receives its positional arguments packed in a tuple (*args), which holds a reference
     * to each while it prints; 3.14's Argument Clinic passes them as an array (measured: no tuple is freed).
     */
    readonly printPacksArgs: boolean;
    /**
     * 3.11: Argument Clinic parsers build their tuple of keyword names on first use (parser_init) and keep it;
     * print() parses on every call, so its first call allocates ('sep', 'end', 'file', 'flush'). 3.12+ compile
     * those tuples in statically.
     */
    readonly lazyKeywordTuples: boolean;
    /**
     * Built-in types and functions called through tp_call (no vectorcall, or METH_VARARGS), so a call packs its
     * arguments in a tuple and its keywords in a dict (measured: count0 and the tuple freelists; int and str got a
     * vectorcall in 3.13, min and max became METH_FASTCALL in 3.13).
     */
    readonly calledWithArgTuple: readonly string[];
    /**
     * Methods of built-in types defined METH_VARARGS (measured: a call packs its arguments in a tuple): str.find and
     * its kin until 3.12, set.union and its kin until 3.13 (3.14's Argument Clinic passes them as an array).
     */
    readonly varargsMethods: Readonly<Record<string, readonly string[]>>;
    /** 3.12+: sum() of floats uses compensated (Neumaier) summation. */
    readonly compensatedFloatSum: boolean;
    /** 3.12+: slice objects are hashable (gh-101264). */
    readonly hashableSlices: boolean;
    /** 3.12+: int.is_integer() exists (for duck typing with float). */
    readonly intIsInteger: boolean;
    /** 3.12+: repr(OrderedDict) shows a dict (OrderedDict({'a': 1})); 3.11 a list of pairs. */
    readonly orderedDictReprAsDict: boolean;
    /** namedtuple._replace with an unknown field: 3.13+ TypeError, before ValueError. */
    readonly namedtupleReplaceTypeError: boolean;
    /**
     * 3.13+ (gh-116554): list.sort's run detection lets equal neighbours continue a descending run
     * (reversed in place to stay stable); before, a descending run is strictly descending.
     */
    readonly sortEqualsJoinDescendingRuns: boolean;
    /**
     * 3.11: Argument Clinic's bool(accept={int}) parameters (list.sort's reverse) take a C int from an integer
     * only; 3.12+ converts any object by its truth.
     */
    readonly clinicBoolTakesOnlyInts: boolean;
  };
  readonly recursionLimit: number;
  /**
   * 3.11–3.12: a Python function called back from a C-implemented callable (functools' lru_cache wrapper)
   * uses one more unit of the recursion limit than a plain call (3.13 counts C recursion separately).
   */
  readonly nativeCallbackCountsTwice: boolean;
}
