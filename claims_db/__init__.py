"""Storage: SQLAlchemy 2 models, the engine/session factory, Alembic migrations, query helpers.

Imports only third-party packages (never ``verifier``), so the schema can be used alone.
"""
