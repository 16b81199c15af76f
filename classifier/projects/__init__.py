"""Train your own image classifier in the browser: projects, uploads, background training, the cleaner.

Pure modules (no Django, no torch at import): ``archive`` (zip safety), ``imaging`` (re-encoding) and
``gate`` (the out-of-domain score of a student's model). ``trainer`` imports fastai and torch inside its
functions and only ever runs in the task worker (``tasks``), never in a web process.
"""
