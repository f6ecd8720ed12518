"""Django app: a learner's answers to self-check questions and their topic checks (see `checking/` for the rules)."""
