// The built-in type objects of one interpreter. Created once per run (their counts are per-run state).
import { PyType } from './object';

function t(name: string, base: PyType | null, gc: boolean): PyType {
  return new PyType(name, base, { gc });
}

export function createBuiltinTypes() {
  const object = t('object', null, false);
  const type = t('type', object, true);
  const int = t('int', object, false);
  const exc = t('BaseException', object, true);
  const exception = t('Exception', exc, true);
  const arithmetic = t('ArithmeticError', exception, true);
  const lookup = t('LookupError', exception, true);
  const nameError = t('NameError', exception, true);
  const runtimeError = t('RuntimeError', exception, true);
  const importError = t('ImportError', exception, true);
  const valueError = t('ValueError', exception, true);
  const unicodeError = t('UnicodeError', valueError, true);
  const tuple = t('tuple', object, true);
  const types = {
    object, type, int,
    bool: t('bool', int, false),
    float: t('float', object, false),
    str: t('str', object, false),
    bytes: t('bytes', object, false),
    bytearray: t('bytearray', object, false),
    NoneType: t('NoneType', object, false),
    ellipsis: t('ellipsis', object, false),
    NotImplementedType: t('NotImplementedType', object, false),
    list: t('list', object, true),
    tuple,
    dict: t('dict', object, true),
    set: t('set', object, true),
    frozenset: t('frozenset', object, true),
    set_iterator: t('set_iterator', object, true),
    range: t('range', object, false),
    slice: t('slice', object, true),
    function: t('function', object, true),
    builtin_function_or_method: t('builtin_function_or_method', object, true),
    method_descriptor: t('method_descriptor', object, true),
    wrapper_descriptor: t('wrapper_descriptor', object, true),
    method_wrapper: t('method-wrapper', object, true),
    module: t('module', object, true),
    code: t('code', object, false),
    cell: t('cell', object, true),
    list_iterator: t('list_iterator', object, true),
    list_reverseiterator: t('list_reverseiterator', object, true),
    tuple_iterator: t('tuple_iterator', object, true),
    range_iterator: t('range_iterator', object, false),
    str_ascii_iterator: t('str_ascii_iterator', object, false),
    bytes_iterator: t('bytes_iterator', object, true),
    bytearray_iterator: t('bytearray_iterator', object, true),
    dict_keyiterator: t('dict_keyiterator', object, true),
    dict_valueiterator: t('dict_valueiterator', object, true),
    dict_itemiterator: t('dict_itemiterator', object, true),
    dict_reversekeyiterator: t('dict_reversekeyiterator', object, true),
    dict_reversevalueiterator: t('dict_reversevalueiterator', object, true),
    dict_reverseitemiterator: t('dict_reverseitemiterator', object, true),
    dict_keys: t('dict_keys', object, true),
    dict_values: t('dict_values', object, true),
    dict_items: t('dict_items', object, true),
    mappingproxy: t('mappingproxy', object, true),
    version_info: t('version_info', tuple, true),
    enumerate: t('enumerate', object, true),
    TextIOWrapper: t('_io.TextIOWrapper', object, true),
    getset_descriptor: t('getset_descriptor', object, true),
    member_descriptor: t('member_descriptor', object, true),
    property: t('property', object, true),
    method: t('method', object, true),
    generator: t('generator', object, true),
    frame: t('frame', object, true),
    traceback: t('traceback', object, true),
    super: t('super', object, true),
    classmethod: t('classmethod', object, true),
    staticmethod: t('staticmethod', object, true),
    zip: t('zip', object, true),
    map: t('map', object, true),
    filter: t('filter', object, true),
    reversed: t('reversed', object, true),
    BaseException: exc,
    Exception: exception,
    ArithmeticError: arithmetic,
    ZeroDivisionError: t('ZeroDivisionError', arithmetic, true),
    OverflowError: t('OverflowError', arithmetic, true),
    LookupError: lookup,
    IndexError: t('IndexError', lookup, true),
    KeyError: t('KeyError', lookup, true),
    NameError: nameError,
    UnboundLocalError: t('UnboundLocalError', nameError, true),
    TypeError: t('TypeError', exception, true),
    ValueError: valueError,
    UnicodeError: unicodeError,
    UnicodeEncodeError: t('UnicodeEncodeError', unicodeError, true),
    UnicodeDecodeError: t('UnicodeDecodeError', unicodeError, true),
    AttributeError: t('AttributeError', exception, true),
    RuntimeError: runtimeError,
    RecursionError: t('RecursionError', runtimeError, true),
    NotImplementedError: t('NotImplementedError', runtimeError, true),
    StopIteration: t('StopIteration', exception, true),
    GeneratorExit: t('GeneratorExit', exc, true),
    AssertionError: t('AssertionError', exception, true),
    ImportError: importError,
    ModuleNotFoundError: t('ModuleNotFoundError', importError, true),
    MemoryError: t('MemoryError', exception, true),
    EOFError: t('EOFError', exception, true),
    ReferenceError: t('ReferenceError', exception, true),
    OSError: t('OSError', exception, true),
  };
  for (const ty of Object.values(types)) ty.type = type;
  types.version_info.module = 'sys';
  // Built-in types whose instances already have a __dict__ / weak reference list: subclasses add neither descriptor.
  types.type.hasDict = true;
  types.BaseException.hasDict = true;
  types.type.hasWeakref = true;
  types.set.hasWeakref = true;
  types.frozenset.hasWeakref = true;
  return types;
}

export type BuiltinTypes = ReturnType<typeof createBuiltinTypes>;
