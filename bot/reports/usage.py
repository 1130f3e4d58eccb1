"""How Spojka is used: questions per week, how many found something, what found nothing,
who is active (by role and region: counts, never people), handovers by status."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import NamedTuple

from sqlalchemy import Insert, insert
from sqlmodel import Session, col, func, select

from bot import clock
from bot.clock import aware
from bot.models import table_of
from bot.privacy import find_personal_data
from bot.reports import rows
from bot.text.czech import fold
from bot.user_models import AppUser, Handover, QuestionLog

QUESTION_LIMIT = 200


def record_question(
    *, session: Session, question: str, had_results: bool, role: str | None, now: datetime | None = None
) -> None:
    """Log one question: never who asked; the text only when nothing was found and it holds
    nothing like personal data."""
    text = " ".join(question.split())[:QUESTION_LIMIT]
    keep = not had_results and text and not find_personal_data(text)
    row = {
        "asked_at": now or clock.utc_now(),
        "had_results": had_results,
        "role": role,
        "question": text if keep else None,
    }
    session.execute(_log_statement(), row)


@cache
def _log_statement() -> Insert:
    """Written after every answer: a statement built once, not an object for the ORM to flush
    (~1 ms -> ~0.2 ms per question on the bot's event loop; bench/bench_latency.py)."""
    return insert(table_of(QuestionLog))


class _Asked(NamedTuple):
    asked_at: datetime
    had_results: bool
    question: str | None


@dataclass(frozen=True)
class Usage:
    weeks: list[tuple[date, int, int]]  # week's Monday, questions, with results
    unanswered: list[tuple[str, int]]  # question, how often (nothing found)
    users: list[tuple[str, str, int]]  # role, region, approved users
    handovers: list[tuple[str, int]]  # status, count

    @property
    def questions(self) -> int:
        return sum(total for _, total, _ in self.weeks)

    @property
    def answered_share(self) -> float:
        total = self.questions
        return sum(found for _, _, found in self.weeks) / total if total else 0.0


def summary(*, session: Session, now: datetime | None = None, weeks: int = 12, top: int = 20) -> Usage:
    moment = now or clock.utc_now()
    start = moment - timedelta(weeks=weeks)
    newest_first = col(QuestionLog.asked_at).desc()  # the latest wording of a question is the one shown
    asked = rows.read(session, _Asked, QuestionLog, col(QuestionLog.asked_at) >= start, order_by=newest_first)
    approved = session.exec(
        select(AppUser.role, AppUser.region, func.count())
        .where(AppUser.status == "approved")
        .group_by(col(AppUser.role), col(AppUser.region))
    ).all()
    by_status = session.exec(select(Handover.status, func.count()).group_by(col(Handover.status))).all()
    per_week: dict[date, list[int]] = {}
    missing: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for logged in asked:
        day = aware(logged.asked_at).date()
        monday = day - timedelta(days=day.weekday())
        counts = per_week.setdefault(monday, [0, 0])
        counts[0] += 1
        counts[1] += int(bool(logged.had_results))
        if not logged.had_results and logged.question:
            key = fold(logged.question).strip(" ?!.")
            missing[key] += 1
            shown.setdefault(key, logged.question)
    return Usage(
        weeks=[(monday, c[0], c[1]) for monday, c in sorted(per_week.items())],
        unanswered=[(shown[key], count) for key, count in missing.most_common(top)],
        users=sorted(
            ((role or "", region or "", count) for role, region, count in approved),
            key=lambda u: (u[0], u[1]),
        ),
        handovers=sorted(((status, count) for status, count in by_status), key=lambda h: h[0]),
    )
