// CPython 3.13: threshold0 raised to 2000; tracebacks anchor calls (~^).
import type { Profile } from './types';
import { py312 } from './py312';
import type { GcStartupState } from '../gc/startup';

/** The gc state when the first line runs, measured on 3.13.0 (modelled: gc/startup.ts). */
const gcStartup: GcStartupState = { counts: [51, 3, 0], stats: [[3, 24, 0], [0, 0, 0], [0, 0, 0]], generations: [72, 5089, 0], permanent: 0, tuplesToUntrack: [2, 69, 0], dictsToUntrack: 3, longLivedPending: 0, preloadedModules: ['builtins', 'io', 'os', 'sys', 'time'], importGarbageModules: ['operator', 'functools', 'types', 'random', 'copy', 'weakref', 'collections'] };

export const py313: Profile = {
  ...py312,
  id: '3.13',
  versionInfo: [3, 13, 0],
  gc: { ...py312.gc, thresholds: [2000, 10, 10], startup: gcStartup },
  traceback: { callAnchors: true },
  sizes: { ...py312.sizes, materializedDictEmbedsValues: true },
  // 3.13 reuses 20-tuples too (measured: tuple(range(20)) after del of one is +0).
  freelists: { ...py312.freelists, tuplePopBelowMaxSave: false, clearOrder: ['float', 'tuple', 'list', 'dict'] },
  nativeCallbackCountsTwice: false,
  builtins: {
    ...py312.builtins,
    sortEqualsJoinDescendingRuns: true,
    namedtupleReplaceTypeError: true,
    // int and str got a vectorcall, min/max and str.find and kin became METH_FASTCALL (measured).
    calledWithArgTuple: ['bytes', 'bytearray', 'slice', 'zip'],
    varargsMethods: {
      dict: ['update'],
      str: ['format'],
      set: ['update', 'union', 'intersection', 'difference', 'difference_update', 'intersection_update'],
      frozenset: ['union', 'intersection', 'difference'],
    },
  },
  compiler: { ...py312.compiler, classStaticAttributes: true, finallyExitWarning: false, frozensetConstantRebuilds: 1 },
  messages: { keywordSuggestions: true, emptyIterableMinMax: true, contextManagerNamesMissingMethod: false, unhashableNamesRole: false, zeroToNegativePower: '0.0 cannot be raised to a negative power', floatPowOverflow: "(34, 'Numerical result out of range')", matchClassNotType: 'called match pattern must be a class', dictUpdateElementNote: false, addNoteNotStr: "note must be a str, not '{type}'", listIndexNotFound: null, floatModuloByZero: 'float modulo by zero', uniformZeroDivision: false, unpackTooManyGot: false, maxStrDigitsTooSmall: 'maxdigits must be 0 or larger than {min}' },
};
