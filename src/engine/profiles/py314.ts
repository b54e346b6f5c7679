// CPython 3.14 (3.14.5+, the generational GC restored): immortal refcount 3<<30 (gh-125174),
// borrowed local loads (gh-130704), all dicts tracked (gh-127010).
import type { Profile } from './types';
import { py313 } from './py313';

export const py314: Profile = {
  ...py313,
  id: '3.14',
  versionInfo: [3, 14, 5],
  refcount: { statics: 'immortal', immortalValue: 3_221_225_472, staticBase: 3_221_225_472, borrowedLocalLoads: true, frameReleasedTopDown: true },
  // 3.14.0–3.14.4 ran the incremental collector (gh-108362; reverted in 3.14.5): selectable as a variant,
  // modelled as 3.14.2 (the pyodide oracle). get_threshold()'s third value is always 0 there. Its pacing
  // depends on the interpreter's own objects: pyodide 3.14.2 tracks 20 300 objects after gc.collect() in a
  // small program where the simulator has 92; of the 20 208 missing, the marking reaches 19 180 (fitted to
  // the measured automatic increments: with thresholds 100 / 500 / 2000 the first one that collects is the
  // 127th / 46th / 16th after gc.collect(), and the next ones fall where pyodide's do). A native 3.14.2
  // starts with fewer objects, so its increments come sooner.
  gc: {
    ...py313.gc, dictsAlwaysTracked: true, tuplesUntrackedAtCreation: true, startup: null,
    otherVariants: { incremental: { micro: 2, thresholds: [2000, 10, 0], startupHeap: { reachable: 19180, unreachable: 1028 } } },
  },
  // gh-126835 moved constant folding from the AST to the CFG: folded values are not in the arena.
  compiler: { astConstantFolding: false, inlineComprehensions: true, classStaticAttributes: true, finallyExitWarning: true, invalidEscapeWarning: 'verbose', isLiteralWarningNamesType: true, patternErrorAtLastVisited: false, bytesLiteralHeldTwice: false, frozensetConstantRebuilds: 1, deferredAnnotations: true },
  messages: { ...py313.messages, contextManagerNamesMissingMethod: true, unhashableNamesRole: true, zeroToNegativePower: 'zero to a negative power', floatPowOverflow: "(68, 'Result not representable')", dictUpdateElementNote: true, addNoteNotStr: 'add_note() argument must be str, not {type}', listIndexNotFound: 'list.index(x): x not in list', uniformZeroDivision: true, unpackTooManyGot: true, maxStrDigitsTooSmall: 'maxdigits must be >= {min} or 0 for unlimited' },
  // Include/internal/pycore_freelist_state.h (3.14): adds ints (compact), list and tuple iterators (10 each),
  // ranges and range iterators (6), PyCFunction objects (16) and bound methods (20); every freelist, the
  // slice cache too, is emptied by a full collection (_PyObject_ClearFreeLists).
  freelists: {
    capacity: {
      float: 100, int: 100, tuple: 2000, list: 80, list_iterator: 10, tuple_iterator: 10, dict: 80, slice: 1,
      range: 6, range_iterator: 6, builtin_function_or_method: 16, method: 20,
    },
    tupleMaxSaveSize: 20,
    tuplePopBelowMaxSave: false,
    clearOrder: ['float', 'tuple', 'list', 'list_iterator', 'tuple_iterator', 'dict', 'slice', 'range', 'range_iterator', 'int', 'builtin_function_or_method', 'method'],
    keptByCollections: [],
    startupSliceCached: true,
  },
  builtins: { ...py313.builtins, printPacksArgs: false, varargsMethods: { dict: ['update'], str: ['format'] } },
  sizes: { ...py313.sizes, builtinSubclassInlineValues: true },
};
