# A capture pattern that is not last makes the following cases unreachable: a compile-time SyntaxError.
print("never printed")
command = "go"
match command:
    case action:
        print("captured", action)
    case "stop":
        print("stop")
