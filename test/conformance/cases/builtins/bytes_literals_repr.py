# bytes literals and repr: escapes, the quote repr picks, raw and concatenated literals, bytearray's repr
print(b'plain', b"double", b'it\'s', b"say \"hi\"", b'both \' and "')
print(b'\x00\x01\x7f\x80\xff', b'\t\n\r\\', b'\101\102\0', rb'\x41\n', Rb'\\')
print(b'ab' b'cd' b"ef", len(b'\x00' * 5), b'-' * 3 + b'>')
print(bytearray(b"it's"), bytearray(b'say "hi"'), bytearray(), bytearray(b'\xe9'))
print(str(b'x'), f"{b'y'} {bytearray(b'z')!r}", repr(b''), [b'a', bytearray(b'b')])
print(type(b'').__name__, type(bytearray()).__name__, b'' == b'', b'abc'[1], b'abc'[-1], b'abc'[::-1])
print(bytes(3), bytes([104, 105]), bytes(range(65, 70)), bytes(b'copy'), bytearray(2))
print(bytes('naïve', 'utf-8'), bytes('naïve', encoding='latin-1'), bytearray('€', 'utf-8'))
