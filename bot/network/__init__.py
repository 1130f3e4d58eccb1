"""People in the network: registration and approval, roles and what each may do, a person's own data."""
