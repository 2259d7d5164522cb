"""Assessments: groundings (Gate 1), reproduction plans, claim verdicts, gate records, corrections.

Written by hand, frozen (does not import ``claims_db.models``).

Revision ID: 0002_assessments
Revises: 0001_initial
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002_assessments"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

ONE_TARGET = "(claim_id IS NULL) <> (synthesis_claim_id IS NULL)"
ONE_SUBJECT = "(paper_id IS NULL) <> (synthesis_id IS NULL)"


def _json() -> sa.types.TypeEngine:
    return sa.JSON(none_as_null=True).with_variant(postgresql.JSONB(none_as_null=True), "postgresql")


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _targets(table: str) -> list:
    return [
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("synthesis_claim_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], name=f"fk_{table}_claim_id_claims"),
        sa.ForeignKeyConstraint(
            ["synthesis_claim_id"], ["synthesis_claims.id"], name=f"fk_{table}_synthesis_claim_id_synthesis_claims"
        ),
        sa.CheckConstraint(ONE_TARGET, name=f"ck_{table}_one_target"),
    ]


def _subjects(table: str) -> list:
    return [
        sa.Column("paper_id", sa.Integer(), nullable=True),
        sa.Column("synthesis_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["paper_id"], ["papers.id"], name=f"fk_{table}_paper_id_papers"),
        sa.ForeignKeyConstraint(["synthesis_id"], ["syntheses.id"], name=f"fk_{table}_synthesis_id_syntheses"),
        sa.CheckConstraint(ONE_SUBJECT, name=f"ck_{table}_one_subject"),
    ]


def _index(table: str, *cols: str) -> None:
    for col in cols:
        op.create_index(f"ix_{table}_{col}", table, [col])


def upgrade() -> None:
    op.create_table(
        "groundings",
        sa.Column("id", sa.Integer(), nullable=False),
        *_targets("groundings"),
        sa.Column("verdict", sa.String(32), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("evidence", _json(), nullable=False),
        sa.Column("reasons", _json(), nullable=False),
        sa.Column("sources", _json(), nullable=False),
        sa.Column("method_version", sa.String(64), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_groundings"),
    )
    _index("groundings", "claim_id", "synthesis_claim_id")
    op.create_table(
        "repro_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        *_targets("repro_plans"),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("bundle_id", sa.String(128), nullable=True),
        sa.Column("seal", sa.String(128), nullable=True),
        sa.Column("category", sa.String(32), nullable=True),
        sa.Column("plan", _json(), nullable=False),
        sa.Column("matcher_version", sa.String(64), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.CheckConstraint("status IN ('planned', 'untestable')", name="ck_repro_plans_status"),
        sa.PrimaryKeyConstraint("id", name="pk_repro_plans"),
    )
    _index("repro_plans", "claim_id", "synthesis_claim_id", "bundle_id")
    op.create_table(
        "claim_verdicts",
        sa.Column("id", sa.Integer(), nullable=False),
        *_targets("claim_verdicts"),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("label", sa.String(32), nullable=False),
        sa.Column("scale", sa.String(16), nullable=True),
        sa.Column("run_ids", _json(), nullable=False),
        sa.Column("verdict", _json(), nullable=False),
        sa.Column("judge_version", sa.String(64), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["repro_plans.id"], name="fk_claim_verdicts_plan_id_repro_plans"),
        sa.PrimaryKeyConstraint("id", name="pk_claim_verdicts"),
    )
    _index("claim_verdicts", "claim_id", "synthesis_claim_id", "plan_id")
    op.create_table(
        "gate_records",
        sa.Column("id", sa.Integer(), nullable=False),
        *_subjects("gate_records"),
        sa.Column("gate", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("detail", _json(), nullable=False),
        sa.Column("evaluated_at", _utc(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_gate_records"),
    )
    _index("gate_records", "paper_id", "synthesis_id")
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        *_subjects("corrections"),
        sa.Column("target", sa.String(128), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("old_value", _json(), nullable=True),
        sa.Column("new_value", _json(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_corrections"),
    )
    _index("corrections", "paper_id", "synthesis_id")


def downgrade() -> None:
    for table in ("corrections", "gate_records", "claim_verdicts", "repro_plans", "groundings"):
        op.drop_table(table)
