# Two inner functions closing over the same variable share one cell: a change through one is seen by the other.
def account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def get():
        return balance
    return deposit, get

dep, get = account(10)
print(dep(5), get(), dep(1), get())
print(dep.__closure__[0] is get.__closure__[0], dep.__closure__[0].cell_contents)
print(dep.__code__.co_freevars, account.__code__.co_cellvars)
dep2, get2 = account(0)
print(dep2(1), get(), get2())
