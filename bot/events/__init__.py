"""Events and announcements: coordinators reach the network; people answer and are reminded."""
