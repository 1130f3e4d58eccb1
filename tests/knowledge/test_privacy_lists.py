"""The privacy check's word lists (knowledge/role_words.txt, brands.txt) say what they mean."""

from __future__ import annotations

from bot.privacy.known import brand_names
from bot.privacy.words import lemma_of, person_noun, role_lemmas


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
        brands.knows(w) for w in ("kaufland", "kauflandu", "tescu", "vodafonu", "silvestra", "vanocich")
    )
    assert not brands.knows("novak")
