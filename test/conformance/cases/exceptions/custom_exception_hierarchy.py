# Custom exception classes: an except clause for a base class catches subclasses; args, str and repr.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, what):
        super().__init__(what, 404)
        self.what = what

class Denied(AppError):
    pass

for exc in [NotFound("page"), Denied("admin only"), AppError()]:
    try:
        raise exc
    except NotFound as e:
        print("not found:", e.what, e.args, str(e))
    except AppError as e:
        print("app error:", type(e).__name__, repr(e), str(e) == "", e.args)
print(issubclass(NotFound, Exception), isinstance(Denied(), AppError))
raise NotFound("final")
