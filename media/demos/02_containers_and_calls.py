# title: Containers, parameters and return values hold references
# 标题: 容器、参数与返回值都会持有引用
import sys

item = [0]
box = [item, item]            # each slot is a reference / 每个槽位都是一个引用
print("in two slots:", sys.getrefcount(item))

def inspect(param):
    # the parameter is one more reference while the call runs / 调用期间参数也是一个引用
    return sys.getrefcount(param)

print("inside a call:", inspect(item))

def make():
    fresh = [1, 2]
    return fresh              # the return value moves to the caller / 返回值转交给调用者

kept = make()
print("returned list:", sys.getrefcount(kept))

box.pop()
print("after pop:", sys.getrefcount(item))
