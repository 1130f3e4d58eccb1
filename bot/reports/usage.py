"""How Spojka is used: questions per week, how many found something, what found nothing,
who is active (by role and region: counts, never people), handovers by status."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Engine, func, select

from bot import clock
from bot.models import table_of
from bot.privacy import find_personal_data
from bot.text.czech import fold
from bot.user_models import AppUser, Handover, QuestionLog

QUESTION_LIMIT = 200


def record_question(
    engine: Engine, *, question: str, had_results: bool, role: str | None, now: datetime | None = None
) -> None:
    """Log one question: never who asked; the text only when nothing was found and it holds
    nothing like personal data."""
    text = " ".join(question.split())[:QUESTION_LIMIT]
    keep = not had_results and text and not find_personal_data(text)
    with engine.begin() as connection:
        connection.execute(
            table_of(QuestionLog)
            .insert()
            .values(
                asked_at=now or clock.utc_now(),
                had_results=had_results,
                role=role,
                question=text if keep else None,
            )
        )


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


def summary(engine: Engine, *, now: datetime | None = None, weeks: int = 12, top: int = 20) -> Usage:
    moment = now or clock.utc_now()
    start = moment - timedelta(weeks=weeks)
    log, user, handover = table_of(QuestionLog).c, table_of(AppUser).c, table_of(Handover).c
    with engine.connect() as connection:
        asked = connection.execute(
            select(log.asked_at, log.had_results, log.question)
            .where(log.asked_at >= start)
            .order_by(log.asked_at.desc())
        ).all()  # newest first: the latest wording of a question is the one shown
        users = connection.execute(
            select(user.role, user.region, func.count())
            .where(user.status == "approved")
            .group_by(user.role, user.region)
        ).all()
        by_status = connection.execute(select(handover.status, func.count()).group_by(handover.status)).all()
    per_week: dict[date, list[int]] = {}
    missing: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for asked_at, had_results, question in asked:
        day = (asked_at if asked_at.tzinfo else asked_at.replace(tzinfo=UTC)).date()
        monday = day - timedelta(days=day.weekday())
        counts = per_week.setdefault(monday, [0, 0])
        counts[0] += 1
        counts[1] += int(bool(had_results))
        if not had_results and question:
            key = fold(question).strip(" ?!.")
            missing[key] += 1
            shown.setdefault(key, question)
    return Usage(
        weeks=[(monday, c[0], c[1]) for monday, c in sorted(per_week.items())],
        unanswered=[(shown[key], count) for key, count in missing.most_common(top)],
        users=sorted(
            ((role or "", region or "", count) for role, region, count in users), key=lambda u: (u[0], u[1])
        ),
        handovers=sorted(((status, count) for status, count in by_status), key=lambda h: h[0]),
    )
