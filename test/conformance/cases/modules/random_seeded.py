# random with a fixed seed: the Mersenne Twister gives the same sequence as CPython every time.
import random

random.seed(42)
print(random.random())
print(random.randint(1, 100), random.randrange(0, 10, 2))
print(random.choice("abcdef"), random.sample(range(100), 3))
items = list(range(8))
random.shuffle(items)
print(items)
random.seed(42)
print(random.random())
print(round(random.uniform(1, 2), 6))
