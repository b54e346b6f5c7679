// What differs between CPython versions, in one object per version. Engine code branches on these
// capabilities, never on the version string.

export type VersionId = '3.11' | '3.12' | '3.13' | '3.14';

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
    readonly thresholds: readonly [number, number, number];
    /** 3.11 collects inside the allocation; 3.12+ at the next eval-breaker check (gh-97922). */
    readonly collectAt: 'allocation' | 'eval-breaker';
    /** 3.14: every dict is tracked (gh-127010); before, dicts are tracked lazily. */
    readonly dictsAlwaysTracked: boolean;
    /** 3.14: some ways of building a tuple (BUILD_TUPLE, tuple(list), *args) leave it untracked when no item needs tracking. */
    readonly tuplesUntrackedAtCreation: boolean;
  };
  readonly sizes: {
    /** sys.getsizeof('') for an ASCII string (49 on 3.11, 41 from 3.12: PEP 623 removed wstr). */
    readonly asciiStrHeader: number;
    /** Header of a latin-1/UCS-2/UCS-4 string. */
    readonly compactStrHeader: number;
    /** sys.getsizeof of a plain class instance (3.11 keeps the dict/values pointers in the object). */
    readonly instance: number;
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
    /** 3.12+: the parse arena holds a single bytes literal twice (one more reference while the module runs). */
    readonly bytesLiteralHeldTwice: boolean;
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
  };
  readonly builtins: {
    /** 3.12+: sum() of floats uses compensated (Neumaier) summation. */
    readonly compensatedFloatSum: boolean;
  };
  readonly recursionLimit: number;
}
