# list.sort calls __lt__ in CPython's order: the later item is asked first, runs are found, then merged
class Card:
    def __init__(self, rank, name):
        self.rank = rank
        self.name = name

    def __lt__(self, other):
        print(f"  {self.name} < {other.name}?")
        return self.rank < other.rank

    def __repr__(self):
        return self.name


for ranks in ([3, 1, 2, 5, 4, 0], [2, 2, 1, 1, 0, 3], [1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1]):
    cards = [Card(r, "abcdef"[i]) for i, r in enumerate(ranks)]
    print("sorting", ranks)
    cards.sort()
    print("->", cards)
