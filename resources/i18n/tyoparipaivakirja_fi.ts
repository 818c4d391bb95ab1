<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong in the app. What you had already saved is safe. If this happens again, restart the app.</source>
        <translation>Sovelluksessa tapahtui virhe. Jo tallentamasi tiedot ovat tallessa. Jos virhe toistuu, käynnistä sovellus uudelleen.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>Nykyinen tunnuslause</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Uusi tunnuslause</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Uusi tunnuslause uudelleen</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Vaihda tunnuslause</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Kirjoita nykyinen tunnuslause.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The command or its options were not understood.</source>
        <translation>Komentoa tai sen valitsimia ei tunnistettu.</translation>
    </message>
    <message>
        <source>Usage:
  tyoparipaivakirja [JOURNAL_DIR]       open the app (on that journal, if given)
  tyoparipaivakirja --demo              open the app on a fresh demo journal
  tyoparipaivakirja init JOURNAL_DIR --member &quot;NAME:kokemusasiantuntija&quot; --member &quot;NAME:ammattilainen&quot; [--name NAME]
                                        create a new journal
  tyoparipaivakirja demo JOURNAL_DIR    write a demo journal and print its passphrases
  tyoparipaivakirja verify JOURNAL_DIR  check the journal&apos;s integrity and encryption
  tyoparipaivakirja passwd JOURNAL_DIR  change the pair passphrase

Passphrases are asked without showing them. With --passphrase-stdin they are read
from standard input, one per line (passwd: the old one, then the new one).

Exit codes: 0 done, 2 usage error, 3 wrong passphrase, 4 journal open elsewhere,
5 damaged or not a journal, 6 made by a newer version, 7 refused input.</source>
        <translation>Käyttö:
  tyoparipaivakirja [KANSIO]             avaa sovellus (annetussa päiväkirjassa)
  tyoparipaivakirja --demo               avaa sovellus uudessa demopäiväkirjassa
  tyoparipaivakirja init KANSIO --member &quot;NIMI:kokemusasiantuntija&quot; --member &quot;NIMI:ammattilainen&quot; [--name NIMI]
                                         luo uusi päiväkirja
  tyoparipaivakirja demo KANSIO          kirjoita demopäiväkirja ja tulosta sen tunnuslauseet
  tyoparipaivakirja verify KANSIO        tarkista päiväkirjan eheys ja salaus
  tyoparipaivakirja passwd KANSIO        vaihda parin tunnuslause

Tunnuslauseet kysytään niitä näyttämättä. Valitsimella --passphrase-stdin ne luetaan
vakiosyötteestä, yksi riviä kohden (passwd: ensin vanha, sitten uusi).

Paluukoodit: 0 valmis, 2 virheellinen komento, 3 väärä tunnuslause, 4 päiväkirja auki muualla,
5 vaurioitunut tai ei päiväkirja, 6 uudemman version tekemä, 7 hylätty syöte.</translation>
    </message>
    <message>
        <source>Standard input ended before all passphrases were read.</source>
        <translation>Vakiosyöte loppui ennen kuin kaikki tunnuslauseet oli luettu.</translation>
    </message>
    <message>
        <source>There is no terminal to ask the passphrase from. Use --passphrase-stdin.</source>
        <translation>Tunnuslausetta ei voi kysyä, koska päätettä ei ole. Käytä valitsinta --passphrase-stdin.</translation>
    </message>
    <message>
        <source>Work pair journal</source>
        <translation>Työparin päiväkirja</translation>
    </message>
    <message>
        <source>New pair passphrase: </source>
        <translation>Parin uusi tunnuslause: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Sama tunnuslause uudelleen: </translation>
    </message>
    <message>
        <source>The journal was created. Keep the passphrase safe: it cannot be recovered.</source>
        <translation>Päiväkirja luotiin. Säilytä tunnuslause huolella: sitä ei voi palauttaa.</translation>
    </message>
    <message>
        <source>Pair passphrase: </source>
        <translation>Parin tunnuslause: </translation>
    </message>
    <message>
        <source>A demo journal with invented sample data was written.</source>
        <translation>Demopäiväkirja keksityllä esimerkkisisällöllä kirjoitettiin.</translation>
    </message>
    <message>
        <source>Pair passphrase: %1</source>
        <translation>Parin tunnuslause: %1</translation>
    </message>
    <message>
        <source>Personal area of %1: %2</source>
        <translation>Oma osio, %1: %2</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Tietorakenteen versio: %1</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Jäseniä: %1</translation>
    </message>
    <message>
        <source>Personal areas: %1</source>
        <translation>Omia osioita: %1</translation>
    </message>
    <message>
        <source>Encrypted files: %1</source>
        <translation>Salattuja tiedostoja: %1</translation>
    </message>
    <message>
        <source>Result: the journal is intact and every file is encrypted.</source>
        <translation>Tulos: päiväkirja on eheä ja jokainen tiedosto on salattu.</translation>
    </message>
    <message>
        <source>Result: problems were found. Restore the journal from a backup.</source>
        <translation>Tulos: ongelmia löytyi. Palauta päiväkirja varmuuskopiosta.</translation>
    </message>
    <message>
        <source>Current pair passphrase: </source>
        <translation>Parin nykyinen tunnuslause: </translation>
    </message>
    <message>
        <source>The pair passphrase was changed. Tell it to your partner in person.</source>
        <translation>Parin tunnuslause vaihdettiin. Kerro uusi tunnuslause työparillesi kasvokkain.</translation>
    </message>
    <message>
        <source>Give either --demo or a journal folder, not both.</source>
        <translation>Anna joko --demo tai päiväkirjan kansio, ei molempia.</translation>
    </message>
</context>
<context>
    <name>CreateJournalPage</name>
    <message>
        <source>Create a new journal</source>
        <translation>Luo uusi päiväkirja</translation>
    </message>
    <message>
        <source>The journal is a folder on this computer. Everything in it is encrypted with the pair passphrase you choose below.</source>
        <translation>Päiväkirja on kansio tällä tietokoneella. Kaikki sen sisältö salataan parin tunnuslauseella, jonka valitsette alla.</translation>
    </message>
    <message>
        <source>The journal</source>
        <translation>Päiväkirja</translation>
    </message>
    <message>
        <source>Our work pair journal</source>
        <translation>Työparimme päiväkirja</translation>
    </message>
    <message>
        <source>Name of the journal</source>
        <translation>Päiväkirjan nimi</translation>
    </message>
    <message>
        <source>Shown only after unlocking. No client names.</source>
        <translation>Näkyy vasta lukituksen avaamisen jälkeen. Ei asiakkaiden nimiä.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Valitse kansio</translation>
    </message>
    <message>
        <source>A new or empty folder.</source>
        <translation>Uusi tai tyhjä kansio.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Jäsenet</translation>
    </message>
    <message>
        <source>First names only. A pair has at least one expert by experience and one professional.</source>
        <translation>Vain etunimet. Työparissa on vähintään yksi kokemusasiantuntija ja yksi ammattilainen.</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Lisää jäsen</translation>
    </message>
    <message>
        <source>Pair passphrase</source>
        <translation>Parin tunnuslause</translation>
    </message>
    <message>
        <source>Both of you use this passphrase to open the journal. A lost passphrase cannot be recovered by anyone, and the journal cannot be opened without it. Agree where you keep it safe.</source>
        <translation>Avaatte päiväkirjan molemmat tällä tunnuslauseella. Kadonnutta tunnuslausetta ei voi palauttaa kukaan, eikä päiväkirjaa voi avata ilman sitä. Sopikaa, missä säilytätte sen turvassa.</translation>
    </message>
    <message>
        <source>Pair passphrase again</source>
        <translation>Parin tunnuslause uudelleen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Create the journal</source>
        <translation>Luo päiväkirja</translation>
    </message>
    <message>
        <source>Choose a folder for the journal</source>
        <translation>Valitse kansio päiväkirjalle</translation>
    </message>
    <message>
        <source>Choose a folder for the journal.</source>
        <translation>Valitse kansio päiväkirjalle.</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Open journal</source>
        <translation>Avoinna oleva päiväkirja</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Osiot</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock state</source>
        <translation>Lukituksen tila</translation>
    </message>
    <message>
        <source>&amp;New journal…</source>
        <translation>&amp;Uusi päiväkirja…</translation>
    </message>
    <message>
        <source>&amp;Open journal…</source>
        <translation>&amp;Avaa päiväkirja…</translation>
    </message>
    <message>
        <source>Change the pair &amp;passphrase…</source>
        <translation>Vaihda parin &amp;tunnuslause…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation>Lukitse päiväkirja</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;setukset…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Päiväkirja</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Työkalurivi</translation>
    </message>
    <message>
        <source>Journal unlocked</source>
        <translation>Päiväkirja auki</translation>
    </message>
    <message>
        <source>Journal locked</source>
        <translation>Päiväkirja lukittu</translation>
    </message>
    <message>
        <source>Choose the journal folder</source>
        <translation>Valitse päiväkirjan kansio</translation>
    </message>
    <message>
        <source>Not a journal</source>
        <translation>Ei päiväkirja</translation>
    </message>
    <message>
        <source>This folder does not contain a Työparipäiväkirja journal. Choose the folder the journal was created in.</source>
        <translation>Tässä kansiossa ei ole Työparipäiväkirjan päiväkirjaa. Valitse kansio, johon päiväkirja luotiin.</translation>
    </message>
    <message>
        <source>Change the pair passphrase</source>
        <translation>Vaihda parin tunnuslause</translation>
    </message>
    <message>
        <source>The journal is re-encrypted with the new passphrase. Tell it to your partner in person. Own areas keep their own passphrases.</source>
        <translation>Päiväkirja salataan uudelleen uudella tunnuslauseella. Kerro se työparillesi kasvokkain. Omat osiot säilyttävät omat tunnuslauseensa.</translation>
    </message>
    <message>
        <source>The pair passphrase was changed.</source>
        <translation>Parin tunnuslause vaihdettiin.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the app.</source>
        <translation>Uusi kieli otetaan käyttöön, kun sovellus käynnistetään seuraavan kerran.</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Member %1, first name</source>
        <translation>Jäsen %1, etunimi</translation>
    </message>
    <message>
        <source>Expert by experience (kokemusasiantuntija)</source>
        <translation>Kokemusasiantuntija</translation>
    </message>
    <message>
        <source>Professional (ammattilainen)</source>
        <translation>Ammattilainen</translation>
    </message>
    <message>
        <source>Member %1, role</source>
        <translation>Jäsen %1, rooli</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The passphrase is not correct. Check it and try again.</source>
        <translation>Tunnuslause ei ole oikea. Tarkista se ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The journal is open in another window or program. Close it there first, then try again.</source>
        <translation>Päiväkirja on auki toisessa ikkunassa tai ohjelmassa. Sulje se siellä ensin ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The journal file is damaged and cannot be opened safely. Nothing was changed. Restore it from a backup or ask your IT support.</source>
        <translation>Päiväkirjan tiedosto on vaurioitunut, eikä sitä voi avata turvallisesti. Mitään ei muutettu. Palauta päiväkirja varmuuskopiosta tai pyydä apua IT-tuesta.</translation>
    </message>
    <message>
        <source>This folder does not contain a Työparipäiväkirja journal. Choose the folder the journal was created in.</source>
        <translation>Tässä kansiossa ei ole Työparipäiväkirjan päiväkirjaa. Valitse kansio, johon päiväkirja luotiin.</translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of Työparipäiväkirja. Update the app to open it; the journal was not changed.</source>
        <translation>Päiväkirja on tallennettu Työparipäiväkirjan uudemmalla versiolla. Päivitä sovellus avataksesi sen; päiväkirjaa ei muutettu.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Earlier entries are safe. Free some space and try again.</source>
        <translation>Levy on täynnä, joten muutosta ei tallennettu. Aiemmat merkinnät ovat tallessa. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The journal was locked. Unlock it and try again.</source>
        <translation>Päiväkirja lukittiin. Avaa lukitus ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Check the highlighted information.</source>
        <translation>Tarkista merkityt tiedot.</translation>
    </message>
    <message>
        <source>The journal could not be read or saved. Nothing was lost. Try again; if it keeps happening, restart the app.</source>
        <translation>Päiväkirjaa ei voitu lukea tai tallentaa. Mitään ei menetetty. Yritä uudelleen; jos ongelma toistuu, käynnistä sovellus uudelleen.</translation>
    </message>
    <message>
        <source>There is already a journal in this folder. Open it, or choose another folder.</source>
        <translation>Tässä kansiossa on jo päiväkirja. Avaa se tai valitse toinen kansio.</translation>
    </message>
    <message>
        <source>A file with this name is in the way. Choose a folder instead.</source>
        <translation>Tällä nimellä on jo tiedosto. Valitse kansio.</translation>
    </message>
    <message>
        <source>The folder is not empty. Choose an empty folder or a new folder name so that nothing else ends up beside the journal.</source>
        <translation>Kansio ei ole tyhjä. Valitse tyhjä kansio tai uusi kansion nimi, jotta päiväkirjan viereen ei päädy muuta.</translation>
    </message>
    <message numerus="yes">
        <source>The name can be at most %n characters.</source>
        <translation>
            <numerusform>Nimessä voi olla enintään %n merkki.</numerusform>
            <numerusform>Nimessä voi olla enintään %n merkkiä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the name on one line.</source>
        <translation>Kirjoita nimi yhdelle riville.</translation>
    </message>
    <message>
        <source>Give the journal a name.</source>
        <translation>Anna päiväkirjalle nimi.</translation>
    </message>
    <message>
        <source>Write a first name and choose a role for every member.</source>
        <translation>Kirjoita jokaiselle jäsenelle etunimi ja valitse rooli.</translation>
    </message>
    <message numerus="yes">
        <source>A name can be at most %n characters.</source>
        <translation>
            <numerusform>Nimessä voi olla enintään %n merkki.</numerusform>
            <numerusform>Nimessä voi olla enintään %n merkkiä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two members have the same name. Add a letter to tell them apart.</source>
        <translation>Kahdella jäsenellä on sama nimi. Lisää kirjain erottamaan heidät.</translation>
    </message>
    <message>
        <source>A work pair needs at least one expert by experience and one professional.</source>
        <translation>Työparissa tarvitaan vähintään yksi kokemusasiantuntija ja yksi ammattilainen.</translation>
    </message>
    <message>
        <source>Add both members of the work pair.</source>
        <translation>Lisää työparin molemmat jäsenet.</translation>
    </message>
    <message numerus="yes">
        <source>A journal can have at most %n members.</source>
        <translation>
            <numerusform>Päiväkirjassa voi olla enintään %n jäsen.</numerusform>
            <numerusform>Päiväkirjassa voi olla enintään %n jäsentä.</numerusform>
        </translation>
    </message>
    <message>
        <source>This member already has a personal area.</source>
        <translation>Tällä jäsenellä on jo oma osio.</translation>
    </message>
    <message>
        <source>This member is not in the journal.</source>
        <translation>Tämä jäsen ei kuulu päiväkirjaan.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Kirjoita tunnuslause.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters. Several words in a row are easy to remember.</source>
        <translation>
            <numerusform>Tunnuslauseessa pitää olla vähintään %n merkki. Monta sanaa peräkkäin on helppo muistaa.</numerusform>
            <numerusform>Tunnuslauseessa pitää olla vähintään %n merkkiä. Monta sanaa peräkkäin on helppo muistaa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase can be at most %n characters.</source>
        <translation>
            <numerusform>Tunnuslauseessa voi olla enintään %n merkki.</numerusform>
            <numerusform>Tunnuslauseessa voi olla enintään %n merkkiä.</numerusform>
        </translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Add words, or avoid repeats, sequences and common words.</source>
        <translation>Tunnuslause on liian helppo arvata. Lisää sanoja tai vältä toistoja, peräkkäisiä merkkejä ja yleisiä sanoja.</translation>
    </message>
    <message>
        <source>The passphrases do not match. Type the same passphrase twice.</source>
        <translation>Tunnuslauseet eivät täsmää. Kirjoita sama tunnuslause kahdesti.</translation>
    </message>
    <message>
        <source>Your own passphrase must differ from the pair&apos;s passphrase, or your partner could open your personal area.</source>
        <translation>Oman tunnuslauseesi pitää erota parin tunnuslauseesta, muuten työparisi voisi avata oman osiosi.</translation>
    </message>
    <message>
        <source>The pair passphrase must differ from every member&apos;s own passphrase. Choose another one.</source>
        <translation>Parin tunnuslauseen pitää erota jokaisen jäsenen omasta tunnuslauseesta. Valitse toinen.</translation>
    </message>
    <message>
        <source>Use letters, numbers, spaces and punctuation only.</source>
        <translation>Käytä vain kirjaimia, numeroita, välilyöntejä ja välimerkkejä.</translation>
    </message>
    <message>
        <source>expert by experience</source>
        <translation>kokemusasiantuntija</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>ammattilainen</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>This journal is encrypted on this computer. Lock it whenever you step away; it also locks by itself when nobody uses it.</source>
        <translation>Päiväkirja on salattu tällä tietokoneella. Lukitse se aina, kun lähdet koneen äärestä; se lukittuu myös itsestään, kun kukaan ei käytä sitä.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Jäsenet</translation>
    </message>
    <message>
        <source>Go to your own area</source>
        <translation>Siirry omaan osioon</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Päiväkirja</translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation>Päiväkirjan kansio</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Kansio:</translation>
    </message>
    <message>
        <source>Change the pair passphrase…</source>
        <translation>Vaihda parin tunnuslause…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Etusivu</translation>
    </message>
    <message>
        <source>has a personal area</source>
        <translation>oma osio luotu</translation>
    </message>
    <message>
        <source>no personal area yet</source>
        <translation>ei vielä omaa osiota</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Näytä tunnuslause</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>Näytä tai piilota tunnuslause</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Tunnuslauseen vahvuus</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Piilota</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Piilota tunnuslause</translation>
    </message>
    <message>
        <source>At least 12 characters. Several words in a row are easy to remember, for example: kesä-aamu-kahvi-termos.</source>
        <translation>Vähintään 12 merkkiä. Monta sanaa peräkkäin on helppo muistaa, esimerkiksi: kesä-aamu-kahvi-termos.</translation>
    </message>
    <message>
        <source>Too easy to guess: add a word or two.</source>
        <translation>Liian helppo arvata: lisää sana tai kaksi.</translation>
    </message>
    <message>
        <source>Good enough. One more word would make it strong.</source>
        <translation>Riittävä. Yksi sana lisää tekisi siitä vahvan.</translation>
    </message>
    <message>
        <source>Strong passphrase.</source>
        <translation>Vahva tunnuslause.</translation>
    </message>
</context>
<context>
    <name>PersonalAreaPage</name>
    <message>
        <source>Your own area</source>
        <translation>Oma osio</translation>
    </message>
    <message>
        <source>Own area</source>
        <translation>Oma osio</translation>
    </message>
    <message>
        <source>Your own area is yours alone. It is locked with your own passphrase, and your partner cannot open it with the pair passphrase. It is the place for your own check-ins on how you are coping and for private notes.</source>
        <translation>Oma osio on vain sinun. Se on lukittu omalla tunnuslauseellasi, eikä työparisi voi avata sitä parin tunnuslauseella. Se on paikka omille jaksamisen kirjauksillesi ja yksityisille muistiinpanoille.</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Kuka olet?</translation>
    </message>
    <message>
        <source>You do not have an own area yet. Choose a passphrase that only you know and that differs from the pair passphrase. If you forget it, the content of your own area is lost; the pair journal stays as it is.</source>
        <translation>Sinulla ei ole vielä omaa osiota. Valitse tunnuslause, jonka vain sinä tiedät ja joka eroaa parin tunnuslauseesta. Jos unohdat sen, oman osiosi sisältö menetetään; parin päiväkirja säilyy ennallaan.</translation>
    </message>
    <message>
        <source>Your own passphrase</source>
        <translation>Oma tunnuslauseesi</translation>
    </message>
    <message>
        <source>Your own passphrase again</source>
        <translation>Oma tunnuslauseesi uudelleen</translation>
    </message>
    <message numerus="yes">
        <source>Your own area is open on this page only. It closes when you move to another page, after %n minutes without use, or when the journal locks.</source>
        <translation>
            <numerusform>Oma osiosi on auki vain tällä sivulla. Se sulkeutuu, kun siirryt toiselle sivulle, kun sovellusta ei ole käytetty %n minuuttiin tai kun päiväkirja lukittuu.</numerusform>
            <numerusform>Oma osiosi on auki vain tällä sivulla. Se sulkeutuu, kun siirryt toiselle sivulle, kun sovellusta ei ole käytetty %n minuuttiin tai kun päiväkirja lukittuu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change your own passphrase…</source>
        <translation>Vaihda oma tunnuslauseesi…</translation>
    </message>
    <message>
        <source>Close your own area</source>
        <translation>Sulje oma osio</translation>
    </message>
    <message>
        <source>Open your own area</source>
        <translation>Avaa oma osio</translation>
    </message>
    <message>
        <source>Create your own area</source>
        <translation>Luo oma osio</translation>
    </message>
    <message>
        <source>Own area of %1 is open</source>
        <translation>Oma osio on auki: %1</translation>
    </message>
    <message>
        <source>This passphrase does not open this own area. Check that you chose your own name above and typed your own passphrase.</source>
        <translation>Tämä tunnuslause ei avaa tätä omaa osiota. Tarkista, että valitsit yllä oman nimesi ja kirjoitit oman tunnuslauseesi.</translation>
    </message>
    <message>
        <source>Change your own passphrase</source>
        <translation>Vaihda oma tunnuslauseesi</translation>
    </message>
    <message>
        <source>Your own area is re-encrypted with the new passphrase. The pair passphrase does not change.</source>
        <translation>Oma osiosi salataan uudelleen uudella tunnuslauseella. Parin tunnuslause ei muutu.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Järjestelmän mukaan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>A new language is used from the next start of the app.</source>
        <translation>Uusi kieli otetaan käyttöön, kun sovellus käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation>Automaattinen lukitus</translation>
    </message>
    <message>
        <source>The journal locks when nobody has used the app for this many minutes.</source>
        <translation>Päiväkirja lukittuu, kun sovellusta ei ole käytetty näin moneen minuuttiin.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>The journal is locked</source>
        <translation>Päiväkirja on lukittu</translation>
    </message>
    <message>
        <source>Pair passphrase</source>
        <translation>Parin tunnuslause</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
    <message>
        <source>Unlock the journal</source>
        <translation>Avaa päiväkirjan lukitus</translation>
    </message>
    <message>
        <source>Unlock the journal (Enter)</source>
        <translation>Avaa päiväkirjan lukitus (Enter)</translation>
    </message>
    <message>
        <source>Open another journal or create a new one</source>
        <translation>Avaa toinen päiväkirja tai luo uusi</translation>
    </message>
    <message>
        <source>Journal folder: %1</source>
        <translation>Päiväkirjan kansio: %1</translation>
    </message>
    <message>
        <source>This is a demo journal with invented content.</source>
        <translation>Tämä on demopäiväkirja, jonka sisältö on keksittyä.</translation>
    </message>
    <message>
        <source>Pair passphrase: %1</source>
        <translation>Parin tunnuslause: %1</translation>
    </message>
    <message>
        <source>Personal area of %1: %2</source>
        <translation>Oma osio, %1: %2</translation>
    </message>
    <message>
        <source>Type the pair passphrase.</source>
        <translation>Kirjoita parin tunnuslause.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is not correct. You can try again in %n seconds.</source>
        <translation>
            <numerusform>Tunnuslause ei ole oikea. Voit yrittää uudelleen %n sekunnin kuluttua.</numerusform>
            <numerusform>Tunnuslause ei ole oikea. Voit yrittää uudelleen %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Voit yrittää nyt uudelleen.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Työparipäiväkirja</source>
        <translation>Tervetuloa Työparipäiväkirjaan</translation>
    </message>
    <message>
        <source>A shared journal for a work pair: debriefs after client visits, your own check-ins on how you are coping, the agreed role split, and summaries for work supervision. Everything stays on this computer, encrypted with a passphrase only you know.</source>
        <translation>Työparin yhteinen päiväkirja: käyntien purut, omat jaksamisen kirjaukset, sovittu roolijako ja yhteenvedot työnohjaukseen. Kaikki pysyy tällä tietokoneella salattuna tunnuslauseella, jonka vain te tiedätte.</translation>
    </message>
    <message>
        <source>Create a new journal</source>
        <translation>Luo uusi päiväkirja</translation>
    </message>
    <message>
        <source>Open an existing journal…</source>
        <translation>Avaa olemassa oleva päiväkirja…</translation>
    </message>
    <message>
        <source>Open an existing journal</source>
        <translation>Avaa olemassa oleva päiväkirja</translation>
    </message>
</context>
</TS>
