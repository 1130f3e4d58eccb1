"""registry records and imports (MPSV register of social services)

Revision ID: 5b1e2f3a9c7d
Revises: 47937d2468cf
Create Date: 2026-11-30 16:20:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import bot.db_types


revision: str = '5b1e2f3a9c7d'
down_revision: str | None = '47937d2468cf'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('registry_import',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('imported_at', bot.db_types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('added', sa.Integer(), nullable=False),
    sa.Column('updated', sa.Integer(), nullable=False),
    sa.Column('ended', sa.Integer(), nullable=False),
    sa.Column('unchanged', sa.Integer(), nullable=False),
    sa.Column('kept', sa.Integer(), nullable=False),
    sa.Column('changes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('registry_record',
    sa.Column('service_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('register_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('portal_id', sa.Integer(), nullable=True),
    sa.Column('identifier', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('parts', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('owned', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('last_import_id', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('service_id')
    )
    with op.batch_alter_table('registry_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registry_record_register_id'), ['register_id'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('registry_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registry_record_register_id'))
    op.drop_table('registry_record')
    op.drop_table('registry_import')
