"""The two ways a laptop is used: a judge scoring, or the secretariat running the event."""

JUDGE = "judge"
SECRETARIAT = "secretariat"
ROLES = (JUDGE, SECRETARIAT)
