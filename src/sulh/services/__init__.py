"""Use cases.  Each public function is one user action: it checks the actor's
permission, runs in one unit of work, leaves an audit event, and returns plain
dataclasses.  The GUI and the CLI both call these, never the database."""
