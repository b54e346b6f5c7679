# An object that stores the exception raised in its own method: the traceback's frame holds self.
import gc

class Job:
    def run(self):
        try:
            raise RuntimeError("failed")
        except RuntimeError as e:
            self.error = e

j = Job()
j.run()
print("error:", repr(j.error))
print("frame of:", j.error.__traceback__.tb_frame.f_code.co_name)
del j
print("collected:", gc.collect())
