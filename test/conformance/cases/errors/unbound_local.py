# UnboundLocalError: assigning a name anywhere in a function makes it local, so reading it first fails.
total = 10

def add_to_total(n):
    total = total + n
    return total

print("total:", total)
print(add_to_total(5))
