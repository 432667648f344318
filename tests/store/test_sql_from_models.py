"""The device store's SQL comes from its models: every statement is SQLAlchemy Core over the tables declared
in store/models.py, compiled once (store/sql.py); no store module writes SQL text of its own."""

from __future__ import annotations

import ast
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Column, Table, bindparam, insert, select, update
from sqlalchemy.sql import visitors

import epcr.store
from epcr.domain.paths import parts
from epcr.store import accounts, audit, database, migrate, outbox, reports, sources, sql, unit
from epcr.store.models import Base
from epcr.store.parts import summary_of, touch_sql

STORE = Path(epcr.store.__file__).parent
# Where SQL text may stay: the compiler, and the connection and migration set-up (PRAGMAs, alembic's table).
TEXT_ALLOWED = {"sql.py", "engine.py", "migrate.py"}
SQL_TEXT = re.compile(
    r"SELECT |INSERT INTO|UPDATE |DELETE FROM|\bselect\b.*\bfrom\b|\binsert\s+into\b|\bupdate\s+\w+\s+set\b"
    r"|\bdelete\s+from\b",
    re.DOTALL,
)
MODULES = (accounts, audit, database, outbox, reports, sources, unit)


def every_statement() -> dict[str, object]:
    """Every text the store compiles, its variants included (touch per part, payloads per batch size)."""
    for key in parts():
        touch_sql(tuple(summary_of(key, {})))
    for count in (1, 2, 7):
        outbox._payloads(count)
    return dict(sql.COMPILED)


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    """A database built by the migrations alone (not from the models)."""
    path = tmp_path_factory.mktemp("schema") / "device.sqlite3"
    migrate.upgrade(path)
    conn = sqlite3.connect(path)
    yield conn
    conn.close()


def test_the_store_compiles_its_statements_when_imported() -> None:
    statements = every_statement()
    assert len(statements) > 60
    for module in MODULES:
        values = list(vars(module).values())
        values += [v for d in values if isinstance(d, dict) for v in d.values()]  # variants, by kind
        texts = [v for v in values if isinstance(v, str) and SQL_TEXT.search(v)]
        assert texts, module.__name__
        assert [text for text in texts if text not in statements] == [], module.__name__


def test_every_statement_names_only_the_models_tables_and_columns() -> None:
    tables = set(Base.metadata.tables.values())
    for text, statement in every_statement().items():
        used = list(visitors.iterate(statement))  # type: ignore[arg-type]
        named = {e for e in used if isinstance(e, Table)}
        columns = [e for e in used if isinstance(e, Column)]
        assert named and named <= tables, text
        for column in columns:
            assert column.table in tables, text
            assert column.table.c[column.key] is column, text


def test_every_statement_prepares_against_the_migrated_schema(migrated: sqlite3.Connection) -> None:
    """SQLite parses each text against the schema the migrations built: tables and columns all exist."""
    for text in every_statement():
        names = set(re.findall(r"(?<![\w:]):(\w+)", text))
        migrated.execute(f"EXPLAIN {text}", dict.fromkeys(names))


def test_no_store_module_writes_sql_text() -> None:
    found = []
    for path in sorted(STORE.glob("*.py")):
        if path.name in TEXT_ALLOWED:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
                and SQL_TEXT.search(node.value)
            ):
                found.append(f"{path.name}:{node.lineno}: {node.value!r}")
    assert not found, "\n".join(found)


def test_the_check_can_fail() -> None:
    """The grep above would see a hand-written statement, and the text check an unknown table."""
    assert SQL_TEXT.search("UPDATE reports SET status = ? WHERE id = ?")
    assert SQL_TEXT.search("select id from reports")
    assert not SQL_TEXT.search("account updated")


def test_compiled_refuses_parameters_it_was_not_told_of() -> None:
    reports_table = sql.reports
    statement = select(reports_table.c.status).where(reports_table.c.id == bindparam("rid"))
    assert sql.compiled(statement, "rid").endswith("WHERE reports.id = :rid")
    with pytest.raises(ValueError, match="expected"):
        sql.compiled(statement, "report_id")
    with pytest.raises(ValueError, match="expected"):
        sql.compiled(statement)


def test_compiled_writes_the_statements_own_values_into_the_text() -> None:
    statement = update(sql.reports).where(
        sql.reports.c.id == bindparam("rid"), sql.reports.c.status == "draft"
    )
    text = sql.compiled(statement.values(revision=sql.reports.c.revision + 1), "rid")
    assert text == (
        "UPDATE reports SET revision=(reports.revision + 1) "
        "WHERE reports.id = :rid AND reports.status = 'draft'"
    )


def test_compiled_refuses_defaults_only_sqlalchemy_would_supply() -> None:
    """reports.status has a Python-side default: the text would need SQLAlchemy to fill it in."""
    with pytest.raises(ValueError):
        sql.compiled(insert(sql.reports).values(id=bindparam("id")), "id")


def test_a_column_the_models_do_not_have_fails_when_the_statement_is_built() -> None:
    with pytest.raises(AttributeError):
        select(sql.reports.c.no_such_column)
