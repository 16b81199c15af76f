# BOOT SHIM (lead): replaced by the quiz owner.
def review_due_count(user) -> int:
    return 0
