# title: Reference counting basics
# 标题: 引用计数基础
# sys.getrefcount(x) reports one more than you expect: its own argument is a reference too.
# sys.getrefcount(x) 总比预期多 1：传给它的参数本身也是一个引用。
import sys

a = [1, 2, 3]                 # one name -> one reference / 一个名字，一个引用
print("a:", sys.getrefcount(a))

b = a                         # an alias: same object, one more reference / 别名：同一对象，多一个引用
print("a, b:", sys.getrefcount(a), a is b)

del b                         # del removes a name, not the object / del 删除的是名字，不是对象
print("after del b:", sys.getrefcount(a))

a = None                      # the last reference goes: the list is freed at once
print("a is now", a)          # 最后一个引用消失：列表立即被释放
