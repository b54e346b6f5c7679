// CPython 3.12: PEP 683 immortal objects (refcount reads UINT_MAX = 4294967295 on 64-bit),
// collections scheduled for the eval breaker (gh-97922), str header 16 bytes smaller (PEP 623).
import type { Profile } from './types';
import { py311 } from './py311';
import type { GcStartupState } from '../gc/startup';

/** The gc state when the first line runs, measured on 3.12.1 (modelled: gc/startup.ts). */
const gcStartup: GcStartupState = { counts: [27, 5, 0], stats: [[5, 24, 0], [0, 0, 0], [0, 0, 0]], generations: [56, 4957, 0], permanent: 375, tuplesToUntrack: [2, 13, 0], dictsToUntrack: 3, longLivedPending: 0, preloadedModules: ['builtins', 'io', 'os', 'sys', 'time'], importGarbageModules: ['operator', 'functools', 'types', 'random', 'collections', 'contextlib'] };

export const py312: Profile = {
  ...py311,
  id: '3.12',
  versionInfo: [3, 12, 1],
  refcount: { statics: 'immortal', immortalValue: 4_294_967_295, staticBase: 4_294_967_295, borrowedLocalLoads: false, frameReleasedTopDown: false },
  gc: { variant: 'generational', thresholds: [700, 10, 10], collectAt: 'eval-breaker', dictsAlwaysTracked: false, tuplesUntrackedAtCreation: false, startup: gcStartup },
  sizes: { asciiStrHeader: 41, compactStrHeader: 57, instance: 48, latin1SingletonUtf8: true, managedWeakref: true, varSizedManagedDict: true, builtinSubclassInlineValues: false, materializedDictEmbedsValues: false },
  compiler: { astConstantFolding: true, inlineComprehensions: true, classStaticAttributes: false, finallyExitWarning: false, invalidEscapeWarning: 'short', isLiteralWarningNamesType: true, patternErrorAtLastVisited: false, bytesLiteralHeldTwice: true, frozensetConstantRebuilds: 2, deferredAnnotations: false },
  messages: { keywordSuggestions: false, emptyIterableMinMax: true, contextManagerNamesMissingMethod: false, unhashableNamesRole: false, zeroToNegativePower: '0.0 cannot be raised to a negative power', floatPowOverflow: "(34, 'Numerical result out of range')", matchClassNotType: 'called match pattern must be a class', dictUpdateElementNote: false, addNoteNotStr: "note must be a str, not '{type}'", listIndexNotFound: null, floatModuloByZero: 'float modulo', uniformZeroDivision: false, unpackTooManyGot: false, maxStrDigitsTooSmall: 'maxdigits must be 0 or larger than {min}' },
  builtins: {
    compensatedFloatSum: true, hashableSlices: true, intIsInteger: true, orderedDictReprAsDict: true, namedtupleReplaceTypeError: false, sortEqualsJoinDescendingRuns: false, clinicBoolTakesOnlyInts: false,
    // Argument packing of calls (measured with gc.get_count() and the tuple freelists).
    printPacksArgs: true,
    lazyKeywordTuples: false,
    calledWithArgTuple: py311.builtins.calledWithArgTuple,
    varargsMethods: py311.builtins.varargsMethods,
  },
};
