"""The privacy check's word lists (knowledge/role_words.txt, brands.txt, field_organisations.txt)
say what they mean."""

from __future__ import annotations

from bot.privacy import first_names, surnames
from bot.privacy.known import brand_names, field_organisations
from bot.privacy.words import lemma_of, person_noun, role_lemmas
from bot.search.index import knowledge_file, organization_core
from bot.text.czech import fold, words


def test_role_words_are_what_the_dictionary_reads_them_as() -> None:
    # a role the dictionary reads as another lemma would never match: that lemma is listed too
    for word in role_lemmas():
        lemma = lemma_of(word)
        assert lemma is None or lemma == word or lemma in role_lemmas(), (word, lemma)


def test_roles_are_no_surnames_but_old_trades_may_be() -> None:
    assert not any(person_noun(w) for w in ("Klient", "Kurátor", "Soused", "Listonoš", "Elektrikář"))
    assert all(person_noun(w) for w in ("Sedlák", "Mlynář", "Zajíc", "Kohout"))


def test_brands_are_known_in_their_case_forms() -> None:
    brands = brand_names()
    assert all(
        brands.knows(w)
        for w in ("kaufland", "kauflandu", "tescu", "vodafonu", "silvestra", "vanocich", "subutexu")
    )
    assert not brands.knows("novak")


def _field_organisation_lines() -> list[str]:
    text = knowledge_file("field_organisations.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_field_organisations_are_listed_once_without_their_legal_form() -> None:
    names = _field_organisation_lines()
    assert len(names) >= 50
    assert len({fold(name) for name in names}) == len(names)
    assert not [name for name in names if organization_core(name) != words(name)]  # no "z. s."


def test_no_field_organisation_of_one_word_is_a_listed_first_name_or_surname() -> None:
    # such a word would be known as nobody's name and let "Ester volala" through
    single = [fold(name) for name in _field_organisation_lines() if " " not in name]
    assert not [name for name in single if name in first_names() or name in surnames()]


def test_field_organisations_are_known_in_their_case_forms_and_only_whole() -> None:
    known = field_organisations()
    assert all(known.knows(w) for w in ("fokus", "fokusu", "sananimu", "laxusem", "nadeji"))
    assert known.spans("kontakt na bily kruh bezpeci") and known.spans("u fokusu vysocina")
    assert not known.knows("bily") and not known.knows("podane")  # words of longer names alone
