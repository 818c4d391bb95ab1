<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Työparipäiväkirja</source>
        <translation>Tietoja Työparipäiväkirjasta</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versio %1</translation>
    </message>
    <message>
        <source>An encrypted journal for a work pair of an expert by experience and a professional. Everything stays on this computer.</source>
        <translation>Salattu päiväkirja kokemusasiantuntijan ja ammattilaisen työparille. Kaikki pysyy tällä tietokoneella.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisenssi</translation>
    </message>
    <message>
        <source>Työparipäiväkirja is free software under the %1 licence. It is built with Qt and PySide6 (LGPL 3), SQLCipher (BSD), reportlab (BSD) and Python (PSF).</source>
        <translation>Työparipäiväkirja on vapaa ohjelma %1-lisenssillä. Se on tehty Qt:n ja PySide6:n (LGPL 3), SQLCipherin (BSD), reportlabin (BSD) ja Pythonin (PSF) avulla.</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Fontti</translation>
    </message>
    <message>
        <source>The PDFs embed %1, under the %2:</source>
        <translation>PDF-tiedostoihin upotetaan fontti %1, lisenssinä %2:</translation>
    </message>
    <message>
        <source>Licence of the font</source>
        <translation>Fontin lisenssi</translation>
    </message>
    <message>
        <source>Well-being questions</source>
        <translation>Jaksamisen kysymykset</translation>
    </message>
    <message>
        <source>The question files could not be read.</source>
        <translation>Kysymystiedostoja ei voitu lukea.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups and export</source>
        <translation>Varmuuskopiot ja vienti</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole journal, own areas included. One is made when the journal locks, at most once a day; the last 7 daily and 4 weekly copies are kept. Backups made by hand are never removed.</source>
        <translation>Varmuuskopio on salattu kopio koko päiväkirjasta omine osioineen. Se tehdään, kun päiväkirja lukittuu, enintään kerran päivässä. Viimeiset 7 päivittäistä ja 4 viikoittaista kopiota säilytetään. Itse tehtyjä varmuuskopioita ei poisteta koskaan.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Varmuuskopioi nyt</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Varmuuskopioinnin tila</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Valitse kansio…</translation>
    </message>
    <message>
        <source>Stop using it</source>
        <translation>Lopeta käyttö</translation>
    </message>
    <message>
        <source>Second copy</source>
        <translation>Toinen kopio</translation>
    </message>
    <message>
        <source>For example a USB stick or a network folder: every backup is copied there too, still encrypted.</source>
        <translation>Esimerkiksi USB-muisti tai verkkokansio: jokainen varmuuskopio kopioidaan myös sinne, yhä salattuna.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sisältö</translation>
    </message>
    <message>
        <source>Backups of this journal</source>
        <translation>Tämän päiväkirjan varmuuskopiot</translation>
    </message>
    <message>
        <source>Pair passphrase to show the contents</source>
        <translation>Parin tunnuslause sisällön näyttämiseen</translation>
    </message>
    <message>
        <source>Read contents</source>
        <translation>Lue sisältö</translation>
    </message>
    <message>
        <source>Pair passphrase</source>
        <translation>Parin tunnuslause</translation>
    </message>
    <message>
        <source>What each backup holds is shown once it is opened.</source>
        <translation>Varmuuskopion sisältö näytetään, kun se avataan.</translation>
    </message>
    <message>
        <source>Restore the chosen backup…</source>
        <translation>Palauta valittu varmuuskopio…</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>Vienti tiedostoon</translation>
    </message>
    <message>
        <source>An export holds everything in the pair journal as plain text (JSON), to take your data to another program. Anyone who gets the file can read it: keep it safe and delete it when it is no longer needed.</source>
        <translation>Vientitiedostossa on kaikki parin päiväkirjan tiedot salaamattomana tekstinä (JSON), jotta voit siirtää tietosi toiseen ohjelmaan. Kuka tahansa tiedoston saava voi lukea sen: säilytä se turvassa ja poista se, kun sitä ei enää tarvita.</translation>
    </message>
    <message>
        <source>Own passphrase of %1</source>
        <translation>Oma tunnuslause, %1</translation>
    </message>
    <message>
        <source>Own area of %1 (optional)</source>
        <translation>Oma osio, %1 (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Only with the owner&apos;s own passphrase.</source>
        <translation>Vain omistajan omalla tunnuslauseella.</translation>
    </message>
    <message>
        <source>Export to a file…</source>
        <translation>Vie tiedostoon…</translation>
    </message>
    <message>
        <source>Not in use.</source>
        <translation>Ei käytössä.</translation>
    </message>
    <message>
        <source>%1, of another journal</source>
        <translation>%1, toisen päiväkirjan</translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation>Päiväkirjan kansio</translation>
    </message>
    <message>
        <source>Type the pair passphrase to see</source>
        <translation>Näet sen parin tunnuslauseella</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Ei vielä varmuuskopioita.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Päivittäinen</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Itse tehty</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Ennen päivitystä</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Ennen palautusta</translation>
    </message>
    <message numerus="yes">
        <source>%n own areas</source>
        <translation>
            <numerusform>%n oma osio</numerusform>
            <numerusform>%n omaa osiota</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the pair passphrase.</source>
        <translation>Kirjoita parin tunnuslause.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Avataan…</translation>
    </message>
    <message>
        <source>Opening the backups…</source>
        <translation>Avataan varmuuskopioita…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation>Keskeytetty. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Made under another passphrase</source>
        <translation>Tehty toisella tunnuslauseella</translation>
    </message>
    <message>
        <source>Damaged: cannot be read</source>
        <translation>Vaurioitunut: ei voi lukea</translation>
    </message>
    <message>
        <source>The passphrase opens none of the backups. Check it and try again.</source>
        <translation>Tunnuslause ei avaa yhtään varmuuskopiota. Tarkista se ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Varmuuskopioidaan…</translation>
    </message>
    <message>
        <source>Backed up at %1.</source>
        <translation>Varmuuskopioitu %1.</translation>
    </message>
    <message>
        <source>The second copy could not be made: check that the folder (USB stick) is connected.</source>
        <translation>Toista kopiota ei voitu tehdä: tarkista, että kansio (USB-muisti) on kytkettynä.</translation>
    </message>
    <message>
        <source>Choose a folder for the second copy</source>
        <translation>Valitse kansio toiselle kopiolle</translation>
    </message>
    <message>
        <source>Choose a folder outside the journal folder, on another disk if you can.</source>
        <translation>Valitse kansio päiväkirjan kansion ulkopuolelta, mieluiten toiselta levyltä.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Viedään tiedostoon…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <source>The journal locks and is replaced by the backup made %1. The journal as it is now is first kept as a backup of its own, so nothing is lost. Unlock the journal afterwards with the passphrase it had when the backup was made.</source>
        <translation>Päiväkirja lukittuu, ja sen tilalle tulee %1 tehty varmuuskopio. Päiväkirjan nykyinen tila tallennetaan ensin omaksi varmuuskopiokseen, joten mitään ei katoa. Avaa päiväkirja sen jälkeen tunnuslauseella, joka sillä oli varmuuskopiota tehtäessä.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Restore another journal&apos;s backup?</source>
        <translation>Palautetaanko toisen päiväkirjan varmuuskopio?</translation>
    </message>
    <message>
        <source>This backup, made %1, belongs to a different journal, not to the one open now. Restoring it replaces this journal with that other journal: its entries, its members and its passphrase. The journal as it is now is first kept as a backup in this folder (“Before a restore”), so it can be put back. Afterwards, unlock with the pair passphrase of that other journal.</source>
        <translation>Tämä %1 tehty varmuuskopio on eri päiväkirjasta kuin nyt auki oleva. Jos palautat sen, tämän päiväkirjan tilalle tulee se toinen päiväkirja: sen kirjaukset, jäsenet ja tunnuslause. Päiväkirja sellaisena kuin se nyt on tallennetaan ensin varmuuskopioksi tähän kansioon (”Ennen palautusta”), joten sen voi palauttaa takaisin. Avaa lukitus sen jälkeen sen toisen päiväkirjan parin tunnuslauseella.</translation>
    </message>
    <message>
        <source>Replace with the other journal</source>
        <translation>Korvaa toisella päiväkirjalla</translation>
    </message>
    <message>
        <source>Export as plain text</source>
        <translation>Vienti salaamattomana</translation>
    </message>
    <message>
        <source>The export file is not encrypted: anyone who gets it can read every debrief and, if you include them, own areas. Save it only where others cannot reach it, and delete it when it is no longer needed.</source>
        <translation>Vientitiedostoa ei ole salattu: kuka tahansa sen saava voi lukea jokaisen purun ja, jos otat ne mukaan, omat osiot. Tallenna se vain paikkaan, johon muut eivät pääse, ja poista se, kun sitä ei enää tarvita.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Tallenna vienti</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-tiedostot (*.json)</translation>
    </message>
    <message>
        <source>An own passphrase is not correct. Check it, or leave it empty.</source>
        <translation>Oma tunnuslause ei ole oikea. Tarkista se tai jätä kenttä tyhjäksi.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Viety tiedostoon %1.</translation>
    </message>
    <message>
        <source>Export ready</source>
        <translation>Vienti valmis</translation>
    </message>
    <message>
        <source>The export was saved to %1. Remember it is not encrypted.</source>
        <translation>Vienti tallennettiin tiedostoon %1. Muista, että sitä ei ole salattu.</translation>
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
    <message>
        <source>Changing the passphrase…</source>
        <translation>Tunnuslausetta vaihdetaan…</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>Correct a check-in</source>
        <translation>Korjaa kirjaus</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Viikon kirjaus</translation>
    </message>
    <message>
        <source>About a minute, for following how you are doing. Only you see your answers unless you choose to share something.</source>
        <translation>Noin minuutti oman jaksamisesi seurantaan. Vastauksesi näkyvät vain sinulle, ellet itse päätä jakaa jotain.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>I&apos;d like to talk about this</source>
        <translation>Haluan puhua tästä</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Oma muistiinpano</translation>
    </message>
    <message>
        <source>Only you see this. A note is never shared, not even in a shared summary.</source>
        <translation>Vain sinä näet tämän. Muistiinpanoa ei koskaan jaeta, ei myöskään jaetussa yhteenvedossa.</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Tallenna korjaus</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Tallenna kirjaus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Sources of the questions</source>
        <translation>Kysymysten lähteet</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Vastaukset</translation>
    </message>
    <message>
        <source>Your unsaved answers from %1 are back.</source>
        <translation>Klo %1 tallentamatta jääneet vastauksesi ovat taas tässä.</translation>
    </message>
    <message>
        <source>Asked once a month.</source>
        <translation>Kysytään kerran kuukaudessa.</translation>
    </message>
    <message>
        <source>Asked every two weeks.</source>
        <translation>Kysytään joka toinen viikko.</translation>
    </message>
    <message>
        <source>These questions are not a validated instrument. They were written for this journal to help you follow your own strain.</source>
        <translation>Nämä kysymykset eivät ole validoitu mittari. Ne on laadittu tähän päiväkirjaan oman kuormituksesi seuraamisen tueksi.</translation>
    </message>
    <message>
        <source>This answer is never shared.</source>
        <translation>Tätä vastausta ei koskaan jaeta.</translation>
    </message>
    <message>
        <source>This is a descriptive Finnish translation: the measure was validated in English and has no official Finnish version. Point at an option to see the original wording.</source>
        <translation>Tämä on kuvaileva suomennos: mittari on validoitu englanniksi, eikä sille ole virallista suomenkielistä versiota. Alkuperäinen sanamuoto näkyy, kun pidät osoitinta vaihtoehdon päällä.</translation>
    </message>
    <message>
        <source>The English original is shown when you point at an option.</source>
        <translation>Alkuperäinen englanninkielinen teksti näkyy, kun pidät osoitinta vaihtoehdon päällä.</translation>
    </message>
    <message>
        <source>This English text describes the Finnish original, which is the wording that was validated. Point at an option to see the Finnish words.</source>
        <translation>Englanninkielinen teksti kuvailee suomenkielistä alkuperäistä, joka on validoitu sanamuoto. Suomenkieliset sanat näkyvät, kun pidät osoitinta vaihtoehdon päällä.</translation>
    </message>
    <message>
        <source>This English text describes the Finnish original.</source>
        <translation>Englanninkielinen teksti kuvailee suomenkielistä alkuperäistä.</translation>
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
  tyoparipaivakirja --self-test         check headless that the installed app works
  tyoparipaivakirja init JOURNAL_DIR --member &quot;NAME:kokemusasiantuntija&quot; --member &quot;NAME:ammattilainen&quot; [--name NAME]
                                        create a new journal
  tyoparipaivakirja demo JOURNAL_DIR    write a demo journal and print its passphrases
  tyoparipaivakirja verify JOURNAL_DIR  check the journal&apos;s integrity and encryption
  tyoparipaivakirja passwd JOURNAL_DIR  change the pair passphrase
  tyoparipaivakirja backup JOURNAL_DIR --out DIR
                                        write an encrypted backup into the journal&apos;s
                                        own subfolder of DIR (no passphrase needed;
                                        close the app first)
  tyoparipaivakirja restore JOURNAL_DIR BACKUP [--foreign-backup]
                                        put a backup back; the current state is kept
                                        as a backup first (--foreign-backup: the backup
                                        is of another journal, and that is meant)
  tyoparipaivakirja export JOURNAL_DIR --out FILE.json
                                        write everything as plain-text JSON
  tyoparipaivakirja import JOURNAL_DIR FILE.json
                                        make a new journal from an export
  tyoparipaivakirja summary JOURNAL_DIR --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--pdf-password-prompt]
                                        write the work supervision summary

Passphrases are asked without showing them. With --passphrase-stdin they are read
from standard input, one per line (passwd: the old one, then the new one; verify:
the pair&apos;s, then optionally one line per personal area to read it through; export:
the pair&apos;s, then one line per personal area in member order, empty to leave it out;
import: the new pair passphrase, then a new own passphrase per personal area;
summary: the pair passphrase, then the PDF password if asked for).

Exit codes: 0 done, 2 usage error, 3 wrong passphrase, 4 journal open elsewhere,
5 damaged or not a journal, 6 made by a newer version, 7 refused input,
8 the summary holds a personal identity code (nothing was written),
9 the disk is full (nothing was changed; free up space and run it again).</source>
        <translation>Käyttö:
  tyoparipaivakirja [KANSIO]             avaa sovellus (annetussa päiväkirjassa)
  tyoparipaivakirja --demo               avaa sovellus uudessa demopäiväkirjassa
  tyoparipaivakirja --self-test          tarkista ilman ikkunaa, että asennettu sovellus toimii
  tyoparipaivakirja init KANSIO --member &quot;NIMI:kokemusasiantuntija&quot; --member &quot;NIMI:ammattilainen&quot; [--name NIMI]
                                         luo uusi päiväkirja
  tyoparipaivakirja demo KANSIO          kirjoita demopäiväkirja ja tulosta sen tunnuslauseet
  tyoparipaivakirja verify KANSIO        tarkista päiväkirjan eheys ja salaus
  tyoparipaivakirja passwd KANSIO        vaihda parin tunnuslause
  tyoparipaivakirja backup KANSIO --out KOHDE
                                         kirjoita salattu varmuuskopio päiväkirjan omaan
                                         alikansioon kansiossa KOHDE (tunnuslausetta ei
                                         tarvita; sulje sovellus ensin)
  tyoparipaivakirja restore KANSIO VARMUUSKOPIO [--foreign-backup]
                                         palauta varmuuskopio; nykyinen tila tallennetaan
                                         ensin omaksi varmuuskopiokseen (--foreign-backup:
                                         varmuuskopio on toisesta päiväkirjasta, ja se on
                                         tarkoitus)
  tyoparipaivakirja export KANSIO --out TIEDOSTO.json
                                         vie kaikki salaamattomana JSON-tekstinä
  tyoparipaivakirja import KANSIO TIEDOSTO.json
                                         tee viennistä uusi päiväkirja
  tyoparipaivakirja summary KANSIO --from VVVV-KK-PP --to VVVV-KK-PP --out TIEDOSTO.pdf [--pdf-password-prompt]
                                         kirjoita työnohjausyhteenveto

Tunnuslauseet kysytään niitä näyttämättä. Valitsimella --passphrase-stdin ne luetaan
vakiosyötteestä, yksi riviä kohden (passwd: ensin vanha, sitten uusi; verify: ensin
parin, sitten halutessa yksi rivi kutakin omaa osiota kohden sen tarkistamiseksi; export:
ensin parin, sitten yksi rivi kutakin omaa osiota kohden jäsenten järjestyksessä, tyhjä
jättää osion pois; import: parin uusi tunnuslause, sitten uusi oma tunnuslause kullekin
omalle osiolle; summary: parin tunnuslause, sitten PDF:n salasana, jos sitä pyydettiin).

Paluukoodit: 0 valmis, 2 virheellinen komento, 3 väärä tunnuslause, 4 päiväkirja auki muualla,
5 vaurioitunut tai ei päiväkirja, 6 uudemman version tekemä, 7 hylätty syöte,
8 yhteenvedossa olisi henkilötunnus (mitään ei kirjoitettu),
9 levy on täynnä (mitään ei muutettu; vapauta tilaa ja aja komento uudelleen).</translation>
    </message>
    <message>
        <source>Standard input is too long for passphrases.</source>
        <translation>Vakiosyöte on liian pitkä tunnuslauseiksi.</translation>
    </message>
    <message>
        <source>Standard input is not UTF-8 text. Give the passphrases as UTF-8.</source>
        <translation>Vakiosyöte ei ole UTF-8-tekstiä. Anna tunnuslauseet UTF-8-muodossa.</translation>
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
        <source>Own passphrase of %1 (Enter to leave the area unchecked): </source>
        <translation>Jäsenen %1 oma tunnuslause (Enter jättää osion tarkistamatta): </translation>
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
        <source>Own areas not read through: %1 (only their owners&apos; passphrases open them).</source>
        <translation>Omia osioita tarkistamatta: %1 (vain omistajan tunnuslause avaa ne).</translation>
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
        <source>The encrypted backup was written:</source>
        <translation>Salattu varmuuskopio kirjoitettiin:</translation>
    </message>
    <message>
        <source>The backup of %1 was restored.</source>
        <translation>Varmuuskopio ajalta %1 palautettiin.</translation>
    </message>
    <message>
        <source>The journal as it was before is kept as a backup:</source>
        <translation>Päiväkirjan aiempi tila on tallessa varmuuskopiona:</translation>
    </message>
    <message>
        <source>Own passphrase of %1 (Enter to leave the area out): </source>
        <translation>Oma tunnuslause, %1 (Enter jättää osion pois): </translation>
    </message>
    <message>
        <source>The export was written. It is plain text that anyone with the file can read: keep it safe and delete it when it is no longer needed.</source>
        <translation>Vienti kirjoitettiin. Se on salaamatonta tekstiä, jonka kuka tahansa tiedoston saava voi lukea: säilytä se turvassa ja poista se, kun sitä ei enää tarvita.</translation>
    </message>
    <message>
        <source>New own passphrase of %1: </source>
        <translation>Uusi oma tunnuslause, %1: </translation>
    </message>
    <message>
        <source>Check: %1. Remove it in the journal if it is not needed.</source>
        <translation>Tarkista: %1. Poista se päiväkirjasta, jos sitä ei tarvita.</translation>
    </message>
    <message>
        <source>A new journal with %1 debriefs was made from the export.</source>
        <translation>Viennistä tehtiin uusi päiväkirja, jossa on %1 purkua.</translation>
    </message>
    <message>
        <source>Blocked: %1 in %2</source>
        <translation>Estetty: %1 kohdassa %2</translation>
    </message>
    <message>
        <source>Check: %1 in %2</source>
        <translation>Tarkista: %1 kohdassa %2</translation>
    </message>
    <message>
        <source>Remove it there, then try again.</source>
        <translation>Poista se sieltä ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The summary was not written.</source>
        <translation>Yhteenvetoa ei kirjoitettu.</translation>
    </message>
    <message>
        <source>PDF password: </source>
        <translation>PDF:n salasana: </translation>
    </message>
    <message>
        <source>The same PDF password again: </source>
        <translation>Sama PDF:n salasana uudelleen: </translation>
    </message>
    <message>
        <source>The two PDF passwords differ.</source>
        <translation>PDF:n salasanat eivät täsmää.</translation>
    </message>
    <message>
        <source>The PDF password is empty.</source>
        <translation>PDF:n salasana on tyhjä.</translation>
    </message>
    <message>
        <source>The summary was written to %1.</source>
        <translation>Yhteenveto kirjoitettiin tiedostoon %1.</translation>
    </message>
    <message>
        <source>Give either --demo or a journal folder, not both.</source>
        <translation>Anna joko --demo tai päiväkirjan kansio, ei molempia.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>%1 has no own area yet. An acceptance is confirmed with an own passphrase that only %1 knows: choose it now. It makes the own area of %1 too, and it must differ from the pair passphrase.</source>
        <translation>Käyttäjällä %1 ei ole vielä omaa osiota. Hyväksyntä vahvistetaan omalla tunnuslauseella, jonka vain %1 tietää: valitse se nyt. Samalla syntyy oma osio, ja tunnuslauseen on oltava eri kuin parin tunnuslause.</translation>
    </message>
    <message>
        <source>Own passphrase of %1</source>
        <translation>Oma tunnuslause, %1</translation>
    </message>
    <message>
        <source>Only %1 types it: the pair passphrase will not do here.</source>
        <translation>Vain %1 kirjoittaa sen: parin tunnuslause ei käy tähän.</translation>
    </message>
    <message>
        <source>Own passphrase of %1 again</source>
        <translation>Oma tunnuslause uudelleen, %1</translation>
    </message>
    <message>
        <source>Type the own passphrase of %1.</source>
        <translation>Kirjoita oma tunnuslause (%1).</translation>
    </message>
    <message>
        <source>Checking the own passphrase…</source>
        <translation>Omaa tunnuslausetta tarkistetaan…</translation>
    </message>
    <message>
        <source>This is not the own passphrase of %1. Only %1 can accept in their name.</source>
        <translation>Tämä ei ole käyttäjän %1 oma tunnuslause. Vain %1 itse voi hyväksyä omalla nimellään.</translation>
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
    <message>
        <source>Creating the journal…</source>
        <translation>Päiväkirjaa luodaan…</translation>
    </message>
</context>
<context>
    <name>DebriefEditor</name>
    <message>
        <source>‹ Back to the list</source>
        <translation>‹ Takaisin listaan</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Takaisin listaan (Esc)</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Tallennuksen tila</translation>
    </message>
    <message>
        <source>Quick debrief</source>
        <translation>Pikapurku</translation>
    </message>
    <message>
        <source>Who is writing</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Choose who is writing</source>
        <translation>Valitse kirjaaja</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ei merkitty</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Kesto (min)</translation>
    </message>
    <message>
        <source>Choose the visit type</source>
        <translation>Valitse käynnin tyyppi</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Käynnin tyyppi</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Asiakkaan koodi</translation>
    </message>
    <message>
        <source>Propose a new code</source>
        <translation>Ehdota uusi koodi</translation>
    </message>
    <message>
        <source>A pseudonym code like A-07. Never names, initials, birth years or places.</source>
        <translation>Peitekoodi, esimerkiksi A-07. Ei koskaan nimiä, nimikirjaimia, syntymävuosia tai paikkoja.</translation>
    </message>
    <message>
        <source>What is uppermost right now? Is anything still needed today?</source>
        <translation>Mikä on nyt päällimmäisenä? Tarvitaanko tänään vielä jotain?</translation>
    </message>
    <message>
        <source>Briefly, without identifying details.</source>
        <translation>Lyhyesti, ilman tunnistetietoja.</translation>
    </message>
    <message>
        <source>Complete the full reflection</source>
        <translation>Täydennä koko purku</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Paikalla</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teemat</translation>
    </message>
    <message>
        <source>What was the goal of the visit?</source>
        <translation>Mikä oli käynnin tavoite?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Mitä tapahtui?</translation>
    </message>
    <message>
        <source>My part</source>
        <translation>Oma osuus</translation>
    </message>
    <message>
        <source>What did I do on this visit? Each partner ticks their own part.</source>
        <translation>Mitä minä tein tällä käynnillä? Kumpikin merkitsee oman osuutensa.</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Miten meni</translation>
    </message>
    <message>
        <source>Did the role split work as agreed?</source>
        <translation>Toimiko roolijako kuten sovittiin?</translation>
    </message>
    <message>
        <source>How did the role split work?</source>
        <translation>Miten roolijako toimi?</translation>
    </message>
    <message>
        <source>What went well, and why?</source>
        <translation>Mikä onnistui ja miksi?</translation>
    </message>
    <message>
        <source>What was hard, and why?</source>
        <translation>Mikä oli vaikeaa ja miksi?</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Hälytysmerkit</translation>
    </message>
    <message>
        <source>Who noticed</source>
        <translation>Kuka huomasi</translation>
    </message>
    <message>
        <source>Noticed from what?</source>
        <translation>Mistä huomattiin?</translation>
    </message>
    <message>
        <source>What was agreed?</source>
        <translation>Mitä sovittiin?</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>Mitä opimme</translation>
    </message>
    <message>
        <source>What did we learn? What would we do differently?</source>
        <translation>Mitä opimme? Mitä tekisimme toisin?</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Jatkotoimet</translation>
    </message>
    <message>
        <source>The pair&apos;s own reminders. Official client tasks belong in the client record.</source>
        <translation>Työparin omat muistutukset. Viralliset asiakastyön tehtävät kuuluvat asiakastietojärjestelmään.</translation>
    </message>
    <message>
        <source>Add a follow-up</source>
        <translation>Lisää jatkotoimi</translation>
    </message>
    <message>
        <source>Topics for work supervision</source>
        <translation>Nostot työnohjaukseen</translation>
    </message>
    <message>
        <source>Add a topic</source>
        <translation>Lisää nosto</translation>
    </message>
    <message>
        <source>Share with work supervision</source>
        <translation>Jaa työnohjaukseen</translation>
    </message>
    <message>
        <source>Only what you share here can go into the supervision summary. Own reflections are never in it.</source>
        <translation>Työnohjauksen yhteenvetoon voi päätyä vain se, minkä jaatte tässä. Omat kohdat eivät ole siinä koskaan.</translation>
    </message>
    <message>
        <source>Delete this debrief…</source>
        <translation>Poista tämä purku…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Tallenna (Ctrl+S)</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Käyntipurku</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ei vielä tallennettu</translation>
    </message>
    <message>
        <source>Not kept yet: type your own passphrase below to keep these answers as a draft in your own area.</source>
        <translation>Ei vielä tallessa: kirjoita oma tunnuslauseesi alle, niin vastaukset jäävät luonnokseksi omaan osioosi.</translation>
    </message>
    <message>
        <source>Recovered from a draft saved at %1</source>
        <translation>Palautettu luonnoksesta, joka tallentui klo %1</translation>
    </message>
    <message>
        <source>Written by %1 on %2</source>
        <translation>Kirjannut %1 %2</translation>
    </message>
    <message>
        <source>last edited by %1 on %2 at %3</source>
        <translation>viimeksi muokannut %1 %2 klo %3</translation>
    </message>
    <message>
        <source>Shared with the pair</source>
        <translation>Jaettu työparille</translation>
    </message>
    <message>
        <source>Not kept as a draft while the text has a personal identity code</source>
        <translation>Luonnosta ei tallenneta, kun tekstissä on henkilötunnus</translation>
    </message>
    <message>
        <source>Draft kept at %1 (not yet saved)</source>
        <translation>Luonnos tallessa klo %1 (purkua ei ole vielä tallennettu)</translation>
    </message>
    <message>
        <source>Your answers are kept in your own area as a draft (not yet saved).</source>
        <translation>Vastauksesi ovat tallessa luonnoksena omassa osiossasi (ei vielä tallennettu).</translation>
    </message>
    <message>
        <source>Opening the own area…</source>
        <translation>Omaa osiota avataan…</translation>
    </message>
    <message>
        <source>Your answers kept as a draft at %1 are back.</source>
        <translation>Klo %1 luonnokseksi jääneet vastauksesi ovat taas tässä.</translation>
    </message>
    <message>
        <source>Leave without the own answers?</source>
        <translation>Poistutaanko ilman omia vastauksia?</translation>
    </message>
    <message>
        <source>The own answers of %1 are not saved, and they can be kept as a draft only in their own area. Type the own passphrase in the box to keep them, or leave without them.</source>
        <translation>Omia vastauksia (%1) ei ole tallennettu, ja luonnoksena ne voi pitää tallessa vain omassa osiossa. Kirjoita oma tunnuslause laatikkoon, niin ne jäävät talteen, tai poistu ilman niitä.</translation>
    </message>
    <message>
        <source>Leave without them</source>
        <translation>Poistu ilman niitä</translation>
    </message>
    <message>
        <source>Closed after a while without use. Your answers are kept in your own area: type your own passphrase to go on.</source>
        <translation>Suljettiin, kun osio oli hetken käyttämättä. Vastauksesi ovat tallessa omassa osiossasi: jatka kirjoittamalla oma tunnuslauseesi.</translation>
    </message>
    <message>
        <source>Choose who is writing.</source>
        <translation>Valitse kirjaaja.</translation>
    </message>
    <message>
        <source>Choose the visit type.</source>
        <translation>Valitse käynnin tyyppi.</translation>
    </message>
    <message>
        <source>Remove the personal identity code before saving: use the button under the text.</source>
        <translation>Poista henkilötunnus ennen tallentamista: käytä tekstin alla olevaa painiketta.</translation>
    </message>
    <message>
        <source>Choose the strain 0–10 to share it, or untick sharing for %1.</source>
        <translation>Valitse kuormitus 0–10, jotta sen voi jakaa, tai poista jakaminen (%1).</translation>
    </message>
    <message>
        <source>Saving the debrief…</source>
        <translation>Purkua tallennetaan…</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Tallennettu klo %1</translation>
    </message>
    <message>
        <source>Type %1&apos;s own passphrase to save these answers, or clear them.</source>
        <translation>Kirjoita oma tunnuslause (%1), jotta vastaukset tallentuvat, tai tyhjennä ne.</translation>
    </message>
    <message>
        <source>This is not %1&apos;s own passphrase.</source>
        <translation>Tämä ei ole oma tunnuslauseesi (%1).</translation>
    </message>
</context>
<context>
    <name>DebriefListModel</name>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Käynnin tyyppi</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Asiakkaan koodi</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teemat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Työnohjaus</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Jatkotoimet</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Hälytysmerkit</translation>
    </message>
    <message>
        <source>Shared with the pair</source>
        <translation>Jaettu työparille</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
</context>
<context>
    <name>DebriefsPage</name>
    <message>
        <source>Debriefs</source>
        <translation>Purut</translation>
    </message>
    <message>
        <source>New debrief</source>
        <translation>Uusi purku</translation>
    </message>
    <message>
        <source>New quick debrief (Ctrl+N)</source>
        <translation>Uusi pikapurku (Ctrl+N)</translation>
    </message>
    <message>
        <source>The debrief was deleted.</source>
        <translation>Purku poistettiin.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Search the debriefs&apos; text (Ctrl+F)</source>
        <translation>Hae purkujen tekstistä (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the debriefs</source>
        <translation>Hae puruista</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Tyhjennä haku</translation>
    </message>
    <message>
        <source>Debriefs after client visits go here. Start one right after a visit: the quick debrief takes two minutes.</source>
        <translation>Tänne tulevat asiakaskäyntien purut. Aloita heti käynnin jälkeen: pikapurku vie pari minuuttia.</translation>
    </message>
    <message>
        <source>Write a quick debrief</source>
        <translation>Kirjoita pikapurku</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Koko ajalta</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Viimeinen kuukausi</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Viimeiset 3 kuukautta</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Viimeinen vuosi</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Käynnin tyyppi</translation>
    </message>
    <message>
        <source>All visit types</source>
        <translation>Kaikki käyntityypit</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Kaikki teemat</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Asiakkaan koodi</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Jakaminen</translation>
    </message>
    <message>
        <source>Any sharing</source>
        <translation>Jaettu tai ei</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Hälytysmerkit</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Avoimet jatkotoimet</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Kaikki asiakkaat</translation>
    </message>
    <message>
        <source>Searching the debriefs…</source>
        <translation>Haetaan puruista…</translation>
    </message>
    <message numerus="yes">
        <source>%n debriefs</source>
        <translation>
            <numerusform>%n purku</numerusform>
            <numerusform>%n purkua</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try a shorter word.</source>
        <translation>Mitään ei löytynyt. Kokeile lyhyempää sanaa.</translation>
    </message>
    <message numerus="yes">
        <source>The %n best matches</source>
        <translation>
            <numerusform>%n paras osuma</numerusform>
            <numerusform>%n parasta osumaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n osuma</numerusform>
            <numerusform>%n osumaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished debriefs were kept as drafts. Continue where you left off?</source>
        <translation>
            <numerusform>Keskeneräinen purku jäi luonnokseksi. Jatketaanko siitä, mihin jäit?</numerusform>
            <numerusform>%n keskeneräistä purkua jäi luonnoksiksi. Jatketaanko siitä, mihin jäit?</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes to the debrief of %1, kept at %2</source>
        <translation>Muutokset purkuun %1, tallessa klo %2</translation>
    </message>
    <message>
        <source>New debrief %1, kept at %2</source>
        <translation>Uusi purku %1, tallessa klo %2</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Hylkää luonnos</translation>
    </message>
    <message>
        <source>The unfinished debrief will be removed. This cannot be undone.</source>
        <translation>Keskeneräinen purku poistetaan. Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Delete the debrief</source>
        <translation>Poista purku</translation>
    </message>
    <message>
        <source>The debrief and its follow-ups are deleted. You can undo this until the journal is locked.</source>
        <translation>Purku ja sen jatkotoimet poistetaan. Voit perua poiston, kunnes päiväkirja lukitaan.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
</context>
<context>
    <name>DraftConflictDialog</name>
    <message>
        <source>Differences</source>
        <translation>Erot</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kohta</translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation>Luonnoksesi</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>Nyt tallennettu</translation>
    </message>
    <message>
        <source>Keep my draft</source>
        <translation>Pidä oma luonnokseni</translation>
    </message>
    <message>
        <source>Keep the saved version</source>
        <translation>Pidä tallennettu versio</translation>
    </message>
    <message>
        <source>Keep both (my draft as a copy)</source>
        <translation>Pidä molemmat (luonnokseni kopiona)</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Päätän myöhemmin</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Edit the draft together. Nothing here is in force until you propose it and every member has accepted it.</source>
        <translation>Muokatkaa luonnosta yhdessä. Mikään tästä ei ole voimassa ennen kuin ehdotatte sitä ja jokainen on hyväksynyt sen.</translation>
    </message>
    <message>
        <source>Tasks and who leads them</source>
        <translation>Tehtävät ja vetovastuu</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Lisää tehtävä</translation>
    </message>
    <message>
        <source>Frame of the pair</source>
        <translation>Työparin raamit</translation>
    </message>
    <message>
        <source>Why and from when</source>
        <translation>Miksi ja mistä alkaen</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Ehdota</translation>
    </message>
    <message>
        <source>When the draft is ready, propose it. Then each of you accepts it separately, with your own passphrase.</source>
        <translation>Kun luonnos on valmis, ehdottakaa sitä. Sen jälkeen kumpikin hyväksyy sen erikseen omalla tunnuslauseellaan.</translation>
    </message>
    <message>
        <source>Who proposes?</source>
        <translation>Kuka ehdottaa?</translation>
    </message>
    <message>
        <source>Propose for acceptance</source>
        <translation>Ehdota hyväksyttäväksi</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Tallenna luonnos</translation>
    </message>
    <message>
        <source>Back to the role split</source>
        <translation>Takaisin roolijakoon</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Hylkää luonnos…</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Tallennuksen tila</translation>
    </message>
    <message>
        <source>Working time of the expert by experience</source>
        <translation>Kokemusasiantuntijan työaika</translation>
    </message>
    <message>
        <source>Working time of the professional</source>
        <translation>Ammattilaisen työaika</translation>
    </message>
    <message>
        <source>Days worked together</source>
        <translation>Yhteiset työpäivät</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Ei sovittu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Living in the same town</source>
        <translation>Asuvat samalla paikkakunnalla</translation>
    </message>
    <message>
        <source>Shared office</source>
        <translation>Yhteinen toimisto</translation>
    </message>
    <message>
        <source>for example Tiina Koskinen</source>
        <translation>esimerkiksi Tiina Koskinen</translation>
    </message>
    <message>
        <source>Line manager</source>
        <translation>Esihenkilö</translation>
    </message>
    <message>
        <source>The professional has a guiding role</source>
        <translation>Ammattilaisella on ohjaava rooli</translation>
    </message>
    <message>
        <source>for example a peer group of experts by experience</source>
        <translation>esimerkiksi kokemusasiantuntijoiden vertaisryhmä</translation>
    </message>
    <message>
        <source>Who supports the expert by experience?</source>
        <translation>Kuka tukee kokemusasiantuntijaa?</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>ei sovittu</translation>
    </message>
    <message>
        <source> weeks apart</source>
        <translation> viikon välein</translation>
    </message>
    <message>
        <source>Work supervision</source>
        <translation>Työnohjaus</translation>
    </message>
    <message>
        <source>for example ends in May 2027</source>
        <translation>esimerkiksi päättyy toukokuussa 2027</translation>
    </message>
    <message>
        <source>Training under way</source>
        <translation>Meneillään oleva koulutus</translation>
    </message>
    <message>
        <source>About the training</source>
        <translation>Koulutuksesta</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Tiedossa</translation>
    </message>
    <message>
        <source>Expert by experience started in the field</source>
        <translation>Kokemusasiantuntija aloitti alalla</translation>
    </message>
    <message>
        <source>The review interval follows from this: every 3 months in the first year, then every 6 months.</source>
        <translation>Tästä seuraa tarkistusväli: ensimmäisenä vuonna 3 kuukauden välein, sen jälkeen 6 kuukauden välein.</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Valitse syy</translation>
    </message>
    <message>
        <source>Why does the role split change?</source>
        <translation>Miksi roolijako muuttuu?</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Omin sanoin</translation>
    </message>
    <message>
        <source>Discussed in work supervision</source>
        <translation>Käsitelty työnohjauksessa</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Seuraava tarkistus</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>Käytä ehdotusta</translation>
    </message>
    <message>
        <source>Recovered from a draft saved at %1</source>
        <translation>Palautettu luonnoksesta, joka tallentui klo %1</translation>
    </message>
    <message>
        <source>Role split, version %1 (draft)</source>
        <translation>Roolijako, versio %1 (luonnos)</translation>
    </message>
    <message>
        <source>3 months, as the expert by experience is in their first year in the field</source>
        <translation>3 kuukautta, koska kokemusasiantuntija on ensimmäistä vuottaan alalla</translation>
    </message>
    <message>
        <source>6 months, as the expert by experience is past their first year</source>
        <translation>6 kuukautta, koska kokemusasiantuntijan ensimmäinen vuosi alalla on takana</translation>
    </message>
    <message>
        <source>Suggested next review: %1 (%2).</source>
        <translation>Ehdotus seuraavaksi tarkistukseksi: %1 (%2).</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Luonnos tallennettu klo %1.</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Hylätäänkö luonnos?</translation>
    </message>
    <message>
        <source>The draft and its changes are removed. The role split in force, if any, stays as it is.</source>
        <translation>Luonnos ja sen muutokset poistetaan. Voimassa oleva roolijako pysyy ennallaan.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Hylkää luonnos</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>Tehtävä %1: %2</translation>
    </message>
</context>
<context>
    <name>DraftRow</name>
    <message>
        <source>Continue writing</source>
        <translation>Jatka kirjoittamista</translation>
    </message>
    <message>
        <source>Continue writing: %1</source>
        <translation>Jatka kirjoittamista: %1</translation>
    </message>
    <message>
        <source>Discard the draft…</source>
        <translation>Hylkää luonnos…</translation>
    </message>
    <message>
        <source>Discard the draft: %1</source>
        <translation>Hylkää luonnos: %1</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Saved again since your draft</source>
        <translation>Tallennettu uudelleen luonnoksesi jälkeen</translation>
    </message>
    <message>
        <source>Your unsaved changes were kept as a draft at %1. Since then this was saved again, so the two differ. Choose what to keep.</source>
        <translation>Tallentamattomat muutoksesi jäivät luonnokseksi klo %1. Sen jälkeen tämä on tallennettu uudelleen, joten versiot eroavat. Valitse, kumpi säilytetään.</translation>
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
    <name>FollowUpModel</name>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>From the debrief of</source>
        <translation>Purusta</translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation>Merkitse tehdyksi: %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ei päivää</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (myöhässä)</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>What needs doing</source>
        <translation>Mitä pitää tehdä</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Jatkotoimi</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Kuka tekee</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Mennessä</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Määräpäivä asetettu</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Remove this follow-up</source>
        <translation>Poista tämä jatkotoimi</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Open follow-ups</source>
        <translation>Avoimet jatkotoimet</translation>
    </message>
    <message>
        <source>The pair&apos;s own reminders from the debriefs, overdue first. Tick one when it is done.</source>
        <translation>Työparin omat muistutukset puruista, myöhässä olevat ensin. Rastita, kun asia on tehty.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>No open follow-ups. New ones are added in a debrief, under Follow-ups.</source>
        <translation>Ei avoimia jatkotoimia. Uusia lisätään purussa kohdassa Jatkotoimet.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Jatkotoimet</translation>
    </message>
    <message>
        <source>Marked done.</source>
        <translation>Merkitty tehdyksi.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from an export file</source>
        <translation>Tuonti vientitiedostosta</translation>
    </message>
    <message>
        <source>Makes a new journal from a Työparipäiväkirja export file. The file is checked first, and nothing is written unless everything in it is right.</source>
        <translation>Tekee uuden päiväkirjan Työparipäiväkirjan vientitiedostosta. Tiedosto tarkistetaan ensin, eikä mitään kirjoiteta, ellei kaikki siinä ole kunnossa.</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Vientitiedosto</translation>
    </message>
    <message>
        <source>Folder for the new journal</source>
        <translation>Uuden päiväkirjan kansio</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>A new or empty folder.</source>
        <translation>Uusi tai tyhjä kansio.</translation>
    </message>
    <message>
        <source>New pair passphrase</source>
        <translation>Parin uusi tunnuslause</translation>
    </message>
    <message>
        <source>New pair passphrase again</source>
        <translation>Parin uusi tunnuslause uudelleen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Tuodaan…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>Valitse vientitiedosto</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-tiedostot (*.json)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Tarkistetaan tiedostoa…</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: members %2; %n debriefs.</source>
        <translation>
            <numerusform>”%1”: jäsenet %2; %n purku.</numerusform>
            <numerusform>”%1”: jäsenet %2; %n purkua.</numerusform>
        </translation>
    </message>
    <message>
        <source>New own passphrase of %1</source>
        <translation>Uusi oma tunnuslause, %1</translation>
    </message>
    <message>
        <source>New own passphrase of %1 again</source>
        <translation>Uusi oma tunnuslause uudelleen, %1</translation>
    </message>
    <message>
        <source>The file holds %1&apos;s own area; it gets a passphrase of its own.</source>
        <translation>Tiedostossa on oma osio (%1); se saa oman tunnuslauseensa.</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Sama uudelleen</translation>
    </message>
    <message>
        <source>Choose a folder for the new journal</source>
        <translation>Valitse kansio uudelle päiväkirjalle</translation>
    </message>
    <message>
        <source>Choose an export file first.</source>
        <translation>Valitse ensin vientitiedosto.</translation>
    </message>
    <message>
        <source>Choose a folder for the new journal.</source>
        <translation>Valitse kansio uudelle päiväkirjalle.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was made.</source>
        <translation>Tuonti keskeytettiin. Uutta päiväkirjaa ei tehty.</translation>
    </message>
    <message>
        <source>Check the imported texts</source>
        <translation>Tarkista tuodut tekstit</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Huomio (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Remove the task</source>
        <translation>Poista tehtävä</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Tehtävä %1</translation>
    </message>
    <message>
        <source>Lead of task %1</source>
        <translation>Tehtävän %1 vetovastuu</translation>
    </message>
    <message>
        <source>Note of task %1</source>
        <translation>Tehtävän %1 huomio</translation>
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
    <message>
        <source>Lock now</source>
        <translation>Lukitse nyt</translation>
    </message>
    <message>
        <source>Open for reading only</source>
        <translation>Auki vain luettavaksi</translation>
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
        <source>&amp;Backups and export…</source>
        <translation>&amp;Varmuuskopiot ja vienti…</translation>
    </message>
    <message>
        <source>&amp;Import from an export file…</source>
        <translation>&amp;Tuo vientitiedostosta…</translation>
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
        <source>&amp;About Työparipäiväkirja…</source>
        <translation>&amp;Tietoja Työparipäiväkirjasta…</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Päiväkirja</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Työkalurivi</translation>
    </message>
    <message>
        <source>Journal unlocked, for reading only</source>
        <translation>Päiväkirja auki vain luettavaksi</translation>
    </message>
    <message>
        <source>Journal unlocked</source>
        <translation>Päiväkirja auki</translation>
    </message>
    <message>
        <source>Locking…</source>
        <translation>Lukitaan…</translation>
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
        <source>Checking the journal&apos;s files…</source>
        <translation>Päiväkirjan tiedostoja tarkistetaan…</translation>
    </message>
    <message>
        <source>Preparing the search…</source>
        <translation>Hakua valmistellaan…</translation>
    </message>
    <message>
        <source>Backing up the journal…</source>
        <translation>Päiväkirjaa varmuuskopioidaan…</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation>Päivittäistä varmuuskopiota ei voitu tehdä: %1</translation>
    </message>
    <message>
        <source>The daily backup was made, but not its second copy: check that the folder (USB stick) is connected.</source>
        <translation>Päivittäinen varmuuskopio tehtiin, mutta sen toista kopiota ei: tarkista, että kansio (USB-muisti) on kytkettynä.</translation>
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
        <source>Restoring the backup…</source>
        <translation>Varmuuskopiota palautetaan…</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Varmuuskopiota ei palautettu</translation>
    </message>
    <message>
        <source>The other journal&apos;s backup made %1 was restored into this folder: unlock it with that journal&apos;s pair passphrase. The journal that was here is kept as a backup.</source>
        <translation>Toisen päiväkirjan %1 tehty varmuuskopio palautettiin tähän kansioon: avaa se sen päiväkirjan parin tunnuslauseella. Tässä ollut päiväkirja on tallessa varmuuskopiona.</translation>
    </message>
    <message>
        <source>The backup made %1 was restored. The journal as it was is kept as a backup.</source>
        <translation>%1 tehty varmuuskopio palautettiin. Päiväkirjan aiempi tila on tallessa varmuuskopiona.</translation>
    </message>
    <message>
        <source>The new journal was made from the export. Unlock it with its new passphrase.</source>
        <translation>Uusi päiväkirja tehtiin viennistä. Avaa se sen uudella tunnuslauseella.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the app.</source>
        <translation>Uusi kieli otetaan käyttöön, kun sovellus käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source>The app closes as soon as the journal&apos;s backup is made.</source>
        <translation>Sovellus sulkeutuu heti, kun päiväkirjan varmuuskopio on tehty.</translation>
    </message>
    <message>
        <source>Locking the journal</source>
        <translation>Päiväkirjaa lukitaan</translation>
    </message>
    <message>
        <source>The journal locks as soon as the work under way has stopped. This takes a moment.</source>
        <translation>Päiväkirja lukittuu heti, kun kesken oleva työ on päättynyt. Tämä kestää hetken.</translation>
    </message>
</context>
<context>
    <name>MemberPartBox</name>
    <message>
        <source>What did I do on this visit? (in my own words)</source>
        <translation>Mitä minä tein tällä käynnillä? (omin sanoin)</translation>
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
        <source>The file is not a Työparipäiväkirja export that this app can read, so nothing was written. The first problem is at %1: %2</source>
        <translation>Tiedosto ei ole Työparipäiväkirjan vienti, jonka tämä sovellus osaa lukea, joten mitään ei kirjoitettu. Ensimmäinen ongelma kohdassa %1: %2</translation>
    </message>
    <message>
        <source>the file cannot be read. Check that it exists and that you may open it.</source>
        <translation>tiedostoa ei voi lukea. Tarkista, että se on olemassa ja että sinulla on oikeus avata se.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text.</source>
        <translation>tiedosto ei ole UTF-8-tekstiä.</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line:column %1).</source>
        <translation>tiedosto ei ole kelvollista JSONia (rivi:sarake %1).</translation>
    </message>
    <message>
        <source>the file was made by a newer version of the app (format %1). Update the app.</source>
        <translation>tiedosto on tehty sovelluksen uudemmalla versiolla (muoto %1). Päivitä sovellus.</translation>
    </message>
    <message>
        <source>the value should be %1.</source>
        <translation>arvon pitäisi olla %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> tai </translation>
    </message>
    <message>
        <source>a required field is missing: %1.</source>
        <translation>pakollinen kenttä puuttuu: %1.</translation>
    </message>
    <message>
        <source>a field the format does not have: %1.</source>
        <translation>kenttä, jota muodossa ei ole: %1.</translation>
    </message>
    <message>
        <source>the value is not one of the allowed ones: %1.</source>
        <translation>arvo ei ole mikään sallituista: %1.</translation>
    </message>
    <message>
        <source>the value is longer than %1.</source>
        <translation>arvo on pidempi kuin %1.</translation>
    </message>
    <message>
        <source>the value is shorter than %1.</source>
        <translation>arvo on lyhyempi kuin %1.</translation>
    </message>
    <message>
        <source>the number is outside the allowed range (limit %1).</source>
        <translation>luku on sallitun alueen ulkopuolella (raja %1).</translation>
    </message>
    <message>
        <source>the value is not written in the expected form (for example a date).</source>
        <translation>arvoa ei ole kirjoitettu odotetussa muodossa (esimerkiksi päivämäärä).</translation>
    </message>
    <message>
        <source>the own area belongs to nobody among the journal&apos;s members.</source>
        <translation>oma osio ei kuulu kenellekään päiväkirjan jäsenistä.</translation>
    </message>
    <message>
        <source>the same member has a second own area in the file.</source>
        <translation>samalla jäsenellä on tiedostossa toinen oma osio.</translation>
    </message>
    <message>
        <source>it refers to a role split version that is not in the file.</source>
        <translation>se viittaa roolijaon versioon, jota tiedostossa ei ole.</translation>
    </message>
    <message>
        <source>the journal&apos;s own rules refuse this value.</source>
        <translation>päiväkirjan omat säännöt eivät hyväksy tätä arvoa.</translation>
    </message>
    <message>
        <source>the app cannot read this value.</source>
        <translation>sovellus ei osaa lukea tätä arvoa.</translation>
    </message>
    <message>
        <source>the file is larger than an export can be (%1 MB).</source>
        <translation>tiedosto on suurempi kuin vienti voi olla (%1 Mt).</translation>
    </message>
    <message>
        <source>the values are nested deeper than the format allows.</source>
        <translation>arvot ovat sisäkkäin syvemmällä kuin muoto sallii.</translation>
    </message>
    <message>
        <source>the text holds characters that are not allowed (control characters or broken Unicode).</source>
        <translation>tekstissä on merkkejä, joita ei sallita (ohjausmerkkejä tai rikkinäistä Unicodea).</translation>
    </message>
    <message>
        <source>the value is not a date from %1 to %2, written like 2026-11-27 (or a moment like 2026-11-27T14:32:00+00:00).</source>
        <translation>arvo ei ole päivämäärä väliltä %1–%2 muodossa 2026-11-27 (tai ajanhetki muodossa 2026-11-27T14:32:00+00:00).</translation>
    </message>
    <message>
        <source>the value should be a whole number.</source>
        <translation>arvon pitäisi olla kokonaisluku.</translation>
    </message>
    <message>
        <source>it names a member who is not among the journal&apos;s members.</source>
        <translation>siinä mainitaan jäsen, joka ei ole päiväkirjan jäsenten joukossa.</translation>
    </message>
    <message>
        <source>the same identifier is already used earlier in the file.</source>
        <translation>sama tunniste on jo käytössä aiemmin tiedostossa.</translation>
    </message>
    <message>
        <source>the value does not follow the format (rule %1).</source>
        <translation>arvo ei noudata muotoa (sääntö %1).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekstiä</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>kokonaisluku</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>luku</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>tosi tai epätosi (true/false)</translation>
    </message>
    <message>
        <source>a list [ ]</source>
        <translation>luettelo [ ]</translation>
    </message>
    <message>
        <source>a group of fields { }</source>
        <translation>kenttien ryhmä { }</translation>
    </message>
    <message>
        <source>empty (null)</source>
        <translation>tyhjä (null)</translation>
    </message>
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
        <source>The disk is full, so the journal cannot be opened now. Nothing was changed and nothing is lost. Free up space on the disk (delete or move files you do not need, empty the wastebasket), then try again.</source>
        <translation>Levy on täynnä, joten päiväkirjaa ei voi nyt avata. Mitään ei muutettu eikä mitään kadonnut. Vapauta levyltä tilaa (poista tai siirrä tiedostoja, joita et tarvitse, ja tyhjennä roskakori) ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The journal was locked. Unlock it and try again.</source>
        <translation>Päiväkirja lukittiin. Avaa lukitus ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>This role split has been accepted by everyone and can no longer be changed. To change something, make a new version.</source>
        <translation>Kaikki ovat hyväksyneet tämän roolijaon, eikä sitä voi enää muuttaa. Tehkää muutos uutena versiona.</translation>
    </message>
    <message>
        <source>The file could not be saved there. Choose another folder, for example your documents folder, and try again.</source>
        <translation>Tiedostoa ei voitu tallentaa sinne. Valitse toinen kansio, esimerkiksi Tiedostot-kansio, ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>This backup is incomplete or damaged, so it was not restored. Nothing was changed. Choose another backup.</source>
        <translation>Tämä varmuuskopio on vajaa tai vaurioitunut, joten sitä ei palautettu. Mitään ei muutettu. Valitse toinen varmuuskopio.</translation>
    </message>
    <message>
        <source>No intact backup that opens with this passphrase was found. Nothing was changed. If you have a backup elsewhere (a USB stick), restore it from there.</source>
        <translation>Ehjää varmuuskopiota, joka aukeaa tällä tunnuslauseella, ei löytynyt. Mitään ei muutettu. Jos sinulla on varmuuskopio muualla (USB-muistilla), palauta se sieltä.</translation>
    </message>
    <message>
        <source>The file is not a Työparipäiväkirja export that this app can read. Nothing was written.</source>
        <translation>Tiedosto ei ole Työparipäiväkirjan vienti, jonka tämä sovellus osaa lukea. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Check the highlighted information.</source>
        <translation>Tarkista merkityt tiedot.</translation>
    </message>
    <message>
        <source>A link to some other place was found among the journal&apos;s own files or in the backup, so nothing was done: the app never follows such links. Remove the link or ask your IT support, then try again.</source>
        <translation>Päiväkirjan omien tiedostojen joukosta tai varmuuskopiosta löytyi linkki muualle, joten mitään ei tehty: sovellus ei koskaan seuraa tällaisia linkkejä. Poista linkki tai pyydä apua IT-tuelta ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>This backup is of another journal, so nothing was changed. Restoring it would replace this journal with that other one. Do that only if you mean it, and choose it explicitly (on the command line: --foreign-backup).</source>
        <translation>Tämä varmuuskopio on toisesta päiväkirjasta, joten mitään ei muutettu. Sen palauttaminen korvaisi tämän päiväkirjan sillä toisella. Tee niin vain, jos se on tarkoitus, ja valitse se erikseen (komentorivillä: --foreign-backup).</translation>
    </message>
    <message>
        <source>The well-being questions that came with the app are damaged, so check-ins cannot be shown. Nothing you saved was changed. Reinstall the app or ask your IT support.</source>
        <translation>Sovelluksen mukana tulleet jaksamisen kysymykset ovat vioittuneet, joten kirjauksia ei voi näyttää. Tallentamiisi tietoihin ei koskettu. Asenna sovellus uudelleen tai pyydä apua IT-tuelta.</translation>
    </message>
    <message>
        <source>The journal could not be read or saved. Nothing was lost. Try again; if it keeps happening, restart the app.</source>
        <translation>Päiväkirjaa ei voitu lukea tai tallentaa. Mitään ei menetetty. Yritä uudelleen; jos ongelma toistuu, käynnistä sovellus uudelleen.</translation>
    </message>
    <message>
        <source>The disk is full, so the journal is open for reading only and nothing can be saved. Free up space on the disk (delete or move files you do not need, empty the wastebasket), then lock the journal and open it again.</source>
        <translation>Levy on täynnä, joten päiväkirja on auki vain luettavaksi eikä mitään voi tallentaa. Vapauta levyltä tilaa (poista tai siirrä tiedostoja, joita et tarvitse, ja tyhjennä roskakori), lukitse sitten päiväkirja ja avaa se uudelleen.</translation>
    </message>
    <message>
        <source>The disk is full, so the journal was opened for reading only: nothing in it was changed. Free up space on the disk (delete or move files you do not need, empty the wastebasket) before you change anything in it.</source>
        <translation>Levy on täynnä, joten päiväkirja avattiin vain luettavaksi: siinä ei muutettu mitään. Vapauta levyltä tilaa (poista tai siirrä tiedostoja, joita et tarvitse, ja tyhjennä roskakori), ennen kuin muutat siinä mitään.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed: the journal can only be read now. Free up space on the disk (delete or move files you do not need, empty the wastebasket), then run the command again.</source>
        <translation>Levy on täynnä, joten mitään ei muutettu: päiväkirjaa voi nyt vain lukea. Vapauta levyltä tilaa (poista tai siirrä tiedostoja, joita et tarvitse, ja tyhjennä roskakori) ja aja komento sitten uudelleen.</translation>
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
        <source>Choose a number from %1 to %2.</source>
        <translation>Valitse luku väliltä %1–%2.</translation>
    </message>
    <message>
        <source>That folder belongs to a journal, and a file saved there could damage it. Nothing was saved. Choose a folder outside the journal, for example your documents folder.</source>
        <translation>Kansio kuuluu päiväkirjaan, ja sinne tallennettu tiedosto voisi vahingoittaa sitä. Mitään ei tallennettu. Valitse kansio päiväkirjan ulkopuolelta, esimerkiksi Tiedostot-kansiosi.</translation>
    </message>
    <message>
        <source>A database file already has that name, and saving over it could destroy a journal. Nothing was saved. Choose another name.</source>
        <translation>Samanniminen tietokantatiedosto on jo olemassa, ja sen päälle tallentaminen voisi tuhota päiväkirjan. Mitään ei tallennettu. Valitse toinen nimi.</translation>
    </message>
    <message>
        <source>That is a folder, not a file. Nothing was saved. Give a file name.</source>
        <translation>Se on kansio, ei tiedosto. Mitään ei tallennettu. Anna tiedostolle nimi.</translation>
    </message>
    <message>
        <source>This supervision session was removed. Choose another one.</source>
        <translation>Tämä työnohjauskerta on poistettu. Valitse toinen.</translation>
    </message>
    <message>
        <source>Write the supervisor&apos;s name on one line, at most %1 characters.</source>
        <translation>Kirjoita työnohjaajan nimi yhdelle riville, enintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>Write something in every row, or remove the empty row.</source>
        <translation>Kirjoita jokaiselle riville jotain tai poista tyhjä rivi.</translation>
    </message>
    <message>
        <source>Keep each row under %1 characters and at most %2 rows.</source>
        <translation>Kirjoita kullekin riville alle %1 merkkiä ja enintään %2 riviä.</translation>
    </message>
    <message>
        <source>Choose a period between %1 and %2. Nothing was written.</source>
        <translation>Valitse jakso väliltä %1–%2. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>The period cannot start in the future. Choose an earlier start.</source>
        <translation>Jakso ei voi alkaa tulevaisuudessa. Valitse aiempi alkupäivä.</translation>
    </message>
    <message>
        <source>The period ends before it starts. Check the two dates.</source>
        <translation>Jakso päättyy ennen kuin se alkaa. Tarkista päivämäärät.</translation>
    </message>
    <message>
        <source>a personal identity code</source>
        <translation>henkilötunnus</translation>
    </message>
    <message>
        <source>something that looks like a personal identity code</source>
        <translation>henkilötunnukselta näyttävä merkkijono</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>puhelinnumero</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>sähköpostiosoite</translation>
    </message>
    <message>
        <source>the journal&apos;s name</source>
        <translation>päiväkirjan nimi</translation>
    </message>
    <message>
        <source>the members&apos; names</source>
        <translation>jäsenten nimet</translation>
    </message>
    <message>
        <source>topic for supervision</source>
        <translation>nosto työnohjaukseen</translation>
    </message>
    <message>
        <source>What went well and why?</source>
        <translation>Mikä onnistui ja miksi?</translation>
    </message>
    <message>
        <source>What was hard and why?</source>
        <translation>Mikä oli vaikeaa ja miksi?</translation>
    </message>
    <message>
        <source>What did we learn?</source>
        <translation>Mitä opimme?</translation>
    </message>
    <message>
        <source>Did the role split work as agreed?</source>
        <translation>Toimiko roolijako kuten sovittiin?</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>sopimus</translation>
    </message>
    <message>
        <source>a task of the role split</source>
        <translation>roolijaon tehtävä</translation>
    </message>
    <message>
        <source>a member&apos;s name</source>
        <translation>jäsenen nimi</translation>
    </message>
    <message>
        <source>Debrief of %1, %2</source>
        <translation>Purku %1, %2</translation>
    </message>
    <message>
        <source>A debrief, %1 %2</source>
        <translation>Purku, %1 %2</translation>
    </message>
    <message>
        <source>Agenda of the session of %1, item %2</source>
        <translation>Työnohjauskerran %1 asialista, kohta %2</translation>
    </message>
    <message>
        <source>Session agenda, item %1</source>
        <translation>Työnohjauskerran asialista, kohta %1</translation>
    </message>
    <message>
        <source>Agreements of the session of %1, item %2</source>
        <translation>Työnohjauskerran %1 sopimukset, kohta %2</translation>
    </message>
    <message>
        <source>Agreements of the previous session, item %1</source>
        <translation>Edellisen työnohjauskerran sopimukset, kohta %1</translation>
    </message>
    <message>
        <source>The PDF has no password: anyone who gets the file can read it. Keep it safe, or set a password.</source>
        <translation>PDF:llä ei ole salasanaa: kuka tahansa tiedoston saava voi lukea sen. Säilytä se huolella tai aseta salasana.</translation>
    </message>
    <message>
        <source>The visit date cannot be in the future. Choose today or earlier.</source>
        <translation>Käynnin päivämäärä ei voi olla tulevaisuudessa. Valitse tämä päivä tai aiempi.</translation>
    </message>
    <message>
        <source>Choose the date of the visit.</source>
        <translation>Valitse käynnin päivämäärä.</translation>
    </message>
    <message>
        <source>Choose the visit type.</source>
        <translation>Valitse käynnin tyyppi.</translation>
    </message>
    <message>
        <source>The number looks like a year of birth. Use a neutral number, like A-07.</source>
        <translation>Numero näyttää syntymävuodelta. Käytä neutraalia numeroa, esimerkiksi A-07.</translation>
    </message>
    <message>
        <source>Use a pseudonym code: one to three letters and a number, like A-07. Never a name, initials or a place.</source>
        <translation>Käytä peitekoodia: 1–3 kirjainta ja numero, esimerkiksi A-07. Ei koskaan nimeä, nimikirjaimia tai paikkaa.</translation>
    </message>
    <message numerus="yes">
        <source>This text is longer than %n characters. Shorten it; nothing was saved yet.</source>
        <translation>
            <numerusform>Teksti on pidempi kuin %n merkki. Lyhennä sitä; mitään ei ole vielä tallennettu.</numerusform>
            <numerusform>Teksti on pidempi kuin %n merkkiä. Lyhennä sitä; mitään ei ole vielä tallennettu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write what needs doing for every follow-up, or remove the empty one.</source>
        <translation>Kirjoita jokaiseen jatkotoimeen, mitä pitää tehdä, tai poista tyhjä rivi.</translation>
    </message>
    <message>
        <source>Write every topic for supervision, or remove the empty one.</source>
        <translation>Kirjoita jokainen nosto työnohjaukseen tai poista tyhjä rivi.</translation>
    </message>
    <message>
        <source>Choose a strain from 0 to 10.</source>
        <translation>Valitse kuormitus väliltä 0–10.</translation>
    </message>
    <message>
        <source>This debrief is no longer in the journal. Go back to the list.</source>
        <translation>Tätä purkua ei enää ole päiväkirjassa. Palaa listaan.</translation>
    </message>
    <message>
        <source>The date cannot be in the future. Choose today or an earlier day.</source>
        <translation>Päivämäärä ei voi olla tulevaisuudessa. Valitse tämä päivä tai jokin aiempi.</translation>
    </message>
    <message numerus="yes">
        <source>The note can be at most %n characters.</source>
        <translation>
            <numerusform>Muistiinpanossa voi olla enintään %n merkki.</numerusform>
            <numerusform>Muistiinpanossa voi olla enintään %n merkkiä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose how much stress you feel these days. The other questions can be left unanswered.</source>
        <translation>Valitse, kuinka paljon tunnet nykyisin stressiä. Muihin kysymyksiin ei ole pakko vastata.</translation>
    </message>
    <message>
        <source>This check-in is no longer there. It may have been deleted.</source>
        <translation>Tätä kirjausta ei enää ole. Se on ehkä poistettu.</translation>
    </message>
    <message>
        <source>An answer was not on the question&apos;s scale. Choose it again.</source>
        <translation>Vastaus ei ollut kysymyksen asteikolla. Valitse se uudelleen.</translation>
    </message>
    <message>
        <source>The period ends before it starts. Check the dates.</source>
        <translation>Jakso päättyy ennen kuin se alkaa. Tarkista päivämäärät.</translation>
    </message>
    <message>
        <source>The period cannot end in the future. Choose today or earlier.</source>
        <translation>Jakso ei voi päättyä tulevaisuudessa. Valitse tämä päivä tai aiempi.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a period with check-ins in at least %n weeks: fewer are not yet a trend.</source>
        <translation>
            <numerusform>Valitse jakso, jonka aikana on kirjauksia vähintään %n viikolta: vähemmästä ei vielä näe suuntaa.</numerusform>
            <numerusform>Valitse jakso, jonka aikana on kirjauksia vähintään %n viikolta: vähemmästä ei vielä näe suuntaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your check-ins changed after the preview. Look at the new preview and share again if it is right.</source>
        <translation>Kirjauksesi muuttuivat esikatselun jälkeen. Katso uusi esikatselu ja jaa uudelleen, jos se on oikein.</translation>
    </message>
    <message>
        <source>This shared summary is no longer in the pair journal.</source>
        <translation>Tätä jaettua yhteenvetoa ei enää ole parin päiväkirjassa.</translation>
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
        <source>This version has been proposed and waits for acceptance. To edit it, return it to a draft first.</source>
        <translation>Tätä versiota on ehdotettu, ja se odottaa hyväksyntää. Palauta se ensin luonnokseksi, jos haluat muokata sitä.</translation>
    </message>
    <message>
        <source>Only a proposed version can be accepted. Propose the draft first.</source>
        <translation>Vain ehdotetun version voi hyväksyä. Ehdottakaa luonnosta ensin.</translation>
    </message>
    <message>
        <source>This member has already accepted this version.</source>
        <translation>Tämä jäsen on jo hyväksynyt tämän version.</translation>
    </message>
    <message>
        <source>A new version is already being prepared. Finish it or discard it first.</source>
        <translation>Uusi versio on jo valmisteilla. Viekää se loppuun tai hylätkää se ensin.</translation>
    </message>
    <message>
        <source>No role split has been accepted yet. Agree on the first one first.</source>
        <translation>Roolijakoa ei ole vielä hyväksytty. Sopikaa ensin ensimmäisestä.</translation>
    </message>
    <message>
        <source>This version of the role split no longer exists. Reload the page.</source>
        <translation>Tätä roolijaon versiota ei enää ole. Avaa sivu uudelleen.</translation>
    </message>
    <message>
        <source>Choose the days from Monday to Sunday.</source>
        <translation>Valitse päivät maanantaista sunnuntaihin.</translation>
    </message>
    <message>
        <source>Add at least one task.</source>
        <translation>Lisää vähintään yksi tehtävä.</translation>
    </message>
    <message numerus="yes">
        <source>A role split can have at most %n tasks.</source>
        <translation>
            <numerusform>Roolijaossa voi olla enintään %n tehtävä.</numerusform>
            <numerusform>Roolijaossa voi olla enintään %n tehtävää.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same task is in the list twice. Remove one of them.</source>
        <translation>Sama tehtävä on luettelossa kahdesti. Poista toinen.</translation>
    </message>
    <message>
        <source>Write a name for the task, or remove the empty row.</source>
        <translation>Kirjoita tehtävälle nimi tai poista tyhjä rivi.</translation>
    </message>
    <message>
        <source>Two tasks have the same name. Rename or remove one of them.</source>
        <translation>Kahdella tehtävällä on sama nimi. Nimeä toinen uudelleen tai poista se.</translation>
    </message>
    <message numerus="yes">
        <source>A task name can be at most %n characters.</source>
        <translation>
            <numerusform>Tehtävän nimessä voi olla enintään %n merkki.</numerusform>
            <numerusform>Tehtävän nimessä voi olla enintään %n merkkiä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A note can be at most %n characters.</source>
        <translation>
            <numerusform>Huomiossa voi olla enintään %n merkki.</numerusform>
            <numerusform>Huomiossa voi olla enintään %n merkkiä.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new version cannot start before the version in force. Choose the same day or a later one.</source>
        <translation>Uusi versio ei voi alkaa ennen voimassa olevaa versiota. Valitse sama päivä tai myöhempi.</translation>
    </message>
    <message>
        <source>Choose the next review date.</source>
        <translation>Valitse seuraava tarkistuspäivä.</translation>
    </message>
    <message>
        <source>The next review date must come after the start date.</source>
        <translation>Seuraavan tarkistuspäivän täytyy olla alkamispäivän jälkeen.</translation>
    </message>
    <message>
        <source>Choose why the role split changes.</source>
        <translation>Valitse, miksi roolijako muuttuu.</translation>
    </message>
    <message>
        <source>You chose &apos;other&apos;: write the reason in a sentence or two.</source>
        <translation>Valitsit ”muu”: kirjoita syy lauseella tai parilla.</translation>
    </message>
    <message numerus="yes">
        <source>Write at most %n characters.</source>
        <translation>
            <numerusform>Kirjoita enintään %n merkki.</numerusform>
            <numerusform>Kirjoita enintään %n merkkiä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Work supervision can be every 1 to %n weeks, or not agreed.</source>
        <translation>
            <numerusform>Työnohjaus voi olla 1–%n viikon välein, tai sitä ei ole sovittu.</numerusform>
            <numerusform>Työnohjaus voi olla 1–%n viikon välein, tai sitä ei ole sovittu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write this on one line.</source>
        <translation>Kirjoita tämä yhdelle riville.</translation>
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
        <source>This passphrase is too easy to guess for someone who knows you.</source>
        <translation>Tämä tunnuslause on liian helppo arvata jollekulle, joka tuntee teidät.</translation>
    </message>
    <message>
        <source>%1: some parts of the file are damaged (they fail their check).</source>
        <translation>%1: osa tiedostosta on vaurioitunut (ne eivät läpäise tarkistustaan).</translation>
    </message>
    <message>
        <source>%1: the file&apos;s structure is damaged.</source>
        <translation>%1: tiedoston rakenne on vaurioitunut.</translation>
    </message>
    <message>
        <source>%1: some rows refer to rows that are not there.</source>
        <translation>%1: jotkin rivit viittaavat riveihin, joita ei ole.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: tiedostoa ei voi lukea.</translation>
    </message>
    <message>
        <source>%1: the check file does not open with the passphrase.</source>
        <translation>%1: tarkistustiedosto ei aukea tunnuslauseella.</translation>
    </message>
    <message>
        <source>%1: the file is not encrypted.</source>
        <translation>%1: tiedostoa ei ole salattu.</translation>
    </message>
    <message>
        <source>%1 is missing: an own area needs both of its files.</source>
        <translation>%1 puuttuu: oma osio tarvitsee molemmat tiedostonsa.</translation>
    </message>
    <message>
        <source>%1 is a link to some other place, which the app never follows.</source>
        <translation>%1 on linkki muualle, eikä sovellus koskaan seuraa sellaista.</translation>
    </message>
    <message>
        <source>%1: the own passphrase given does not open this own area.</source>
        <translation>%1: annettu oma tunnuslause ei avaa tätä omaa osiota.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong in the app (error %1). What you had already saved is safe. Try again; if it happens again, restart the app and tell your IT support the error code.</source>
        <translation>Sovelluksessa tapahtui odottamaton virhe (virhekoodi %1). Jo tallentamasi on tallessa. Yritä uudelleen; jos virhe toistuu, käynnistä sovellus uudelleen ja kerro virhekoodi IT-tuelle.</translation>
    </message>
    <message>
        <source>%1 at %2 of the file</source>
        <translation>%1 tiedoston kohdassa %2</translation>
    </message>
    <message>
        <source>The journal was made. Its texts hold details that can identify someone; a summary will not be made while a personal identity code is in it. Look at each one in the journal and remove what is not needed:</source>
        <translation>Päiväkirja tehtiin. Sen teksteissä on tietoja, joista joku voidaan tunnistaa; yhteenvetoa ei tehdä, kun niissä on henkilötunnus. Katso jokainen päiväkirjassa ja poista se, mitä ei tarvita:</translation>
    </message>
    <message>
        <source>Your names, the journal&apos;s name and the words of your work are the first guesses of anyone who knows you.</source>
        <translation>Nimenne, päiväkirjan nimi ja työnne sanasto ovat ensimmäisiä arvauksia kenelle tahansa, joka tuntee teidät.</translation>
    </message>
    <message>
        <source>The most common words are tried early.</source>
        <translation>Yleisimmät sanat kokeillaan ensimmäisinä.</translation>
    </message>
    <message>
        <source>Years and dates are guessed quickly.</source>
        <translation>Vuosiluvut ja päivämäärät arvataan nopeasti.</translation>
    </message>
    <message>
        <source>Keyboard runs and sequences like 1234 or qwerty add almost nothing.</source>
        <translation>Näppäimistön rivit ja sarjat kuten 1234 tai qwerty eivät juuri lisää mitään.</translation>
    </message>
    <message>
        <source>Repeating a character or a part adds almost nothing.</source>
        <translation>Saman merkin tai osan toistaminen ei juuri lisää mitään.</translation>
    </message>
    <message>
        <source>Strong is four or more words that have nothing to do with each other or with you, in an order only you know.</source>
        <translation>Vahva tunnuslause on neljä tai useampia sanoja, joilla ei ole mitään tekemistä toistensa eikä teidän kanssanne, järjestyksessä, jonka vain te tiedätte.</translation>
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
        <source>This member has no own area yet. Make one with your own passphrase first.</source>
        <translation>Tällä jäsenellä ei ole vielä omaa osiota. Luo se ensin omalla tunnuslauseella.</translation>
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
    <name>NudgeCard</name>
    <message>
        <source>A note for you</source>
        <translation>Sinulle</translation>
    </message>
    <message>
        <source>If things feel heavy right now, support is also here:</source>
        <translation>Jos olo on nyt raskas, tukea saa myös täältä:</translation>
    </message>
    <message>
        <source>Add to the supervision agenda</source>
        <translation>Lisää työnohjauksen asialistalle</translation>
    </message>
    <message>
        <source>Adds a topic about your coping to the next planned work supervision. None of your answers or notes go with it.</source>
        <translation>Lisää jaksamisestasi aiheen seuraavan suunnitellun työnohjauksen asialistalle. Vastauksesi ja muistiinpanosi eivät siirry sen mukana.</translation>
    </message>
    <message>
        <source>Thanks, I have read this</source>
        <translation>Kiitos, luin tämän</translation>
    </message>
    <message>
        <source>Remind me in a week</source>
        <translation>Muistuta viikon päästä</translation>
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
        <source>has a personal area</source>
        <translation>oma osio luotu</translation>
    </message>
    <message>
        <source>no personal area yet</source>
        <translation>ei vielä omaa osiota</translation>
    </message>
</context>
<context>
    <name>OwnAreaView</name>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>The well-being questions are shown in Finnish: the app has no official wording of them in this language, and a validated question is never translated on our own.</source>
        <translation>Jaksamisen kysymykset näytetään suomeksi: sovelluksessa ei ole niistä virallista tämänkielistä sanamuotoa, eikä validoitua kysymystä koskaan käännetä omin päin.</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>Kysymysten kieli</translation>
    </message>
    <message>
        <source>Do this week&apos;s check-in</source>
        <translation>Tee viikon kirjaus</translation>
    </message>
    <message>
        <source>How it has gone</source>
        <translation>Miten on mennyt</translation>
    </message>
    <message>
        <source>Here you will see how your answers develop week by week, once you have made check-ins.</source>
        <translation>Kun olet tehnyt kirjauksia, näet tässä, miten vastauksesi kehittyvät viikosta toiseen.</translation>
    </message>
    <message>
        <source>Your check-ins</source>
        <translation>Kirjauksesi</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Ei vielä kirjauksia.</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Korjaa…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Uusi kirjaus</translation>
    </message>
    <message>
        <source>Shared for supervision</source>
        <translation>Jaettu työnohjaukseen</translation>
    </message>
    <message>
        <source>Share your stress trend…</source>
        <translation>Jaa stressisi kehitys…</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Omat asetukset</translation>
    </message>
    <message>
        <source>Also use: %1</source>
        <translation>Käytä myös: %1</translation>
    </message>
    <message>
        <source>Also ask: %1</source>
        <translation>Kysy myös: %1</translation>
    </message>
    <message>
        <source>(never shared)</source>
        <translation>(ei koskaan jaeta)</translation>
    </message>
    <message>
        <source>I have a guiding responsibility (ask how it felt)</source>
        <translation>Minulla on ohjausvastuu (kysy, miltä se tuntui)</translation>
    </message>
    <message>
        <source>Remind me also when my own history often comes close, or visits have been heavy (a proposal, not a validated rule)</source>
        <translation>Muistuta myös, kun oma historia tulee usein lähelle tai käynnit ovat olleet raskaita (ehdotus, ei validoitu sääntö)</translation>
    </message>
    <message>
        <source>Continue the check-in</source>
        <translation>Jatka kirjausta</translation>
    </message>
    <message>
        <source>You have a check-in you began at %1 and did not save yet.</source>
        <translation>Sinulla on klo %1 aloitettu kirjaus, jota ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <source>This week&apos;s check-in is still to do. It takes about a minute.</source>
        <translation>Tämän viikon kirjaus on vielä tekemättä. Se vie noin minuutin.</translation>
    </message>
    <message>
        <source>This time it also has the question asked once a month.</source>
        <translation>Tällä kertaa mukana on myös kerran kuukaudessa kysyttävä kysymys.</translation>
    </message>
    <message>
        <source>Strain after visits (debriefs)</source>
        <translation>Käyntien kuormitus (purut)</translation>
    </message>
    <message>
        <source>0 = not at all … 10 = very much</source>
        <translation>0 = ei lainkaan … 10 = erittäin paljon</translation>
    </message>
    <message>
        <source>would like to talk</source>
        <translation>haluan puhua</translation>
    </message>
    <message>
        <source>note</source>
        <translation>muistiinpano</translation>
    </message>
    <message>
        <source>Nothing is shared. You can share your weekly stress values and their direction for the supervision summary; nothing else.</source>
        <translation>Mitään ei ole jaettu. Voit jakaa työnohjauksen yhteenvetoon viikoittaiset stressiarvosi ja niiden suunnan, et muuta.</translation>
    </message>
    <message>
        <source>In the pair journal now (your partner can see these):</source>
        <translation>Parin päiväkirjassa nyt (työparisi näkee nämä):</translation>
    </message>
    <message>
        <source>%1–%2: %3 weeks, %4</source>
        <translation>%1–%2: %3 viikkoa, %4</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Peru jako</translation>
    </message>
    <message>
        <source>Withdraw the shared summary %1</source>
        <translation>Peru jaettu yhteenveto %1</translation>
    </message>
    <message>
        <source>Setting saved at %1.</source>
        <translation>Asetus tallennettu klo %1.</translation>
    </message>
    <message>
        <source>Discard the check-in?</source>
        <translation>Hylätäänkö kirjaus?</translation>
    </message>
    <message>
        <source>Your answers in this check-in are not saved. They will be removed.</source>
        <translation>Tämän kirjauksen vastauksia ei ole tallennettu. Ne poistetaan.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Delete the check-in?</source>
        <translation>Poistetaanko kirjaus?</translation>
    </message>
    <message>
        <source>The check-in of %1 is deleted for good, with its answers and note. This cannot be undone.</source>
        <translation>Kirjaus %1 poistetaan pysyvästi vastauksineen ja muistiinpanoineen. Poistoa ei voi perua.</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Poista kirjaus</translation>
    </message>
    <message>
        <source>Check-in deleted at %1.</source>
        <translation>Kirjaus poistettu klo %1.</translation>
    </message>
    <message>
        <source>Shared summary withdrawn at %1.</source>
        <translation>Jaettu yhteenveto peruttu klo %1.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Tallennettu klo %1.</translation>
    </message>
    <message>
        <source>Shared with the pair journal at %1.</source>
        <translation>Jaettu parin päiväkirjaan klo %1.</translation>
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
        <source>At least 12 characters. Four or more words that have nothing to do with each other or with you are easy to remember and hard to guess.</source>
        <translation>Vähintään 12 merkkiä. Neljä tai useampia toisiinsa ja teihin liittymättömiä sanoja on helppo muistaa ja vaikea arvata.</translation>
    </message>
    <message>
        <source>Too easy to guess.</source>
        <translation>Liian helppo arvata.</translation>
    </message>
    <message>
        <source>Good enough. One more unrelated word would make it strong.</source>
        <translation>Riittävä. Yksi toisiin liittymätön sana lisää tekisi siitä vahvan.</translation>
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
    <message>
        <source>Forgot your own passphrase?</source>
        <translation>Unohtuiko oma tunnuslause?</translation>
    </message>
    <message>
        <source>Old own passphrase</source>
        <translation>Vanha oma tunnuslause</translation>
    </message>
    <message>
        <source>Bring the old own area back</source>
        <translation>Palauta vanha oma osio</translation>
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
        <source>Delete the old own area now…</source>
        <translation>Poista vanha oma osio nyt…</translation>
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
        <source>The own area made since then is not lost: it is put aside in its place for 30 days and comes back with its own passphrase.</source>
        <translation>Sen jälkeen luotu oma osio ei katoa: se siirretään sivuun 30 päiväksi, ja sen saa takaisin sen omalla tunnuslauseella.</translation>
    </message>
    <message>
        <source>Own area of %1 is open</source>
        <translation>Oma osio on auki: %1</translation>
    </message>
    <message>
        <source>No work supervision session is planned yet. Add one on the Työnohjaus page, then you can add the topic.</source>
        <translation>Työnohjauskertaa ei ole vielä suunniteltu. Lisää se Työnohjaus-sivulla, niin voit lisätä aiheen.</translation>
    </message>
    <message>
        <source>My coping at work – I would like to talk about it</source>
        <translation>Oma jaksaminen työssä – haluan puhua siitä</translation>
    </message>
    <message>
        <source>The topic is already on the agenda for %1.</source>
        <translation>Aihe on jo asialistalla työnohjauksessa %1.</translation>
    </message>
    <message>
        <source>Added to the work supervision agenda for %1: only the topic, none of your answers.</source>
        <translation>Lisätty asialistalle työnohjaukseen %1: vain aihe, ei mitään vastauksistasi.</translation>
    </message>
    <message>
        <source>Opening the own area…</source>
        <translation>Omaa osiota avataan…</translation>
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
    <message numerus="yes">
        <source>Your own area was closed after %n minutes without use.</source>
        <translation>
            <numerusform>Oma osiosi suljettiin, kun sitä ei ollut käytetty minuuttiin.</numerusform>
            <numerusform>Oma osiosi suljettiin, kun sitä ei ollut käytetty %n minuuttiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check-in you began is kept in it: open the area to continue.</source>
        <translation>Aloittamasi kirjaus on tallessa siellä: avaa osio ja jatka.</translation>
    </message>
    <message>
        <source>Start afresh with a new own area?</source>
        <translation>Aloitetaanko alusta uudella omalla osiolla?</translation>
    </message>
    <message>
        <source>Without the passphrase nobody can open the own area of %1, not even with the pair passphrase. If you go on, the area is put aside and you can create a new, empty own area with a new passphrase. For 30 days the old area can be brought back with its old passphrase; after that it is deleted for good. The pair journal stays as it is, including anything shared from the old area.</source>
        <translation>Ilman tunnuslausetta kukaan ei voi avata käyttäjän %1 omaa osiota, ei myöskään parin tunnuslauseella. Jos jatkat, osio siirretään sivuun ja voit luoda uuden, tyhjän oman osion uudella tunnuslauseella. Vanhan osion voi palauttaa sen vanhalla tunnuslauseella 30 päivän ajan; sen jälkeen se poistetaan pysyvästi. Parin päiväkirja säilyy ennallaan, myös se, mitä vanhasta osiosta on jaettu.</translation>
    </message>
    <message>
        <source>Put aside and start afresh</source>
        <translation>Siirrä sivuun ja aloita alusta</translation>
    </message>
    <message>
        <source>Putting the old own area aside…</source>
        <translation>Vanhaa omaa osiota siirretään sivuun…</translation>
    </message>
    <message>
        <source>The old own area was put aside; it can be brought back until %1. Choose a new passphrase to create a new one.</source>
        <translation>Vanha oma osio siirrettiin sivuun; sen voi palauttaa %1 asti. Valitse uusi tunnuslause, niin voit luoda uuden osion.</translation>
    </message>
    <message>
        <source>Type the old own passphrase.</source>
        <translation>Kirjoita vanha oma tunnuslause.</translation>
    </message>
    <message>
        <source>Bringing the old own area back…</source>
        <translation>Vanhaa omaa osiota palautetaan…</translation>
    </message>
    <message>
        <source>This passphrase does not open the old own area.</source>
        <translation>Tämä tunnuslause ei avaa vanhaa omaa osiota.</translation>
    </message>
    <message>
        <source>The old own area of %1 is back. Open it with its old passphrase.</source>
        <translation>Käyttäjän %1 vanha oma osio on palautettu. Avaa se sen vanhalla tunnuslauseella.</translation>
    </message>
    <message>
        <source>Delete the old own area?</source>
        <translation>Poistetaanko vanha oma osio?</translation>
    </message>
    <message>
        <source>The old own area is deleted for good now and can no longer be brought back. This area stays as it is.</source>
        <translation>Vanha oma osio poistetaan nyt pysyvästi, eikä sitä voi enää palauttaa. Tämä osio säilyy ennallaan.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Poista pysyvästi</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <source>Remove the identity code</source>
        <translation>Poista henkilötunnus</translation>
    </message>
    <message>
        <source>This text contains a personal identity code (henkilötunnus). Do not write identifying details into the journal.</source>
        <translation>Tekstissä on henkilötunnus. Älä kirjaa päiväkirjaan tunnistetietoja.</translation>
    </message>
    <message>
        <source>Something here looks like a personal identity code.</source>
        <translation>Tekstissä on henkilötunnuksen näköinen merkkijono.</translation>
    </message>
    <message>
        <source>This text seems to contain a phone number.</source>
        <translation>Tekstissä näyttää olevan puhelinnumero.</translation>
    </message>
    <message>
        <source>This text seems to contain an e-mail address.</source>
        <translation>Tekstissä näyttää olevan sähköpostiosoite.</translation>
    </message>
    <message>
        <source>Remove it if it belongs to a client.</source>
        <translation>Poista se, jos se kuuluu asiakkaalle.</translation>
    </message>
</context>
<context>
    <name>Reflection</name>
    <message>
        <source>strain %1/10</source>
        <translation>kuormitus %1/10</translation>
    </message>
    <message>
        <source>own past came close: %1</source>
        <translation>tuliko oma tausta lähelle: %1</translation>
    </message>
    <message>
        <source>wants to debrief this together</source>
        <translation>haluaa purkaa tämän yhdessä</translation>
    </message>
</context>
<context>
    <name>ReflectionBox</name>
    <message>
        <source>Own reflection of %1</source>
        <translation>Omat kohdat: %1</translation>
    </message>
    <message>
        <source>Only into your own area (%1). Your partner sees it only if you share.</source>
        <translation>Vain omaan osioosi (%1). Työparisi näkee tämän vain, jos jaat sen.</translation>
    </message>
    <message>
        <source>%1 has no own area yet. Create it on the Own area page to keep these answers.</source>
        <translation>Omaa osiota ei ole vielä luotu (%1). Luo se Oma osio -sivulla, niin voit tallentaa nämä vastaukset.</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>ei vastattu</translation>
    </message>
    <message>
        <source>How much does this visit weigh on me now, 0 to 10</source>
        <translation>Kuinka paljon käynti kuormittaa minua nyt, 0–10</translation>
    </message>
    <message>
        <source>How much does this visit weigh on me now? (0–10)</source>
        <translation>Kuinka paljon käynti kuormittaa minua nyt? (0–10)</translation>
    </message>
    <message>
        <source>Shared with the pair</source>
        <translation>Jaettu työparille</translation>
    </message>
    <message>
        <source>Strain now</source>
        <translation>Kuormitus nyt</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>ei lainkaan</translation>
    </message>
    <message>
        <source>very much</source>
        <translation>erittäin paljon</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>Clear the strain answer</source>
        <translation>Tyhjennä kuormitusvastaus</translation>
    </message>
    <message>
        <source>Did my own past come close</source>
        <translation>Tuliko oma tausta lähelle</translation>
    </message>
    <message>
        <source>Did my own past come close?</source>
        <translation>Tuliko oma tausta lähelle?</translation>
    </message>
    <message>
        <source>I want to debrief this with my pair</source>
        <translation>Haluan purkaa tämän työparin kanssa</translation>
    </message>
    <message>
        <source>What feelings did the visit stir in me?</source>
        <translation>Mitä tunteita käynti herätti minussa?</translation>
    </message>
    <message>
        <source>Share with my pair (not my feelings)</source>
        <translation>Jaa työparille (ei tunteita)</translation>
    </message>
    <message>
        <source>Share my strain, past and wish to debrief with my pair (not my feelings)</source>
        <translation>Jaa kuormitus, taustan läheisyys ja purkutoive työparille (ei tunteita)</translation>
    </message>
    <message>
        <source>Own passphrase of %1</source>
        <translation>Oma tunnuslause, %1</translation>
    </message>
    <message>
        <source>%1&apos;s own passphrase, to save these answers</source>
        <translation>Oma tunnuslause (%1) vastausten tallentamiseen</translation>
    </message>
    <message>
        <source>Shared with the pair: %1</source>
        <translation>Jaettu työparille: %1</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Reviewed, no changes</source>
        <translation>Tarkistettu, ei muutoksia</translation>
    </message>
    <message>
        <source>You looked at version %1 of the role split together and keep it as it is. The review is recorded and the reminder moves to the next date.</source>
        <translation>Kävitte roolijaon version %1 yhdessä läpi ja pidätte sen ennallaan. Tarkistus kirjataan, ja muistutus siirtyy seuraavaan tarkistuspäivään.</translation>
    </message>
    <message>
        <source>Who records it?</source>
        <translation>Kuka kirjaa?</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Seuraava tarkistus</translation>
    </message>
    <message>
        <source>Discussed in work supervision</source>
        <translation>Käsitelty työnohjauksessa</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Huomio (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Record the review</source>
        <translation>Kirjaa tarkistus</translation>
    </message>
</context>
<context>
    <name>RoleDescription</name>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Hyväksyneet</translation>
    </message>
    <message>
        <source>not accepted yet</source>
        <translation>ei vielä hyväksytty</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Seuraava tarkistus</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ei asetettu</translation>
    </message>
    <message>
        <source>Discussed in work supervision</source>
        <translation>Käsitelty työnohjauksessa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Ehdottaja</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Ei tehtäviä.</translation>
    </message>
    <message>
        <source>Frame of the pair</source>
        <translation>Työparin raamit</translation>
    </message>
    <message>
        <source>Why this version</source>
        <translation>Miksi tämä versio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>%1 · role split, version %2</source>
        <translation>%1 · roolijako, versio %2</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>Tehtävänkuva</translation>
    </message>
    <message>
        <source>Role split of the work pair, version %1</source>
        <translation>Työparin roolijako, versio %1</translation>
    </message>
    <message>
        <source>Tasks and who leads them</source>
        <translation>Tehtävät ja vetovastuu</translation>
    </message>
    <message>
        <source>Työparipäiväkirja · printed %1</source>
        <translation>Työparipäiväkirja · tulostettu %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Sivu %1</translation>
    </message>
</context>
<context>
    <name>RoleDiff</name>
    <message>
        <source>Added</source>
        <translation>Lisätty</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>Lead moved</source>
        <translation>Vetovastuu siirtyi</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Nimi muuttui</translation>
    </message>
    <message>
        <source>Notes changed</source>
        <translation>Huomiot muuttuivat</translation>
    </message>
    <message>
        <source>Frame of the pair</source>
        <translation>Työparin raamit</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Järjestys</translation>
    </message>
    <message>
        <source>The tasks are in a new order.</source>
        <translation>Tehtävät ovat uudessa järjestyksessä.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Ei eroja.</translation>
    </message>
</context>
<context>
    <name>RoleLabels</name>
    <message>
        <source>professional</source>
        <translation>ammattilainen</translation>
    </message>
    <message>
        <source>expert by experience</source>
        <translation>kokemusasiantuntija</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>yhteinen</translation>
    </message>
    <message>
        <source>Prof.</source>
        <translation>Amm.</translation>
    </message>
    <message>
        <source>EbE</source>
        <translation>KA</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Yht.</translation>
    </message>
    <message>
        <source>Led by the professional</source>
        <translation>Ammattilaisen vetovastuulla</translation>
    </message>
    <message>
        <source>Led by the expert by experience</source>
        <translation>Kokemusasiantuntijan vetovastuulla</translation>
    </message>
    <message>
        <source>Shared tasks</source>
        <translation>Yhteiset tehtävät</translation>
    </message>
    <message>
        <source>Trust has grown</source>
        <translation>Luottamus kasvanut</translation>
    </message>
    <message>
        <source>Training completed</source>
        <translation>Koulutus valmistunut</translation>
    </message>
    <message>
        <source>Working time changed</source>
        <translation>Työaika muuttunut</translation>
    </message>
    <message>
        <source>Strain</source>
        <translation>Kuormitus</translation>
    </message>
    <message>
        <source>Clientele</source>
        <translation>Asiakaskunta</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Agreed in work supervision</source>
        <translation>Sovittu työnohjauksessa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>luonnos</translation>
    </message>
    <message>
        <source>proposed, waiting for acceptance</source>
        <translation>ehdotettu, odottaa hyväksyntää</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>hyväksytty</translation>
    </message>
    <message>
        <source>full-time</source>
        <translation>kokoaikainen</translation>
    </message>
    <message>
        <source>part-time</source>
        <translation>osa-aikainen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei koulutusta</translation>
    </message>
    <message>
        <source>apprenticeship</source>
        <translation>oppisopimus</translation>
    </message>
    <message>
        <source>degree studies</source>
        <translation>tutkinto-opinnot</translation>
    </message>
    <message>
        <source>expert-by-experience training</source>
        <translation>kokemusasiantuntijakoulutus</translation>
    </message>
    <message>
        <source>other training</source>
        <translation>muu koulutus</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ti</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ke</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>pe</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>la</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>su</translation>
    </message>
    <message>
        <source>no shared days</source>
        <translation>ei yhteisiä päiviä</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>ei sovittu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>%n viikon välein</numerusform>
            <numerusform>%n viikon välein</numerusform>
        </translation>
    </message>
    <message>
        <source>Working time of the expert by experience</source>
        <translation>Kokemusasiantuntijan työaika</translation>
    </message>
    <message>
        <source>Working time of the professional</source>
        <translation>Ammattilaisen työaika</translation>
    </message>
    <message>
        <source>Days worked together</source>
        <translation>Yhteiset työpäivät</translation>
    </message>
    <message>
        <source>Living in the same town</source>
        <translation>Asuvat samalla paikkakunnalla</translation>
    </message>
    <message>
        <source>Shared office</source>
        <translation>Yhteinen toimisto</translation>
    </message>
    <message>
        <source>Line manager</source>
        <translation>Esihenkilö</translation>
    </message>
    <message>
        <source>The professional has a guiding role</source>
        <translation>Ammattilaisella on ohjaava rooli</translation>
    </message>
    <message>
        <source>Who supports the expert by experience</source>
        <translation>Kokemusasiantuntijan tuki</translation>
    </message>
    <message>
        <source>Work supervision</source>
        <translation>Työnohjaus</translation>
    </message>
    <message>
        <source>Training under way</source>
        <translation>Meneillään oleva koulutus</translation>
    </message>
    <message>
        <source>About the training</source>
        <translation>Koulutuksesta</translation>
    </message>
    <message>
        <source>Expert by experience started in the field</source>
        <translation>Kokemusasiantuntija aloitti alalla</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 klo %2</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>entinen jäsen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 ja %2</translation>
    </message>
</context>
<context>
    <name>RoleReviewReminder</name>
    <message>
        <source>Role split review</source>
        <translation>Roolijaon tarkistus</translation>
    </message>
    <message>
        <source>Go to the role split</source>
        <translation>Siirry roolijakoon</translation>
    </message>
    <message>
        <source>It is time to review your role split together (agreed for %1). Either make a change, or mark that you reviewed it and keep it as it is.</source>
        <translation>On aika tarkistaa roolijako yhdessä (sovittu tarkistuspäivä %1). Tehkää muutos tai merkitkää, että tarkistitte sen ja pidätte sen ennallaan.</translation>
    </message>
</context>
<context>
    <name>RoleTimeline</name>
    <message>
        <source>Timeline of how the roles have moved</source>
        <translation>Aikajana: miten roolit ovat muuttuneet</translation>
    </message>
    <message>
        <source>The timeline starts when the first role split is accepted.</source>
        <translation>Aikajana alkaa, kun ensimmäinen roolijako on hyväksytty.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>tänään</translation>
    </message>
    <message>
        <source>discussed in work supervision</source>
        <translation>käsitelty työnohjauksessa</translation>
    </message>
    <message>
        <source>No role split has been accepted yet.</source>
        <translation>Roolijakoa ei ole vielä hyväksytty.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 alkaen</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>The draft was discarded.</source>
        <translation>Luonnos hylättiin.</translation>
    </message>
    <message>
        <source>Role split</source>
        <translation>Roolijako</translation>
    </message>
    <message>
        <source>Here you agree together who leads which task; start from the guide&apos;s default tasks and shape them to fit your pair.</source>
        <translation>Täällä sovitte yhdessä, kuka vetää mitäkin tehtävää: aloittakaa oppaan oletustehtävistä ja muokatkaa niistä omalle työparillenne sopivat.</translation>
    </message>
    <message>
        <source>Start the role split from the default tasks</source>
        <translation>Aloita roolijako oletustehtävistä</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Continue editing</source>
        <translation>Jatka muokkausta</translation>
    </message>
    <message>
        <source>Return to a draft</source>
        <translation>Palauta luonnokseksi</translation>
    </message>
    <message>
        <source>Make the proposal a draft again to change it; acceptances given are cleared</source>
        <translation>Palauta ehdotus luonnokseksi muuttaaksesi sitä; annetut hyväksynnät poistuvat</translation>
    </message>
    <message>
        <source>Role split in force</source>
        <translation>Voimassa oleva roolijako</translation>
    </message>
    <message>
        <source>Make a change</source>
        <translation>Tee muutos</translation>
    </message>
    <message>
        <source>Start a new version from the one in force</source>
        <translation>Aloita uusi versio voimassa olevan pohjalta</translation>
    </message>
    <message>
        <source>Reviewed, no changes…</source>
        <translation>Tarkistettu, ei muutoksia…</translation>
    </message>
    <message>
        <source>Save the role description as PDF…</source>
        <translation>Tallenna tehtävänkuva PDF:nä…</translation>
    </message>
    <message>
        <source>How the roles have moved</source>
        <translation>Miten roolit ovat muuttuneet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Versions and reviews</source>
        <translation>Versiot ja tarkistukset</translation>
    </message>
    <message>
        <source>Compare version</source>
        <translation>Vertaa versiota</translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation>Vertailtava versio</translation>
    </message>
    <message>
        <source>with version</source>
        <translation>versioon</translation>
    </message>
    <message>
        <source>Compare with version</source>
        <translation>Versio, johon verrataan</translation>
    </message>
    <message>
        <source>No role split is in force yet: the first version is being prepared.</source>
        <translation>Roolijakoa ei ole vielä voimassa: ensimmäinen versio on valmisteilla.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versio %1</translation>
    </message>
    <message>
        <source>in force from %1</source>
        <translation>voimassa %1 alkaen</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>seuraava tarkistus %1</translation>
    </message>
    <message>
        <source>Accepted by %1</source>
        <translation>Hyväksyneet: %1</translation>
    </message>
    <message>
        <source>Discussed in work supervision.</source>
        <translation>Käsitelty työnohjauksessa.</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Ei tehtäviä.</translation>
    </message>
    <message>
        <source>Version %1 is being prepared</source>
        <translation>Versio %1 on valmisteilla</translation>
    </message>
    <message>
        <source>%1 proposed it on %2. It comes into force on %3 once every member has accepted it.</source>
        <translation>%1 ehdotti sitä %2. Se tulee voimaan %3, kun jokainen on hyväksynyt sen.</translation>
    </message>
    <message>
        <source>The draft is not in force. Continue editing it and propose it when it is ready.</source>
        <translation>Luonnos ei ole voimassa. Jatkakaa sen muokkaamista ja ehdottakaa sitä, kun se on valmis.</translation>
    </message>
    <message>
        <source>This will be the first version.</source>
        <translation>Tästä tulee ensimmäinen versio.</translation>
    </message>
    <message>
        <source>%1 accepted on %2.</source>
        <translation>%1 hyväksyi %2.</translation>
    </message>
    <message>
        <source>%1 accepts version %2…</source>
        <translation>%1 hyväksyy version %2…</translation>
    </message>
    <message>
        <source>has not accepted yet</source>
        <translation>ei ole vielä hyväksynyt</translation>
    </message>
    <message>
        <source>Version %1, in force from %2</source>
        <translation>Versio %1, voimassa %2 alkaen</translation>
    </message>
    <message>
        <source>discussed in work supervision</source>
        <translation>käsitelty työnohjauksessa</translation>
    </message>
    <message>
        <source>Reviewed on %1, no changes (%2); next review %3</source>
        <translation>Tarkistettu %1, ei muutoksia (%2); seuraava tarkistus %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Valitse kaksi eri versiota.</translation>
    </message>
    <message>
        <source>Accept the role split</source>
        <translation>Hyväksy roolijako</translation>
    </message>
    <message>
        <source>%1, do you accept version %2 of the role split? Your acceptance is recorded with your name and the time. When every member has accepted, the version is in force from %3 and can no longer be changed.</source>
        <translation>%1, hyväksytkö roolijaon version %2? Hyväksyntäsi kirjataan nimelläsi ja kellonajalla. Kun jokainen on hyväksynyt, versio on voimassa %3 alkaen, eikä sitä voi enää muuttaa.</translation>
    </message>
    <message>
        <source>I accept</source>
        <translation>Hyväksyn</translation>
    </message>
    <message>
        <source>Everyone has accepted: version %1 is in force from %2.</source>
        <translation>Kaikki ovat hyväksyneet: versio %1 on voimassa %2 alkaen.</translation>
    </message>
    <message>
        <source>%1 accepted version %2.</source>
        <translation>%1 hyväksyi version %2.</translation>
    </message>
    <message>
        <source>Return to a draft?</source>
        <translation>Palautetaanko luonnokseksi?</translation>
    </message>
    <message>
        <source>The acceptances given so far are cleared, and everyone accepts again after the draft is proposed anew.</source>
        <translation>Tähän mennessä annetut hyväksynnät poistuvat, ja jokainen hyväksyy uudelleen, kun luonnosta ehdotetaan uudestaan.</translation>
    </message>
    <message>
        <source>The review was recorded. Next review %1.</source>
        <translation>Tarkistus kirjattiin. Seuraava tarkistus %1.</translation>
    </message>
    <message>
        <source>Save the role description</source>
        <translation>Tallenna tehtävänkuva</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the role description…</source>
        <translation>Tallennetaan tehtävänkuvaa…</translation>
    </message>
    <message>
        <source>The role description was saved as %1.</source>
        <translation>Tehtävänkuva tallennettiin nimellä %1.</translation>
    </message>
    <message>
        <source>Version %1 was proposed. Each member now accepts it.</source>
        <translation>Versiota %1 ehdotettiin. Nyt jokainen hyväksyy sen.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Käynnin tyyppi</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Asiakkaan koodi</translation>
    </message>
    <message>
        <source>Found text</source>
        <translation>Osuma</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>First name is enough (optional)</source>
        <translation>Etunimi riittää (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Asialista</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Siirrä &amp;alas</translation>
    </message>
    <message>
        <source>&amp;Remove from agenda</source>
        <translation>&amp;Poista asialistalta</translation>
    </message>
    <message>
        <source>A topic of your own</source>
        <translation>Oma aihe</translation>
    </message>
    <message>
        <source>Something else to talk about</source>
        <translation>Jokin muu puheeksi otettava</translation>
    </message>
    <message>
        <source>&amp;Add topic</source>
        <translation>&amp;Lisää aihe</translation>
    </message>
    <message>
        <source>Topics raised in debriefs</source>
        <translation>Purkujen nostot</translation>
    </message>
    <message>
        <source>Add to agenda</source>
        <translation>Lisää asialistalle</translation>
    </message>
    <message>
        <source>No topics were raised in shared debriefs since the previous session.</source>
        <translation>Jaetuissa puruissa ei ole nostettu aiheita edellisen työnohjauskerran jälkeen.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Sopimukset</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Add a&amp;greement</source>
        <translation>Lisää s&amp;opimus</translation>
    </message>
    <message>
        <source>Remove agreement</source>
        <translation>Poista sopimus</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Tallenna työnohjauskerta</translation>
    </message>
    <message>
        <source>Make the su&amp;mmary…</source>
        <translation>Tee y&amp;hteenveto…</translation>
    </message>
    <message>
        <source>Saves the session, then makes the summary for the supervisor</source>
        <translation>Tallentaa työnohjauskerran ja tekee yhteenvedon työnohjaajalle</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Poista työnohjauskerta…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Työnohjaaja</translation>
    </message>
    <message>
        <source>In the order you want to talk about them. Drag or use the buttons.</source>
        <translation>Siinä järjestyksessä, jossa haluatte puhua niistä. Vedä tai käytä painikkeita.</translation>
    </message>
    <message>
        <source>Topics raised in debriefs since the previous session</source>
        <translation>Purkujen nostot edellisen työnohjauskerran jälkeen</translation>
    </message>
    <message>
        <source>What was agreed in this session; the next summary reports on them.</source>
        <translation>Mitä tällä kerralla sovittiin; seuraava yhteenveto kertoo, miten ne ovat edenneet.</translation>
    </message>
    <message>
        <source>Draft kept at %1 (not yet saved)</source>
        <translation>Luonnos tallessa klo %1 (työnohjauskertaa ei ole vielä tallennettu)</translation>
    </message>
    <message>
        <source>Recovered from a draft saved at %1</source>
        <translation>Palautettu luonnoksesta, joka tallentui klo %1</translation>
    </message>
    <message>
        <source>New session (not saved yet)</source>
        <translation>Uusi työnohjauskerta (ei vielä tallennettu)</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Työnohjaus %1</translation>
    </message>
    <message>
        <source>Discard this new session…</source>
        <translation>Hylkää uusi työnohjauskerta…</translation>
    </message>
    <message>
        <source>Who sees to it</source>
        <translation>Kuka hoitaa</translation>
    </message>
    <message>
        <source>Remove the personal identity code before saving: use the button under the text.</source>
        <translation>Poista henkilötunnus ennen tallentamista: käytä tekstin alla olevaa painiketta.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Tallennettu klo %1</translation>
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
        <source>Dates, numbers and alphabetical order follow the language too. A new language is used from the next start of the app.</source>
        <translation>Myös päivämäärät, luvut ja aakkosjärjestys noudattavat kieltä. Uusi kieli otetaan käyttöön, kun sovellus käynnistetään seuraavan kerran.</translation>
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
    <message>
        <source>Backups, a second backup folder (a USB stick) and export are under Journal → Backups and export, while the journal is unlocked.</source>
        <translation>Varmuuskopiot, toinen varmuuskopiokansio (USB-muisti) ja vienti löytyvät kohdasta Päiväkirja → Varmuuskopiot ja vienti, kun päiväkirja on avattu.</translation>
    </message>
</context>
<context>
    <name>SharingView</name>
    <message>
        <source>Share your stress trend for supervision</source>
        <translation>Jaa stressisi kehitys työnohjaukseen</translation>
    </message>
    <message>
        <source>You can copy a short summary of your stress into the pair&apos;s shared journal, for the work supervision summary. Only the stress value of each week (1–5) and one word for its direction are shared. Your other answers, notes, wishes to talk and the recovery question are never shared. Your partner can see what you share, and you can withdraw it later.</source>
        <translation>Voit kopioida parin yhteiseen päiväkirjaan lyhyen yhteenvedon stressistäsi työnohjauksen yhteenvetoa varten. Jaetaan vain kunkin viikon stressiarvo (1–5) ja yksi sana sen suunnasta. Muita vastauksiasi, muistiinpanoja, puhumistoiveita tai toipumista koskevaa kysymystä ei koskaan jaeta. Työparisi näkee jakamasi tiedot, ja voit perua jaon myöhemmin.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Päättyen</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation>Mitä jaetaan</translation>
    </message>
    <message>
        <source>This is what will be shared</source>
        <translation>Tämä jaetaan</translation>
    </message>
    <message>
        <source>How the direction is worked out: the average of the later half of the weeks is compared with the earlier half. At least %1 points higher is rising, at least %1 lower is falling, otherwise steady.</source>
        <translation>Näin suunta lasketaan: jakson jälkimmäisen puoliskon viikkojen keskiarvoa verrataan ensimmäiseen puoliskoon. Vähintään %1 pistettä korkeampi on nouseva, vähintään %1 pistettä matalampi laskeva, muuten tasainen.</translation>
    </message>
    <message>
        <source>Share this</source>
        <translation>Jaa nämä tiedot</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>Whose: %1</source>
        <translation>Kenen: %1</translation>
    </message>
    <message>
        <source>Period: %1–%2</source>
        <translation>Jakso: %1–%2</translation>
    </message>
    <message>
        <source>Stress each week (%1):</source>
        <translation>Stressi viikoittain (%1):</translation>
    </message>
    <message>
        <source>Direction: %1</source>
        <translation>Suunta: %1</translation>
    </message>
</context>
<context>
    <name>StartNotices</name>
    <message>
        <source>The own area of %1 was reset on %2 at %3 (with the pair passphrase). With its old own passphrase %1 can bring it back on the Own area page until %4; after that it is deleted for good.</source>
        <translation>Käyttäjän %1 oma osio nollattiin %2 klo %3 (parin tunnuslauseella). Vanhalla omalla tunnuslauseellaan %1 voi palauttaa sen Oma osio -sivulla %4 asti; sen jälkeen se poistetaan pysyvästi.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups are past their date.</source>
        <translation>
            <numerusform>%n jatkotoimi on myöhässä.</numerusform>
            <numerusform>%n jatkotointa on myöhässä.</numerusform>
        </translation>
    </message>
    <message>
        <source>The earliest: %1 (by %2).</source>
        <translation>Varhaisin: %1 (%2 mennessä).</translation>
    </message>
    <message>
        <source>Show the follow-ups</source>
        <translation>Näytä jatkotoimet</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Myöhässä olevat jatkotoimet</translation>
    </message>
    <message>
        <source>Go to the own area</source>
        <translation>Siirry omaan osioon</translation>
    </message>
    <message>
        <source>Reset own area</source>
        <translation>Nollattu oma osio</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Summary for work supervision</source>
        <translation>Työnohjausyhteenveto</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Jakso alkaa</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Jakso päättyy</translation>
    </message>
    <message>
        <source>PDF password (optional)</source>
        <translation>PDF:n salasana (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>The same PDF password again</source>
        <translation>Sama PDF:n salasana uudelleen</translation>
    </message>
    <message>
        <source>&amp;Check and make the summary</source>
        <translation>&amp;Tarkista ja tee yhteenveto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Privacy check</source>
        <translation>Tietosuojatarkistus</translation>
    </message>
    <message>
        <source>&amp;Open the debrief to fix it</source>
        <translation>&amp;Avaa purku ja korjaa</translation>
    </message>
    <message>
        <source>I have checked these and they may go to the supervisor</source>
        <translation>Olen tarkistanut nämä, ja ne saavat mennä työnohjaajalle</translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation>Yhteenvedon esikatselu</translation>
    </message>
    <message>
        <source>The preview appears here once the summary is made.</source>
        <translation>Esikatselu näkyy tässä, kun yhteenveto on tehty.</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Tallenna PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Päättyen</translation>
    </message>
    <message>
        <source>Same password again</source>
        <translation>Sama salasana uudelleen</translation>
    </message>
    <message>
        <source>Only what you shared for supervision goes into it: topics, counts, reflections shared with “topics and reflection”, the role split, well-being trends each of you shared, and agreements. Clients are lettered A, B, C…; client codes never appear.</source>
        <translation>Yhteenvetoon tulee vain se, minkä olette jakaneet työnohjaukseen: nostot, lukumäärät, jaolla ”nostot ja reflektio” jaetut reflektiot, roolijako, kummankin itse jakama jaksamisen kehitys ja sopimukset. Asiakkaat merkitään kirjaimin A, B, C…; asiakkaiden koodit eivät näy.</translation>
    </message>
    <message>
        <source>The passwords differ. Type the same password twice.</source>
        <translation>Salasanat eivät täsmää. Kirjoita sama salasana kahdesti.</translation>
    </message>
    <message>
        <source>Checking the summary…</source>
        <translation>Yhteenvetoa tarkistetaan…</translation>
    </message>
    <message>
        <source>Stopped: the summary was not made.</source>
        <translation>Keskeytetty: yhteenvetoa ei tehty.</translation>
    </message>
    <message>
        <source>The summary was not made: it would print a personal identity code. Open the place named below, remove the code, and try again.</source>
        <translation>Yhteenvetoa ei tehty: siihen tulostuisi henkilötunnus. Avaa alla mainittu kohta, poista tunnus ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Check the items below. When they may go to the supervisor, tick the box; otherwise fix them first.</source>
        <translation>Tarkista alla olevat kohdat. Jos ne saavat mennä työnohjaajalle, rastita ruutu; muuten korjaa ne ensin.</translation>
    </message>
    <message>
        <source>Blocks: %1 in %2 (%3)</source>
        <translation>Estää: %1 kohdassa %2 (%3)</translation>
    </message>
    <message>
        <source>Check: %1 in %2 (%3)</source>
        <translation>Tarkista: %1 kohdassa %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Open the agenda item to fix it</source>
        <translation>&amp;Avaa asialistan kohta ja korjaa</translation>
    </message>
    <message>
        <source>&amp;Open the agreement to fix it</source>
        <translation>&amp;Avaa sopimus ja korjaa</translation>
    </message>
    <message>
        <source>Press “Check and make the summary” again.</source>
        <translation>Paina uudelleen ”Tarkista ja tee yhteenveto”.</translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>Yhteenvetoa tehdään…</translation>
    </message>
    <message>
        <source>The summary is ready: %1 pages. Look it over, then save or print it.</source>
        <translation>Yhteenveto on valmis: %1 sivua. Katso se läpi ja tallenna tai tulosta se.</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Tallenna yhteenveto</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the summary…</source>
        <translation>Yhteenvetoa tallennetaan…</translation>
    </message>
    <message>
        <source>The summary was not saved</source>
        <translation>Yhteenvetoa ei tallennettu</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Tallennettu nimellä %1.</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Tulosta yhteenveto</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Lähetetty tulostimelle.</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Kesken</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Luovuttu</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>Sopimuksen teksti</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <source>Supervision sessions</source>
        <translation>Työnohjauskerrat</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Uusi työnohjauskerta</translation>
    </message>
    <message>
        <source>Summary without a session…</source>
        <translation>Yhteenveto ilman työnohjauskertaa…</translation>
    </message>
    <message>
        <source>A summary for any period, without an agenda from a session</source>
        <translation>Yhteenveto mille tahansa jaksolle ilman työnohjauskerran asialistaa</translation>
    </message>
    <message>
        <source>Work supervision</source>
        <translation>Työnohjaus</translation>
    </message>
    <message>
        <source>Record your work supervision sessions here: the agenda from the topics you raised in debriefs, what was agreed, and the summary for the supervisor.</source>
        <translation>Kirjaa tänne työnohjauskerrat: asialista purkujen nostoista, mitä sovittiin, ja yhteenveto työnohjaajalle.</translation>
    </message>
    <message>
        <source>Start the first session</source>
        <translation>Aloita ensimmäinen työnohjauskerta</translation>
    </message>
    <message>
        <source>(planned)</source>
        <translation>(tulossa)</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Poista työnohjauskerta</translation>
    </message>
    <message>
        <source>Delete this session with its agenda and agreements? This cannot be undone.</source>
        <translation>Poistetaanko tämä työnohjauskerta asialistoineen ja sopimuksineen? Poistoa ei voi perua.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Discard the new session</source>
        <translation>Hylkää uusi työnohjauskerta</translation>
    </message>
    <message>
        <source>The new session has not been saved. What you wrote in it is removed.</source>
        <translation>Uutta työnohjauskertaa ei ole tallennettu. Siihen kirjoittamasi poistetaan.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message numerus="yes">
        <source>%n settings</source>
        <translation>
            <numerusform>%n asetus</numerusform>
            <numerusform>%n asetusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n jäsen</numerusform>
            <numerusform>%n jäsentä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client codes</source>
        <translation>
            <numerusform>%n asiakaskoodi</numerusform>
            <numerusform>%n asiakaskoodia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debriefs</source>
        <translation>
            <numerusform>%n purku</numerusform>
            <numerusform>%n purkua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups</source>
        <translation>
            <numerusform>%n jatkotoimi</numerusform>
            <numerusform>%n jatkotointa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics for supervision</source>
        <translation>
            <numerusform>%n nosto työnohjaukseen</numerusform>
            <numerusform>%n nostoa työnohjaukseen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debrief edits</source>
        <translation>
            <numerusform>%n purun muokkaus</numerusform>
            <numerusform>%n purkujen muokkausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indexed debriefs</source>
        <translation>
            <numerusform>%n haettava purku</numerusform>
            <numerusform>%n haettavaa purkua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debriefs indexed by base form</source>
        <translation>
            <numerusform>%n perusmuodoin haettava purku</numerusform>
            <numerusform>%n perusmuodoin haettavaa purkua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role split versions</source>
        <translation>
            <numerusform>%n roolijaon versio</numerusform>
            <numerusform>%n roolijaon versiota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role split tasks</source>
        <translation>
            <numerusform>%n roolijaon tehtävä</numerusform>
            <numerusform>%n roolijaon tehtävää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acceptances</source>
        <translation>
            <numerusform>%n hyväksyntä</numerusform>
            <numerusform>%n hyväksyntää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role split reviews</source>
        <translation>
            <numerusform>%n roolijaon tarkistus</numerusform>
            <numerusform>%n roolijaon tarkistusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared trends</source>
        <translation>
            <numerusform>%n jaettu trendi</numerusform>
            <numerusform>%n jaettua trendiä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared weeks</source>
        <translation>
            <numerusform>%n jaettu viikko</numerusform>
            <numerusform>%n jaettua viikkoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supervision sessions</source>
        <translation>
            <numerusform>%n työnohjauskerta</numerusform>
            <numerusform>%n työnohjauskertaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda items</source>
        <translation>
            <numerusform>%n asialistan kohta</numerusform>
            <numerusform>%n asialistan kohtaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>%n sopimus</numerusform>
            <numerusform>%n sopimusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts</source>
        <translation>
            <numerusform>%n luonnos</numerusform>
            <numerusform>%n luonnosta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletions</source>
        <translation>
            <numerusform>%n poisto</numerusform>
            <numerusform>%n poistoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own reflections</source>
        <translation>
            <numerusform>%n oma vastaus käynnistä</numerusform>
            <numerusform>%n omaa vastausta käynneistä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n jaksamisen kirjaus</numerusform>
            <numerusform>%n jaksamisen kirjausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in answers</source>
        <translation>
            <numerusform>%n kirjauksen vastaus</numerusform>
            <numerusform>%n kirjausten vastausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wishes to talk</source>
        <translation>
            <numerusform>%n puhumisen toive</numerusform>
            <numerusform>%n puhumisen toivetta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminders seen</source>
        <translation>
            <numerusform>%n nähty muistutus</numerusform>
            <numerusform>%n nähtyä muistutusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in settings</source>
        <translation>
            <numerusform>%n kirjausten asetus</numerusform>
            <numerusform>%n kirjausten asetusta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskLine</name>
    <message>
        <source>Stop</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Stop the work under way</source>
        <translation>Keskeytä kesken oleva työ</translation>
    </message>
    <message>
        <source>Work under way</source>
        <translation>Työ käynnissä</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Keskeytetään…</translation>
    </message>
</context>
<context>
    <name>TopicRow</name>
    <message>
        <source>What we want to bring to supervision</source>
        <translation>Mitä haluamme nostaa työnohjaukseen</translation>
    </message>
    <message>
        <source>Supervision topic</source>
        <translation>Nosto työnohjaukseen</translation>
    </message>
    <message>
        <source>Who raises it</source>
        <translation>Kuka nostaa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Remove this topic</source>
        <translation>Poista tämä nosto</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend chart</source>
        <translation>Kehityskaavio</translation>
    </message>
    <message>
        <source>No check-ins in this period yet.</source>
        <translation>Tältä jaksolta ei vielä ole kirjauksia.</translation>
    </message>
    <message>
        <source>value of the week</source>
        <translation>viikon arvo</translation>
    </message>
    <message>
        <source>one visit</source>
        <translation>yksi käynti</translation>
    </message>
    <message>
        <source>average of 4</source>
        <translation>4 viimeisimmän keskiarvo</translation>
    </message>
    <message>
        <source>your usual level</source>
        <translation>oma tavallinen tasosi</translation>
    </message>
    <message>
        <source>supervision</source>
        <translation>työnohjaus</translation>
    </message>
    <message>
        <source>role split changed</source>
        <translation>roolijako muuttui</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Näytä:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Jakso:</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Jakso: %1</translation>
    </message>
    <message>
        <source>The same numbers as a table</source>
        <translation>Samat luvut taulukkona</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Average (4)</source>
        <translation>Keskiarvo (4)</translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation>Asteikko: %1</translation>
    </message>
    <message>
        <source>Your usual level is shown once there are 6 entries: it is the middle of your first 6 and the range of their middle half.</source>
        <translation>Oma tavallinen tasosi näkyy, kun kirjauksia on 6: se on kuuden ensimmäisen keskimmäinen arvo ja niiden keskimmäisen puolikkaan vaihteluväli.</translation>
    </message>
    <message>
        <source>Your usual level (your first 6 entries): middle %1, usual range %2–%3.</source>
        <translation>Oma tavallinen tasosi (6 ensimmäistä kirjausta): keskikohta %1, tavallinen vaihteluväli %2–%3.</translation>
    </message>
    <message>
        <source>No values in this period.</source>
        <translation>Tällä jaksolla ei ole arvoja.</translation>
    </message>
    <message>
        <source>%1: %2 values from %3 to %4, the latest %5. The table below has them all.</source>
        <translation>%1: %2 arvoa %3–%4, viimeisin %5. Kaikki arvot ovat alla olevassa taulukossa.</translation>
    </message>
    <message>
        <source>supervision</source>
        <translation>työnohjaus</translation>
    </message>
    <message>
        <source>role split changed</source>
        <translation>roolijako muuttui</translation>
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
        <source>The journal files on this computer are damaged, for example by a disk fault or a power cut in the middle of saving. The app can put back the newest backup that is intact; the damaged files are kept as a backup of their own, so nothing is deleted. Entries written after that backup are not in it.</source>
        <translation>Päiväkirjan tiedostot tällä tietokoneella ovat vaurioituneet, esimerkiksi levyvian tai kesken tallennuksen katkenneen sähkön vuoksi. Sovellus voi palauttaa uusimman ehjän varmuuskopion. Vaurioituneet tiedostot säilytetään omana varmuuskopionaan, joten mitään ei poisteta. Varmuuskopion jälkeen kirjoitetut merkinnät eivät ole siinä.</translation>
    </message>
    <message>
        <source>Restore the newest intact backup…</source>
        <translation>Palauta uusin ehjä varmuuskopio…</translation>
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
    <message>
        <source>Opening the journal…</source>
        <translation>Päiväkirjaa avataan…</translation>
    </message>
    <message>
        <source>Type the pair passphrase: it picks the backups that open with it.</source>
        <translation>Kirjoita parin tunnuslause: sillä valitaan varmuuskopiot, jotka aukeavat sillä.</translation>
    </message>
    <message>
        <source>Restore the newest intact backup</source>
        <translation>Palauta uusin ehjä varmuuskopio</translation>
    </message>
    <message>
        <source>The damaged journal is replaced by its newest intact backup. The damaged files are kept as a backup of their own.</source>
        <translation>Vaurioituneen päiväkirjan tilalle tulee sen uusin ehjä varmuuskopio. Vaurioituneet tiedostot säilytetään omana varmuuskopionaan.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Varmuuskopiota palautetaan…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Varmuuskopio palautettu</translation>
    </message>
    <message>
        <source>The backup made %1 was restored. Check the newest entries: anything written after that time needs to be written again.</source>
        <translation>%1 tehty varmuuskopio palautettiin. Tarkista uusimmat merkinnät: sen jälkeen kirjoitettu on kirjoitettava uudelleen.</translation>
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
    <name>Vocabulary</name>
    <message>
        <source>First meeting</source>
        <translation>Ensitapaaminen</translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation>Alkukartoitus</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Kotikäynti</translation>
    </message>
    <message>
        <source>Accompanied visit to an authority</source>
        <translation>Saattaen asiointi viranomaisessa</translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation>Verkostopalaveri</translation>
    </message>
    <message>
        <source>Prison meeting</source>
        <translation>Vankilatapaaminen</translation>
    </message>
    <message>
        <source>Activity-based meeting</source>
        <translation>Toiminnallinen tapaaminen</translation>
    </message>
    <message>
        <source>Phone or remote</source>
        <translation>Puhelu/etä</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Work with close ones</source>
        <translation>Läheistyö</translation>
    </message>
    <message>
        <source>Acute situation</source>
        <translation>Akuutti tilanne</translation>
    </message>
    <message>
        <source>Final meeting</source>
        <translation>Päättötapaaminen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Molemmat</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Ammattilainen</translation>
    </message>
    <message>
        <source>Expert by experience</source>
        <translation>Kokemusasiantuntija</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Asuminen</translation>
    </message>
    <message>
        <source>Threat of homelessness</source>
        <translation>Asunnottomuuden uhka</translation>
    </message>
    <message>
        <source>Money and debts</source>
        <translation>Talous ja velat</translation>
    </message>
    <message>
        <source>Sobriety</source>
        <translation>Päihteettömyys</translation>
    </message>
    <message>
        <source>Gambling addiction</source>
        <translation>Peliriippuvuus</translation>
    </message>
    <message>
        <source>Crime-free life</source>
        <translation>Rikoksettomuus</translation>
    </message>
    <message>
        <source>Dealing with authorities</source>
        <translation>Viranomaisasiointi</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Mielenterveys</translation>
    </message>
    <message>
        <source>Managing daily life</source>
        <translation>Arjenhallinta</translation>
    </message>
    <message>
        <source>Study and work</source>
        <translation>Opiskelu ja työ</translation>
    </message>
    <message>
        <source>Close ones</source>
        <translation>Läheiset</translation>
    </message>
    <message>
        <source>Release from prison</source>
        <translation>Vapautuminen</translation>
    </message>
    <message>
        <source>Housing at risk</source>
        <translation>Asuminen uhattuna</translation>
    </message>
    <message>
        <source>New debts (also street debts)</source>
        <translation>Uudet velat (myös katuvelat)</translation>
    </message>
    <message>
        <source>Pressure or threats</source>
        <translation>Painostus tai uhkailu</translation>
    </message>
    <message>
        <source>Back with the old crowd</source>
        <translation>Paluu vanhoihin porukoihin</translation>
    </message>
    <message>
        <source>Signs of substance use</source>
        <translation>Merkkejä päihteiden käytöstä</translation>
    </message>
    <message>
        <source>Missing meetings</source>
        <translation>Poisjäänti tapaamisista</translation>
    </message>
    <message>
        <source>Neglected obligations</source>
        <translation>Velvoitteiden laiminlyönti</translation>
    </message>
    <message>
        <source>Low mood or self-harm</source>
        <translation>Mielialan lasku tai itsetuhoisuus</translation>
    </message>
    <message>
        <source>Threat of violence (also towards workers)</source>
        <translation>Väkivallan uhka (myös työntekijöille)</translation>
    </message>
    <message>
        <source>Break in income</source>
        <translation>Toimeentulon katkos</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Osittain</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Vähän</translation>
    </message>
    <message>
        <source>Clearly</source>
        <translation>Selvästi</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>Etiikka</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Rajat</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <source>Coping</source>
        <translation>Jaksaminen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Menetelmä</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Verkosto</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Ei jaettu</translation>
    </message>
    <message>
        <source>Topics only</source>
        <translation>Vain nostot</translation>
    </message>
    <message>
        <source>Topics and reflection</source>
        <translation>Nostot ja reflektio</translation>
    </message>
    <message>
        <source>Quick debrief</source>
        <translation>Pikapurku</translation>
    </message>
    <message>
        <source>Full debrief</source>
        <translation>Täysi purku</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Yhdessä</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>Entinen jäsen</translation>
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
<context>
    <name>Wellbeing</name>
    <message>
        <source>with my work partner</source>
        <translation>työparin kanssa</translation>
    </message>
    <message>
        <source>in work supervision</source>
        <translation>työnohjauksessa</translation>
    </message>
    <message>
        <source>with my manager</source>
        <translation>esihenkilön kanssa</translation>
    </message>
    <message>
        <source>in occupational health care</source>
        <translation>työterveyshuollossa</translation>
    </message>
    <message>
        <source>not now</source>
        <translation>en nyt</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>nouseva</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>laskeva</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>tasainen</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 kk</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 kk</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>In recent weeks your strain has looked high. Would you like to bring it up with your work partner or raise it in work supervision? This is not an assessment of your health – getting support is part of this work.</source>
        <translation>Viime viikkoina kuormitus on näyttänyt sinulla suurelta. Haluaisitko ottaa sen puheeksi työparisi kanssa tai nostaa sen työnohjaukseen? Tämä ei ole arvio terveydestäsi – tuen saaminen kuuluu tähän työhön.</translation>
    </message>
    <message>
        <source>In recent weeks your strain has looked higher than usual for you. Would you like to bring it up with your work partner or raise it in work supervision? This is not an assessment of your health – getting support is part of this work.</source>
        <translation>Viime viikkoina kuormitus on näyttänyt sinulla tavallista suuremmalta. Haluaisitko ottaa sen puheeksi työparisi kanssa tai nostaa sen työnohjaukseen? Tämä ei ole arvio terveydestäsi – tuen saaminen kuuluu tähän työhön.</translation>
    </message>
    <message>
        <source>occupational health care</source>
        <translation>työterveyshuolto</translation>
    </message>
    <message>
        <source>MIELI Mental Health Finland&apos;s Crisis Helpline 09 2525 0111</source>
        <translation>MIELI ry:n Kriisipuhelin 09 2525 0111</translation>
    </message>
    <message>
        <source>emergency number 112</source>
        <translation>hätänumero 112</translation>
    </message>
    <message>
        <source>In your latest check-in you said you would like to talk about this: %1. Would you like to bring it to your next debrief with your partner or to the work supervision agenda?</source>
        <translation>Viimeisimmässä kirjauksessasi kerroit haluavasi puhua tästä: %1. Haluaisitko ottaa asian esiin seuraavassa purussa työparisi kanssa tai nostaa sen työnohjauksen asialistalle?</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>vko %1</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
</context>
</TS>
