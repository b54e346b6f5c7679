# Returning several values packs them in a tuple; unpacking binds each name to an element.
import sys

def split_evens(nums):
    evens = []
    odds = []
    for n in nums:
        if n % 2 == 0:
            evens.append(n)
        else:
            odds.append(n)
    return evens, odds

result = split_evens([1, 2, 3, 4, 5])
print("tuple:", result, type(result).__name__, len(result))
evens, odds = split_evens(range(10))
print("evens:", evens, "odds:", odds)
print("evens refs:", sys.getrefcount(evens))
print("result[0] refs:", sys.getrefcount(result[0]))
