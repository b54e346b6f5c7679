# input() with stdin at end of file raises EOFError; the prompt is still written first.
print("asking")
try:
    name = input("name? ")
except EOFError as e:
    print("EOFError:", repr(e))
answer = input()
