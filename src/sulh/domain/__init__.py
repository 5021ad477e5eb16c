"""Rules of a dispute's life. Pure Python: no Qt, no SQLAlchemy."""
