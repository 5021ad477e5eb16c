"""The desktop app: Qt only. Talks to the services, never to the database."""
