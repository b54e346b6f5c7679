# random: a seeded Mersenne Twister gives CPython's exact draws, for int, negative, big, str and float seeds.
import random

for seed in (0, 42, -42, 2**100 + 7, "hello", 1.5):
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100), random.getrandbits(40))
random.seed(2024)
print("randrange:", random.randrange(10), random.randrange(3, 30, 4), random.randrange(30, 3, -7), random.randrange(0, 2**70))
print("randint:", [random.randint(1, 6) for _ in range(10)])
print("uniform:", random.uniform(1, 2), random.uniform(0, 10**20))
print("choice:", random.choice("abcdefg"), random.choice(range(1000)))
random.seed(99)
first = [random.random() for _ in range(3)]
random.seed(99)
print("reseeding repeats the sequence:", first == [random.random() for _ in range(3)])
for bad in (lambda: random.randrange(5, 5), lambda: random.randint(5, 1), lambda: random.getrandbits(-1), lambda: random.choice([])):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
