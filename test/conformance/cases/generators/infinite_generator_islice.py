# An infinite generator produces values on demand; memory stays constant because nothing is stored.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(gen, k):
    out = []
    for v in gen:
        if len(out) == k:
            break
        out.append(v)
    return out

evens = (n for n in naturals() if n % 2 == 0)
print(take(evens, 5))
print(take(evens, 3))
fib_state = naturals()
print(next(fib_state), next(fib_state), next(fib_state))
