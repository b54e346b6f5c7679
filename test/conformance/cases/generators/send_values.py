# send() delivers a value into a suspended generator: the yield expression evaluates to it.
def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = running_average()
print(next(avg))
print(avg.send(10), avg.send(20), avg.send(60))
fresh = running_average()
fresh.send(5)
