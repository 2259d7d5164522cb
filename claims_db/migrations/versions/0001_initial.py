"""Initial schema: papers, sources, extractions with passages/tables/claims, syntheses, repro runs.

Written by hand, frozen: it does not import ``claims_db.models`` (a migration must keep
creating the schema of its day). ``tests/claims_db/test_migrations.py`` checks that the
migrated database and ``models.py`` do not differ.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

RUN_STATUSES = ("running", "ok", "failed", "killed", "timeout", "interrupted", "refused")


def _json() -> sa.types.TypeEngine:
    return sa.JSON(none_as_null=True).with_variant(postgresql.JSONB(none_as_null=True), "postgresql")


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _pk(table: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint("id", name=f"pk_{table}")


def upgrade() -> None:
    op.create_table(
        "papers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("arxiv_id", sa.String(64), nullable=True),
        sa.Column("arxiv_version", sa.Integer(), nullable=True),
        sa.Column("source_key", sa.String(64), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("authors", _json(), nullable=False),
        sa.Column("abstract", sa.Text(), nullable=True),
        sa.Column("published", sa.String(64), nullable=True),
        sa.Column("licence", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("created_at", _utc(), nullable=False),
        _pk("papers"),
        sa.UniqueConstraint("arxiv_id", "arxiv_version", name="uq_papers_arxiv_id_arxiv_version"),
        sa.UniqueConstraint("source_key", name="uq_papers_source_key"),
        sa.CheckConstraint("arxiv_id IS NOT NULL OR source_key IS NOT NULL", name="ck_papers_identified"),
    )

    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("paper_id", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("media_type", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("original_name", sa.Text(), nullable=True),
        sa.Column("original_url", sa.Text(), nullable=True),
        sa.Column("blob_path", sa.Text(), nullable=False),
        sa.Column("retrieved_at", _utc(), nullable=False),
        _pk("sources"),
        sa.ForeignKeyConstraint(["paper_id"], ["papers.id"], name="fk_sources_paper_id_papers"),
        sa.UniqueConstraint("sha256", name="uq_sources_sha256"),
    )
    op.create_index("ix_sources_paper_id", "sources", ["paper_id"])

    op.create_table(
        "extractions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("parser_version", sa.String(64), nullable=False),
        sa.Column("extractor_version", sa.String(64), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        _pk("extractions"),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name="fk_extractions_source_id_sources"),
        sa.UniqueConstraint(
            "source_id",
            "parser_version",
            "extractor_version",
            name="uq_extractions_source_id_parser_version_extractor_version",
        ),
    )
    op.create_index("ix_extractions_source_id", "extractions", ["source_id"])

    op.create_table(
        "passages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("extraction_id", sa.Integer(), nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("section", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("raw_text", sa.Text(), nullable=False),
        sa.Column("offsets", _json(), nullable=False),
        sa.Column("bbox", _json(), nullable=False),
        sa.Column("lines", _json(), nullable=False),
        sa.Column("column", sa.Integer(), nullable=False),
        _pk("passages"),
        sa.ForeignKeyConstraint(
            ["extraction_id"], ["extractions.id"], name="fk_passages_extraction_id_extractions", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("extraction_id", "index", name="uq_passages_extraction_id_index"),
    )

    op.create_table(
        "tables",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("extraction_id", sa.Integer(), nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(64), nullable=True),
        sa.Column("caption", sa.Text(), nullable=True),
        sa.Column("section", sa.Text(), nullable=True),
        sa.Column("bbox", _json(), nullable=False),
        sa.Column("n_rows", sa.Integer(), nullable=False),
        sa.Column("n_cols", sa.Integer(), nullable=False),
        sa.Column("header_rows", sa.Integer(), nullable=False),
        sa.Column("header_cols", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("cells", _json(), nullable=False),
        _pk("tables"),
        sa.ForeignKeyConstraint(
            ["extraction_id"], ["extractions.id"], name="fk_tables_extraction_id_extractions", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("extraction_id", "index", name="uq_tables_extraction_id_index"),
    )

    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("extraction_id", sa.Integer(), nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("method_family", sa.String(16), nullable=True),
        sa.Column("method_name", sa.String(128), nullable=True),
        sa.Column("model", sa.String(256), nullable=True),
        sa.Column("dataset", sa.String(256), nullable=True),
        sa.Column("metric", sa.String(256), nullable=True),
        sa.Column("bits", sa.Float(), nullable=True),
        sa.Column("sparsity", sa.Float(), nullable=True),
        sa.Column("hardware", sa.String(256), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(16), nullable=True),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("passage_index", sa.Integer(), nullable=True),
        sa.Column("char_start", sa.Integer(), nullable=True),
        sa.Column("char_end", sa.Integer(), nullable=True),
        sa.Column("table_index", sa.Integer(), nullable=True),
        sa.Column("row", sa.Integer(), nullable=True),
        sa.Column("col", sa.Integer(), nullable=True),
        sa.Column("data", _json(), nullable=False),
        _pk("claims"),
        sa.ForeignKeyConstraint(
            ["extraction_id"], ["extractions.id"], name="fk_claims_extraction_id_extractions", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("extraction_id", "index", name="uq_claims_extraction_id_index"),
    )
    op.create_index("ix_claims_kind", "claims", ["kind"])
    op.create_index("ix_claims_method_family", "claims", ["method_family"])

    op.create_table(
        "syntheses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("publisher", sa.Text(), nullable=True),
        sa.Column("published", sa.String(64), nullable=True),
        sa.Column("research_question", sa.Text(), nullable=True),
        sa.Column("stated_paper_count", sa.Integer(), nullable=True),
        sa.Column("stated_claim_count", sa.Integer(), nullable=True),
        sa.Column("stated_verified_count", sa.Integer(), nullable=True),
        sa.Column("review_score", sa.Float(), nullable=True),
        sa.Column("parser_version", sa.String(64), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        _pk("syntheses"),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name="fk_syntheses_source_id_sources"),
        sa.UniqueConstraint("source_id", "parser_version", name="uq_syntheses_source_id_parser_version"),
    )
    op.create_index("ix_syntheses_source_id", "syntheses", ["source_id"])

    op.create_table(
        "synthesis_claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("synthesis_id", sa.Integer(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("truncated", sa.Boolean(), nullable=False),
        _pk("synthesis_claims"),
        sa.ForeignKeyConstraint(
            ["synthesis_id"], ["syntheses.id"], name="fk_synthesis_claims_synthesis_id_syntheses", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("synthesis_id", "row", name="uq_synthesis_claims_synthesis_id_row"),
    )

    op.create_table(
        "synthesis_references",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("synthesis_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("arxiv_id", sa.String(64), nullable=True),
        sa.Column("arxiv_version", sa.Integer(), nullable=True),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("paper_id", sa.Integer(), nullable=True),
        _pk("synthesis_references"),
        sa.ForeignKeyConstraint(
            ["synthesis_id"],
            ["syntheses.id"],
            name="fk_synthesis_references_synthesis_id_syntheses",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["paper_id"], ["papers.id"], name="fk_synthesis_references_paper_id_papers", ondelete="SET NULL"
        ),
    )
    op.create_index("ix_synthesis_references_synthesis_id", "synthesis_references", ["synthesis_id"])
    op.create_index("ix_synthesis_references_arxiv_id", "synthesis_references", ["arxiv_id"])
    op.create_index("ix_synthesis_references_paper_id", "synthesis_references", ["paper_id"])

    op.create_table(
        "repro_runs",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("bundle_id", sa.String(128), nullable=False),
        sa.Column("bundle_version", sa.String(64), nullable=False),
        sa.Column("seal", sa.String(128), nullable=False),
        sa.Column("size", sa.String(32), nullable=False),
        sa.Column("device", sa.String(64), nullable=False),
        sa.Column("params", _json(), nullable=False),
        sa.Column("seeds", _json(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("started_at", _utc(), nullable=False),
        sa.Column("finished_at", _utc(), nullable=True),
        sa.Column("result", _json(), nullable=True),
        sa.Column("result_sha256", sa.String(64), nullable=True),
        sa.Column("log_sha256", sa.String(64), nullable=True),
        sa.Column("log_text", sa.Text(), nullable=True),
        sa.Column("fingerprint", _json(), nullable=True),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("sandbox", _json(), nullable=True),
        _pk("repro_runs"),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], name="fk_repro_runs_claim_id_claims"),
        sa.CheckConstraint(
            "status IN (" + ", ".join(f"'{s}'" for s in RUN_STATUSES) + ")", name="ck_repro_runs_status"
        ),
    )
    op.create_index("ix_repro_runs_bundle_id", "repro_runs", ["bundle_id"])
    op.create_index("ix_repro_runs_status", "repro_runs", ["status"])
    op.create_index("ix_repro_runs_claim_id", "repro_runs", ["claim_id"])


def downgrade() -> None:
    for table, indexes in (
        ("repro_runs", ["ix_repro_runs_claim_id", "ix_repro_runs_status", "ix_repro_runs_bundle_id"]),
        (
            "synthesis_references",
            [
                "ix_synthesis_references_paper_id",
                "ix_synthesis_references_arxiv_id",
                "ix_synthesis_references_synthesis_id",
            ],
        ),
        ("synthesis_claims", []),
        ("syntheses", ["ix_syntheses_source_id"]),
        ("claims", ["ix_claims_method_family", "ix_claims_kind"]),
        ("tables", []),
        ("passages", []),
        ("extractions", ["ix_extractions_source_id"]),
        ("sources", ["ix_sources_paper_id"]),
        ("papers", []),
    ):
        for name in indexes:
            op.drop_index(name, table_name=table)
        op.drop_table(table)
