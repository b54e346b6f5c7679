# bytearray is mutable (item/slice assignment, append, pop, insert, remove), bytes is not; CPython's errors for each
ba = bytearray(b"hello")
ba[0] = 72
ba[-1] = ord("O")
ba[1:3] = b"EY"
ba[5:] = [33, 33]
print(ba)
del ba[0]
del ba[-2:]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 104)
ba.insert(100, 33)
ba.extend([1, 2])
ba.remove(1)
ba += b"!"
ba *= 2
print(ba, len(ba))
ba.reverse()
print(ba, ba.copy() == ba, ba.copy() is ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
try:
    ba[0] = 256
except (TypeError, ValueError, IndexError) as e:
    print('ba[0] = 256', "->", type(e).__name__, e)
try:
    ba[0] = 'a'
except (TypeError, ValueError, IndexError) as e:
    print("ba[0] = 'a'", "->", type(e).__name__, e)
try:
    ba[99] = 1
except (TypeError, ValueError, IndexError) as e:
    print('ba[99] = 1', "->", type(e).__name__, e)
try:
    ba[0:2] = 5
except (TypeError, ValueError, IndexError) as e:
    print('ba[0:2] = 5', "->", type(e).__name__, e)
try:
    ba[::2] = b'x'
except (TypeError, ValueError, IndexError) as e:
    print("ba[::2] = b'x'", "->", type(e).__name__, e)
try:
    ba.append(-1)
except (TypeError, ValueError, IndexError) as e:
    print('ba.append(-1)', "->", type(e).__name__, e)
try:
    ba.remove(200)
except (TypeError, ValueError, IndexError) as e:
    print('ba.remove(200)', "->", type(e).__name__, e)
try:
    bytearray().pop()
except (TypeError, ValueError, IndexError) as e:
    print('bytearray().pop()', "->", type(e).__name__, e)
try:
    ba.extend(3)
except (TypeError, ValueError, IndexError) as e:
    print('ba.extend(3)', "->", type(e).__name__, e)
try:
    ba += 'x'
except (TypeError, ValueError, IndexError) as e:
    print("ba += 'x'", "->", type(e).__name__, e)
frozen = b"hello"
frozen[0] = 72
