# Unary operators on constant bools are folded by the AST optimizer of 3.11-3.13 (no run-time warning for ~True).
# conformance: not-for 3.14: ~True runs at run time and prints a DeprecationWarning the simulator does not model yet
print(~5, ~True, ~False, -True, +False, -(-3))
print(~0 == -1, ~-1)
