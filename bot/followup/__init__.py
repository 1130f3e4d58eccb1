"""Follow-up care: clients handed over to providers pseudonymously, reminders and feedback after release."""
