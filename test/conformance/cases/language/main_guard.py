# if __name__ == "__main__": runs when the file is executed as a script.
import sys

def main():
    print("running main in", __name__)
    return 0

print("module name:", __name__, type(__name__).__name__)
if __name__ == "__main__":
    main()
else:
    print("imported")
