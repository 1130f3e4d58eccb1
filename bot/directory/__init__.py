"""The directory: what a worker reads about a service, an organisation or a prison, and its cards."""
