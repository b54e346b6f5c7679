# title: Cycles survive reference counting; gc.collect() finds them
# 标题: 循环引用逃过引用计数，gc.collect() 能找到它们
import gc

a = []
a.append(a)                   # a list that contains itself / 包含自身的列表
del a                         # unreachable, but its count is still 1 / 已不可达，但引用计数仍为 1
print("collected:", gc.collect())

x = {}
y = {"other": x}
x["other"] = y                # two dicts pointing at each other / 两个字典互相引用
del x, y
print("collected:", gc.collect())

keep = []
keep.append(keep)             # still bound to a name: not garbage / 仍被名字引用：不是垃圾
print("collected:", gc.collect())
