"""Worksheet views, one module per room: ``pages`` (the student's pages and the worked examples), ``saving``
(autosave, save everything, log in and save) and ``review`` (teachers); ``shared`` holds what they share."""
