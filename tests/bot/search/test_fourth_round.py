"""Kinds of misreading left after the third round (issue #14, fourth round): a relative who is
the prisoner and needs the help, in English and Czech."""

from __future__ import annotations

from bot.search.index import SearchIndex
from bot.search.understanding import understand

# -- the relative in prison is the one helped ------------------------------------------------------


def test_my_brother_in_a_prison_who_needs_a_job_is_helped_in_that_prison(index: SearchIndex) -> None:
    found = understand("my brother is in Opava prison and needs a job after release", index)

    assert len(found.prisons) == 1 and found.needs == ["employment"]
    assert "families" not in found.targets


def test_a_husband_serving_who_needs_a_lawyer_is_helped_on_bory(index: SearchIndex) -> None:
    found = understand("manžel sedí na Borech, potřebuje právníka", index)

    assert len(found.prisons) == 1 and found.needs == ["legal"]
    assert "families" not in found.targets


def test_a_wife_who_needs_help_herself_is_still_the_family(index: SearchIndex) -> None:
    english = understand("my husband is in prison and I need help with debts", index)
    czech = understand("manžel sedí na Borech a mě honí exekutoři", index)

    assert "families" in english.targets and english.needs == ["debt"]
    assert "families" in czech.targets and czech.prisons == []
