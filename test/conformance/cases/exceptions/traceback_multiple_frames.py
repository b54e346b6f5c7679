# An uncaught error deep in calls prints one traceback entry per frame, with ^^^^ markers on 3.11+.
def level3(items, i):
    return items[i] * 2

def level2(items):
    total = 0
    for i in range(len(items) + 1):
        total += level3(items, i)
    return total

def level1():
    data = [1, 2, 3]
    return level2(data)

print("start")
level1()
