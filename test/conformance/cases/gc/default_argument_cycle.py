# A mutable default argument that holds its own function: function -> __defaults__ tuple -> list -> function.
import gc

def remember(x, seen=[]):
    seen.append(x)
    return len(seen)

remember(remember)
print("default holds the function:", remember.__defaults__[0][0] is remember)
del remember
print("collected:", gc.collect())
