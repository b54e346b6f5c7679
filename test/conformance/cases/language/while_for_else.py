# Loop else clauses run only when the loop ends without break: a search idiom.
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find([4, 5, 6], 5)
find([4, 5, 6], 9)
n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("while finished normally at", n)
for ch in "":
    print("never")
else:
    print("empty loop still runs else")
