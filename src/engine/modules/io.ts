// The io module: io.StringIO, an in-memory text file (Modules/_io/stringio.c). The simulator never touches
// real files, so open(), FileIO and the buffered classes are "not supported"; BytesIO waits for bytes.
import type { Runtime } from '../vm/runtime';
import type { PyObject, PyType } from '../objects/object';
import { PyInt, PyStr } from '../objects/scalars';
import { PyGenericIter } from '../objects/iterators';
import { defineLazyModule, asIndex, nativeType, noKeywords, parseArgs, since, type Kwargs } from './native';

/** Public names of CPython's io module the simulator does not implement. */
const NOT_IMPLEMENTED = [
  'BlockingIOError', 'BufferedIOBase', 'BufferedRWPair', 'BufferedRandom', 'BufferedReader', 'BufferedWriter', 'BytesIO',
  'DEFAULT_BUFFER_SIZE', 'FileIO', 'IOBase', 'IncrementalNewlineDecoder', 'RawIOBase', 'TextIOBase', 'TextIOWrapper',
  'UnsupportedOperation', 'abc', 'open', 'open_code', 'text_encoding',
];

/** StringIO attributes CPython has that are not modelled. */
const STRINGIO_NOT_IMPLEMENTED = ['detach', 'encoding', 'errors', 'fileno', '__getstate__', '__setstate__'];

/** An io.StringIO: its text as code points, the position, and whether it is closed. Iterating reads lines. */
export class PyStringIO extends PyGenericIter {
  chars: string[] = [];
  pos = 0;
  closed = false;
  constructor(type: PyType, rt: Runtime) {
    super(type, [], (self) => nextLine(rt, self as PyStringIO), () => {
      // IOBase.__iter__'s check (its message ends with a full stop, unlike StringIO's own methods).
      if (this.closed) rt.raise(rt.types.ValueError, 'I/O operation on closed file.');
    });
  }
}

function nextLine(rt: Runtime, s: PyStringIO): PyObject | null {
  checkClosed(rt, s);
  const line = readLine(s, -1);
  return line === '' ? null : rt.str(line);
}

function checkClosed(rt: Runtime, s: PyStringIO): void {
  if (s.closed) rt.raise(rt.types.ValueError, 'I/O operation on closed file');
}

function readLine(s: PyStringIO, limit: number): string {
  const end = s.chars.length;
  let stop = s.pos;
  while (stop < end && (limit < 0 || stop - s.pos < limit)) {
    stop++;
    if (s.chars[stop - 1] === '\n') break;
  }
  const line = s.chars.slice(s.pos, stop).join('');
  s.pos = stop;
  return line;
}

/** write(text) at the position: overwrites, pads a gap past the end with NULs, returns the length written. */
export function stringIOWrite(s: PyStringIO, text: string): number {
  const chars = [...text];
  if (chars.length === 0) return 0;
  while (s.chars.length < s.pos) s.chars.push('\0');
  s.chars.splice(s.pos, chars.length, ...chars);
  s.pos += chars.length;
  return chars.length;
}

/** size argument of read/readline/readlines/truncate: an int, None (-1) or __index__. */
function sizeArg(rt: Runtime, o: PyObject | undefined): number {
  if (o === undefined || o === rt.None) return -1;
  if (!(o instanceof PyInt) && !o.type.isHeapType) rt.raise(rt.types.TypeError, `argument should be integer or None, not '${o.type.name}'`);
  return Number(asIndex(rt, o));
}

function atMost(rt: Runtime, name: string, args: PyObject[], kwargs: Kwargs, max: number): void {
  noKeywords(rt, name, kwargs);
  if (args.length > max) {
    rt.raise(rt.types.TypeError, max === 0
      ? `StringIO.${name}() takes no arguments (${args.length} given)`
      : `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

export function createIoModule(rt: Runtime): void {
  defineLazyModule(rt, 'io', (m) => {
    const type = nativeType(rt, '_io.StringIO');
    type.knownAttributes.add('__dict__');
    for (const n of STRINGIO_NOT_IMPLEMENTED) type.knownAttributes.add(n);
    installStringIO(rt, type);
    m.set('StringIO', rt.heap.incref(type));
    for (const [name, value] of [['SEEK_SET', 0], ['SEEK_CUR', 1], ['SEEK_END', 2]] as const) m.set(name, rt.int(value));
    m.known(NOT_IMPLEMENTED);
    m.known(since(rt, 14, ['GenericAlias', 'Reader', 'Writer']));
  });
}

function installStringIO(rt: Runtime, type: PyType): void {
  const method = (name: string, impl: (s: PyStringIO, args: PyObject[], kwargs: Kwargs) => PyObject, checked = true) => {
    type.methods.set(name, (self, args, kwargs) => {
      const s = self as PyStringIO;
      if (checked) checkClosed(rt, s);
      return impl(s, args, kwargs);
    });
  };
  type.nativeNew = (args, kwargs) => {
    const [initial, newline] = parseArgs(rt, 'StringIO', args, kwargs, { params: ['initial_value', 'newline'], required: 0 });
    if (newline !== undefined && newline !== rt.None && !(newline instanceof PyStr)) rt.raise(rt.types.TypeError, `newline must be str or None, not ${newline.type.name}`);
    if (newline instanceof PyStr && !['', '\n', '\r', '\r\n'].includes(newline.value)) rt.raise(rt.types.ValueError, `illegal newline value: '${newline.value}'`);
    if (initial !== undefined && initial !== rt.None && !(initial instanceof PyStr)) rt.raise(rt.types.TypeError, `initial_value must be str or None, not ${initial.type.name}`);
    if (newline !== undefined && !(newline instanceof PyStr && newline.value === '\n')) rt.unsupported('io.StringIO() with a newline= other than "\\n" (newline translation)');
    const s = rt.heap.register(new PyStringIO(type, rt));
    if (initial instanceof PyStr) s.chars = [...initial.value];
    return s;
  };
  method('write', (s, args, kwargs) => {
    noKeywords(rt, 'StringIO.write', kwargs);
    if (args.length !== 1) rt.raise(rt.types.TypeError, `StringIO.write() takes exactly one argument (${args.length} given)`);
    const text = args[0]!;
    if (!(text instanceof PyStr)) return rt.raise(rt.types.TypeError, `string argument expected, got '${text.type.name}'`);
    return rt.int(stringIOWrite(s, text.value));
  });
  method('writelines', (s, args, kwargs) => {
    noKeywords(rt, 'StringIO.writelines', kwargs);
    if (args.length !== 1) rt.raise(rt.types.TypeError, `StringIO.writelines() takes exactly one argument (${args.length} given)`);
    return rt.unsupported('io.StringIO.writelines()');
  });
  method('getvalue', (s, args, kwargs) => { atMost(rt, 'getvalue', args, kwargs, 0); return rt.str(s.chars.join('')); });
  method('read', (s, args, kwargs) => {
    atMost(rt, 'read', args, kwargs, 1);
    const size = sizeArg(rt, args[0]);
    const stop = size < 0 ? s.chars.length : Math.min(s.chars.length, s.pos + size);
    const text = s.chars.slice(Math.min(s.pos, stop), stop).join('');
    s.pos = Math.max(s.pos, stop);
    return rt.str(text);
  });
  method('readline', (s, args, kwargs) => {
    atMost(rt, 'readline', args, kwargs, 1);
    return rt.str(readLine(s, sizeArg(rt, args[0])));
  });
  method('readlines', (s, args, kwargs) => {
    atMost(rt, 'readlines', args, kwargs, 1);
    const hint = sizeArg(rt, args[0]);
    const lines: PyObject[] = [];
    let total = 0;
    for (let line = readLine(s, -1); line !== ''; line = readLine(s, -1)) {
      lines.push(rt.str(line));
      total += [...line].length;
      if (hint > 0 && total >= hint) break;
    }
    return rt.list(lines);
  });
  method('tell', (s, args, kwargs) => { atMost(rt, 'tell', args, kwargs, 0); return rt.int(s.pos); });
  method('seek', (s, args, kwargs) => {
    atMost(rt, 'seek', args, kwargs, 2);
    if (args.length === 0) rt.raise(rt.types.TypeError, 'seek expected at least 1 argument, got 0');
    const pos = Number(asIndex(rt, args[0]!));
    const whence = args[1] === undefined ? 0 : Number(asIndex(rt, args[1]));
    if (whence < 0 || whence > 2) rt.raise(rt.types.ValueError, `Invalid whence (${whence}, should be 0, 1 or 2)`);
    if (pos < 0 && whence === 0) rt.raise(rt.types.ValueError, `Negative seek position ${pos}`);
    // CPython says "cur-relative" for both (Modules/_io/stringio.c).
    if (whence !== 0 && pos !== 0) rt.raise(rt.types.OSError, "Can't do nonzero cur-relative seeks");
    s.pos = whence === 0 ? pos : whence === 1 ? s.pos : s.chars.length;
    return rt.int(s.pos);
  });
  method('truncate', (s, args, kwargs) => {
    atMost(rt, 'truncate', args, kwargs, 1);
    const size = args[0] === undefined || args[0] === rt.None ? s.pos : sizeArg(rt, args[0]);
    if (size < 0) rt.raise(rt.types.ValueError, `Negative size value ${size}`);
    if (size < s.chars.length) s.chars.length = size;
    return rt.int(size);
  });
  for (const name of ['readable', 'writable', 'seekable'] as const) {
    method(name, (_s, args, kwargs) => { atMost(rt, name, args, kwargs, 0); return rt.bool(true); });
  }
  method('isatty', (_s, args, kwargs) => { atMost(rt, 'isatty', args, kwargs, 0); return rt.bool(false); });
  method('flush', (_s, args, kwargs) => { atMost(rt, 'flush', args, kwargs, 0); return rt.none(); }, false);
  method('close', (s, args, kwargs) => {
    atMost(rt, 'close', args, kwargs, 0);
    s.closed = true;
    s.chars = [];
    return rt.none();
  }, false);
  method('__enter__', (s, args, kwargs) => {
    atMost(rt, '__enter__', args, kwargs, 0);
    if (s.closed) rt.raise(rt.types.ValueError, 'I/O operation on closed file.');
    return rt.heap.incref(s);
  }, false);
  method('__exit__', (s) => { s.closed = true; s.chars = []; return rt.none(); }, false);
  type.getters.set('closed', (self) => rt.bool((self as PyStringIO).closed));
  type.getters.set('line_buffering', (self) => { checkClosed(rt, self as PyStringIO); return rt.bool(false); });
  type.getters.set('newlines', (self) => { checkClosed(rt, self as PyStringIO); return rt.none(); });
}
