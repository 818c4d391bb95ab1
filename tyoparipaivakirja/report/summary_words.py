"""The fixed Finnish wording of the supervision summary.

The summary is a document for a Finnish work supervisor, so it is written in Finnish
whatever language the app shows; the CLI and the app print the same words. The
vocabulary inside it (visit types, themes, warning signs, leads, tags) is the
Finnish of ``core`` already.
"""

from __future__ import annotations

from tyoparipaivakirja.core.roles import Lead
from tyoparipaivakirja.core.supervision import AgreementStatus
from tyoparipaivakirja.core.trends import TrendWord

TITLE = "Työnohjausyhteenveto"
CONFIDENTIAL = "Luottamuksellinen – vain työnohjauskäyttöön"
SUBJECT = "Työparin yhteenveto työnohjaukseen jaksolta %1"
PAGE = "sivu %1 / %2"
MADE_WITH = "Työparipäiväkirja · laadittu %1"

COVER_PAIR = "Työpari"
COVER_PERIOD = "Jakso"
COVER_SESSION = "Työnohjauskerta"
COVER_NO_SESSION = "ei valittu"
COVER_MADE = "Laadittu"
COVER_NOTE = (
    "Tässä yhteenvedossa on vain se, minkä työpari on itse jakanut työnohjaukseen. "
    "Asiakkaat on merkitty kirjaimin (Asiakas A, Asiakas B …) vain tätä asiakirjaa varten, "
    "eivätkä kirjaimet vastaa päiväkirjan koodeja. Alle kolmen lukumääriä ei näytetä eikä "
    "niitä voi päätellä muista luvuista. Säilytä ja hävitä asiakirja kuten muutkin "
    "luottamukselliset paperit."
)

H_TOPICS = "1. Nostot työnohjaukseen"
H_OVERVIEW = "2. Yleiskuva"
H_REFLECTIONS = "3. Jaetut reflektiot"
H_WARNINGS = "4. Hälytysmerkit"
H_ROLES = "5. Roolijako"
H_WELLBEING = "6. Jaksaminen"
H_AGREEMENTS = "7. Sopimukset ja niiden tilanne"

NO_TOPICS = "Tälle jaksolle ei ole jaettu nostoja työnohjaukseen."
RAISED_BY = "Nostaja: %1"

NO_DEBRIEFS = "Jaksolla ei ole kirjattuja käyntipurkuja."
OVERVIEW_NOTE = (
    "Lukumäärät kattavat kaikki jakson purut; sisältöä on vain jaetuista. Alle kolmen "
    "lukumääriä ei näytetä: ne on yhdistetty muihin niin, ettei niitä voi laskea "
    "yhteissummasta."
)
COUNT_DEBRIEFS = "Käyntipurkuja"
DEBRIEFS_BELOW = "alle %1"
PRESENCE = "Paikalla"
PRESENCE_LABELS = {"molemmat paikalla": "Molemmat paikalla", "toinen yksin": "Toinen yksin"}
PRESENCE_COMBINED = "ei eritellä, jotta pieniä lukuja ei voi päätellä"
VISIT_TYPES = "Käyntityypit"
THEMES = "Teemat"
THEME = "Teema"
CHART_VISITS_CAPTION = "Käyntejä tyypeittäin."
OTHER_VISIT_TYPES = "muut käyntityypit"
OTHER_VISIT_TYPES_ARE = "Muut käyntityypit yhdessä, jotta pieniä lukuja ei voi päätellä: %1."
VISIT_TYPES_NOT_COUNTED = (
    "Jakson käyntityypit (lukumääriä ei eritellä, jotta pieniä lukuja ei voi päätellä): %1."
)
ALL_THEMES_RARE = "Kutakin teemaa oli alle kolme (<3): %1."
NO_THEMES = "Purkuihin ei ole merkitty teemoja."

NO_REFLECTIONS = "Tältä jaksolta ei ole jaettu reflektioita (jako: nostot ja reflektio)."
WENT_WELL = "Mikä onnistui ja miksi?"
WAS_HARD = "Mikä oli vaikeaa ja miksi?"
LEARNING = "Mitä opimme? Mitä tekisimme toisin?"
ROLE_SPLIT_WORKED = "Toimiko roolijako kuten sovittiin?"

WARNINGS_NOTE = "Vain lukumäärät: tapauksia ei kuvata."
NO_WARNINGS = "Jaksolla ei kirjattu hälytysmerkkejä."
ALL_WARNINGS_RARE = "Kutakin hälytysmerkkiä kirjattiin alle kolme kertaa (<3): %1."
WARNING_SIGN = "Hälytysmerkki"
COUNT = "Kertoja"

NO_ROLE_SPLIT = "Työparilla ei ole vielä hyväksyttyä roolijakoa."
ROLES_IN_FORCE = "Voimassa versio %1, alkaen %2."
NEXT_REVIEW = "Seuraava tarkistus %1."
NO_NEXT_REVIEW = "Seuraavaa tarkistusta ei ole sovittu."
LEAD_HEADINGS = {
    Lead.PROFESSIONAL: "Ammattilaisen vetovastuulla",
    Lead.EXPERT_BY_EXPERIENCE: "Kokemusasiantuntijan vetovastuulla",
    Lead.SHARED: "Yhteiset",
}
NO_TASKS = "Ei tehtäviä."
CHANGES_SINCE = "Muutokset edellisen työnohjauskerran jälkeen (versiosta %1):"
NO_CHANGES = "Roolijako ei ole muuttunut edellisen työnohjauskerran jälkeen."
NO_COMPARISON = "Edellistä työnohjauskertaa ei ole kirjattu, joten muutoksia ei verrata."
ADDED = "Lisätty: %1"
REMOVED = "Poistettu: %1"
MOVED = "%1: %2 → %3"

WELLBEING_NOTE = (
    "Vain se, minkä kukin on itse jakanut omista jaksamisen kirjauksistaan, kehityksenä. "
    "Ei yksittäisiä vastauksia eikä muistiinpanoja."
)
NO_WELLBEING = "Kumpikaan ei ole jakanut jaksamisen kehitystä tälle jaksolle."
TREND_LINE = "%1: stressi %2 (%3–%4)"
TREND_CLIPPED = (
    "%1 jakoi kehityksen jaksolta %2–%3; tässä näkyvät vain tämän jakson viikot, ja "
    "suunta on laskettu niistä."
)
TREND_OLDER = (
    "%1 jakoi kehityksen jaksolta %2–%3. Se on pääosin tätä jaksoa vanhempi, joten sitä "
    "ei näytetä tässä."
)
TREND_NEWER = (
    "%1 jakoi kehityksen jaksolta %2–%3. Se on pääosin tämän jakson jälkeiseltä ajalta, "
    "joten sitä ei näytetä tässä."
)
TRENDS = {
    TrendWord.STEADY: "tasainen",
    TrendWord.RISING: "nouseva",
    TrendWord.FALLING: "laskeva",
}
CHART_STRESS_CAPTION = (
    "Stressi viikoittain (1 = en lainkaan … 5 = erittäin paljon), jaettu kehitys."
)

AGREEMENTS_FROM = (
    "Edellisellä työnohjauskerralla %1 sovitut sekä aiemmin sovitut, jotka ovat yhä avoinna "
    "tai kesken:"
)
NO_PREVIOUS_SESSION = "Aiempaa työnohjauskertaa ei ole kirjattu, joten sopimuksia ei ole."
NO_AGREEMENTS = (
    "Edellisellä työnohjauskerralla (%1) ei kirjattu sopimuksia, eikä aiempia ole avoinna."
)
AGREEMENT = "Sopimus"
MADE_ON = "Sovittu"
OWNER = "Vastuu"
STATUS = "Tilanne"
STATUSES = {
    AgreementStatus.OPEN: "avoin",
    AgreementStatus.IN_PROGRESS: "kesken",
    AgreementStatus.DONE: "tehty",
    AgreementStatus.DROPPED: "luovuttu",
}
