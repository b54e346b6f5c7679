# 3.14 keeps freed list and tuple iterators on freelists: before, the freed block goes to any object of its size
items = [1, 2]
pair = (1, 2)
results = []

it = iter(items)
old = id(it)
del it
other = iter(pair)
results.append(id(other) == old)  # a tuple iterator takes a freed list iterator's block
del other

again = iter(items)
results.append(id(again) == old)  # a list iterator reuses it

labels = ["tuple iterator takes the freed list iterator's memory",
          "the next list iterator does"]
for i in range(len(labels)):
    print(labels[i] + ":", results[i])
