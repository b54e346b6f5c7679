# Deleting 100 lists: 80 fill the list freelist (no decrement), the others are freed; rebuilding reuses 80
# conformance: gc-variant 3.14 incremental
import gc
gc.collect()
gc.disable()

def show(label, before):
    print(label, gc.get_count()[0] - before)

a = gc.get_count()[0]
lists = []
for i in range(100):
    lists.append([i])
show("100 lists and their holder:", a)
a = gc.get_count()[0]; del lists; show("del all of them:", a)
a = gc.get_count()[0]
again = []
for i in range(100):
    again.append([i])
show("100 lists again:", a)
