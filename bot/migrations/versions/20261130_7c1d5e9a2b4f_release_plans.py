"""release plans; events for a named list of people; one case code over several handovers

Revision ID: 7c1d5e9a2b4f
Revises: 5b1e2f3a9c7d
Create Date: 2026-11-30 16:50:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bot.db_types

revision: str = "7c1d5e9a2b4f"
down_revision: str | None = "5b1e2f3a9c7d"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The handover table's unique constraint on code was created unnamed; this names it so that
# SQLite's batch mode can drop it (PostgreSQL named it handover_code_key).
NAMING = {"uq": "%(table_name)s_%(column_0_name)s_key"}


def upgrade() -> None:
    op.create_table(
        "event_invitee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("event_invitee", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_invitee_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_invitee_user_id"), ["user_id"], unique=False)
    op.create_table(
        "release_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("worker_id", sa.BigInteger(), nullable=True),
        sa.Column("worker_organization_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("release_date", sa.Date(), nullable=True),
        sa.Column("origin_prison_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("town", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("region", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("needs", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("answers", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("gaps", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("conference_event_id", sa.Integer(), nullable=True),
        sa.Column("reminder_ids", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", bot.db_types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", bot.db_types.UTCDateTime(), nullable=False),
        sa.Column("closed_at", bot.db_types.UTCDateTime(), nullable=True),
        sa.Column("anonymised_at", bot.db_types.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    with op.batch_alter_table("release_plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_release_plan_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_release_plan_worker_id"), ["worker_id"], unique=False)
    op.create_table(
        "release_plan_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("need", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("service_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("service_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("handover_id", sa.Integer(), nullable=True),
        sa.Column("created_at", bot.db_types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("release_plan_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_release_plan_item_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_release_plan_item_handover_id"), ["handover_id"], unique=False)
    with op.batch_alter_table("handover", schema=None, naming_convention=NAMING) as batch_op:
        batch_op.drop_constraint("handover_code_key", type_="unique")
        batch_op.create_index(batch_op.f("ix_handover_code"), ["code"], unique=False)
        batch_op.create_unique_constraint("uq_handover_code_service", ["code", "service_id"])


def downgrade() -> None:
    with op.batch_alter_table("handover", schema=None, naming_convention=NAMING) as batch_op:
        batch_op.drop_constraint("uq_handover_code_service", type_="unique")
        batch_op.drop_index(batch_op.f("ix_handover_code"))
        batch_op.create_unique_constraint("handover_code_key", ["code"])
    with op.batch_alter_table("release_plan_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_release_plan_item_handover_id"))
        batch_op.drop_index(batch_op.f("ix_release_plan_item_plan_id"))
    op.drop_table("release_plan_item")
    with op.batch_alter_table("release_plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_release_plan_worker_id"))
        batch_op.drop_index(batch_op.f("ix_release_plan_status"))
    op.drop_table("release_plan")
    with op.batch_alter_table("event_invitee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_invitee_user_id"))
        batch_op.drop_index(batch_op.f("ix_event_invitee_event_id"))
    op.drop_table("event_invitee")
