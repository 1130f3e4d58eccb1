"""Delivery: the outbox that every message to many people goes through, and the courier that sends it."""
