"""Saved plans: the Django app that stores a learner's plan requests and the services and selectors over them.

A plan is stored as its request and rebuilt by the planning core on every read; this app only keeps the record,
who may change it, and which plans a visitor made before they had an account.
"""
