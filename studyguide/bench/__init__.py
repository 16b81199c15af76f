"""The page benchmark (`make bench`): a site with data, the pages a student opens, and the measurements
(wrk figures, worker memory and whether libtorch is mapped, grading and exam-submit times). Never imported
by the site itself; `manage.py bench_pages` and the lean-worker test use it."""
