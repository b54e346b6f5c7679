// CPython 3.11: static objects are counted normally from 999 999 999 (pycore_object.h
// _PyObject_IMMORTAL_INIT); gc thresholds (700, 10, 10), collection inside the allocation.
import type { Profile } from './types';
import type { GcStartupState } from '../gc/startup';

/** The gc state when the first line runs, measured on 3.11.7 (modelled: gc/startup.ts). */
const gcStartup: GcStartupState = { counts: [246, 0, 2], stats: [[22, 43, 0], [2, 92, 0], [0, 0, 0]], generations: [318, 0, 10940], permanent: 0, tuplesToUntrack: [69, 0, 0], dictsToUntrack: 76, longLivedPending: 10940, preloadedModules: ['builtins', 'collections', 'contextlib', 'functools', 'io', 'itertools', 'math', 'operator', 'os', 'random', 'sys', 'time', 'types', 'weakref'], importGarbageModules: [] };

export const py311: Profile = {
  id: '3.11',
  versionInfo: [3, 11, 7],
  refcount: { statics: 'static-counted', immortalValue: 999_999_999, staticBase: 999_999_999, borrowedLocalLoads: false, frameReleasedTopDown: false },
  gc: { variant: 'generational', thresholds: [700, 10, 10], collectAt: 'allocation', dictsAlwaysTracked: false, tuplesUntrackedAtCreation: false, startup: gcStartup },
  sizes: { asciiStrHeader: 49, compactStrHeader: 73, instance: 56, latin1SingletonUtf8: false, managedWeakref: false, varSizedManagedDict: false, builtinSubclassInlineValues: false, materializedDictEmbedsValues: false },
  compiler: { astConstantFolding: true, inlineComprehensions: false, classStaticAttributes: false, finallyExitWarning: false, invalidEscapeWarning: 'none', isLiteralWarningNamesType: false, patternErrorAtLastVisited: true, bytesLiteralHeldTwice: false, frozensetConstantRebuilds: 2, deferredAnnotations: false },
  // Objects/{float,tuple,list,dict,slice}object.c: PyFloat_MAXFREELIST 100, PyTuple_MAXSAVESIZE 20 with 2000 per
  // length, PyList_MAXFREELIST 80, PyDict_MAXFREELIST 80, one cached slice (not cleared by collections: measured).
  freelists: {
    capacity: { float: 100, tuple: 2000, list: 80, dict: 80, slice: 1 },
    tupleMaxSaveSize: 20,
    tuplePopBelowMaxSave: true,
    clearOrder: ['tuple', 'float', 'list', 'dict'],
    keptByCollections: ['slice'],
    startupSliceCached: true,
  },
  traceback: { callAnchors: false },
  messages: { keywordSuggestions: false, emptyIterableMinMax: false, contextManagerNamesMissingMethod: false, unhashableNamesRole: false, zeroToNegativePower: '0.0 cannot be raised to a negative power', floatPowOverflow: "(34, 'Numerical result out of range')", matchClassNotType: 'called match pattern must be a type', dictUpdateElementNote: false, addNoteNotStr: "note must be a str, not '{type}'", listIndexNotFound: null, floatModuloByZero: 'float modulo', uniformZeroDivision: false, unpackTooManyGot: false, maxStrDigitsTooSmall: 'maxdigits must be 0 or larger than {min}' },
  builtins: {
    compensatedFloatSum: false, hashableSlices: false, intIsInteger: false, orderedDictReprAsDict: false, namedtupleReplaceTypeError: false, sortEqualsJoinDescendingRuns: false, clinicBoolTakesOnlyInts: true,
    // Argument packing of calls (measured with gc.get_count() and the tuple freelists).
    printPacksArgs: true,
    lazyKeywordTuples: true,
    calledWithArgTuple: ['int', 'str', 'bytes', 'bytearray', 'slice', 'min', 'max', 'zip'],
    varargsMethods: {
      dict: ['update'],
      str: ['format', 'find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith'],
      bytes: ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith'],
      set: ['update', 'union', 'intersection', 'difference', 'difference_update', 'intersection_update'],
      frozenset: ['union', 'intersection', 'difference'],
    },
  },
  recursionLimit: 1000,
  nativeCallbackCountsTwice: true,
};
