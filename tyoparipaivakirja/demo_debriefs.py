"""Invented debriefs for the demo journal: six months of a pair's visits.

All clients, events and words are fiction. The codes are pseudonyms as the app
proposes them; the texts follow the guide's themes (housing, debts, sobriety,
release from prison) without identifying details.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from tyoparipaivakirja.core.debriefs import (
    TOGETHER,
    Debrief,
    EntryStatus,
    FollowUp,
    MemberPart,
    PastClose,
    Presence,
    PrivateReflection,
    RoleSplitWorked,
    SharedStrain,
    SharingLevel,
    SupervisionTag,
    SupervisionTopic,
    Theme,
    VisitType,
    WarningSign,
    WarningSignNote,
)
from tyoparipaivakirja.core.members import Member, Role
from tyoparipaivakirja.core.roles import debrief_items_for
from tyoparipaivakirja.storage.session import Journal

DEMO_DEBRIEF_COUNT = 40

# (visit type, themes, uppermost, what happened, went well, was hard, learning)
_SCENES: tuple[tuple[VisitType, tuple[Theme, ...], str, str, str, str, str], ...] = (
    (
        VisitType.PRISON_MEETING,
        (Theme.RELEASE, Theme.HOUSING),
        "Vapautuminen lähestyy ja asunto on vielä auki. Tänään ei tarvita muuta.",
        "Tapasimme vankilassa. Kävimme läpi vapautumisen päivän: missä yö, miten Kela-asiat "
        "hoidetaan ja kuka on vastassa portilla.",
        "Asiakas kertoi itse huolistaan. Kokemusasiantuntijan oma kokemus vapautumisesta auttoi.",
        "Aikaa oli vähän ja vartija keskeytti kahdesti.",
        "Seuraavalla kerralla varataan pidempi aika ja tehdään lista mukaan.",
    ),
    (
        VisitType.HOME_VISIT,
        (Theme.MONEY_AND_DEBT, Theme.DAILY_LIFE),
        "Velkakirjeitä on kertynyt avaamatta. Ei kiireellistä tänään.",
        "Avasimme yhdessä postit. Velkaa on kertynyt puhelinliittymästä ja vuokrasta. "
        "Sovimme, että velkojen järjestelyä haetaan talous- ja velkaneuvonnasta.",
        "Asiakas uskalsi avata kirjeet, kun teimme sen yhdessä.",
        "Häpeä veloista näkyi. Oli vaikea olla painostamatta.",
        "Pienet askeleet: yksi kirje kerrallaan.",
    ),
    (
        VisitType.ACCOMPANIED_AUTHORITY_VISIT,
        (Theme.AUTHORITIES, Theme.MONEY_AND_DEBT),
        "Toimeentulotukihakemus jätetty. Päätöstä odotetaan.",
        "Kävimme yhdessä sosiaalitoimistossa. Kokemusasiantuntija toimi sillanrakentajana, "
        "ammattilainen hoiti liitteet.",
        "Virkailija kuunteli ja asiakas sai kysymyksensä esitettyä.",
        "Jonotus kesti tunnin ja asiakkaan kärsivällisyys loppui kesken.",
        "Otetaan jatkossa aikavaraus ja eväät mukaan.",
    ),
    (
        VisitType.FIRST_MEETING,
        (Theme.SOBRIETY, Theme.CLOSE_ONES),
        "Hyvä ensitapaaminen. Luottamus on vasta syntymässä.",
        "Ensitapaaminen kahvilassa. Jää rikkoutui, kun kokemusasiantuntija kertoi omasta "
        "taustastaan. Sovittiin seuraava tapaaminen.",
        "Rento ilmapiiri, asiakas naurahti useamman kerran.",
        "Asiakas kysyi paljon kokemusasiantuntijan menneisyydestä.",
        "Sovitaan etukäteen, mitä omasta taustasta kerrotaan.",
    ),
    (
        VisitType.NETWORK_MEETING,
        (Theme.HOUSING, Theme.AUTHORITIES),
        "Asumisen jatko sovittu koeajaksi. Tarvitaan vielä vuokranantajan vahvistus.",
        "Verkostopalaverissa mukana asumisohjaaja ja päihdepalvelut. "
        "Asiakas sai äänensä kuuluviin.",
        "Kokemusasiantuntija tulkkasi, kun ammattikieli vei liian pitkälle.",
        "Palaverissa puhuttiin asiakkaasta hänen ohitseen.",
        "Valmistellaan asiakkaan kanssa etukäteen, mitä hän haluaa sanoa.",
    ),
    (
        VisitType.PHONE_OR_REMOTE,
        (Theme.SOBRIETY, Theme.MENTAL_HEALTH),
        "Asiakas kertoi retkahduksesta. Soitetaan huomenna uudelleen.",
        "Puhelu illalla. Asiakas kertoi käyttäneensä viikonloppuna ja olevansa pettynyt itseensä.",
        "Asiakas soitti itse, se on iso asia.",
        "Puhelimessa on vaikea arvioida vointia.",
        "Retkahdus ei ole epäonnistuminen: puhutaan siitä seuraavalla tapaamisella.",
    ),
    (
        VisitType.ACTIVITY_MEETING,
        (Theme.DAILY_LIFE, Theme.STUDY_AND_WORK),
        "Hyvä päivä. Opiskelu kiinnostaa.",
        "Kävimme kävelyllä ja kirjastossa. Katsoimme yhdessä ammattikoulun hakuaikoja.",
        "Liikkeellä ollessa puhe kulki vapaammin.",
        "Hakulomake oli sekava.",
        "Toiminnallinen tapaaminen toimii tämän asiakkaan kanssa.",
    ),
    (
        VisitType.GROUP,
        (Theme.SOBRIETY, Theme.CRIME_FREE_LIFE),
        "Ryhmässä viisi osallistujaa. Ei jatkotarpeita tänään.",
        "Vertaisryhmän aiheena oli rikoksettoman arjen rakentaminen.",
        "Osallistujat tukivat toisiaan.",
        "Yksi osallistuja oli selvästi päihtynyt.",
        "Ryhmän säännöt kerrataan seuraavalla kerralla.",
    ),
    (
        VisitType.ACUTE_SITUATION,
        (Theme.HOMELESSNESS_THREAT, Theme.HOUSING),
        "Häätöuhka. Tänään vielä soitto asumisneuvojalle.",
        "Asiakas soitti aamulla: vuokranantaja uhkaa häädöllä maksamattomien vuokrien takia.",
        "Toimimme nopeasti ja asiakas rauhoittui.",
        "Tilanne oli kaoottinen ja tietoa oli vähän.",
        "Akuutissa tilanteessa roolit pitää sopia heti alussa.",
    ),
    (
        VisitType.FAMILY_WORK,
        (Theme.CLOSE_ONES, Theme.SOBRIETY),
        "Äiti on huolissaan. Ei kiireellistä.",
        "Tapasimme asiakkaan ja hänen äitinsä. Puhuttiin siitä, miten läheinen voi tukea "
        "päihteettömyyttä.",
        "Äiti sai purkaa huoltaan ja asiakas kuunteli.",
        "Vanhat riidat nousivat pintaan.",
        "Läheistyössä tarvitaan selkeä rakenne.",
    ),
)

_TOPICS = (
    (
        "Kuinka paljon omasta taustasta kerrotaan asiakkaalle?",
        (SupervisionTag.BOUNDARIES, SupervisionTag.ETHICS),
    ),
    (
        "Verkostotyön vetovastuu: kumpi johtaa palaveria?",
        (SupervisionTag.ROLES, SupervisionTag.NETWORK),
    ),
    ("Retkahdukset ja oma jaksaminen", (SupervisionTag.COPING,)),
    ("Motivoiva haastattelu puhelimessa", (SupervisionTag.METHOD,)),
)

_FOLLOW_UPS = (
    "Soita asumisneuvojalle",
    "Varaa aika talous- ja velkaneuvontaan",
    "Tarkista Kela-hakemuksen tilanne",
    "Tulosta ammattikoulun hakuohjeet",
    "Sovi seuraava tapaaminen",
)


def add_demo_debriefs(journal: Journal, personal: dict[str, str], today: date) -> None:
    """About 40 debriefs over the last six months, with own reflections for both."""
    rng = random.Random(2026)
    members = journal.members.all()
    expert = next(m for m in members if m.role is Role.EXPERT_BY_EXPERIENCE)
    professional = next(m for m in members if m.role is Role.PROFESSIONAL)
    clients = [f"A-{n:02d}" for n in range(1, 9)]
    start = today - timedelta(days=180)
    areas = {
        member.member_id: journal.open_personal_area(
            member.member_id, personal[member.display_name]
        )
        for member in members
        if member.display_name in personal and journal.has_personal_area(member.member_id)
    }
    try:
        for index in range(DEMO_DEBRIEF_COUNT):
            visit_date = start + timedelta(days=index * 180 // DEMO_DEBRIEF_COUNT + 1)
            in_force = journal.roles.responsibilities_on(visit_date)
            parts = (
                MemberPart(
                    expert.member_id,
                    debrief_items_for(expert.role, in_force)[index % 3 : index % 3 + 2],
                ),
                MemberPart(
                    professional.member_id, debrief_items_for(professional.role, in_force)[:1]
                ),
            )
            entry = _entry(rng, index, visit_date, today, clients, expert, professional, parts)
            entry_id = journal.debriefs.save(entry, rng.choice(members).member_id, today)
            for member_id, area in areas.items():
                area.reflections.save(
                    _reflection(rng, index, entry_id, visit_date, member_id == expert.member_id),
                    today,
                )
    finally:
        for area in areas.values():
            area.close()


def _entry(
    rng: random.Random,
    index: int,
    visit_date: date,
    today: date,
    clients: list[str],
    expert: Member,
    professional: Member,
    parts: tuple[MemberPart, ...],
) -> Debrief:
    visit, themes, uppermost, happened, well, hard, learning = _SCENES[index % len(_SCENES)]
    full = index % 3 != 0 or visit_date < today - timedelta(days=14)
    signs: tuple[WarningSign, ...] = ()
    if index % 5 == 2:
        signs = (WarningSign.NEW_DEBTS, WarningSign.OLD_CIRCLES)
    elif index % 7 == 4:
        signs = (WarningSign.SIGNS_OF_USE,)
    follow_ups: tuple[FollowUp, ...] = ()
    if index % 2 == 0:
        due = visit_date + timedelta(days=rng.randint(3, 14))
        follow_ups = (
            FollowUp(
                _FOLLOW_UPS[index % len(_FOLLOW_UPS)],
                rng.choice([expert.member_id, professional.member_id, TOGETHER]),
                due,
                done=due < today - timedelta(days=60),
            ),
        )
    topics: tuple[SupervisionTopic, ...] = ()
    if index % 4 == 1:
        text, tags = _TOPICS[index % len(_TOPICS)]
        topics = (SupervisionTopic(text, tags, rng.choice([expert.member_id, TOGETHER])),)
    sharing = (
        SharingLevel.TOPICS_AND_REFLECTION
        if topics and index % 8 == 1
        else SharingLevel.TOPICS_ONLY
        if topics
        else SharingLevel.NONE
    )
    shared: tuple[SharedStrain, ...] = ()
    if index % 6 == 3:
        shared = (SharedStrain(expert.member_id, rng.randint(4, 7), PastClose.A_LITTLE, True),)
    return Debrief(
        visit_date=visit_date,
        visit_type=visit,
        presence=Presence.BOTH if index % 9 else Presence.PROFESSIONAL,
        client_code=clients[(index // 2) % len(clients)],  # shared ones: several clients
        themes=themes,
        uppermost=uppermost,
        goal="Tukea asiakasta seuraavassa askeleessa." if full else "",
        what_happened=happened if full else "",
        member_parts=parts if full else (),
        role_split_worked=(RoleSplitWorked.YES if index % 4 else RoleSplitWorked.PARTLY)
        if full
        else None,
        warning_signs=WarningSignNote(
            signs,
            expert.member_id if signs else "",
            "Asiakas mainitsi vanhat kaverit ja uuden lainan." if signs else "",
            "Otetaan puheeksi seuraavalla kerralla." if signs else "",
        ),
        went_well=well if full else "",
        was_hard=hard if full else "",
        learning=learning if full else "",
        follow_ups=follow_ups,
        supervision_topics=topics,
        sharing=sharing,
        status=EntryStatus.FULL if full else EntryStatus.QUICK,
        shared_strain=shared,
    )


def _reflection(
    rng: random.Random, index: int, entry_id: str, visit_date: date, is_expert: bool
) -> PrivateReflection:
    base = 4 if is_expert else 3
    rise = 2 if 24 <= index <= 29 else 0  # a heavier stretch of visits
    strain = min(10, max(0, base + rise + rng.randint(-1, 2)))
    close = (
        PastClose.CLEARLY
        if is_expert and rise
        else (PastClose.A_LITTLE if is_expert and index % 3 == 0 else PastClose.NO)
    )
    return PrivateReflection(
        entry_id=entry_id,
        visit_date=visit_date,
        strain=strain,
        past_close=close,
        wants_to_debrief=strain >= 6,
        feelings="Väsymystä ja myötätuntoa." if strain >= 6 else "Rauhallinen olo.",
    )
