"""/pokryti, /kvalita, /statistiky: coordinators' reports as pictures, tables and text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from telegram import InputFile, Update
from telegram.ext import ContextTypes

from bot.buttons import Button, pack
from bot.directory.services import need_names
from bot.followup import plans
from bot.network.permissions import can
from bot.providers import freshness
from bot.reports import coverage, files, quality, usage
from bot.search.index import find_region
from bot.text.i18n import text
from handlers.context import current_who, language, services_of, wake_courier
from handlers.keyboards import markup


async def _allowed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    if can(current_who(update, context), "view_reports"):
        return True
    if update.effective_message is not None:
        await update.effective_message.reply_text(text(language(update, context), "reports.not_allowed"))
    return False


async def _send_files(update: Update, context: ContextTypes.DEFAULT_TYPE, found: dict[str, bytes]) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    for name, content in found.items():
        if name.endswith(".png"):
            await context.bot.send_photo(chat.id, InputFile(content, filename=name))
        else:
            await context.bot.send_document(chat.id, InputFile(content, filename=name))


async def coverage_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not await _allowed(update, context) or update.effective_message is None:
        return
    lang = language(update, context)
    typed = " ".join(context.args or []).strip()
    region = find_region(typed) if typed else None
    if typed and region is None:
        await update.effective_message.reply_text(text(lang, "reports.bad_region", name=typed[:60]))
        return
    catalog = services_of(context).answers.index().catalog
    gaps = coverage.prisons_by_need(catalog, region=region).gaps()
    body = text(lang, "reports.coverage", where=f" – {region}" if region else "", gaps=gaps)
    since = datetime.now(UTC) - timedelta(days=365)
    planned = services_of(context).act(plans.gaps_by_region, since=since)
    names = services_of(context).act(need_names)
    missing = [f"{r} – {names.get(n, n)}: {c}" for r, n, c in planned if region is None or r == region]
    if missing:  # release plans that found nothing fitting in the client's region
        body += "\n" + text(lang, "reports.plan_gaps", gaps="\n".join(missing[:10]))
    await update.effective_message.reply_text(body)
    await _send_files(update, context, files.coverage_files(catalog, language=lang, region=region))


async def quality_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not await _allowed(update, context) or update.effective_message is None:
        return
    lang = language(update, context)
    services = services_of(context)
    report = quality.by_organization(services.engine, stale_days=services.settings.capacity_stale_days)
    worst = [q for q in report if q.problems][:15]
    lines = [text(lang, "reports.quality_title") if worst else text(lang, "reports.quality_ok")]
    lines += [
        text(
            lang,
            "reports.quality_line",
            organization=q.organization,
            old90=q.unverified_90,
            services=q.services,
            old180=q.unverified_180,
            capacities=q.stale_capacities,
            contacts=q.no_contacts,
            eligibility=q.no_eligibility,
        )
        for q in worst
    ]
    button = markup([[Button(text(lang, "reports.send_requests"), pack("rq", "send"))]])
    await update.effective_message.reply_text("\n".join(lines), reply_markup=button if worst else None)
    await _send_files(
        update,
        context,
        files.quality_files(services.engine, stale_days=services.settings.capacity_stale_days),
    )


async def send_requests_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    lang = language(update, context)
    if not can(current_who(update, context), "view_reports"):
        await query.answer(text(lang, "reports.not_allowed"), show_alert=True)
        return
    settings = services_of(context).settings
    done = freshness.check(
        services_of(context).engine,
        now=datetime.now(UTC),
        every_days=settings.freshness_days,
        coordinator_ids=settings.coordinator_ids,
    )
    wake_courier(context)
    await query.answer(
        text(
            lang,
            "reports.requests_sent",
            asked=done["asked"],
            again=done["asked_again"],
            escalated=done["escalated"],
        ),
        show_alert=True,
    )


async def usage_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not await _allowed(update, context) or update.effective_message is None:
        return
    lang = language(update, context)
    engine = services_of(context).engine
    found = usage.summary(engine)
    none = text(lang, "reports.none")
    body = text(
        lang,
        "reports.usage",
        questions=found.questions,
        share=round(100 * found.answered_share),
        unanswered="\n".join(f"• {q} ({n}×)" for q, n in found.unanswered[:10]) or none,
        users=", ".join(
            f"{text(lang, f'role.{role}') if role else '?'} / {region or '?'}: {count}"
            for role, region, count in found.users
        )
        or none,
        handovers=", ".join(f"{text(lang, f'handover.status.{s}')}: {n}" for s, n in found.handovers) or none,
    )
    await update.effective_message.reply_text(body)
    await _send_files(update, context, files.usage_files(engine, language=lang))
