# Slice assignment and deletion change a list in place; extended slices need equal lengths.
import sys
nums = list(range(10))
alias = nums
nums[2:5] = ["a", "b"]
print(nums, alias is nums)
nums[:0] = [-1]
nums[len(nums):] = [99]
print(nums)
nums[::3] = [0] * len(nums[::3])
print(nums)
del nums[1::2]
print(nums)
item = ["held"]
nums[0:1] = [item, item]
print(sys.getrefcount(item))
nums[:] = []
print(nums, sys.getrefcount(item))
nums = list(range(6))
nums[::2] = [1, 2]
