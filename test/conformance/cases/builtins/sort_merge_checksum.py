# Sorting 70 and 300 items: how many comparisons CPython's merges and galloping make, and in what order
class Item:
    calls = 0
    digest = 0

    def __init__(self, value, index):
        self.value = value
        self.index = index

    def __lt__(self, other):
        Item.calls += 1
        Item.digest = (Item.digest * 31 + self.index * 7 + other.index) % 1000003
        return self.value < other.value


def run(label, values):
    Item.calls = 0
    Item.digest = 0
    items = [Item(v, i) for i, v in enumerate(values)]
    items.sort()
    calls = Item.calls
    order = [it.index for it in items]
    stable = True
    for i in range(len(items) - 1):
        if not (items[i].value < items[i + 1].value or order[i] < order[i + 1]):
            stable = False
    print(label, len(values), "items:", calls, "comparisons, digest", Item.digest, "stable:", stable)
    print("  first", order[:8], "last", order[-4:])


run("shuffled", [(i * 37) % 70 for i in range(70)])
run("few keys", [(i * 7) % 5 for i in range(70)])
run("runs", list(range(40)) + list(range(60, 20, -1)) + [(i * 11) % 97 for i in range(220)])
run("sawtooth", [i % 50 for i in range(300)])
run("plateaus", [(300 - i) // 4 for i in range(300)])
