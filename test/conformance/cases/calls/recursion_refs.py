# Each recursive frame holds its own reference to the shared argument.
import sys

def depth_counts(lst, depth, out):
    out.append(sys.getrefcount(lst))
    if depth > 0:
        depth_counts(lst, depth - 1, out)

def total(nums):
    if len(nums) == 0:
        return 0
    return nums[0] + total(nums[1:])

data = [1, 2, 3]
counts = []
depth_counts(data, 3, counts)
print("refcount at each depth:", counts)
print("total:", total([5, 10, 15, 20]))
print("after:", sys.getrefcount(data))
