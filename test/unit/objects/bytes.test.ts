// bytes and bytearray: the buffer growth rule, repr, the codecs, hashing, literal decoding, and whole
// programs for the parts that need the VM. Expected values were measured on CPython 3.11–3.13.
import { describe, expect, it } from 'vitest';
import { PyByteArray, bytesLiteral, exactAllocation, resizedAllocation } from '../../../src/engine/objects/bytes';
import { hashBytes, hashStr } from '../../../src/engine/objects/hash';
import { decodeBytesBody } from '../../../src/engine/syntax/strings';
import { PyType } from '../../../src/engine/objects/object';
import { runProgram } from '../modules/run';

const bytearrayType = new PyType('bytearray', null, { gc: false });

describe('bytearray allocation (PyByteArray_Resize)', () => {
  it('grows by appends to the sizes CPython reports (56 + ob_alloc)', () => {
    const ba = new PyByteArray(bytearrayType, new Uint8Array(0), 0);
    const sizes: number[] = [];
    for (let n = 1; n <= 20; n++) {
      ba.allocated = resizedAllocation(ba, n).allocated;
      ba.length = n;
      sizes.push(56 + ba.allocated);
    }
    // sys.getsizeof after each of 20 appends to bytearray(), CPython 3.11–3.13.
    expect(sizes).toEqual([58, 61, 61, 61, 64, 64, 64, 68, 68, 68, 68, 75, 75, 75, 75, 75, 75, 75, 83, 83]);
  });

  it('allocates exactly for a jump of more than an eighth, and reallocates below half', () => {
    const ba = new PyByteArray(bytearrayType, new Uint8Array(5), exactAllocation(5));
    expect(resizedAllocation(ba, 9).allocated).toBe(10);
    expect(resizedAllocation(ba, 2).allocated).toBe(3);
    expect(resizedAllocation(ba, 4).allocated).toBe(6);
  });

  it('counts the logical offset left by deleting from the front', () => {
    const ba = new PyByteArray(bytearrayType, new Uint8Array(10), 11);
    ba.offset = 6;
    // del ba[:6] of a 10-byte bytearray: 4 bytes at offset 6 still fit in 11, but 4 < 11 // 2 reallocates.
    expect(resizedAllocation(ba, 4)).toEqual({ allocated: 5, offset: 0 });
    ba.offset = 1;
    expect(resizedAllocation(ba, 9)).toEqual({ allocated: 11, offset: 1 });
  });
});

describe('bytes repr and literals', () => {
  it('picks the quote as CPython does and escapes the rest', () => {
    expect(bytesLiteral(new TextEncoder().encode("it's"))).toBe('b"it\'s"');
    expect(bytesLiteral(new TextEncoder().encode('both \' and "'))).toBe("b'both \\' and \"'");
    expect(bytesLiteral(Uint8Array.of(0, 9, 10, 13, 0x5c, 0x7f, 0x80, 0xff))).toBe("b'\\x00\\t\\n\\r\\\\\\x7f\\x80\\xff'");
  });

  it('decodes escapes of bytes literals and flags what it does not model', () => {
    expect(decodeBytesBody('\\x41\\102\\0\\n', false)).toEqual({ value: 'AB\0\n' });
    expect(decodeBytesBody('\\x41', true)).toEqual({ value: '\\x41' });
    expect('problem' in decodeBytesBody('\\u00e9', false)).toBe(true);
    expect('problem' in decodeBytesBody('\\777', false)).toBe(true);
    expect('problem' in decodeBytesBody('\\x4', false)).toBe(true);
    expect('problem' in decodeBytesBody('café', false)).toBe(true);
  });

  it('hashes bytes like a one-byte-wide str', () => {
    expect(hashBytes(new Uint8Array(0))).toBe(0n);
    expect(hashBytes(new TextEncoder().encode('abc'))).toBe(hashStr('abc'));
    expect(hashBytes(Uint8Array.of(0xe9))).toBe(hashStr('\xe9'));
    // hash(b'abc') under PYTHONHASHSEED=0 on 64-bit CPython.
    expect(hashBytes(new TextEncoder().encode('abc'))).toBe(-4594863902769663758n);
  });
});

async function run(source: string, version: '3.11' | '3.12' | '3.13' | '3.14' = '3.13') {
  return runProgram(source, version);
}

describe('bytes and bytearray programs', () => {
  it('reports codec errors with CPython\'s wording and ranges', async () => {
    const r = await run([
      'for s in ["aé€x", "éé"]:',
      '    try:',
      '        s.encode("ascii")',
      '    except UnicodeEncodeError as e:',
      '        print(e, e.start, e.end)',
      'for b in [b"\\xe2\\x82", b"\\xe2\\x82a", b"\\xed\\xa0\\x80"]:',
      '    try:',
      '        b.decode()',
      '    except UnicodeDecodeError as e:',
      '        print(e)',
      'print("aé€".encode("ascii", "replace"), b"a\\xff\\xfeb".decode("utf-8", "replace"))',
    ].join('\n'));
    expect(r.stdout).toBe([
      "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128) 1 3",
      "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128) 0 2",
      "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data",
      "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte",
      "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte",
      "b'a??' a\ufffd\ufffdb",
      '',
    ].join('\n'));
  });

  it('stops on codecs it does not model, and on memoryview', async () => {
    expect((await run('"a".encode("utf-16")')).outcome).toBe('unsupported');
    expect((await run('b"a".decode("cp1252")')).outcome).toBe('unsupported');
    expect((await run('memoryview(b"a")')).outcome).toBe('unsupported');
    expect((await run('b"a".translate(None)')).outcome).toBe('unsupported');
  });

  it('shares b"" and one-byte objects, and returns a bytes argument itself', async () => {
    const r = await run('x = b"ab c"\na, b, e = b"a", b"b", b""\nprint(bytes([97]) is a, b"abc"[1:2] is b, bytes(x) is x, x[:] is x, bytes() is e)');
    expect(r.stdout).toBe('True True True True True\n');
  });

  it('holds a single bytes literal twice in the parse arena on 3.12 and 3.13 only', async () => {
    const source = 'import sys\nk = b"ab c"\nprint(sys.getrefcount(k))';
    expect((await run(source, '3.11')).stdout).toBe('4\n');
    expect((await run(source, '3.12')).stdout).toBe('5\n');
    expect((await run(source, '3.13')).stdout).toBe('5\n');
    expect((await run(source, '3.14')).stdout).toBe('4\n');
  });

  it('resizes bytearray slices like CPython (sizes from getsizeof)', async () => {
    const r = await run([
      'import sys',
      'ba = bytearray(b"hello")',
      'ba[1:3] = b"XYZW"',
      'print(ba, sys.getsizeof(ba))',
      'del ba[::2]',
      'print(ba, sys.getsizeof(ba))',
      'ba *= 4',
      'print(ba, sys.getsizeof(ba))',
    ].join('\n'));
    expect(r.stdout).toBe("bytearray(b'hXYZWlo') 64\nbytearray(b'XZl') 60\nbytearray(b'XZlXZlXZlXZl') 69\n");
  });

  it('keeps the backslashes at the end of raw literals', async () => {
    const r = await run("print(r'\\\\', rb'\\\\', len(r'a\\\\'))");
    expect(r.stdout).toBe('\\\\ b\'\\\\\\\\\' 3\n');
  });

  it('converts ints to and from bytes', async () => {
    const r = await run([
      'print((1024).to_bytes(2, "little"), int.from_bytes(b"\\xff\\xff", "big", signed=True), int.from_bytes([1, 2], "big"))',
      'try:',
      '    (128).to_bytes(1, "big", signed=True)',
      'except OverflowError as e:',
      '    print(e)',
    ].join('\n'));
    expect(r.stdout).toBe("b'\\x00\\x04' -1 258\nint too big to convert\n");
  });

  it('formats bytes with %', async () => {
    const r = await run([
      'print(b"%5.2f|%-3s|%c" % (2.5, b"a", 66))',
      'try:',
      '    b"%c" % 256',
      'except OverflowError as e:',
      '    print(e)',
    ].join('\n'));
    expect(r.stdout).toBe("b' 2.50|a  |B'\n%c arg not in range(256)\n");
  });
});
