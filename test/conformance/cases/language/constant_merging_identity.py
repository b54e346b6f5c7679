# Equal constants in one compilation unit are one object; equal values built at run time are separate objects.
a = 1000
b = 1000
print("same large int literal:", a is b)
c = int("1000")
print("int built at run time:", a is c, a == c)
s1 = "hello world"
s2 = "hello world"
print("same string literal:", s1 is s2)
s3 = "".join(["hello", " world"])
print("joined at run time:", s1 is s3, s1 == s3)
t1 = (1, 2, 3)
t2 = (1, 2, 3)
print("same tuple literal:", t1 is t2)
folded = "ab" * 3
written = "ababab"
print("folded constant:", folded is written)

def f():
    return 1000

print("constant in another code object:", f() is a, f() is f())
