"""A member's own area headless: open-or-make, reset and bring back, sharing a trend."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from tests.storage.helpers import PERSONAL_PASSPHRASE_JARI
from tyoparipaivakirja.actions import own_area
from tyoparipaivakirja.core.checkins import Answer, NewCheckIn
from tyoparipaivakirja.core.errors import WrongPassphrase
from tyoparipaivakirja.core.instruments import ELO_STRESS, ELO_STRESS_ITEM
from tyoparipaivakirja.storage.session import Journal

NEW_OWN = "Jarin uusi polku: kirkas-lähde-58"


def test_open_or_create_makes_the_area_once_then_opens_it(
    make_journal: Callable[..., Journal],
) -> None:
    journal = make_journal()
    jari = journal.members.all()[0].member_id
    own_area.open_or_create(
        journal, jari, PERSONAL_PASSPHRASE_JARI, PERSONAL_PASSPHRASE_JARI
    ).close()
    assert journal.has_personal_area(jari)
    with pytest.raises(WrongPassphrase):
        own_area.open_or_create(journal, jari, NEW_OWN)
    own_area.open_or_create(journal, jari, PERSONAL_PASSPHRASE_JARI).close()


def test_a_reset_area_comes_back_with_its_old_passphrase(
    make_journal: Callable[..., Journal],
) -> None:
    journal = make_journal()
    jari = journal.members.all()[0].member_id
    own_area.create(journal, jari, PERSONAL_PASSPHRASE_JARI).close()
    reset = own_area.reset(journal, jari)
    assert not journal.has_personal_area(jari)
    assert reset.recoverable_until() > date.today()
    with pytest.raises(WrongPassphrase):
        own_area.restore_reset(journal, jari, NEW_OWN)
    own_area.restore_reset(journal, jari, PERSONAL_PASSPHRASE_JARI)
    own_area.open_area(journal, jari, PERSONAL_PASSPHRASE_JARI).close()


def test_a_shared_trend_reaches_the_pair_journal_and_can_be_withdrawn(
    make_journal: Callable[..., Journal],
) -> None:
    journal = make_journal()
    jari = journal.members.all()[0].member_id
    area = own_area.create(journal, jari, PERSONAL_PASSPHRASE_JARI)
    today = date.today()
    for weeks_ago in (4, 3, 2, 1):
        day = today - timedelta(weeks=weeks_ago)
        area.checkins.add(NewCheckIn(day, (Answer(ELO_STRESS, ELO_STRESS_ITEM, 3),)), today)
    preview = area.preview_share(today - timedelta(weeks=5), today, today)
    shared = own_area.share_trend(area, preview, today)
    assert [s.share.member_id for s in journal.shared_trends.all()] == [jari]
    own_area.withdraw_shared_trend(area, shared.share_id)
    assert journal.shared_trends.all() == []
    area.close()
