"""Views for student projects, by room: ``pages`` (projects, classes, images) and ``training`` (jobs,
results, the cleaner, export). Views translate; services write; selectors read."""
