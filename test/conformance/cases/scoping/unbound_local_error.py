# Assigning to a name anywhere in a function makes it local everywhere in it: reading it first raises UnboundLocalError.
count = 0

def ok():
    return count + 1

def uses_global():
    global count
    count += 1
    return count

def broken():
    count += 1
    return count

print(ok(), uses_global(), uses_global(), count)
broken()
