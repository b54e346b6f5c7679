// CPython 3.14 (3.14.5+, the generational GC restored): immortal refcount 3<<30 (gh-125174),
// borrowed local loads (gh-130704), all dicts tracked (gh-127010).
import type { Profile } from './types';
import { py313 } from './py313';

export const py314: Profile = {
  ...py313,
  id: '3.14',
  versionInfo: [3, 14, 5],
  refcount: { statics: 'immortal', immortalValue: 3_221_225_472, staticBase: 3_221_225_472, borrowedLocalLoads: true, frameReleasedTopDown: true },
  gc: { ...py313.gc, dictsAlwaysTracked: true, tuplesUntrackedAtCreation: true },
  // gh-126835 moved constant folding from the AST to the CFG: folded values are not in the arena.
  compiler: { astConstantFolding: false, inlineComprehensions: true, classStaticAttributes: true, finallyExitWarning: true, invalidEscapeWarning: 'verbose', isLiteralWarningNamesType: true, patternErrorAtLastVisited: false, bytesLiteralHeldTwice: false, frozensetConstantRebuilds: 1 },
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
