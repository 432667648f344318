"""The device database: SQLAlchemy engine and models, repositories, migrations runner, audit log, outbox."""
