<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Työparipäiväkirja</source>
        <translation>Om Työparipäiväkirja</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>An encrypted journal for a work pair of an expert by experience and a professional. Everything stays on this computer.</source>
        <translation>En krypterad dagbok för ett arbetspar med en erfarenhetsexpert och en yrkesperson. Allt stannar på den här datorn.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Työparipäiväkirja is free software under the %1 licence. It is built with Qt and PySide6 (LGPL 3), SQLCipher (BSD), reportlab (BSD) and Python (PSF).</source>
        <translation>Työparipäiväkirja är fri programvara under licensen %1. Den är byggd med Qt och PySide6 (LGPL 3), SQLCipher (BSD), reportlab (BSD) och Python (PSF).</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Typsnitt</translation>
    </message>
    <message>
        <source>The PDFs embed %1, under the %2:</source>
        <translation>PDF-filerna bäddar in %1, under licensen %2:</translation>
    </message>
    <message>
        <source>Licence of the font</source>
        <translation>Typsnittets licens</translation>
    </message>
    <message>
        <source>Well-being questions</source>
        <translation>Välmåendefrågor</translation>
    </message>
    <message>
        <source>The question files could not be read.</source>
        <translation>Frågefilerna kunde inte läsas.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups and export</source>
        <translation>Säkerhetskopior och export</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole journal, own areas included. One is made when the journal locks, at most once a day; the last 7 daily and 4 weekly copies are kept. Backups made by hand are never removed.</source>
        <translation>En säkerhetskopia är en krypterad kopia av hela dagboken, de egna områdena medräknade. En görs när dagboken låses, högst en gång om dagen; de 7 senaste dagliga och 4 veckovisa kopiorna sparas. Säkerhetskopior som gjorts för hand tas aldrig bort.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Läget för säkerhetskopiering</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Välj en mapp…</translation>
    </message>
    <message>
        <source>Stop using it</source>
        <translation>Sluta använda den</translation>
    </message>
    <message>
        <source>Second copy</source>
        <translation>Andra kopia</translation>
    </message>
    <message>
        <source>For example a USB stick or a network folder: every backup is copied there too, still encrypted.</source>
        <translation>Till exempel ett USB-minne eller en nätverksmapp: varje säkerhetskopia kopieras också dit, fortfarande krypterad.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Backups of this journal</source>
        <translation>Den här dagbokens säkerhetskopior</translation>
    </message>
    <message>
        <source>Pair passphrase to show the contents</source>
        <translation>Parets lösenfras för att visa innehållet</translation>
    </message>
    <message>
        <source>Read contents</source>
        <translation>Läs innehållet</translation>
    </message>
    <message>
        <source>Pair passphrase</source>
        <translation>Parets lösenfras</translation>
    </message>
    <message>
        <source>What each backup holds is shown once it is opened.</source>
        <translation>Vad varje säkerhetskopia innehåller visas när den har öppnats.</translation>
    </message>
    <message>
        <source>Restore the chosen backup…</source>
        <translation>Återställ den valda säkerhetskopian…</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>Export till en fil</translation>
    </message>
    <message>
        <source>An export holds everything in the pair journal as plain text (JSON), to take your data to another program. Anyone who gets the file can read it: keep it safe and delete it when it is no longer needed.</source>
        <translation>En export innehåller allt i parets dagbok som okrypterad text (JSON), så att ni kan flytta era uppgifter till ett annat program. Vem som helst som får filen kan läsa den: förvara den säkert och radera den när den inte längre behövs.</translation>
    </message>
    <message>
        <source>Own passphrase of %1</source>
        <translation>Egen lösenfras för %1</translation>
    </message>
    <message>
        <source>Own area of %1 (optional)</source>
        <translation>Eget område för %1 (frivilligt)</translation>
    </message>
    <message>
        <source>Only with the owner&apos;s own passphrase.</source>
        <translation>Bara med ägarens egen lösenfras.</translation>
    </message>
    <message>
        <source>Export to a file…</source>
        <translation>Exportera till en fil…</translation>
    </message>
    <message>
        <source>Not in use.</source>
        <translation>Används inte.</translation>
    </message>
    <message>
        <source>%1, of another journal</source>
        <translation>%1, från en annan dagbok</translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation>Dagbokens mapp</translation>
    </message>
    <message>
        <source>Type the pair passphrase to see</source>
        <translation>Skriv parets lösenfras för att se</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Inga säkerhetskopior ännu.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Gjord för hand</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Före en uppdatering</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message numerus="yes">
        <source>%n own areas</source>
        <translation>
            <numerusform>%n eget område</numerusform>
            <numerusform>%n egna områden</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the pair passphrase.</source>
        <translation>Skriv parets lösenfras.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Öppnar…</translation>
    </message>
    <message>
        <source>Opening the backups…</source>
        <translation>Säkerhetskopiorna öppnas…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation>Avbrutet. Ingenting skrevs.</translation>
    </message>
    <message>
        <source>Made under another passphrase</source>
        <translation>Gjord med en annan lösenfras</translation>
    </message>
    <message>
        <source>Damaged: cannot be read</source>
        <translation>Skadad: kan inte läsas</translation>
    </message>
    <message>
        <source>The passphrase opens none of the backups. Check it and try again.</source>
        <translation>Lösenfrasen öppnar ingen av säkerhetskopiorna. Kontrollera den och försök igen.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <source>Backed up at %1.</source>
        <translation>Säkerhetskopierat %1.</translation>
    </message>
    <message>
        <source>The second copy could not be made: check that the folder (USB stick) is connected.</source>
        <translation>Den andra kopian kunde inte göras: kontrollera att mappen (USB-minnet) är ansluten.</translation>
    </message>
    <message>
        <source>Choose a folder for the second copy</source>
        <translation>Välj en mapp för den andra kopian</translation>
    </message>
    <message>
        <source>Choose a folder outside the journal folder, on another disk if you can.</source>
        <translation>Välj en mapp utanför dagbokens mapp, helst på en annan disk.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>The journal locks and is replaced by the backup made %1. The journal as it is now is first kept as a backup of its own, so nothing is lost. Unlock the journal afterwards with the passphrase it had when the backup was made.</source>
        <translation>Dagboken låses och ersätts av säkerhetskopian som gjordes %1. Dagboken som den är nu sparas först som en egen säkerhetskopia, så inget går förlorat. Lås sedan upp dagboken med den lösenfras den hade när säkerhetskopian gjordes.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore another journal&apos;s backup?</source>
        <translation>Återställa en annan dagboks säkerhetskopia?</translation>
    </message>
    <message>
        <source>This backup, made %1, belongs to a different journal, not to the one open now. Restoring it replaces this journal with that other journal: its entries, its members and its passphrase. The journal as it is now is first kept as a backup in this folder (“Before a restore”), so it can be put back. Afterwards, unlock with the pair passphrase of that other journal.</source>
        <translation>Den här säkerhetskopian, gjord %1, hör till en annan dagbok än den som är öppen nu. Om du återställer den ersätts den här dagboken av den andra dagboken: dess anteckningar, dess medlemmar och dess lösenfras. Dagboken som den är nu sparas först som en säkerhetskopia i den här mappen (”Före en återställning”), så att den kan återställas igen. Lås sedan upp med parets lösenfras för den andra dagboken.</translation>
    </message>
    <message>
        <source>Replace with the other journal</source>
        <translation>Ersätt med den andra dagboken</translation>
    </message>
    <message>
        <source>Export as plain text</source>
        <translation>Export som okrypterad text</translation>
    </message>
    <message>
        <source>The export file is not encrypted: anyone who gets it can read every debrief and, if you include them, own areas. Save it only where others cannot reach it, and delete it when it is no longer needed.</source>
        <translation>Exportfilen är inte krypterad: vem som helst som får den kan läsa varje genomgång och, om du tar med dem, de egna områdena. Spara den bara där andra inte kommer åt den, och radera den när den inte längre behövs.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Spara exporten</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>An own passphrase is not correct. Check it, or leave it empty.</source>
        <translation>En egen lösenfras är inte rätt. Kontrollera den eller lämna fältet tomt.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporterat till %1.</translation>
    </message>
    <message>
        <source>Export ready</source>
        <translation>Exporten är klar</translation>
    </message>
    <message>
        <source>The export was saved to %1. Remember it is not encrypted.</source>
        <translation>Exporten sparades i %1. Kom ihåg att den inte är krypterad.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Ny lösenfras igen</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Skriv den nuvarande lösenfrasen.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Lösenfrasen byts…</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>Correct a check-in</source>
        <translation>Korrigera en avstämning</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Veckans avstämning</translation>
    </message>
    <message>
        <source>About a minute, for following how you are doing. Only you see your answers unless you choose to share something.</source>
        <translation>Ungefär en minut för att följa hur du orkar. Bara du ser dina svar, om du inte själv väljer att dela något.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>I&apos;d like to talk about this</source>
        <translation>Jag vill prata om det här</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Egen anteckning</translation>
    </message>
    <message>
        <source>Only you see this. A note is never shared, not even in a shared summary.</source>
        <translation>Bara du ser det här. En anteckning delas aldrig, inte heller i en delad sammanfattning.</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Spara korrigeringen</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Spara avstämningen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Sources of the questions</source>
        <translation>Frågornas källor</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Your unsaved answers from %1 are back.</source>
        <translation>Dina osparade svar från kl. %1 är tillbaka.</translation>
    </message>
    <message>
        <source>Asked once a month.</source>
        <translation>Frågas en gång i månaden.</translation>
    </message>
    <message>
        <source>Asked every two weeks.</source>
        <translation>Frågas varannan vecka.</translation>
    </message>
    <message>
        <source>These questions are not a validated instrument. They were written for this journal to help you follow your own strain.</source>
        <translation>De här frågorna är inte ett validerat mätinstrument. De har skrivits för den här dagboken som stöd för att följa din egen belastning.</translation>
    </message>
    <message>
        <source>This answer is never shared.</source>
        <translation>Det här svaret delas aldrig.</translation>
    </message>
    <message>
        <source>This is a descriptive Finnish translation: the measure was validated in English and has no official Finnish version. Point at an option to see the original wording.</source>
        <translation>Det här är en beskrivande finsk översättning: mätinstrumentet är validerat på engelska och saknar en officiell finsk version. Peka på ett alternativ för att se den ursprungliga formuleringen.</translation>
    </message>
    <message>
        <source>The English original is shown when you point at an option.</source>
        <translation>Den engelska originaltexten visas när du pekar på ett alternativ.</translation>
    </message>
    <message>
        <source>This English text describes the Finnish original, which is the wording that was validated. Point at an option to see the Finnish words.</source>
        <translation>Den engelska texten beskriver det finska originalet, som är den validerade formuleringen. Peka på ett alternativ för att se de finska orden.</translation>
    </message>
    <message>
        <source>This English text describes the Finnish original.</source>
        <translation>Den engelska texten beskriver det finska originalet.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The command or its options were not understood.</source>
        <translation>Kommandot eller dess alternativ förstods inte.</translation>
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
        <translation>Användning:
  tyoparipaivakirja [MAPP]               öppna appen (i den dagboken, om den anges)
  tyoparipaivakirja --demo               öppna appen i en ny demodagbok
  tyoparipaivakirja --self-test          kontrollera utan fönster att den installerade appen fungerar
  tyoparipaivakirja init MAPP --member &quot;NAMN:kokemusasiantuntija&quot; --member &quot;NAMN:ammattilainen&quot; [--name NAMN]
                                         skapa en ny dagbok
  tyoparipaivakirja demo MAPP            skriv en demodagbok och visa dess lösenfraser
  tyoparipaivakirja verify MAPP          kontrollera dagbokens integritet och kryptering
  tyoparipaivakirja passwd MAPP          byt parets lösenfras
  tyoparipaivakirja backup MAPP --out MÅL
                                         skriv en krypterad säkerhetskopia i dagbokens
                                         egen undermapp i mappen MÅL (ingen lösenfras
                                         behövs; stäng appen först)
  tyoparipaivakirja restore MAPP SÄKERHETSKOPIA [--foreign-backup]
                                         återställ en säkerhetskopia; det nuvarande läget
                                         sparas först som en egen säkerhetskopia
                                         (--foreign-backup: kopian är av en annan dagbok,
                                         och det är meningen)
  tyoparipaivakirja export MAPP --out FIL.json
                                         skriv allt som okrypterad JSON-text
  tyoparipaivakirja import MAPP FIL.json
                                         gör en ny dagbok av en export
  tyoparipaivakirja summary MAPP --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD --out FIL.pdf [--pdf-password-prompt]
                                         skriv sammanfattningen för handledningen

Lösenfraserna frågas utan att visas. Med --passphrase-stdin läses de från
standardinmatningen, en per rad (passwd: först den gamla, sedan den nya; verify: först
parets, sedan vid behov en rad per eget område för att kontrollera det; export: först
parets, sedan en rad per eget område i medlemmarnas ordning, tom för att lämna det utanför;
import: parets nya lösenfras, sedan en ny egen lösenfras för varje eget område;
summary: parets lösenfras, sedan PDF-lösenordet om det efterfrågades).

Slutkoder: 0 klart, 2 felaktigt kommando, 3 fel lösenfras, 4 dagboken öppen på annat håll,
5 skadad eller ingen dagbok, 6 gjord av en nyare version, 7 avvisad inmatning,
8 sammanfattningen skulle innehålla en personbeteckning (inget skrevs),
9 disken är full (inget ändrades; frigör utrymme och kör kommandot igen).</translation>
    </message>
    <message>
        <source>Standard input is too long for passphrases.</source>
        <translation>Standardinmatningen är för lång för lösenfraser.</translation>
    </message>
    <message>
        <source>Standard input is not UTF-8 text. Give the passphrases as UTF-8.</source>
        <translation>Standardinmatningen är inte UTF-8-text. Ge lösenfraserna som UTF-8.</translation>
    </message>
    <message>
        <source>Standard input ended before all passphrases were read.</source>
        <translation>Standardinmatningen tog slut innan alla lösenfraser hade lästs.</translation>
    </message>
    <message>
        <source>There is no terminal to ask the passphrase from. Use --passphrase-stdin.</source>
        <translation>Det finns ingen terminal att fråga lösenfrasen i. Använd --passphrase-stdin.</translation>
    </message>
    <message>
        <source>Work pair journal</source>
        <translation>Arbetsparets dagbok</translation>
    </message>
    <message>
        <source>New pair passphrase: </source>
        <translation>Parets nya lösenfras: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Samma lösenfras igen: </translation>
    </message>
    <message>
        <source>The journal was created. Keep the passphrase safe: it cannot be recovered.</source>
        <translation>Dagboken skapades. Förvara lösenfrasen väl: den kan inte återställas.</translation>
    </message>
    <message>
        <source>Pair passphrase: </source>
        <translation>Parets lösenfras: </translation>
    </message>
    <message>
        <source>A demo journal with invented sample data was written.</source>
        <translation>En demodagbok med påhittat exempelinnehåll skrevs.</translation>
    </message>
    <message>
        <source>Pair passphrase: %1</source>
        <translation>Parets lösenfras: %1</translation>
    </message>
    <message>
        <source>Personal area of %1: %2</source>
        <translation>Eget område för %1: %2</translation>
    </message>
    <message>
        <source>Own passphrase of %1 (Enter to leave the area unchecked): </source>
        <translation>Egen lösenfras för %1 (Enter lämnar området okontrollerat): </translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Version av datastrukturen: %1</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Medlemmar: %1</translation>
    </message>
    <message>
        <source>Personal areas: %1</source>
        <translation>Egna områden: %1</translation>
    </message>
    <message>
        <source>Encrypted files: %1</source>
        <translation>Krypterade filer: %1</translation>
    </message>
    <message>
        <source>Own areas not read through: %1 (only their owners&apos; passphrases open them).</source>
        <translation>Egna områden som inte lästes igenom: %1 (bara ägarens lösenfras öppnar dem).</translation>
    </message>
    <message>
        <source>Result: the journal is intact and every file is encrypted.</source>
        <translation>Resultat: dagboken är hel och varje fil är krypterad.</translation>
    </message>
    <message>
        <source>Result: problems were found. Restore the journal from a backup.</source>
        <translation>Resultat: problem hittades. Återställ dagboken från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>Current pair passphrase: </source>
        <translation>Parets nuvarande lösenfras: </translation>
    </message>
    <message>
        <source>The pair passphrase was changed. Tell it to your partner in person.</source>
        <translation>Parets lösenfras byttes. Berätta den nya för din arbetspartner ansikte mot ansikte.</translation>
    </message>
    <message>
        <source>The encrypted backup was written:</source>
        <translation>Den krypterade säkerhetskopian skrevs:</translation>
    </message>
    <message>
        <source>The backup of %1 was restored.</source>
        <translation>Säkerhetskopian från %1 återställdes.</translation>
    </message>
    <message>
        <source>The journal as it was before is kept as a backup:</source>
        <translation>Dagboken som den var tidigare sparas som en säkerhetskopia:</translation>
    </message>
    <message>
        <source>Own passphrase of %1 (Enter to leave the area out): </source>
        <translation>Egen lösenfras för %1 (Enter lämnar området utanför): </translation>
    </message>
    <message>
        <source>The export was written. It is plain text that anyone with the file can read: keep it safe and delete it when it is no longer needed.</source>
        <translation>Exporten skrevs. Den är okrypterad text som vem som helst med filen kan läsa: förvara den säkert och radera den när den inte längre behövs.</translation>
    </message>
    <message>
        <source>New own passphrase of %1: </source>
        <translation>Ny egen lösenfras för %1: </translation>
    </message>
    <message>
        <source>Check: %1. Remove it in the journal if it is not needed.</source>
        <translation>Kontrollera: %1. Ta bort det i dagboken om det inte behövs.</translation>
    </message>
    <message>
        <source>A new journal with %1 debriefs was made from the export.</source>
        <translation>En ny dagbok med %1 genomgångar gjordes av exporten.</translation>
    </message>
    <message>
        <source>Blocked: %1 in %2</source>
        <translation>Stoppat: %1 i %2</translation>
    </message>
    <message>
        <source>Check: %1 in %2</source>
        <translation>Kontrollera: %1 i %2</translation>
    </message>
    <message>
        <source>Remove it there, then try again.</source>
        <translation>Ta bort det där och försök sedan igen.</translation>
    </message>
    <message>
        <source>The summary was not written.</source>
        <translation>Sammanfattningen skrevs inte.</translation>
    </message>
    <message>
        <source>PDF password: </source>
        <translation>PDF-lösenord: </translation>
    </message>
    <message>
        <source>The same PDF password again: </source>
        <translation>Samma PDF-lösenord igen: </translation>
    </message>
    <message>
        <source>The two PDF passwords differ.</source>
        <translation>De två PDF-lösenorden är olika.</translation>
    </message>
    <message>
        <source>The PDF password is empty.</source>
        <translation>PDF-lösenordet är tomt.</translation>
    </message>
    <message>
        <source>The summary was written to %1.</source>
        <translation>Sammanfattningen skrevs i %1.</translation>
    </message>
    <message>
        <source>Give either --demo or a journal folder, not both.</source>
        <translation>Ange antingen --demo eller en dagboksmapp, inte båda.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>%1 has no own area yet. An acceptance is confirmed with an own passphrase that only %1 knows: choose it now. It makes the own area of %1 too, and it must differ from the pair passphrase.</source>
        <translation>%1 har inget eget område ännu. Ett godkännande bekräftas med en egen lösenfras som bara %1 känner till: välj den nu. Samtidigt skapas det egna området för %1, och lösenfrasen måste skilja sig från parets lösenfras.</translation>
    </message>
    <message>
        <source>Own passphrase of %1</source>
        <translation>Egen lösenfras för %1</translation>
    </message>
    <message>
        <source>Only %1 types it: the pair passphrase will not do here.</source>
        <translation>Bara %1 skriver den: parets lösenfras duger inte här.</translation>
    </message>
    <message>
        <source>Own passphrase of %1 again</source>
        <translation>Egen lösenfras för %1 igen</translation>
    </message>
    <message>
        <source>Type the own passphrase of %1.</source>
        <translation>Skriv den egna lösenfrasen för %1.</translation>
    </message>
    <message>
        <source>Checking the own passphrase…</source>
        <translation>Den egna lösenfrasen kontrolleras…</translation>
    </message>
    <message>
        <source>This is not the own passphrase of %1. Only %1 can accept in their name.</source>
        <translation>Det här är inte den egna lösenfrasen för %1. Bara %1 kan godkänna i sitt namn.</translation>
    </message>
</context>
<context>
    <name>CreateJournalPage</name>
    <message>
        <source>Create a new journal</source>
        <translation>Skapa en ny dagbok</translation>
    </message>
    <message>
        <source>The journal is a folder on this computer. Everything in it is encrypted with the pair passphrase you choose below.</source>
        <translation>Dagboken är en mapp på den här datorn. Allt i den krypteras med parets lösenfras som ni väljer nedan.</translation>
    </message>
    <message>
        <source>The journal</source>
        <translation>Dagboken</translation>
    </message>
    <message>
        <source>Our work pair journal</source>
        <translation>Vårt arbetspars dagbok</translation>
    </message>
    <message>
        <source>Name of the journal</source>
        <translation>Dagbokens namn</translation>
    </message>
    <message>
        <source>Shown only after unlocking. No client names.</source>
        <translation>Syns först när låset har öppnats. Inga klientnamn.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Välj mappen</translation>
    </message>
    <message>
        <source>A new or empty folder.</source>
        <translation>En ny eller tom mapp.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>First names only. A pair has at least one expert by experience and one professional.</source>
        <translation>Endast förnamn. Ett arbetspar har minst en erfarenhetsexpert och en yrkesperson.</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Lägg till en medlem</translation>
    </message>
    <message>
        <source>Pair passphrase</source>
        <translation>Parets lösenfras</translation>
    </message>
    <message>
        <source>Both of you use this passphrase to open the journal. A lost passphrase cannot be recovered by anyone, and the journal cannot be opened without it. Agree where you keep it safe.</source>
        <translation>Ni öppnar båda dagboken med den här lösenfrasen. En bortglömd lösenfras kan inte återställas av någon, och dagboken kan inte öppnas utan den. Kom överens om var ni förvarar den säkert.</translation>
    </message>
    <message>
        <source>Pair passphrase again</source>
        <translation>Parets lösenfras igen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Create the journal</source>
        <translation>Skapa dagboken</translation>
    </message>
    <message>
        <source>Choose a folder for the journal</source>
        <translation>Välj en mapp för dagboken</translation>
    </message>
    <message>
        <source>Choose a folder for the journal.</source>
        <translation>Välj en mapp för dagboken.</translation>
    </message>
    <message>
        <source>Creating the journal…</source>
        <translation>Dagboken skapas…</translation>
    </message>
</context>
<context>
    <name>DebriefEditor</name>
    <message>
        <source>‹ Back to the list</source>
        <translation>‹ Tillbaka till listan</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Tillbaka till listan (Esc)</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Sparläge</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Spara (Ctrl+S)</translation>
    </message>
    <message>
        <source>Quick debrief</source>
        <translation>Snabbgenomgång</translation>
    </message>
    <message>
        <source>Choose who is writing</source>
        <translation>Välj vem som skriver</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Längd (min)</translation>
    </message>
    <message>
        <source>Choose the visit type</source>
        <translation>Välj typ av besök</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Typ av besök</translation>
    </message>
    <message>
        <source>Who is writing</source>
        <translation>Vem skriver</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Klientkod</translation>
    </message>
    <message>
        <source>Propose a new code</source>
        <translation>Föreslå en ny kod</translation>
    </message>
    <message>
        <source>A pseudonym code like A-07. Never names, initials, birth years or places.</source>
        <translation>En pseudonymkod som A-07. Aldrig namn, initialer, födelseår eller orter.</translation>
    </message>
    <message>
        <source>What is uppermost right now? Is anything still needed today?</source>
        <translation>Vad ligger överst just nu? Behövs något ännu i dag?</translation>
    </message>
    <message>
        <source>Briefly, without identifying details.</source>
        <translation>Kort, utan identifierande uppgifter.</translation>
    </message>
    <message>
        <source>Complete the full reflection</source>
        <translation>Fyll i hela genomgången</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>What was the goal of the visit?</source>
        <translation>Vad var målet med besöket?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Vad hände?</translation>
    </message>
    <message>
        <source>My part</source>
        <translation>Min del</translation>
    </message>
    <message>
        <source>What did I do on this visit? Each partner ticks their own part.</source>
        <translation>Vad gjorde jag vid det här besöket? Var och en kryssar för sin egen del.</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Hur det gick</translation>
    </message>
    <message>
        <source>Did the role split work as agreed?</source>
        <translation>Fungerade rollfördelningen som vi kommit överens om?</translation>
    </message>
    <message>
        <source>How did the role split work?</source>
        <translation>Hur fungerade rollfördelningen?</translation>
    </message>
    <message>
        <source>What went well, and why?</source>
        <translation>Vad lyckades, och varför?</translation>
    </message>
    <message>
        <source>What was hard, and why?</source>
        <translation>Vad var svårt, och varför?</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Varningssignaler</translation>
    </message>
    <message>
        <source>Who noticed</source>
        <translation>Vem märkte</translation>
    </message>
    <message>
        <source>Noticed from what?</source>
        <translation>Märktes av vad?</translation>
    </message>
    <message>
        <source>What was agreed?</source>
        <translation>Vad kom man överens om?</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>Vad vi lärde oss</translation>
    </message>
    <message>
        <source>What did we learn? What would we do differently?</source>
        <translation>Vad lärde vi oss? Vad skulle vi göra annorlunda?</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Fortsatta åtgärder</translation>
    </message>
    <message>
        <source>The pair&apos;s own reminders. Official client tasks belong in the client record.</source>
        <translation>Arbetsparets egna påminnelser. Officiella uppgifter i klientarbetet hör hemma i klientdatasystemet.</translation>
    </message>
    <message>
        <source>Add a follow-up</source>
        <translation>Lägg till en åtgärd</translation>
    </message>
    <message>
        <source>Topics for work supervision</source>
        <translation>Frågor till handledningen</translation>
    </message>
    <message>
        <source>Add a topic</source>
        <translation>Lägg till en fråga</translation>
    </message>
    <message>
        <source>Share with work supervision</source>
        <translation>Dela med handledningen</translation>
    </message>
    <message>
        <source>Only what you share here can go into the supervision summary. Own reflections are never in it.</source>
        <translation>Bara det ni delar här kan komma med i handledningssammanfattningen. Egna reflektioner finns aldrig med.</translation>
    </message>
    <message>
        <source>Delete this debrief…</source>
        <translation>Radera den här genomgången…</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Besöksgenomgång</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Inte sparad ännu</translation>
    </message>
    <message>
        <source>Not kept yet: type your own passphrase below to keep these answers as a draft in your own area.</source>
        <translation>Inte sparat ännu: skriv din egen lösenfras nedan, så sparas svaren som utkast i ditt eget område.</translation>
    </message>
    <message>
        <source>Recovered from a draft saved at %1</source>
        <translation>Återställd från ett utkast som sparades kl. %1</translation>
    </message>
    <message>
        <source>Written by %1 on %2</source>
        <translation>Skriven av %1 den %2</translation>
    </message>
    <message>
        <source>last edited by %1 on %2 at %3</source>
        <translation>senast ändrad av %1 den %2 kl. %3</translation>
    </message>
    <message>
        <source>Shared with the pair</source>
        <translation>Delat med arbetsparet</translation>
    </message>
    <message>
        <source>Not kept as a draft while the text has a personal identity code</source>
        <translation>Sparas inte som utkast medan texten innehåller en personbeteckning</translation>
    </message>
    <message>
        <source>Draft kept at %1 (not yet saved)</source>
        <translation>Utkastet sparat kl. %1 (genomgången är inte sparad ännu)</translation>
    </message>
    <message>
        <source>Your answers are kept in your own area as a draft (not yet saved).</source>
        <translation>Dina svar finns kvar som utkast i ditt eget område (inte sparade ännu).</translation>
    </message>
    <message>
        <source>Opening the own area…</source>
        <translation>Det egna området öppnas…</translation>
    </message>
    <message>
        <source>Your answers kept as a draft at %1 are back.</source>
        <translation>Dina svar från utkastet kl. %1 är tillbaka.</translation>
    </message>
    <message>
        <source>Leave without the own answers?</source>
        <translation>Lämna utan de egna svaren?</translation>
    </message>
    <message>
        <source>The own answers of %1 are not saved, and they can be kept as a draft only in their own area. Type the own passphrase in the box to keep them, or leave without them.</source>
        <translation>De egna svaren (%1) är inte sparade, och som utkast kan de bara sparas i det egna området. Skriv den egna lösenfrasen i rutan för att behålla dem, eller lämna utan dem.</translation>
    </message>
    <message>
        <source>Leave without them</source>
        <translation>Lämna utan dem</translation>
    </message>
    <message>
        <source>Closed after a while without use. Your answers are kept in your own area: type your own passphrase to go on.</source>
        <translation>Stängdes efter en stund utan användning. Dina svar finns kvar i ditt eget område: skriv din egen lösenfras för att fortsätta.</translation>
    </message>
    <message>
        <source>Choose who is writing.</source>
        <translation>Välj vem som skriver.</translation>
    </message>
    <message>
        <source>Choose the visit type.</source>
        <translation>Välj typ av besök.</translation>
    </message>
    <message>
        <source>Remove the personal identity code before saving: use the button under the text.</source>
        <translation>Ta bort personbeteckningen innan du sparar: använd knappen under texten.</translation>
    </message>
    <message>
        <source>Choose the strain 0–10 to share it, or untick sharing for %1.</source>
        <translation>Välj belastningen 0–10 för att dela den, eller ta bort delningen för %1.</translation>
    </message>
    <message>
        <source>Saving the debrief…</source>
        <translation>Genomgången sparas…</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Sparat kl. %1</translation>
    </message>
    <message>
        <source>Type %1&apos;s own passphrase to save these answers, or clear them.</source>
        <translation>Skriv den egna lösenfrasen (%1) för att spara de här svaren, eller töm dem.</translation>
    </message>
    <message>
        <source>This is not %1&apos;s own passphrase.</source>
        <translation>Det här är inte den egna lösenfrasen (%1).</translation>
    </message>
</context>
<context>
    <name>DebriefListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Typ av besök</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Klientkod</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Fortsatta åtgärder</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Varningssignaler</translation>
    </message>
    <message>
        <source>Shared with the pair</source>
        <translation>Delat med arbetspartnern</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>DebriefsPage</name>
    <message>
        <source>Debriefs</source>
        <translation>Genomgångar</translation>
    </message>
    <message>
        <source>New debrief</source>
        <translation>Ny genomgång</translation>
    </message>
    <message>
        <source>New quick debrief (Ctrl+N)</source>
        <translation>Ny snabbgenomgång (Ctrl+N)</translation>
    </message>
    <message>
        <source>The debrief was deleted.</source>
        <translation>Genomgången raderades.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Search the debriefs&apos; text (Ctrl+F)</source>
        <translation>Sök i genomgångarnas text (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the debriefs</source>
        <translation>Sök i genomgångarna</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Töm sökningen</translation>
    </message>
    <message>
        <source>Debriefs after client visits go here. Start one right after a visit: the quick debrief takes two minutes.</source>
        <translation>Här samlas genomgångarna efter klientbesök. Börja direkt efter ett besök: snabbgenomgången tar ett par minuter.</translation>
    </message>
    <message>
        <source>Write a quick debrief</source>
        <translation>Skriv en snabbgenomgång</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Hela tiden</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Senaste månaden</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Senaste 3 månaderna</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Senaste året</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Typ av besök</translation>
    </message>
    <message>
        <source>All visit types</source>
        <translation>Alla besökstyper</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alla teman</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Klientkod</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Delning</translation>
    </message>
    <message>
        <source>Any sharing</source>
        <translation>Delad eller inte</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Varningssignaler</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Öppna åtgärder</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alla klienter</translation>
    </message>
    <message>
        <source>Searching the debriefs…</source>
        <translation>Söker i genomgångarna…</translation>
    </message>
    <message numerus="yes">
        <source>%n debriefs</source>
        <translation>
            <numerusform>%n genomgång</numerusform>
            <numerusform>%n genomgångar</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try a shorter word.</source>
        <translation>Inget hittades. Pröva ett kortare ord.</translation>
    </message>
    <message numerus="yes">
        <source>The %n best matches</source>
        <translation>
            <numerusform>Den bästa träffen</numerusform>
            <numerusform>De %n bästa träffarna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished debriefs were kept as drafts. Continue where you left off?</source>
        <translation>
            <numerusform>En ofärdig genomgång sparades som utkast. Vill du fortsätta där du slutade?</numerusform>
            <numerusform>%n ofärdiga genomgångar sparades som utkast. Vill du fortsätta där du slutade?</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes to the debrief of %1, kept at %2</source>
        <translation>Ändringar i genomgången %1, sparade kl. %2</translation>
    </message>
    <message>
        <source>New debrief %1, kept at %2</source>
        <translation>Ny genomgång %1, sparad kl. %2</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Kasta utkastet</translation>
    </message>
    <message>
        <source>The unfinished debrief will be removed. This cannot be undone.</source>
        <translation>Den ofärdiga genomgången tas bort. Det kan inte ångras.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <source>Delete the debrief</source>
        <translation>Radera genomgången</translation>
    </message>
    <message>
        <source>The debrief and its follow-ups are deleted. You can undo this until the journal is locked.</source>
        <translation>Genomgången och dess åtgärder raderas. Du kan ångra det tills dagboken låses.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
</context>
<context>
    <name>DraftConflictDialog</name>
    <message>
        <source>Differences</source>
        <translation>Skillnader</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation>Ditt utkast</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>Sparat nu</translation>
    </message>
    <message>
        <source>Keep my draft</source>
        <translation>Behåll mitt utkast</translation>
    </message>
    <message>
        <source>Keep the saved version</source>
        <translation>Behåll den sparade versionen</translation>
    </message>
    <message>
        <source>Keep both (my draft as a copy)</source>
        <translation>Behåll båda (mitt utkast som kopia)</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Bestäm senare</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Edit the draft together. Nothing here is in force until you propose it and every member has accepted it.</source>
        <translation>Redigera utkastet tillsammans. Inget här gäller förrän ni föreslår det och varje medlem har godkänt det.</translation>
    </message>
    <message>
        <source>Tasks and who leads them</source>
        <translation>Uppgifter och vem som leder dem</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Lägg till en uppgift</translation>
    </message>
    <message>
        <source>Frame of the pair</source>
        <translation>Arbetsparets ramar</translation>
    </message>
    <message>
        <source>Why and from when</source>
        <translation>Varför och från när</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Föreslå</translation>
    </message>
    <message>
        <source>When the draft is ready, propose it. Then each of you accepts it separately, with your own passphrase.</source>
        <translation>När utkastet är klart, föreslå det. Sedan godkänner var och en av er det separat, med sin egen lösenfras.</translation>
    </message>
    <message>
        <source>Who proposes?</source>
        <translation>Vem föreslår?</translation>
    </message>
    <message>
        <source>Propose for acceptance</source>
        <translation>Föreslå för godkännande</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Spara utkastet</translation>
    </message>
    <message>
        <source>Back to the role split</source>
        <translation>Tillbaka till rollfördelningen</translation>
    </message>
    <message>
        <source>Discard draft…</source>
        <translation>Kasta utkastet…</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Sparläge</translation>
    </message>
    <message>
        <source>Working time of the expert by experience</source>
        <translation>Erfarenhetsexpertens arbetstid</translation>
    </message>
    <message>
        <source>Working time of the professional</source>
        <translation>Yrkespersonens arbetstid</translation>
    </message>
    <message>
        <source>Days worked together</source>
        <translation>Gemensamma arbetsdagar</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Inte överenskommet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Living in the same town</source>
        <translation>Bor på samma ort</translation>
    </message>
    <message>
        <source>Shared office</source>
        <translation>Gemensamt kontor</translation>
    </message>
    <message>
        <source>for example Tiina Koskinen</source>
        <translation>till exempel Tiina Koskinen</translation>
    </message>
    <message>
        <source>Line manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <source>The professional has a guiding role</source>
        <translation>Yrkespersonen har en handledande roll</translation>
    </message>
    <message>
        <source>for example a peer group of experts by experience</source>
        <translation>till exempel en kamratgrupp för erfarenhetsexperter</translation>
    </message>
    <message>
        <source>Who supports the expert by experience?</source>
        <translation>Vem stöder erfarenhetsexperten?</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>inte överenskommet</translation>
    </message>
    <message>
        <source> weeks apart</source>
        <translation> veckors mellanrum</translation>
    </message>
    <message>
        <source>Work supervision</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <source>for example ends in May 2027</source>
        <translation>till exempel slutar i maj 2027</translation>
    </message>
    <message>
        <source>Training under way</source>
        <translation>Pågående utbildning</translation>
    </message>
    <message>
        <source>About the training</source>
        <translation>Om utbildningen</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Känt</translation>
    </message>
    <message>
        <source>Expert by experience started in the field</source>
        <translation>Erfarenhetsexperten började i branschen</translation>
    </message>
    <message>
        <source>The review interval follows from this: every 3 months in the first year, then every 6 months.</source>
        <translation>Av detta följer granskningsintervallet: var 3:e månad det första året, sedan var 6:e månad.</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Välj en orsak</translation>
    </message>
    <message>
        <source>Why does the role split change?</source>
        <translation>Varför ändras rollfördelningen?</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Med egna ord</translation>
    </message>
    <message>
        <source>Discussed in work supervision</source>
        <translation>Behandlad i handledningen</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nästa granskning</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>Använd förslaget</translation>
    </message>
    <message>
        <source>Recovered from a draft saved at %1</source>
        <translation>Återställd från ett utkast som sparades kl. %1</translation>
    </message>
    <message>
        <source>Role split, version %1 (draft)</source>
        <translation>Rollfördelning, version %1 (utkast)</translation>
    </message>
    <message>
        <source>3 months, as the expert by experience is in their first year in the field</source>
        <translation>3 månader, eftersom erfarenhetsexperten är inne på sitt första år i branschen</translation>
    </message>
    <message>
        <source>6 months, as the expert by experience is past their first year</source>
        <translation>6 månader, eftersom erfarenhetsexpertens första år i branschen är förbi</translation>
    </message>
    <message>
        <source>Suggested next review: %1 (%2).</source>
        <translation>Förslag till nästa granskning: %1 (%2).</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Utkastet sparat kl. %1.</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Kasta utkastet?</translation>
    </message>
    <message>
        <source>The draft and its changes are removed. The role split in force, if any, stays as it is.</source>
        <translation>Utkastet och dess ändringar tas bort. Den rollfördelning som gäller, om någon, förblir som den är.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Kasta utkastet</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>Uppgift %1: %2</translation>
    </message>
</context>
<context>
    <name>DraftRow</name>
    <message>
        <source>Continue writing</source>
        <translation>Fortsätt skriva</translation>
    </message>
    <message>
        <source>Continue writing: %1</source>
        <translation>Fortsätt skriva: %1</translation>
    </message>
    <message>
        <source>Discard the draft…</source>
        <translation>Kasta utkastet…</translation>
    </message>
    <message>
        <source>Discard the draft: %1</source>
        <translation>Kasta utkastet: %1</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Saved again since your draft</source>
        <translation>Sparat igen efter ditt utkast</translation>
    </message>
    <message>
        <source>Your unsaved changes were kept as a draft at %1. Since then this was saved again, so the two differ. Choose what to keep.</source>
        <translation>Dina osparade ändringar sparades som utkast kl. %1. Sedan dess har detta sparats igen, så versionerna skiljer sig. Välj vad som ska behållas.</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>From the debrief of</source>
        <translation>Från genomgången den</translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation>Markera som klar: %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (försenad)</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>What needs doing</source>
        <translation>Vad behöver göras</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Vem gör det</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Har ett slutdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove this follow-up</source>
        <translation>Ta bort den här åtgärden</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Open follow-ups</source>
        <translation>Öppna åtgärder</translation>
    </message>
    <message>
        <source>The pair&apos;s own reminders from the debriefs, overdue first. Tick one when it is done.</source>
        <translation>Arbetsparets egna påminnelser från genomgångarna, försenade först. Kryssa för när något är gjort.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>No open follow-ups. New ones are added in a debrief, under Follow-ups.</source>
        <translation>Inga öppna åtgärder. Nya läggs till i en genomgång, under Fortsatta åtgärder.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Fortsatta åtgärder</translation>
    </message>
    <message>
        <source>Marked done.</source>
        <translation>Markerad som klar.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from an export file</source>
        <translation>Import från en exportfil</translation>
    </message>
    <message>
        <source>Makes a new journal from a Työparipäiväkirja export file. The file is checked first, and nothing is written unless everything in it is right.</source>
        <translation>Gör en ny dagbok av en exportfil från Työparipäiväkirja. Filen kontrolleras först, och inget skrivs om inte allt i den stämmer.</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportfil</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Välj filen…</translation>
    </message>
    <message>
        <source>Folder for the new journal</source>
        <translation>Mapp för den nya dagboken</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>A new or empty folder.</source>
        <translation>En ny eller tom mapp.</translation>
    </message>
    <message>
        <source>New pair passphrase</source>
        <translation>Parets nya lösenfras</translation>
    </message>
    <message>
        <source>New pair passphrase again</source>
        <translation>Parets nya lösenfras igen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>Välj exportfilen</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Filen kontrolleras…</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: members %2; %n debriefs.</source>
        <translation>
            <numerusform>”%1”: medlemmar %2; %n genomgång.</numerusform>
            <numerusform>”%1”: medlemmar %2; %n genomgångar.</numerusform>
        </translation>
    </message>
    <message>
        <source>New own passphrase of %1</source>
        <translation>Ny egen lösenfras för %1</translation>
    </message>
    <message>
        <source>New own passphrase of %1 again</source>
        <translation>Ny egen lösenfras för %1 igen</translation>
    </message>
    <message>
        <source>The file holds %1&apos;s own area; it gets a passphrase of its own.</source>
        <translation>Filen innehåller det egna området för %1; det får en egen lösenfras.</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Samma igen</translation>
    </message>
    <message>
        <source>Choose a folder for the new journal</source>
        <translation>Välj en mapp för den nya dagboken</translation>
    </message>
    <message>
        <source>Choose an export file first.</source>
        <translation>Välj först en exportfil.</translation>
    </message>
    <message>
        <source>Choose a folder for the new journal.</source>
        <translation>Välj en mapp för den nya dagboken.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was made.</source>
        <translation>Importen avbröts. Ingen ny dagbok gjordes.</translation>
    </message>
    <message>
        <source>Check the imported texts</source>
        <translation>Kontrollera de importerade texterna</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Anmärkning (frivillig)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the task</source>
        <translation>Ta bort uppgiften</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Uppgift %1</translation>
    </message>
    <message>
        <source>Lead of task %1</source>
        <translation>Vem leder uppgift %1</translation>
    </message>
    <message>
        <source>Note of task %1</source>
        <translation>Anmärkning till uppgift %1</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Open journal</source>
        <translation>Öppen dagbok</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Lås nu</translation>
    </message>
    <message>
        <source>Open for reading only</source>
        <translation>Öppen endast för läsning</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock state</source>
        <translation>Låsläge</translation>
    </message>
    <message>
        <source>&amp;New journal…</source>
        <translation>&amp;Ny dagbok…</translation>
    </message>
    <message>
        <source>&amp;Open journal…</source>
        <translation>&amp;Öppna dagbok…</translation>
    </message>
    <message>
        <source>Change the pair &amp;passphrase…</source>
        <translation>Byt parets &amp;lösenfras…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation>Lås dagboken</translation>
    </message>
    <message>
        <source>&amp;Backups and export…</source>
        <translation>&amp;Säkerhetskopior och export…</translation>
    </message>
    <message>
        <source>&amp;Import from an export file…</source>
        <translation>&amp;Importera från en exportfil…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;About Työparipäiväkirja…</source>
        <translation>&amp;Om Työparipäiväkirja…</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Dagbok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <source>Journal unlocked, for reading only</source>
        <translation>Dagboken är upplåst, endast för läsning</translation>
    </message>
    <message>
        <source>Journal unlocked</source>
        <translation>Dagboken är upplåst</translation>
    </message>
    <message>
        <source>Locking…</source>
        <translation>Låser…</translation>
    </message>
    <message>
        <source>Journal locked</source>
        <translation>Dagboken är låst</translation>
    </message>
    <message>
        <source>Choose the journal folder</source>
        <translation>Välj dagbokens mapp</translation>
    </message>
    <message>
        <source>Not a journal</source>
        <translation>Ingen dagbok</translation>
    </message>
    <message>
        <source>This folder does not contain a Työparipäiväkirja journal. Choose the folder the journal was created in.</source>
        <translation>Den här mappen innehåller ingen dagbok från Työparipäiväkirja. Välj den mapp där dagboken skapades.</translation>
    </message>
    <message>
        <source>Checking the journal&apos;s files…</source>
        <translation>Dagbokens filer kontrolleras…</translation>
    </message>
    <message>
        <source>Preparing the search…</source>
        <translation>Sökningen förbereds…</translation>
    </message>
    <message>
        <source>Backing up the journal…</source>
        <translation>Dagboken säkerhetskopieras…</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation>Den dagliga säkerhetskopian kunde inte göras: %1</translation>
    </message>
    <message>
        <source>The daily backup was made, but not its second copy: check that the folder (USB stick) is connected.</source>
        <translation>Den dagliga säkerhetskopian gjordes, men inte dess andra kopia: kontrollera att mappen (USB-minnet) är ansluten.</translation>
    </message>
    <message>
        <source>Change the pair passphrase</source>
        <translation>Byt parets lösenfras</translation>
    </message>
    <message>
        <source>The journal is re-encrypted with the new passphrase. Tell it to your partner in person. Own areas keep their own passphrases.</source>
        <translation>Dagboken krypteras på nytt med den nya lösenfrasen. Berätta den för din arbetspartner ansikte mot ansikte. De egna områdena behåller sina egna lösenfraser.</translation>
    </message>
    <message>
        <source>The pair passphrase was changed.</source>
        <translation>Parets lösenfras byttes.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Säkerhetskopian återställs…</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Säkerhetskopian återställdes inte</translation>
    </message>
    <message>
        <source>The other journal&apos;s backup made %1 was restored into this folder: unlock it with that journal&apos;s pair passphrase. The journal that was here is kept as a backup.</source>
        <translation>Den andra dagbokens säkerhetskopia som gjordes %1 återställdes i den här mappen: lås upp den med parets lösenfras för den dagboken. Dagboken som fanns här sparas som en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The backup made %1 was restored. The journal as it was is kept as a backup.</source>
        <translation>Säkerhetskopian som gjordes %1 återställdes. Dagboken som den var sparas som en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The new journal was made from the export. Unlock it with its new passphrase.</source>
        <translation>Den nya dagboken gjordes av exporten. Lås upp den med dess nya lösenfras.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the app.</source>
        <translation>Det nya språket används från nästa gång appen startas.</translation>
    </message>
    <message>
        <source>The app closes as soon as the journal&apos;s backup is made.</source>
        <translation>Appen stängs så snart dagbokens säkerhetskopia är gjord.</translation>
    </message>
    <message>
        <source>Locking the journal</source>
        <translation>Dagboken låses</translation>
    </message>
    <message>
        <source>The journal locks as soon as the work under way has stopped. This takes a moment.</source>
        <translation>Dagboken låses så snart det pågående arbetet har avslutats. Det tar en stund.</translation>
    </message>
</context>
<context>
    <name>MemberPartBox</name>
    <message>
        <source>What did I do on this visit? (in my own words)</source>
        <translation>Vad gjorde jag vid det här besöket? (med egna ord)</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Member %1, first name</source>
        <translation>Medlem %1, förnamn</translation>
    </message>
    <message>
        <source>Expert by experience (kokemusasiantuntija)</source>
        <translation>Erfarenhetsexpert (kokemusasiantuntija)</translation>
    </message>
    <message>
        <source>Professional (ammattilainen)</source>
        <translation>Yrkesperson (ammattilainen)</translation>
    </message>
    <message>
        <source>Member %1, role</source>
        <translation>Medlem %1, roll</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file is not a Työparipäiväkirja export that this app can read, so nothing was written. The first problem is at %1: %2</source>
        <translation>Filen är inte en export från Työparipäiväkirja som den här appen kan läsa, så inget skrevs. Det första problemet finns vid %1: %2</translation>
    </message>
    <message>
        <source>the file cannot be read. Check that it exists and that you may open it.</source>
        <translation>filen kan inte läsas. Kontrollera att den finns och att du har rätt att öppna den.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text.</source>
        <translation>filen är inte UTF-8-text.</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line:column %1).</source>
        <translation>filen är inte giltig JSON (rad:kolumn %1).</translation>
    </message>
    <message>
        <source>the file was made by a newer version of the app (format %1). Update the app.</source>
        <translation>filen har gjorts med en nyare version av appen (format %1). Uppdatera appen.</translation>
    </message>
    <message>
        <source>the value should be %1.</source>
        <translation>värdet borde vara %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>a required field is missing: %1.</source>
        <translation>ett obligatoriskt fält saknas: %1.</translation>
    </message>
    <message>
        <source>a field the format does not have: %1.</source>
        <translation>ett fält som formatet inte har: %1.</translation>
    </message>
    <message>
        <source>the value is not one of the allowed ones: %1.</source>
        <translation>värdet är inte ett av de tillåtna: %1.</translation>
    </message>
    <message>
        <source>the value is longer than %1.</source>
        <translation>värdet är längre än %1.</translation>
    </message>
    <message>
        <source>the value is shorter than %1.</source>
        <translation>värdet är kortare än %1.</translation>
    </message>
    <message>
        <source>the number is outside the allowed range (limit %1).</source>
        <translation>talet ligger utanför det tillåtna området (gräns %1).</translation>
    </message>
    <message>
        <source>the value is not written in the expected form (for example a date).</source>
        <translation>värdet är inte skrivet i den väntade formen (till exempel ett datum).</translation>
    </message>
    <message>
        <source>the own area belongs to nobody among the journal&apos;s members.</source>
        <translation>det egna området hör inte till någon av dagbokens medlemmar.</translation>
    </message>
    <message>
        <source>the same member has a second own area in the file.</source>
        <translation>samma medlem har ett andra eget område i filen.</translation>
    </message>
    <message>
        <source>it refers to a role split version that is not in the file.</source>
        <translation>det hänvisar till en version av rollfördelningen som inte finns i filen.</translation>
    </message>
    <message>
        <source>the journal&apos;s own rules refuse this value.</source>
        <translation>dagbokens egna regler godtar inte det här värdet.</translation>
    </message>
    <message>
        <source>the app cannot read this value.</source>
        <translation>appen kan inte läsa det här värdet.</translation>
    </message>
    <message>
        <source>the file is larger than an export can be (%1 MB).</source>
        <translation>filen är större än en export kan vara (%1 MB).</translation>
    </message>
    <message>
        <source>the values are nested deeper than the format allows.</source>
        <translation>värdena är inkapslade djupare än formatet tillåter.</translation>
    </message>
    <message>
        <source>the text holds characters that are not allowed (control characters or broken Unicode).</source>
        <translation>texten innehåller tecken som inte är tillåtna (styrtecken eller trasig Unicode).</translation>
    </message>
    <message>
        <source>the value is not a date from %1 to %2, written like 2026-11-27 (or a moment like 2026-11-27T14:32:00+00:00).</source>
        <translation>värdet är inte ett datum från %1 till %2, skrivet som 2026-11-27 (eller en tidpunkt som 2026-11-27T14:32:00+00:00).</translation>
    </message>
    <message>
        <source>the value should be a whole number.</source>
        <translation>värdet ska vara ett heltal.</translation>
    </message>
    <message>
        <source>it names a member who is not among the journal&apos;s members.</source>
        <translation>den nämner en medlem som inte finns bland dagbokens medlemmar.</translation>
    </message>
    <message>
        <source>the same identifier is already used earlier in the file.</source>
        <translation>samma identifierare används redan tidigare i filen.</translation>
    </message>
    <message>
        <source>the value does not follow the format (rule %1).</source>
        <translation>värdet följer inte formatet (regel %1).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>sant eller falskt (true/false)</translation>
    </message>
    <message>
        <source>a list [ ]</source>
        <translation>en lista [ ]</translation>
    </message>
    <message>
        <source>a group of fields { }</source>
        <translation>en grupp fält { }</translation>
    </message>
    <message>
        <source>empty (null)</source>
        <translation>tomt (null)</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Check it and try again.</source>
        <translation>Lösenfrasen är inte rätt. Kontrollera den och försök igen.</translation>
    </message>
    <message>
        <source>The journal is open in another window or program. Close it there first, then try again.</source>
        <translation>Dagboken är öppen i ett annat fönster eller program. Stäng den där först och försök sedan igen.</translation>
    </message>
    <message>
        <source>The journal file is damaged and cannot be opened safely. Nothing was changed. Restore it from a backup or ask your IT support.</source>
        <translation>Dagbokens fil är skadad och kan inte öppnas säkert. Inget ändrades. Återställ den från en säkerhetskopia eller be IT-stödet om hjälp.</translation>
    </message>
    <message>
        <source>This folder does not contain a Työparipäiväkirja journal. Choose the folder the journal was created in.</source>
        <translation>Den här mappen innehåller ingen dagbok från Työparipäiväkirja. Välj den mapp där dagboken skapades.</translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of Työparipäiväkirja. Update the app to open it; the journal was not changed.</source>
        <translation>Den här dagboken har sparats med en nyare version av Työparipäiväkirja. Uppdatera appen för att öppna den; dagboken ändrades inte.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Earlier entries are safe. Free some space and try again.</source>
        <translation>Disken är full, så ändringen sparades inte. Tidigare anteckningar finns kvar. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The disk is full, so the journal cannot be opened now. Nothing was changed and nothing is lost. Free up space on the disk (delete or move files you do not need, empty the wastebasket), then try again.</source>
        <translation>Disken är full, så dagboken kan inte öppnas nu. Inget ändrades och inget gick förlorat. Frigör utrymme på disken (radera eller flytta filer du inte behöver, töm papperskorgen) och försök sedan igen.</translation>
    </message>
    <message>
        <source>The journal was locked. Unlock it and try again.</source>
        <translation>Dagboken låstes. Lås upp den och försök igen.</translation>
    </message>
    <message>
        <source>This role split has been accepted by everyone and can no longer be changed. To change something, make a new version.</source>
        <translation>Alla har godkänt den här rollfördelningen och den kan inte längre ändras. Gör en ny version för att ändra något.</translation>
    </message>
    <message>
        <source>The file could not be saved there. Choose another folder, for example your documents folder, and try again.</source>
        <translation>Filen kunde inte sparas där. Välj en annan mapp, till exempel mappen Dokument, och försök igen.</translation>
    </message>
    <message>
        <source>This backup is incomplete or damaged, so it was not restored. Nothing was changed. Choose another backup.</source>
        <translation>Den här säkerhetskopian är ofullständig eller skadad, så den återställdes inte. Inget ändrades. Välj en annan säkerhetskopia.</translation>
    </message>
    <message>
        <source>No intact backup that opens with this passphrase was found. Nothing was changed. If you have a backup elsewhere (a USB stick), restore it from there.</source>
        <translation>Ingen hel säkerhetskopia som öppnas med den här lösenfrasen hittades. Inget ändrades. Om du har en säkerhetskopia någon annanstans (ett USB-minne), återställ den därifrån.</translation>
    </message>
    <message>
        <source>The file is not a Työparipäiväkirja export that this app can read. Nothing was written.</source>
        <translation>Filen är inte en export från Työparipäiväkirja som den här appen kan läsa. Inget skrevs.</translation>
    </message>
    <message>
        <source>Check the highlighted information.</source>
        <translation>Kontrollera de markerade uppgifterna.</translation>
    </message>
    <message>
        <source>A link to some other place was found among the journal&apos;s own files or in the backup, so nothing was done: the app never follows such links. Remove the link or ask your IT support, then try again.</source>
        <translation>En länk till någon annan plats hittades bland dagbokens egna filer eller i säkerhetskopian, så inget gjordes: appen följer aldrig sådana länkar. Ta bort länken eller be IT-supporten om hjälp och försök sedan igen.</translation>
    </message>
    <message>
        <source>This backup is of another journal, so nothing was changed. Restoring it would replace this journal with that other one. Do that only if you mean it, and choose it explicitly (on the command line: --foreign-backup).</source>
        <translation>Den här säkerhetskopian är av en annan dagbok, så inget ändrades. Att återställa den skulle ersätta den här dagboken med den andra. Gör det bara om det är meningen, och välj det uttryckligen (på kommandoraden: --foreign-backup).</translation>
    </message>
    <message>
        <source>The well-being questions that came with the app are damaged, so check-ins cannot be shown. Nothing you saved was changed. Reinstall the app or ask your IT support.</source>
        <translation>Välmåendefrågorna som kom med appen är skadade, så avstämningar kan inte visas. Inget av det du sparat ändrades. Installera om appen eller be IT-stödet om hjälp.</translation>
    </message>
    <message>
        <source>The journal could not be read or saved. Nothing was lost. Try again; if it keeps happening, restart the app.</source>
        <translation>Dagboken kunde inte läsas eller sparas. Inget gick förlorat. Försök igen; om det fortsätter, starta om appen.</translation>
    </message>
    <message>
        <source>The disk is full, so the journal is open for reading only and nothing can be saved. Free up space on the disk (delete or move files you do not need, empty the wastebasket), then lock the journal and open it again.</source>
        <translation>Disken är full, så dagboken är öppen endast för läsning och inget kan sparas. Frigör utrymme på disken (radera eller flytta filer du inte behöver, töm papperskorgen), lås sedan dagboken och öppna den igen.</translation>
    </message>
    <message>
        <source>The disk is full, so the journal was opened for reading only: nothing in it was changed. Free up space on the disk (delete or move files you do not need, empty the wastebasket) before you change anything in it.</source>
        <translation>Disken är full, så dagboken öppnades endast för läsning: inget i den ändrades. Frigör utrymme på disken (radera eller flytta filer du inte behöver, töm papperskorgen) innan du ändrar något i den.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed: the journal can only be read now. Free up space on the disk (delete or move files you do not need, empty the wastebasket), then run the command again.</source>
        <translation>Disken är full, så inget ändrades: dagboken kan bara läsas nu. Frigör utrymme på disken (radera eller flytta filer du inte behöver, töm papperskorgen) och kör sedan kommandot igen.</translation>
    </message>
    <message>
        <source>There is already a journal in this folder. Open it, or choose another folder.</source>
        <translation>Det finns redan en dagbok i den här mappen. Öppna den eller välj en annan mapp.</translation>
    </message>
    <message>
        <source>A file with this name is in the way. Choose a folder instead.</source>
        <translation>En fil med det här namnet är i vägen. Välj en mapp i stället.</translation>
    </message>
    <message>
        <source>The folder is not empty. Choose an empty folder or a new folder name so that nothing else ends up beside the journal.</source>
        <translation>Mappen är inte tom. Välj en tom mapp eller ett nytt mappnamn, så att inget annat hamnar bredvid dagboken.</translation>
    </message>
    <message numerus="yes">
        <source>The name can be at most %n characters.</source>
        <translation>
            <numerusform>Namnet får vara högst %n tecken.</numerusform>
            <numerusform>Namnet får vara högst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the name on one line.</source>
        <translation>Skriv namnet på en rad.</translation>
    </message>
    <message>
        <source>Give the journal a name.</source>
        <translation>Ge dagboken ett namn.</translation>
    </message>
    <message>
        <source>Choose a number from %1 to %2.</source>
        <translation>Välj ett tal från %1 till %2.</translation>
    </message>
    <message>
        <source>That folder belongs to a journal, and a file saved there could damage it. Nothing was saved. Choose a folder outside the journal, for example your documents folder.</source>
        <translation>Mappen hör till en dagbok, och en fil som sparas där kan skada den. Inget sparades. Välj en mapp utanför dagboken, till exempel din dokumentmapp.</translation>
    </message>
    <message>
        <source>A database file already has that name, and saving over it could destroy a journal. Nothing was saved. Choose another name.</source>
        <translation>En databasfil har redan det namnet, och att spara över den kan förstöra en dagbok. Inget sparades. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>That is a folder, not a file. Nothing was saved. Give a file name.</source>
        <translation>Det är en mapp, inte en fil. Inget sparades. Ange ett filnamn.</translation>
    </message>
    <message>
        <source>This supervision session was removed. Choose another one.</source>
        <translation>Det här handledningstillfället har tagits bort. Välj ett annat.</translation>
    </message>
    <message>
        <source>Write the supervisor&apos;s name on one line, at most %1 characters.</source>
        <translation>Skriv handledarens namn på en rad, högst %1 tecken.</translation>
    </message>
    <message>
        <source>Write something in every row, or remove the empty row.</source>
        <translation>Skriv något på varje rad, eller ta bort den tomma raden.</translation>
    </message>
    <message>
        <source>Keep each row under %1 characters and at most %2 rows.</source>
        <translation>Håll varje rad under %1 tecken och högst %2 rader.</translation>
    </message>
    <message>
        <source>Choose a period between %1 and %2. Nothing was written.</source>
        <translation>Välj en period mellan %1 och %2. Inget skrevs.</translation>
    </message>
    <message>
        <source>The period cannot start in the future. Choose an earlier start.</source>
        <translation>Perioden kan inte börja i framtiden. Välj en tidigare början.</translation>
    </message>
    <message>
        <source>The period ends before it starts. Check the two dates.</source>
        <translation>Perioden slutar innan den börjar. Kontrollera de två datumen.</translation>
    </message>
    <message>
        <source>a personal identity code</source>
        <translation>en personbeteckning</translation>
    </message>
    <message>
        <source>something that looks like a personal identity code</source>
        <translation>något som ser ut som en personbeteckning</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>ett telefonnummer</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>en e-postadress</translation>
    </message>
    <message>
        <source>the journal&apos;s name</source>
        <translation>dagbokens namn</translation>
    </message>
    <message>
        <source>the members&apos; names</source>
        <translation>medlemmarnas namn</translation>
    </message>
    <message>
        <source>topic for supervision</source>
        <translation>fråga till handledningen</translation>
    </message>
    <message>
        <source>What went well and why?</source>
        <translation>Vad lyckades och varför?</translation>
    </message>
    <message>
        <source>What was hard and why?</source>
        <translation>Vad var svårt och varför?</translation>
    </message>
    <message>
        <source>What did we learn?</source>
        <translation>Vad lärde vi oss?</translation>
    </message>
    <message>
        <source>Did the role split work as agreed?</source>
        <translation>Fungerade rollfördelningen som vi kommit överens om?</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>överenskommelse</translation>
    </message>
    <message>
        <source>a task of the role split</source>
        <translation>en uppgift i rollfördelningen</translation>
    </message>
    <message>
        <source>a member&apos;s name</source>
        <translation>en medlems namn</translation>
    </message>
    <message>
        <source>Debrief of %1, %2</source>
        <translation>Genomgång av %1, %2</translation>
    </message>
    <message>
        <source>A debrief, %1 %2</source>
        <translation>En genomgång, %1 %2</translation>
    </message>
    <message>
        <source>Agenda of the session of %1, item %2</source>
        <translation>Agendan för handledningstillfället %1, punkt %2</translation>
    </message>
    <message>
        <source>Session agenda, item %1</source>
        <translation>Handledningstillfällets agenda, punkt %1</translation>
    </message>
    <message>
        <source>Agreements of the session of %1, item %2</source>
        <translation>Överenskommelser från handledningstillfället %1, punkt %2</translation>
    </message>
    <message>
        <source>Agreements of the previous session, item %1</source>
        <translation>Överenskommelser från förra tillfället, punkt %1</translation>
    </message>
    <message>
        <source>The PDF has no password: anyone who gets the file can read it. Keep it safe, or set a password.</source>
        <translation>PDF-filen har inget lösenord: vem som helst som får filen kan läsa den. Förvara den säkert eller ange ett lösenord.</translation>
    </message>
    <message>
        <source>The visit date cannot be in the future. Choose today or earlier.</source>
        <translation>Besöksdatumet kan inte vara i framtiden. Välj i dag eller tidigare.</translation>
    </message>
    <message>
        <source>Choose the date of the visit.</source>
        <translation>Välj datum för besöket.</translation>
    </message>
    <message>
        <source>Choose the visit type.</source>
        <translation>Välj typ av besök.</translation>
    </message>
    <message>
        <source>The number looks like a year of birth. Use a neutral number, like A-07.</source>
        <translation>Numret ser ut som ett födelseår. Använd ett neutralt nummer, som A-07.</translation>
    </message>
    <message>
        <source>Use a pseudonym code: one to three letters and a number, like A-07. Never a name, initials or a place.</source>
        <translation>Använd en pseudonymkod: en till tre bokstäver och ett nummer, som A-07. Aldrig ett namn, initialer eller en ort.</translation>
    </message>
    <message numerus="yes">
        <source>This text is longer than %n characters. Shorten it; nothing was saved yet.</source>
        <translation>
            <numerusform>Texten är längre än %n tecken. Korta den; inget har sparats ännu.</numerusform>
            <numerusform>Texten är längre än %n tecken. Korta den; inget har sparats ännu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write what needs doing for every follow-up, or remove the empty one.</source>
        <translation>Skriv vad som behöver göras för varje åtgärd, eller ta bort den tomma raden.</translation>
    </message>
    <message>
        <source>Write every topic for supervision, or remove the empty one.</source>
        <translation>Skriv varje fråga till handledningen, eller ta bort den tomma raden.</translation>
    </message>
    <message>
        <source>Choose a strain from 0 to 10.</source>
        <translation>Välj en belastning från 0 till 10.</translation>
    </message>
    <message>
        <source>This debrief is no longer in the journal. Go back to the list.</source>
        <translation>Den här genomgången finns inte längre i dagboken. Gå tillbaka till listan.</translation>
    </message>
    <message>
        <source>The date cannot be in the future. Choose today or an earlier day.</source>
        <translation>Datumet kan inte vara i framtiden. Välj i dag eller en tidigare dag.</translation>
    </message>
    <message numerus="yes">
        <source>The note can be at most %n characters.</source>
        <translation>
            <numerusform>Anteckningen får vara högst %n tecken.</numerusform>
            <numerusform>Anteckningen får vara högst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose how much stress you feel these days. The other questions can be left unanswered.</source>
        <translation>Välj hur mycket stress du känner nu för tiden. De andra frågorna kan lämnas obesvarade.</translation>
    </message>
    <message>
        <source>This check-in is no longer there. It may have been deleted.</source>
        <translation>Den här avstämningen finns inte längre. Den kan ha raderats.</translation>
    </message>
    <message>
        <source>An answer was not on the question&apos;s scale. Choose it again.</source>
        <translation>Ett svar låg inte på frågans skala. Välj det igen.</translation>
    </message>
    <message>
        <source>The period ends before it starts. Check the dates.</source>
        <translation>Perioden slutar innan den börjar. Kontrollera datumen.</translation>
    </message>
    <message>
        <source>The period cannot end in the future. Choose today or earlier.</source>
        <translation>Perioden kan inte sluta i framtiden. Välj i dag eller tidigare.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a period with check-ins in at least %n weeks: fewer are not yet a trend.</source>
        <translation>
            <numerusform>Välj en period med avstämningar under minst %n vecka: färre visar ännu ingen riktning.</numerusform>
            <numerusform>Välj en period med avstämningar under minst %n veckor: färre visar ännu ingen riktning.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your check-ins changed after the preview. Look at the new preview and share again if it is right.</source>
        <translation>Dina avstämningar ändrades efter förhandsvisningen. Titta på den nya förhandsvisningen och dela igen om den stämmer.</translation>
    </message>
    <message>
        <source>This shared summary is no longer in the pair journal.</source>
        <translation>Den här delade sammanfattningen finns inte längre i parets dagbok.</translation>
    </message>
    <message>
        <source>Write a first name and choose a role for every member.</source>
        <translation>Skriv ett förnamn och välj en roll för varje medlem.</translation>
    </message>
    <message numerus="yes">
        <source>A name can be at most %n characters.</source>
        <translation>
            <numerusform>Ett namn får vara högst %n tecken.</numerusform>
            <numerusform>Ett namn får vara högst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two members have the same name. Add a letter to tell them apart.</source>
        <translation>Två medlemmar har samma namn. Lägg till en bokstav för att skilja dem åt.</translation>
    </message>
    <message>
        <source>A work pair needs at least one expert by experience and one professional.</source>
        <translation>Ett arbetspar behöver minst en erfarenhetsexpert och en yrkesperson.</translation>
    </message>
    <message>
        <source>Add both members of the work pair.</source>
        <translation>Lägg till arbetsparets båda medlemmar.</translation>
    </message>
    <message numerus="yes">
        <source>A journal can have at most %n members.</source>
        <translation>
            <numerusform>En dagbok kan ha högst %n medlem.</numerusform>
            <numerusform>En dagbok kan ha högst %n medlemmar.</numerusform>
        </translation>
    </message>
    <message>
        <source>This member already has a personal area.</source>
        <translation>Den här medlemmen har redan ett eget område.</translation>
    </message>
    <message>
        <source>This member is not in the journal.</source>
        <translation>Den här medlemmen finns inte i dagboken.</translation>
    </message>
    <message>
        <source>This version has been proposed and waits for acceptance. To edit it, return it to a draft first.</source>
        <translation>Den här versionen har föreslagits och väntar på godkännande. Gör den till ett utkast igen innan du redigerar den.</translation>
    </message>
    <message>
        <source>Only a proposed version can be accepted. Propose the draft first.</source>
        <translation>Bara en föreslagen version kan godkännas. Föreslå utkastet först.</translation>
    </message>
    <message>
        <source>This member has already accepted this version.</source>
        <translation>Den här medlemmen har redan godkänt den här versionen.</translation>
    </message>
    <message>
        <source>A new version is already being prepared. Finish it or discard it first.</source>
        <translation>En ny version håller redan på att förberedas. Gör den färdig eller kasta den först.</translation>
    </message>
    <message>
        <source>No role split has been accepted yet. Agree on the first one first.</source>
        <translation>Ingen rollfördelning har godkänts ännu. Kom först överens om den första.</translation>
    </message>
    <message>
        <source>This version of the role split no longer exists. Reload the page.</source>
        <translation>Den här versionen av rollfördelningen finns inte längre. Öppna sidan på nytt.</translation>
    </message>
    <message>
        <source>Choose the days from Monday to Sunday.</source>
        <translation>Välj dagarna från måndag till söndag.</translation>
    </message>
    <message>
        <source>Add at least one task.</source>
        <translation>Lägg till minst en uppgift.</translation>
    </message>
    <message numerus="yes">
        <source>A role split can have at most %n tasks.</source>
        <translation>
            <numerusform>En rollfördelning kan ha högst %n uppgift.</numerusform>
            <numerusform>En rollfördelning kan ha högst %n uppgifter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same task is in the list twice. Remove one of them.</source>
        <translation>Samma uppgift finns två gånger i listan. Ta bort den ena.</translation>
    </message>
    <message>
        <source>Write a name for the task, or remove the empty row.</source>
        <translation>Skriv ett namn på uppgiften, eller ta bort den tomma raden.</translation>
    </message>
    <message>
        <source>Two tasks have the same name. Rename or remove one of them.</source>
        <translation>Två uppgifter har samma namn. Byt namn på den ena eller ta bort den.</translation>
    </message>
    <message numerus="yes">
        <source>A task name can be at most %n characters.</source>
        <translation>
            <numerusform>Ett uppgiftsnamn får vara högst %n tecken.</numerusform>
            <numerusform>Ett uppgiftsnamn får vara högst %n tecken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A note can be at most %n characters.</source>
        <translation>
            <numerusform>En anmärkning får vara högst %n tecken.</numerusform>
            <numerusform>En anmärkning får vara högst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new version cannot start before the version in force. Choose the same day or a later one.</source>
        <translation>En ny version kan inte börja före den version som gäller. Välj samma dag eller en senare.</translation>
    </message>
    <message>
        <source>Choose the next review date.</source>
        <translation>Välj datum för nästa granskning.</translation>
    </message>
    <message>
        <source>The next review date must come after the start date.</source>
        <translation>Nästa granskning måste komma efter startdatumet.</translation>
    </message>
    <message>
        <source>Choose why the role split changes.</source>
        <translation>Välj varför rollfördelningen ändras.</translation>
    </message>
    <message>
        <source>You chose &apos;other&apos;: write the reason in a sentence or two.</source>
        <translation>Du valde ”annat”: skriv orsaken med en mening eller två.</translation>
    </message>
    <message numerus="yes">
        <source>Write at most %n characters.</source>
        <translation>
            <numerusform>Skriv högst %n tecken.</numerusform>
            <numerusform>Skriv högst %n tecken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Work supervision can be every 1 to %n weeks, or not agreed.</source>
        <translation>
            <numerusform>Handledningen kan vara varje vecka, eller inte överenskommen.</numerusform>
            <numerusform>Handledningen kan vara med 1–%n veckors mellanrum, eller inte överenskommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write this on one line.</source>
        <translation>Skriv det här på en rad.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Skriv en lösenfras.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters. Several words in a row are easy to remember.</source>
        <translation>
            <numerusform>Lösenfrasen måste vara minst %n tecken. Flera ord i rad är lätta att komma ihåg.</numerusform>
            <numerusform>Lösenfrasen måste vara minst %n tecken. Flera ord i rad är lätta att komma ihåg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase can be at most %n characters.</source>
        <translation>
            <numerusform>Lösenfrasen får vara högst %n tecken.</numerusform>
            <numerusform>Lösenfrasen får vara högst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess for someone who knows you.</source>
        <translation>Den här lösenfrasen är för lätt att gissa för någon som känner er.</translation>
    </message>
    <message>
        <source>%1: some parts of the file are damaged (they fail their check).</source>
        <translation>%1: delar av filen är skadade (de klarar inte sin kontroll).</translation>
    </message>
    <message>
        <source>%1: the file&apos;s structure is damaged.</source>
        <translation>%1: filens struktur är skadad.</translation>
    </message>
    <message>
        <source>%1: some rows refer to rows that are not there.</source>
        <translation>%1: vissa rader hänvisar till rader som inte finns.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: filen kan inte läsas.</translation>
    </message>
    <message>
        <source>%1: the check file does not open with the passphrase.</source>
        <translation>%1: kontrollfilen öppnas inte med lösenfrasen.</translation>
    </message>
    <message>
        <source>%1: the file is not encrypted.</source>
        <translation>%1: filen är inte krypterad.</translation>
    </message>
    <message>
        <source>%1 is missing: an own area needs both of its files.</source>
        <translation>%1 saknas: ett eget område behöver båda sina filer.</translation>
    </message>
    <message>
        <source>%1 is a link to some other place, which the app never follows.</source>
        <translation>%1 är en länk till en annan plats, och appen följer aldrig en sådan.</translation>
    </message>
    <message>
        <source>%1: the own passphrase given does not open this own area.</source>
        <translation>%1: den angivna egna lösenfrasen öppnar inte det här egna området.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong in the app (error %1). What you had already saved is safe. Try again; if it happens again, restart the app and tell your IT support the error code.</source>
        <translation>Något oväntat gick fel i appen (fel %1). Det du redan sparat är i säkerhet. Försök igen; om det händer igen, starta om appen och uppge felkoden för IT-supporten.</translation>
    </message>
    <message>
        <source>%1 at %2 of the file</source>
        <translation>%1 på stället %2 i filen</translation>
    </message>
    <message>
        <source>The journal was made. Its texts hold details that can identify someone; a summary will not be made while a personal identity code is in it. Look at each one in the journal and remove what is not needed:</source>
        <translation>Dagboken skapades. Dess texter innehåller uppgifter som kan identifiera någon; en sammanfattning görs inte så länge en personbeteckning finns i dem. Titta på var och en i dagboken och ta bort det som inte behövs:</translation>
    </message>
    <message>
        <source>Your names, the journal&apos;s name and the words of your work are the first guesses of anyone who knows you.</source>
        <translation>Era namn, dagbokens namn och ord från ert arbete är de första gissningarna för den som känner er.</translation>
    </message>
    <message>
        <source>The most common words are tried early.</source>
        <translation>De vanligaste orden prövas tidigt.</translation>
    </message>
    <message>
        <source>Years and dates are guessed quickly.</source>
        <translation>Årtal och datum gissas snabbt.</translation>
    </message>
    <message>
        <source>Keyboard runs and sequences like 1234 or qwerty add almost nothing.</source>
        <translation>Tangentrader och sekvenser som 1234 eller qwerty tillför nästan inget.</translation>
    </message>
    <message>
        <source>Repeating a character or a part adds almost nothing.</source>
        <translation>Att upprepa ett tecken eller en del tillför nästan inget.</translation>
    </message>
    <message>
        <source>Strong is four or more words that have nothing to do with each other or with you, in an order only you know.</source>
        <translation>Stark är fyra eller fler ord som inte har något med varandra eller med er att göra, i en ordning som bara ni känner till.</translation>
    </message>
    <message>
        <source>The passphrases do not match. Type the same passphrase twice.</source>
        <translation>Lösenfraserna stämmer inte överens. Skriv samma lösenfras två gånger.</translation>
    </message>
    <message>
        <source>Your own passphrase must differ from the pair&apos;s passphrase, or your partner could open your personal area.</source>
        <translation>Din egen lösenfras måste skilja sig från parets lösenfras, annars kunde din arbetspartner öppna ditt eget område.</translation>
    </message>
    <message>
        <source>This member has no own area yet. Make one with your own passphrase first.</source>
        <translation>Den här medlemmen har inget eget område ännu. Skapa det först med din egen lösenfras.</translation>
    </message>
    <message>
        <source>The pair passphrase must differ from every member&apos;s own passphrase. Choose another one.</source>
        <translation>Parets lösenfras måste skilja sig från varje medlems egen lösenfras. Välj en annan.</translation>
    </message>
    <message>
        <source>Use letters, numbers, spaces and punctuation only.</source>
        <translation>Använd bara bokstäver, siffror, mellanslag och skiljetecken.</translation>
    </message>
    <message>
        <source>expert by experience</source>
        <translation>erfarenhetsexpert</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>yrkesperson</translation>
    </message>
</context>
<context>
    <name>NudgeCard</name>
    <message>
        <source>A note for you</source>
        <translation>Till dig</translation>
    </message>
    <message>
        <source>If things feel heavy right now, support is also here:</source>
        <translation>Om det känns tungt just nu finns stöd också här:</translation>
    </message>
    <message>
        <source>Add to the supervision agenda</source>
        <translation>Lägg till på handledningens agenda</translation>
    </message>
    <message>
        <source>Adds a topic about your coping to the next planned work supervision. None of your answers or notes go with it.</source>
        <translation>Lägger till ett ämne om hur du orkar på agendan för nästa planerade handledning. Inga av dina svar eller anteckningar följer med.</translation>
    </message>
    <message>
        <source>Thanks, I have read this</source>
        <translation>Tack, jag har läst det här</translation>
    </message>
    <message>
        <source>Remind me in a week</source>
        <translation>Påminn mig om en vecka</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>This journal is encrypted on this computer. Lock it whenever you step away; it also locks by itself when nobody uses it.</source>
        <translation>Den här dagboken är krypterad på den här datorn. Lås den alltid när du går ifrån; den låses också av sig själv när ingen använder den.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>Go to your own area</source>
        <translation>Gå till ditt eget område</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Dagbok</translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation>Dagbokens mapp</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <source>Change the pair passphrase…</source>
        <translation>Byt parets lösenfras…</translation>
    </message>
    <message>
        <source>has a personal area</source>
        <translation>har ett eget område</translation>
    </message>
    <message>
        <source>no personal area yet</source>
        <translation>inget eget område ännu</translation>
    </message>
</context>
<context>
    <name>OwnAreaView</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The well-being questions are shown in Finnish: the app has no official wording of them in this language, and a validated question is never translated on our own.</source>
        <translation>Välmåendefrågorna visas på finska: appen har ingen officiell svensk formulering av dem, och en validerad fråga översätts aldrig på egen hand.</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>Frågornas språk</translation>
    </message>
    <message>
        <source>Do this week&apos;s check-in</source>
        <translation>Gör veckans avstämning</translation>
    </message>
    <message>
        <source>How it has gone</source>
        <translation>Hur det har gått</translation>
    </message>
    <message>
        <source>Here you will see how your answers develop week by week, once you have made check-ins.</source>
        <translation>Här ser du hur dina svar utvecklas vecka för vecka, när du har gjort avstämningar.</translation>
    </message>
    <message>
        <source>Your check-ins</source>
        <translation>Dina avstämningar</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Inga avstämningar ännu.</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Korrigera…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Ny avstämning</translation>
    </message>
    <message>
        <source>Shared for supervision</source>
        <translation>Delat med handledningen</translation>
    </message>
    <message>
        <source>Share your stress trend…</source>
        <translation>Dela hur din stress har utvecklats…</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Dina inställningar</translation>
    </message>
    <message>
        <source>Also use: %1</source>
        <translation>Använd också: %1</translation>
    </message>
    <message>
        <source>Also ask: %1</source>
        <translation>Fråga också: %1</translation>
    </message>
    <message>
        <source>(never shared)</source>
        <translation>(delas aldrig)</translation>
    </message>
    <message>
        <source>I have a guiding responsibility (ask how it felt)</source>
        <translation>Jag har ett handledningsansvar (fråga hur det kändes)</translation>
    </message>
    <message>
        <source>Remind me also when my own history often comes close, or visits have been heavy (a proposal, not a validated rule)</source>
        <translation>Påminn mig också när min egen historia ofta kommer nära eller besöken har varit tunga (ett förslag, inte en validerad regel)</translation>
    </message>
    <message>
        <source>Continue the check-in</source>
        <translation>Fortsätt avstämningen</translation>
    </message>
    <message>
        <source>You have a check-in you began at %1 and did not save yet.</source>
        <translation>Du har en avstämning som du började kl. %1 och inte har sparat ännu.</translation>
    </message>
    <message>
        <source>This week&apos;s check-in is still to do. It takes about a minute.</source>
        <translation>Veckans avstämning är ännu inte gjord. Den tar ungefär en minut.</translation>
    </message>
    <message>
        <source>This time it also has the question asked once a month.</source>
        <translation>Den här gången finns också frågan som ställs en gång i månaden med.</translation>
    </message>
    <message>
        <source>Strain after visits (debriefs)</source>
        <translation>Belastning efter besök (genomgångar)</translation>
    </message>
    <message>
        <source>0 = not at all … 10 = very much</source>
        <translation>0 = inte alls … 10 = mycket</translation>
    </message>
    <message>
        <source>would like to talk</source>
        <translation>vill prata</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>Nothing is shared. You can share your weekly stress values and their direction for the supervision summary; nothing else.</source>
        <translation>Inget är delat. Du kan dela dina veckovisa stressvärden och deras riktning till handledningssammanfattningen; inget annat.</translation>
    </message>
    <message>
        <source>In the pair journal now (your partner can see these):</source>
        <translation>I parets dagbok nu (din arbetspartner kan se det här):</translation>
    </message>
    <message>
        <source>%1–%2: %3 weeks, %4</source>
        <translation>%1–%2: %3 veckor, %4</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Dra tillbaka</translation>
    </message>
    <message>
        <source>Withdraw the shared summary %1</source>
        <translation>Dra tillbaka den delade sammanfattningen %1</translation>
    </message>
    <message>
        <source>Setting saved at %1.</source>
        <translation>Inställningen sparad kl. %1.</translation>
    </message>
    <message>
        <source>Discard the check-in?</source>
        <translation>Kasta avstämningen?</translation>
    </message>
    <message>
        <source>Your answers in this check-in are not saved. They will be removed.</source>
        <translation>Svaren i den här avstämningen är inte sparade. De tas bort.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <source>Delete the check-in?</source>
        <translation>Radera avstämningen?</translation>
    </message>
    <message>
        <source>The check-in of %1 is deleted for good, with its answers and note. This cannot be undone.</source>
        <translation>Avstämningen %1 raderas för gott, med svar och anteckning. Det kan inte ångras.</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Radera avstämningen</translation>
    </message>
    <message>
        <source>Check-in deleted at %1.</source>
        <translation>Avstämningen raderad kl. %1.</translation>
    </message>
    <message>
        <source>Shared summary withdrawn at %1.</source>
        <translation>Den delade sammanfattningen drogs tillbaka kl. %1.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Sparat kl. %1.</translation>
    </message>
    <message>
        <source>Shared with the pair journal at %1.</source>
        <translation>Delat till parets dagbok kl. %1.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Visa lösenfrasen</translation>
    </message>
    <message>
        <source>Show or hide the passphrase</source>
        <translation>Visa eller dölj lösenfrasen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Lösenfrasens styrka</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Dölj lösenfrasen</translation>
    </message>
    <message>
        <source>At least 12 characters. Four or more words that have nothing to do with each other or with you are easy to remember and hard to guess.</source>
        <translation>Minst 12 tecken. Fyra eller fler ord som inte har något med varandra eller med er att göra är lätta att minnas och svåra att gissa.</translation>
    </message>
    <message>
        <source>Too easy to guess.</source>
        <translation>För lätt att gissa.</translation>
    </message>
    <message>
        <source>Good enough. One more unrelated word would make it strong.</source>
        <translation>Tillräcklig. Ett till ord utan samband skulle göra den stark.</translation>
    </message>
    <message>
        <source>Strong passphrase.</source>
        <translation>Stark lösenfras.</translation>
    </message>
</context>
<context>
    <name>PersonalAreaPage</name>
    <message>
        <source>Your own area</source>
        <translation>Ditt eget område</translation>
    </message>
    <message>
        <source>Own area</source>
        <translation>Eget område</translation>
    </message>
    <message>
        <source>Your own area is yours alone. It is locked with your own passphrase, and your partner cannot open it with the pair passphrase. It is the place for your own check-ins on how you are coping and for private notes.</source>
        <translation>Ditt eget område är bara ditt. Det är låst med din egen lösenfras, och din arbetspartner kan inte öppna det med parets lösenfras. Här gör du dina egna avstämningar om hur du orkar och skriver privata anteckningar.</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Vem är du?</translation>
    </message>
    <message>
        <source>You do not have an own area yet. Choose a passphrase that only you know and that differs from the pair passphrase. If you forget it, the content of your own area is lost; the pair journal stays as it is.</source>
        <translation>Du har inget eget område ännu. Välj en lösenfras som bara du känner till och som skiljer sig från parets lösenfras. Om du glömmer den går innehållet i ditt eget område förlorat; parets dagbok förblir som den är.</translation>
    </message>
    <message>
        <source>Your own passphrase</source>
        <translation>Din egen lösenfras</translation>
    </message>
    <message>
        <source>Your own passphrase again</source>
        <translation>Din egen lösenfras igen</translation>
    </message>
    <message>
        <source>Forgot your own passphrase?</source>
        <translation>Glömt din egen lösenfras?</translation>
    </message>
    <message>
        <source>Old own passphrase</source>
        <translation>Gammal egen lösenfras</translation>
    </message>
    <message>
        <source>Bring the old own area back</source>
        <translation>Återställ det gamla egna området</translation>
    </message>
    <message numerus="yes">
        <source>Your own area is open on this page only. It closes when you move to another page, after %n minutes without use, or when the journal locks.</source>
        <translation>
            <numerusform>Ditt eget område är öppet bara på den här sidan. Det stängs när du går till en annan sida, efter %n minut utan användning eller när dagboken låses.</numerusform>
            <numerusform>Ditt eget område är öppet bara på den här sidan. Det stängs när du går till en annan sida, efter %n minuter utan användning eller när dagboken låses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change your own passphrase…</source>
        <translation>Byt din egen lösenfras…</translation>
    </message>
    <message>
        <source>Close your own area</source>
        <translation>Stäng ditt eget område</translation>
    </message>
    <message>
        <source>Delete the old own area now…</source>
        <translation>Radera det gamla egna området nu…</translation>
    </message>
    <message>
        <source>Open your own area</source>
        <translation>Öppna ditt eget område</translation>
    </message>
    <message>
        <source>Create your own area</source>
        <translation>Skapa ditt eget område</translation>
    </message>
    <message>
        <source>The own area made since then is not lost: it is put aside in its place for 30 days and comes back with its own passphrase.</source>
        <translation>Det egna område som skapats sedan dess går inte förlorat: det läggs åt sidan i 30 dagar och kan återställas med sin egen lösenfras.</translation>
    </message>
    <message>
        <source>Own area of %1 is open</source>
        <translation>Eget område för %1 är öppet</translation>
    </message>
    <message>
        <source>No work supervision session is planned yet. Add one on the Työnohjaus page, then you can add the topic.</source>
        <translation>Inget handledningstillfälle är planerat ännu. Lägg till ett på sidan Handledning, så kan du lägga till ämnet.</translation>
    </message>
    <message>
        <source>My coping at work – I would like to talk about it</source>
        <translation>Hur jag orkar i arbetet – jag vill prata om det</translation>
    </message>
    <message>
        <source>The topic is already on the agenda for %1.</source>
        <translation>Ämnet finns redan på agendan för handledningen %1.</translation>
    </message>
    <message>
        <source>Added to the work supervision agenda for %1: only the topic, none of your answers.</source>
        <translation>Tillagt på agendan för handledningen %1: bara ämnet, inga av dina svar.</translation>
    </message>
    <message>
        <source>Opening the own area…</source>
        <translation>Det egna området öppnas…</translation>
    </message>
    <message>
        <source>This passphrase does not open this own area. Check that you chose your own name above and typed your own passphrase.</source>
        <translation>Den här lösenfrasen öppnar inte det här egna området. Kontrollera att du valde ditt eget namn ovan och skrev din egen lösenfras.</translation>
    </message>
    <message>
        <source>Change your own passphrase</source>
        <translation>Byt din egen lösenfras</translation>
    </message>
    <message>
        <source>Your own area is re-encrypted with the new passphrase. The pair passphrase does not change.</source>
        <translation>Ditt eget område krypteras på nytt med den nya lösenfrasen. Parets lösenfras ändras inte.</translation>
    </message>
    <message numerus="yes">
        <source>Your own area was closed after %n minutes without use.</source>
        <translation>
            <numerusform>Ditt eget område stängdes efter en minut utan användning.</numerusform>
            <numerusform>Ditt eget område stängdes efter %n minuter utan användning.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check-in you began is kept in it: open the area to continue.</source>
        <translation>Avstämningen du började finns kvar där: öppna området för att fortsätta.</translation>
    </message>
    <message>
        <source>Start afresh with a new own area?</source>
        <translation>Börja om med ett nytt eget område?</translation>
    </message>
    <message>
        <source>Without the passphrase nobody can open the own area of %1, not even with the pair passphrase. If you go on, the area is put aside and you can create a new, empty own area with a new passphrase. For 30 days the old area can be brought back with its old passphrase; after that it is deleted for good. The pair journal stays as it is, including anything shared from the old area.</source>
        <translation>Utan lösenfrasen kan ingen öppna det egna området för %1, inte heller med parets lösenfras. Om du fortsätter läggs området åt sidan och du kan skapa ett nytt, tomt eget område med en ny lösenfras. I 30 dagar kan det gamla området återställas med sin gamla lösenfras; därefter raderas det för gott. Parets dagbok förblir som den är, också det som delats från det gamla området.</translation>
    </message>
    <message>
        <source>Put aside and start afresh</source>
        <translation>Lägg åt sidan och börja om</translation>
    </message>
    <message>
        <source>Putting the old own area aside…</source>
        <translation>Det gamla egna området läggs åt sidan…</translation>
    </message>
    <message>
        <source>The old own area was put aside; it can be brought back until %1. Choose a new passphrase to create a new one.</source>
        <translation>Det gamla egna området lades åt sidan; det kan återställas till och med %1. Välj en ny lösenfras för att skapa ett nytt.</translation>
    </message>
    <message>
        <source>Type the old own passphrase.</source>
        <translation>Skriv den gamla egna lösenfrasen.</translation>
    </message>
    <message>
        <source>Bringing the old own area back…</source>
        <translation>Det gamla egna området återställs…</translation>
    </message>
    <message>
        <source>This passphrase does not open the old own area.</source>
        <translation>Den här lösenfrasen öppnar inte det gamla egna området.</translation>
    </message>
    <message>
        <source>The old own area of %1 is back. Open it with its old passphrase.</source>
        <translation>Det gamla egna området för %1 är tillbaka. Öppna det med sin gamla lösenfras.</translation>
    </message>
    <message>
        <source>Delete the old own area?</source>
        <translation>Radera det gamla egna området?</translation>
    </message>
    <message>
        <source>The old own area is deleted for good now and can no longer be brought back. This area stays as it is.</source>
        <translation>Det gamla egna området raderas nu för gott och kan inte längre återställas. Det här området förblir som det är.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Radera för gott</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <source>Remove the identity code</source>
        <translation>Ta bort personbeteckningen</translation>
    </message>
    <message>
        <source>This text contains a personal identity code (henkilötunnus). Do not write identifying details into the journal.</source>
        <translation>Den här texten innehåller en personbeteckning (henkilötunnus). Skriv inte identifierande uppgifter i dagboken.</translation>
    </message>
    <message>
        <source>Something here looks like a personal identity code.</source>
        <translation>Något här ser ut som en personbeteckning.</translation>
    </message>
    <message>
        <source>This text seems to contain a phone number.</source>
        <translation>Den här texten verkar innehålla ett telefonnummer.</translation>
    </message>
    <message>
        <source>This text seems to contain an e-mail address.</source>
        <translation>Den här texten verkar innehålla en e-postadress.</translation>
    </message>
    <message>
        <source>Remove it if it belongs to a client.</source>
        <translation>Ta bort det om det hör till en klient.</translation>
    </message>
</context>
<context>
    <name>Reflection</name>
    <message>
        <source>strain %1/10</source>
        <translation>belastning %1/10</translation>
    </message>
    <message>
        <source>own past came close: %1</source>
        <translation>kom egen bakgrund nära: %1</translation>
    </message>
    <message>
        <source>wants to debrief this together</source>
        <translation>vill gå igenom det här tillsammans</translation>
    </message>
</context>
<context>
    <name>ReflectionBox</name>
    <message>
        <source>Own reflection of %1</source>
        <translation>Egen reflektion för %1</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>inte besvarat</translation>
    </message>
    <message>
        <source>How much does this visit weigh on me now, 0 to 10</source>
        <translation>Hur mycket belastar besöket mig nu, 0 till 10</translation>
    </message>
    <message>
        <source>Shared with the pair</source>
        <translation>Delat med arbetspartnern</translation>
    </message>
    <message>
        <source>How much does this visit weigh on me now? (0–10)</source>
        <translation>Hur mycket belastar besöket mig nu? (0–10)</translation>
    </message>
    <message>
        <source>Strain now</source>
        <translation>Belastning nu</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>inte alls</translation>
    </message>
    <message>
        <source>very much</source>
        <translation>väldigt mycket</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Töm</translation>
    </message>
    <message>
        <source>Clear the strain answer</source>
        <translation>Töm belastningssvaret</translation>
    </message>
    <message>
        <source>Did my own past come close</source>
        <translation>Kom min egen bakgrund nära</translation>
    </message>
    <message>
        <source>Did my own past come close?</source>
        <translation>Kom min egen bakgrund nära?</translation>
    </message>
    <message>
        <source>I want to debrief this with my pair</source>
        <translation>Jag vill gå igenom det här med min arbetspartner</translation>
    </message>
    <message>
        <source>What feelings did the visit stir in me?</source>
        <translation>Vilka känslor väckte besöket i mig?</translation>
    </message>
    <message>
        <source>Share with my pair (not my feelings)</source>
        <translation>Dela med min arbetspartner (inte mina känslor)</translation>
    </message>
    <message>
        <source>Share my strain, past and wish to debrief with my pair (not my feelings)</source>
        <translation>Dela min belastning, min bakgrunds närhet och min önskan om genomgång med min arbetspartner (inte mina känslor)</translation>
    </message>
    <message>
        <source>Own passphrase of %1</source>
        <translation>Egen lösenfras för %1</translation>
    </message>
    <message>
        <source>%1&apos;s own passphrase, to save these answers</source>
        <translation>Egen lösenfras (%1) för att spara de här svaren</translation>
    </message>
    <message>
        <source>Only into your own area (%1). Your partner sees it only if you share.</source>
        <translation>Bara i ditt eget område (%1). Din arbetspartner ser det bara om du delar det.</translation>
    </message>
    <message>
        <source>%1 has no own area yet. Create it on the Own area page to keep these answers.</source>
        <translation>%1 har inget eget område ännu. Skapa det på sidan Eget område för att spara de här svaren.</translation>
    </message>
    <message>
        <source>Shared with the pair: %1</source>
        <translation>Delat med arbetspartnern: %1</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Reviewed, no changes</source>
        <translation>Granskad, inga ändringar</translation>
    </message>
    <message>
        <source>You looked at version %1 of the role split together and keep it as it is. The review is recorded and the reminder moves to the next date.</source>
        <translation>Ni gick igenom version %1 av rollfördelningen tillsammans och behåller den som den är. Granskningen registreras och påminnelsen flyttas till nästa datum.</translation>
    </message>
    <message>
        <source>Who records it?</source>
        <translation>Vem registrerar den?</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Granskad den</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nästa granskning</translation>
    </message>
    <message>
        <source>Discussed in work supervision</source>
        <translation>Behandlad i handledningen</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Anmärkning (frivillig)</translation>
    </message>
    <message>
        <source>Record the review</source>
        <translation>Registrera granskningen</translation>
    </message>
</context>
<context>
    <name>RoleDescription</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Godkänd av</translation>
    </message>
    <message>
        <source>not accepted yet</source>
        <translation>inte godkänd ännu</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nästa granskning</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte fastställd</translation>
    </message>
    <message>
        <source>Discussed in work supervision</source>
        <translation>Behandlad i handledningen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Föreslagen av</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Inga uppgifter.</translation>
    </message>
    <message>
        <source>Frame of the pair</source>
        <translation>Arbetsparets ramar</translation>
    </message>
    <message>
        <source>Why this version</source>
        <translation>Varför den här versionen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>%1 · role split, version %2</source>
        <translation>%1 · rollfördelning, version %2</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>Uppgiftsbeskrivning</translation>
    </message>
    <message>
        <source>Role split of the work pair, version %1</source>
        <translation>Arbetsparets rollfördelning, version %1</translation>
    </message>
    <message>
        <source>Tasks and who leads them</source>
        <translation>Uppgifter och vem som leder dem</translation>
    </message>
    <message>
        <source>Työparipäiväkirja · printed %1</source>
        <translation>Työparipäiväkirja · utskriven %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Sida %1</translation>
    </message>
</context>
<context>
    <name>RoleDiff</name>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Lead moved</source>
        <translation>Ledningen flyttades</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Nytt namn</translation>
    </message>
    <message>
        <source>Notes changed</source>
        <translation>Anmärkningar ändrades</translation>
    </message>
    <message>
        <source>Frame of the pair</source>
        <translation>Arbetsparets ramar</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>The tasks are in a new order.</source>
        <translation>Uppgifterna är i en ny ordning.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Inga skillnader.</translation>
    </message>
</context>
<context>
    <name>RoleLabels</name>
    <message>
        <source>professional</source>
        <translation>yrkesperson</translation>
    </message>
    <message>
        <source>expert by experience</source>
        <translation>erfarenhetsexpert</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gemensam</translation>
    </message>
    <message>
        <source>Prof.</source>
        <translation>Yrk.</translation>
    </message>
    <message>
        <source>EbE</source>
        <translation>EE</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gem.</translation>
    </message>
    <message>
        <source>Led by the professional</source>
        <translation>Leds av yrkespersonen</translation>
    </message>
    <message>
        <source>Led by the expert by experience</source>
        <translation>Leds av erfarenhetsexperten</translation>
    </message>
    <message>
        <source>Shared tasks</source>
        <translation>Gemensamma uppgifter</translation>
    </message>
    <message>
        <source>Trust has grown</source>
        <translation>Förtroendet har vuxit</translation>
    </message>
    <message>
        <source>Training completed</source>
        <translation>Utbildningen är klar</translation>
    </message>
    <message>
        <source>Working time changed</source>
        <translation>Arbetstiden har ändrats</translation>
    </message>
    <message>
        <source>Strain</source>
        <translation>Belastning</translation>
    </message>
    <message>
        <source>Clientele</source>
        <translation>Klientkrets</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Agreed in work supervision</source>
        <translation>Överenskommet i handledningen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>proposed, waiting for acceptance</source>
        <translation>föreslagen, väntar på godkännande</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <source>full-time</source>
        <translation>heltid</translation>
    </message>
    <message>
        <source>part-time</source>
        <translation>deltid</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>apprenticeship</source>
        <translation>läroavtal</translation>
    </message>
    <message>
        <source>degree studies</source>
        <translation>examensstudier</translation>
    </message>
    <message>
        <source>expert-by-experience training</source>
        <translation>utbildning till erfarenhetsexpert</translation>
    </message>
    <message>
        <source>other training</source>
        <translation>annan utbildning</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tors</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <source>no shared days</source>
        <translation>inga gemensamma dagar</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>inte överenskommet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>varje vecka</numerusform>
            <numerusform>med %n veckors mellanrum</numerusform>
        </translation>
    </message>
    <message>
        <source>Working time of the expert by experience</source>
        <translation>Erfarenhetsexpertens arbetstid</translation>
    </message>
    <message>
        <source>Working time of the professional</source>
        <translation>Yrkespersonens arbetstid</translation>
    </message>
    <message>
        <source>Days worked together</source>
        <translation>Gemensamma arbetsdagar</translation>
    </message>
    <message>
        <source>Living in the same town</source>
        <translation>Bor på samma ort</translation>
    </message>
    <message>
        <source>Shared office</source>
        <translation>Gemensamt kontor</translation>
    </message>
    <message>
        <source>Line manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <source>The professional has a guiding role</source>
        <translation>Yrkespersonen har en handledande roll</translation>
    </message>
    <message>
        <source>Who supports the expert by experience</source>
        <translation>Vem stöder erfarenhetsexperten</translation>
    </message>
    <message>
        <source>Work supervision</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <source>Training under way</source>
        <translation>Pågående utbildning</translation>
    </message>
    <message>
        <source>About the training</source>
        <translation>Om utbildningen</translation>
    </message>
    <message>
        <source>Expert by experience started in the field</source>
        <translation>Erfarenhetsexperten började i branschen</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inte känt</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>inte skrivet</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>en tidigare medlem</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 och %2</translation>
    </message>
</context>
<context>
    <name>RoleReviewReminder</name>
    <message>
        <source>Role split review</source>
        <translation>Granskning av rollfördelningen</translation>
    </message>
    <message>
        <source>Go to the role split</source>
        <translation>Gå till rollfördelningen</translation>
    </message>
    <message>
        <source>It is time to review your role split together (agreed for %1). Either make a change, or mark that you reviewed it and keep it as it is.</source>
        <translation>Det är dags att granska er rollfördelning tillsammans (överenskommet till %1). Gör antingen en ändring eller markera att ni granskat den och behåller den som den är.</translation>
    </message>
</context>
<context>
    <name>RoleTimeline</name>
    <message>
        <source>Timeline of how the roles have moved</source>
        <translation>Tidslinje över hur rollerna har flyttats</translation>
    </message>
    <message>
        <source>The timeline starts when the first role split is accepted.</source>
        <translation>Tidslinjen börjar när den första rollfördelningen har godkänts.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>discussed in work supervision</source>
        <translation>behandlad i handledningen</translation>
    </message>
    <message>
        <source>No role split has been accepted yet.</source>
        <translation>Ingen rollfördelning har godkänts ännu.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
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
        <translation>Utkastet kastades.</translation>
    </message>
    <message>
        <source>Role split</source>
        <translation>Rollfördelning</translation>
    </message>
    <message>
        <source>Here you agree together who leads which task; start from the guide&apos;s default tasks and shape them to fit your pair.</source>
        <translation>Här kommer ni överens om vem som leder vilken uppgift; börja från guidens standarduppgifter och forma dem så att de passar ert arbetspar.</translation>
    </message>
    <message>
        <source>Start the role split from the default tasks</source>
        <translation>Börja rollfördelningen från standarduppgifterna</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Continue editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
    <message>
        <source>Return to a draft</source>
        <translation>Gör till utkast igen</translation>
    </message>
    <message>
        <source>Make the proposal a draft again to change it; acceptances given are cleared</source>
        <translation>Gör förslaget till ett utkast igen för att ändra det; givna godkännanden tas bort</translation>
    </message>
    <message>
        <source>Role split in force</source>
        <translation>Gällande rollfördelning</translation>
    </message>
    <message>
        <source>Make a change</source>
        <translation>Gör en ändring</translation>
    </message>
    <message>
        <source>Start a new version from the one in force</source>
        <translation>Börja en ny version utifrån den gällande</translation>
    </message>
    <message>
        <source>Reviewed, no changes…</source>
        <translation>Granskad, inga ändringar…</translation>
    </message>
    <message>
        <source>Save the role description as PDF…</source>
        <translation>Spara uppgiftsbeskrivningen som PDF…</translation>
    </message>
    <message>
        <source>How the roles have moved</source>
        <translation>Hur rollerna har flyttats</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Versions and reviews</source>
        <translation>Versioner och granskningar</translation>
    </message>
    <message>
        <source>Compare version</source>
        <translation>Jämför version</translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation>Jämför från version</translation>
    </message>
    <message>
        <source>with version</source>
        <translation>med version</translation>
    </message>
    <message>
        <source>Compare with version</source>
        <translation>Jämför med version</translation>
    </message>
    <message>
        <source>No role split is in force yet: the first version is being prepared.</source>
        <translation>Ingen rollfördelning gäller ännu: den första versionen förbereds.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>in force from %1</source>
        <translation>gäller från %1</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>nästa granskning %1</translation>
    </message>
    <message>
        <source>Accepted by %1</source>
        <translation>Godkänd av %1</translation>
    </message>
    <message>
        <source>Discussed in work supervision.</source>
        <translation>Behandlad i handledningen.</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Inga uppgifter.</translation>
    </message>
    <message>
        <source>Version %1 is being prepared</source>
        <translation>Version %1 förbereds</translation>
    </message>
    <message>
        <source>%1 proposed it on %2. It comes into force on %3 once every member has accepted it.</source>
        <translation>%1 föreslog den den %2. Den träder i kraft den %3 när varje medlem har godkänt den.</translation>
    </message>
    <message>
        <source>The draft is not in force. Continue editing it and propose it when it is ready.</source>
        <translation>Utkastet gäller inte. Fortsätt redigera det och föreslå det när det är klart.</translation>
    </message>
    <message>
        <source>This will be the first version.</source>
        <translation>Det här blir den första versionen.</translation>
    </message>
    <message>
        <source>%1 accepted on %2.</source>
        <translation>%1 godkände den %2.</translation>
    </message>
    <message>
        <source>%1 accepts version %2…</source>
        <translation>%1 godkänner version %2…</translation>
    </message>
    <message>
        <source>has not accepted yet</source>
        <translation>har inte godkänt ännu</translation>
    </message>
    <message>
        <source>Version %1, in force from %2</source>
        <translation>Version %1, gäller från %2</translation>
    </message>
    <message>
        <source>discussed in work supervision</source>
        <translation>behandlad i handledningen</translation>
    </message>
    <message>
        <source>Reviewed on %1, no changes (%2); next review %3</source>
        <translation>Granskad %1, inga ändringar (%2); nästa granskning %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Välj två olika versioner.</translation>
    </message>
    <message>
        <source>Accept the role split</source>
        <translation>Godkänn rollfördelningen</translation>
    </message>
    <message>
        <source>%1, do you accept version %2 of the role split? Your acceptance is recorded with your name and the time. When every member has accepted, the version is in force from %3 and can no longer be changed.</source>
        <translation>%1, godkänner du version %2 av rollfördelningen? Ditt godkännande registreras med ditt namn och tidpunkten. När alla medlemmar har godkänt gäller versionen från %3 och kan inte längre ändras.</translation>
    </message>
    <message>
        <source>I accept</source>
        <translation>Jag godkänner</translation>
    </message>
    <message>
        <source>Everyone has accepted: version %1 is in force from %2.</source>
        <translation>Alla har godkänt: version %1 gäller från %2.</translation>
    </message>
    <message>
        <source>%1 accepted version %2.</source>
        <translation>%1 godkände version %2.</translation>
    </message>
    <message>
        <source>Return to a draft?</source>
        <translation>Gör till utkast igen?</translation>
    </message>
    <message>
        <source>The acceptances given so far are cleared, and everyone accepts again after the draft is proposed anew.</source>
        <translation>De godkännanden som getts hittills tas bort, och alla godkänner på nytt när utkastet föreslås igen.</translation>
    </message>
    <message>
        <source>The review was recorded. Next review %1.</source>
        <translation>Granskningen registrerades. Nästa granskning %1.</translation>
    </message>
    <message>
        <source>Save the role description</source>
        <translation>Spara uppgiftsbeskrivningen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the role description…</source>
        <translation>Uppgiftsbeskrivningen sparas…</translation>
    </message>
    <message>
        <source>The role description was saved as %1.</source>
        <translation>Uppgiftsbeskrivningen sparades som %1.</translation>
    </message>
    <message>
        <source>Version %1 was proposed. Each member now accepts it.</source>
        <translation>Version %1 föreslogs. Nu godkänner varje medlem den.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Typ av besök</translation>
    </message>
    <message>
        <source>Client code</source>
        <translation>Klientkod</translation>
    </message>
    <message>
        <source>Found text</source>
        <translation>Träff</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>First name is enough (optional)</source>
        <translation>Förnamnet räcker (frivilligt)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Remove from agenda</source>
        <translation>&amp;Ta bort från agendan</translation>
    </message>
    <message>
        <source>A topic of your own</source>
        <translation>Ett eget ämne</translation>
    </message>
    <message>
        <source>Something else to talk about</source>
        <translation>Något annat att ta upp</translation>
    </message>
    <message>
        <source>&amp;Add topic</source>
        <translation>&amp;Lägg till ämne</translation>
    </message>
    <message>
        <source>Topics raised in debriefs</source>
        <translation>Frågor från genomgångarna</translation>
    </message>
    <message>
        <source>Add to agenda</source>
        <translation>Lägg till på agendan</translation>
    </message>
    <message>
        <source>No topics were raised in shared debriefs since the previous session.</source>
        <translation>Inga frågor har lyfts i delade genomgångar sedan förra handledningstillfället.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Överenskommelser</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add a&amp;greement</source>
        <translation>Lägg till &amp;överenskommelse</translation>
    </message>
    <message>
        <source>Remove agreement</source>
        <translation>Ta bort överenskommelsen</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Spara handledningstillfället</translation>
    </message>
    <message>
        <source>Make the su&amp;mmary…</source>
        <translation>Gör sa&amp;mmanfattningen…</translation>
    </message>
    <message>
        <source>Saves the session, then makes the summary for the supervisor</source>
        <translation>Sparar handledningstillfället och gör sedan sammanfattningen för handledaren</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Radera handledningstillfället…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>In the order you want to talk about them. Drag or use the buttons.</source>
        <translation>I den ordning ni vill tala om dem. Dra eller använd knapparna.</translation>
    </message>
    <message>
        <source>Topics raised in debriefs since the previous session</source>
        <translation>Frågor från genomgångarna sedan förra handledningstillfället</translation>
    </message>
    <message>
        <source>What was agreed in this session; the next summary reports on them.</source>
        <translation>Vad som överenskoms vid det här tillfället; nästa sammanfattning berättar hur det har gått.</translation>
    </message>
    <message>
        <source>Draft kept at %1 (not yet saved)</source>
        <translation>Utkastet sparat kl. %1 (handledningstillfället är inte sparat ännu)</translation>
    </message>
    <message>
        <source>Recovered from a draft saved at %1</source>
        <translation>Återställd från ett utkast som sparades kl. %1</translation>
    </message>
    <message>
        <source>New session (not saved yet)</source>
        <translation>Nytt handledningstillfälle (inte sparat ännu)</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Handledning %1</translation>
    </message>
    <message>
        <source>Discard this new session…</source>
        <translation>Kasta det nya handledningstillfället…</translation>
    </message>
    <message>
        <source>Who sees to it</source>
        <translation>Vem sköter det</translation>
    </message>
    <message>
        <source>Remove the personal identity code before saving: use the button under the text.</source>
        <translation>Ta bort personbeteckningen innan du sparar: använd knappen under texten.</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Sparat kl. %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Dates, numbers and alphabetical order follow the language too. A new language is used from the next start of the app.</source>
        <translation>Också datum, tal och alfabetisk ordning följer språket. Ett nytt språk används från nästa gång appen startas.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation>Automatiskt lås</translation>
    </message>
    <message>
        <source>The journal locks when nobody has used the app for this many minutes.</source>
        <translation>Dagboken låses när ingen har använt appen på så här många minuter.</translation>
    </message>
    <message>
        <source>Backups, a second backup folder (a USB stick) and export are under Journal → Backups and export, while the journal is unlocked.</source>
        <translation>Säkerhetskopior, en andra mapp för säkerhetskopior (ett USB-minne) och export finns under Dagbok → Säkerhetskopior och export när dagboken är upplåst.</translation>
    </message>
</context>
<context>
    <name>SharingView</name>
    <message>
        <source>Share your stress trend for supervision</source>
        <translation>Dela hur din stress har utvecklats med handledningen</translation>
    </message>
    <message>
        <source>You can copy a short summary of your stress into the pair&apos;s shared journal, for the work supervision summary. Only the stress value of each week (1–5) and one word for its direction are shared. Your other answers, notes, wishes to talk and the recovery question are never shared. Your partner can see what you share, and you can withdraw it later.</source>
        <translation>Du kan kopiera en kort sammanfattning av din stress till parets gemensamma dagbok, för handledningssammanfattningen. Bara varje veckas stressvärde (1–5) och ett ord för riktningen delas. Dina andra svar, anteckningar, önskemål om samtal och frågan om återhämtning delas aldrig. Din arbetspartner kan se det du delar, och du kan dra tillbaka det senare.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>What will be shared</source>
        <translation>Vad som delas</translation>
    </message>
    <message>
        <source>This is what will be shared</source>
        <translation>Det här delas</translation>
    </message>
    <message>
        <source>How the direction is worked out: the average of the later half of the weeks is compared with the earlier half. At least %1 points higher is rising, at least %1 lower is falling, otherwise steady.</source>
        <translation>Så räknas riktningen ut: medelvärdet för periodens senare hälft jämförs med den tidigare hälften. Minst %1 poäng högre är stigande, minst %1 lägre är sjunkande, annars jämn.</translation>
    </message>
    <message>
        <source>Share this</source>
        <translation>Dela det här</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Whose: %1</source>
        <translation>Vems: %1</translation>
    </message>
    <message>
        <source>Period: %1–%2</source>
        <translation>Period: %1–%2</translation>
    </message>
    <message>
        <source>Stress each week (%1):</source>
        <translation>Stress varje vecka (%1):</translation>
    </message>
    <message>
        <source>Direction: %1</source>
        <translation>Riktning: %1</translation>
    </message>
</context>
<context>
    <name>StartNotices</name>
    <message>
        <source>The own area of %1 was reset on %2 at %3 (with the pair passphrase). With its old own passphrase %1 can bring it back on the Own area page until %4; after that it is deleted for good.</source>
        <translation>Det egna området för %1 återställdes %2 kl. %3 (med parets lösenfras). Med sin gamla egna lösenfras kan %1 få tillbaka det på sidan Eget område till och med %4; därefter raderas det för gott.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups are past their date.</source>
        <translation>
            <numerusform>%n fortsatt åtgärd är försenad.</numerusform>
            <numerusform>%n fortsatta åtgärder är försenade.</numerusform>
        </translation>
    </message>
    <message>
        <source>The earliest: %1 (by %2).</source>
        <translation>Den tidigaste: %1 (senast %2).</translation>
    </message>
    <message>
        <source>Show the follow-ups</source>
        <translation>Visa fortsatta åtgärder</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Försenade fortsatta åtgärder</translation>
    </message>
    <message>
        <source>Go to the own area</source>
        <translation>Gå till eget område</translation>
    </message>
    <message>
        <source>Reset own area</source>
        <translation>Återställt eget område</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Summary for work supervision</source>
        <translation>Sammanfattning för handledningen</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Perioden börjar</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Perioden slutar</translation>
    </message>
    <message>
        <source>PDF password (optional)</source>
        <translation>PDF-lösenord (frivilligt)</translation>
    </message>
    <message>
        <source>The same PDF password again</source>
        <translation>Samma PDF-lösenord igen</translation>
    </message>
    <message>
        <source>&amp;Check and make the summary</source>
        <translation>&amp;Kontrollera och gör sammanfattningen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Privacy check</source>
        <translation>Dataskyddskontroll</translation>
    </message>
    <message>
        <source>&amp;Open the debrief to fix it</source>
        <translation>&amp;Öppna genomgången och rätta</translation>
    </message>
    <message>
        <source>I have checked these and they may go to the supervisor</source>
        <translation>Jag har kontrollerat de här och de får gå till handledaren</translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation>Förhandsvisning av sammanfattningen</translation>
    </message>
    <message>
        <source>The preview appears here once the summary is made.</source>
        <translation>Förhandsvisningen visas här när sammanfattningen är gjord.</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Spara PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Same password again</source>
        <translation>Samma lösenord igen</translation>
    </message>
    <message>
        <source>Only what you shared for supervision goes into it: topics, counts, reflections shared with “topics and reflection”, the role split, well-being trends each of you shared, and agreements. Clients are lettered A, B, C…; client codes never appear.</source>
        <translation>Bara det ni har delat med handledningen kommer med: frågor, antal, reflektioner delade som ”frågor och reflektion”, rollfördelningen, den utveckling av välmåendet som var och en av er har delat, och överenskommelser. Klienterna betecknas A, B, C…; klientkoder syns aldrig.</translation>
    </message>
    <message>
        <source>The passwords differ. Type the same password twice.</source>
        <translation>Lösenorden är olika. Skriv samma lösenord två gånger.</translation>
    </message>
    <message>
        <source>Checking the summary…</source>
        <translation>Sammanfattningen kontrolleras…</translation>
    </message>
    <message>
        <source>Stopped: the summary was not made.</source>
        <translation>Avbrutet: sammanfattningen gjordes inte.</translation>
    </message>
    <message>
        <source>The summary was not made: it would print a personal identity code. Open the place named below, remove the code, and try again.</source>
        <translation>Sammanfattningen gjordes inte: den skulle skriva ut en personbeteckning. Öppna stället som nämns nedan, ta bort beteckningen och försök igen.</translation>
    </message>
    <message>
        <source>Check the items below. When they may go to the supervisor, tick the box; otherwise fix them first.</source>
        <translation>Kontrollera punkterna nedan. Om de får gå till handledaren, kryssa i rutan; annars rätta dem först.</translation>
    </message>
    <message>
        <source>Blocks: %1 in %2 (%3)</source>
        <translation>Stoppar: %1 i %2 (%3)</translation>
    </message>
    <message>
        <source>Check: %1 in %2 (%3)</source>
        <translation>Kontrollera: %1 i %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Open the agenda item to fix it</source>
        <translation>&amp;Öppna agendapunkten och rätta</translation>
    </message>
    <message>
        <source>&amp;Open the agreement to fix it</source>
        <translation>&amp;Öppna överenskommelsen och rätta</translation>
    </message>
    <message>
        <source>Press “Check and make the summary” again.</source>
        <translation>Tryck på ”Kontrollera och gör sammanfattningen” igen.</translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>Sammanfattningen görs…</translation>
    </message>
    <message>
        <source>The summary is ready: %1 pages. Look it over, then save or print it.</source>
        <translation>Sammanfattningen är klar: %1 sidor. Titta igenom den och spara eller skriv sedan ut den.</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Spara sammanfattningen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the summary…</source>
        <translation>Sammanfattningen sparas…</translation>
    </message>
    <message>
        <source>The summary was not saved</source>
        <translation>Sammanfattningen sparades inte</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Sparad som %1.</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Skriv ut sammanfattningen</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Skickad till skrivaren.</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Slopad</translation>
    </message>
    <message>
        <source>Agreement text</source>
        <translation>Överenskommelsens text</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <source>Supervision sessions</source>
        <translation>Handledningstillfällen</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nytt tillfälle</translation>
    </message>
    <message>
        <source>Summary without a session…</source>
        <translation>Sammanfattning utan tillfälle…</translation>
    </message>
    <message>
        <source>A summary for any period, without an agenda from a session</source>
        <translation>En sammanfattning för vilken period som helst, utan agenda från ett handledningstillfälle</translation>
    </message>
    <message>
        <source>Work supervision</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <source>Record your work supervision sessions here: the agenda from the topics you raised in debriefs, what was agreed, and the summary for the supervisor.</source>
        <translation>Registrera era handledningstillfällen här: agendan från de frågor ni lyft i genomgångarna, vad som överenskoms och sammanfattningen för handledaren.</translation>
    </message>
    <message>
        <source>Start the first session</source>
        <translation>Börja det första handledningstillfället</translation>
    </message>
    <message>
        <source>(planned)</source>
        <translation>(planerat)</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Radera handledningstillfället</translation>
    </message>
    <message>
        <source>Delete this session with its agenda and agreements? This cannot be undone.</source>
        <translation>Radera det här handledningstillfället med agenda och överenskommelser? Det kan inte ångras.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Discard the new session</source>
        <translation>Kasta det nya handledningstillfället</translation>
    </message>
    <message>
        <source>The new session has not been saved. What you wrote in it is removed.</source>
        <translation>Det nya handledningstillfället är inte sparat. Det du skrev i det tas bort.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message numerus="yes">
        <source>%n settings</source>
        <translation>
            <numerusform>%n inställning</numerusform>
            <numerusform>%n inställningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n medlem</numerusform>
            <numerusform>%n medlemmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client codes</source>
        <translation>
            <numerusform>%n klientkod</numerusform>
            <numerusform>%n klientkoder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debriefs</source>
        <translation>
            <numerusform>%n genomgång</numerusform>
            <numerusform>%n genomgångar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics for supervision</source>
        <translation>
            <numerusform>%n fråga till handledningen</numerusform>
            <numerusform>%n frågor till handledningen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debrief edits</source>
        <translation>
            <numerusform>%n ändring av genomgång</numerusform>
            <numerusform>%n ändringar av genomgångar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indexed debriefs</source>
        <translation>
            <numerusform>%n sökbar genomgång</numerusform>
            <numerusform>%n sökbara genomgångar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debriefs indexed by base form</source>
        <translation>
            <numerusform>%n genomgång sökbar på grundform</numerusform>
            <numerusform>%n genomgångar sökbara på grundform</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role split versions</source>
        <translation>
            <numerusform>%n version av rollfördelningen</numerusform>
            <numerusform>%n versioner av rollfördelningen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role split tasks</source>
        <translation>
            <numerusform>%n uppgift i rollfördelningen</numerusform>
            <numerusform>%n uppgifter i rollfördelningen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acceptances</source>
        <translation>
            <numerusform>%n godkännande</numerusform>
            <numerusform>%n godkännanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role split reviews</source>
        <translation>
            <numerusform>%n granskning av rollfördelningen</numerusform>
            <numerusform>%n granskningar av rollfördelningen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared trends</source>
        <translation>
            <numerusform>%n delad trend</numerusform>
            <numerusform>%n delade trender</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared weeks</source>
        <translation>
            <numerusform>%n delad vecka</numerusform>
            <numerusform>%n delade veckor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supervision sessions</source>
        <translation>
            <numerusform>%n handledningstillfälle</numerusform>
            <numerusform>%n handledningstillfällen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda items</source>
        <translation>
            <numerusform>%n punkt på agendan</numerusform>
            <numerusform>%n punkter på agendan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>%n överenskommelse</numerusform>
            <numerusform>%n överenskommelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts</source>
        <translation>
            <numerusform>%n utkast</numerusform>
            <numerusform>%n utkast</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletions</source>
        <translation>
            <numerusform>%n borttagning</numerusform>
            <numerusform>%n borttagningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own reflections</source>
        <translation>
            <numerusform>%n egen reflektion</numerusform>
            <numerusform>%n egna reflektioner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n avstämning</numerusform>
            <numerusform>%n avstämningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in answers</source>
        <translation>
            <numerusform>%n svar i avstämningar</numerusform>
            <numerusform>%n svar i avstämningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wishes to talk</source>
        <translation>
            <numerusform>%n önskan att prata</numerusform>
            <numerusform>%n önskningar att prata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminders seen</source>
        <translation>
            <numerusform>%n sedd påminnelse</numerusform>
            <numerusform>%n sedda påminnelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in settings</source>
        <translation>
            <numerusform>%n inställning för avstämningar</numerusform>
            <numerusform>%n inställningar för avstämningar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskLine</name>
    <message>
        <source>Stop</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop the work under way</source>
        <translation>Avbryt det pågående arbetet</translation>
    </message>
    <message>
        <source>Work under way</source>
        <translation>Arbete pågår</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>TopicRow</name>
    <message>
        <source>What we want to bring to supervision</source>
        <translation>Vad vi vill ta upp i handledningen</translation>
    </message>
    <message>
        <source>Supervision topic</source>
        <translation>Fråga till handledningen</translation>
    </message>
    <message>
        <source>Who raises it</source>
        <translation>Vem tar upp den</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove this topic</source>
        <translation>Ta bort den här frågan</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend chart</source>
        <translation>Utvecklingsdiagram</translation>
    </message>
    <message>
        <source>No check-ins in this period yet.</source>
        <translation>Inga avstämningar under den här perioden ännu.</translation>
    </message>
    <message>
        <source>value of the week</source>
        <translation>veckans värde</translation>
    </message>
    <message>
        <source>one visit</source>
        <translation>ett besök</translation>
    </message>
    <message>
        <source>average of 4</source>
        <translation>medelvärde av 4</translation>
    </message>
    <message>
        <source>your usual level</source>
        <translation>din vanliga nivå</translation>
    </message>
    <message>
        <source>supervision</source>
        <translation>handledning</translation>
    </message>
    <message>
        <source>role split changed</source>
        <translation>rollfördelningen ändrades</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>The same numbers as a table</source>
        <translation>Samma siffror som tabell</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Average (4)</source>
        <translation>Medelvärde (4)</translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation>Skala: %1</translation>
    </message>
    <message>
        <source>Your usual level is shown once there are 6 entries: it is the middle of your first 6 and the range of their middle half.</source>
        <translation>Din vanliga nivå visas när det finns 6 avstämningar: den är mitten av dina första 6 och spridningen för deras mittersta hälft.</translation>
    </message>
    <message>
        <source>Your usual level (your first 6 entries): middle %1, usual range %2–%3.</source>
        <translation>Din vanliga nivå (dina första 6 avstämningar): mitten %1, vanlig spridning %2–%3.</translation>
    </message>
    <message>
        <source>No values in this period.</source>
        <translation>Inga värden under den här perioden.</translation>
    </message>
    <message>
        <source>%1: %2 values from %3 to %4, the latest %5. The table below has them all.</source>
        <translation>%1: %2 värden från %3 till %4, det senaste %5. Tabellen nedan har alla.</translation>
    </message>
    <message>
        <source>supervision</source>
        <translation>handledning</translation>
    </message>
    <message>
        <source>role split changed</source>
        <translation>rollfördelningen ändrades</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>The journal is locked</source>
        <translation>Dagboken är låst</translation>
    </message>
    <message>
        <source>Pair passphrase</source>
        <translation>Parets lösenfras</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>Unlock the journal</source>
        <translation>Lås upp dagboken</translation>
    </message>
    <message>
        <source>Unlock the journal (Enter)</source>
        <translation>Lås upp dagboken (Enter)</translation>
    </message>
    <message>
        <source>The journal files on this computer are damaged, for example by a disk fault or a power cut in the middle of saving. The app can put back the newest backup that is intact; the damaged files are kept as a backup of their own, so nothing is deleted. Entries written after that backup are not in it.</source>
        <translation>Dagbokens filer på den här datorn är skadade, till exempel av ett diskfel eller ett strömavbrott mitt i en sparning. Appen kan lägga tillbaka den nyaste hela säkerhetskopian; de skadade filerna sparas som en egen säkerhetskopia, så inget raderas. Anteckningar som skrivits efter den säkerhetskopian finns inte i den.</translation>
    </message>
    <message>
        <source>Restore the newest intact backup…</source>
        <translation>Återställ den nyaste hela säkerhetskopian…</translation>
    </message>
    <message>
        <source>Open another journal or create a new one</source>
        <translation>Öppna en annan dagbok eller skapa en ny</translation>
    </message>
    <message>
        <source>Journal folder: %1</source>
        <translation>Dagbokens mapp: %1</translation>
    </message>
    <message>
        <source>This is a demo journal with invented content.</source>
        <translation>Det här är en demodagbok med påhittat innehåll.</translation>
    </message>
    <message>
        <source>Pair passphrase: %1</source>
        <translation>Parets lösenfras: %1</translation>
    </message>
    <message>
        <source>Personal area of %1: %2</source>
        <translation>Eget område för %1: %2</translation>
    </message>
    <message>
        <source>Type the pair passphrase.</source>
        <translation>Skriv parets lösenfras.</translation>
    </message>
    <message>
        <source>Opening the journal…</source>
        <translation>Dagboken öppnas…</translation>
    </message>
    <message>
        <source>Type the pair passphrase: it picks the backups that open with it.</source>
        <translation>Skriv parets lösenfras: den väljer ut de säkerhetskopior som öppnas med den.</translation>
    </message>
    <message>
        <source>Restore the newest intact backup</source>
        <translation>Återställ den nyaste hela säkerhetskopian</translation>
    </message>
    <message>
        <source>The damaged journal is replaced by its newest intact backup. The damaged files are kept as a backup of their own.</source>
        <translation>Den skadade dagboken ersätts av sin nyaste hela säkerhetskopia. De skadade filerna sparas som en egen säkerhetskopia.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Säkerhetskopian återställs…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Säkerhetskopian återställd</translation>
    </message>
    <message>
        <source>The backup made %1 was restored. Check the newest entries: anything written after that time needs to be written again.</source>
        <translation>Säkerhetskopian som gjordes %1 återställdes. Kontrollera de nyaste anteckningarna: det som skrevs efter den tidpunkten måste skrivas på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is not correct. You can try again in %n seconds.</source>
        <translation>
            <numerusform>Lösenfrasen är inte rätt. Du kan försöka igen om %n sekund.</numerusform>
            <numerusform>Lösenfrasen är inte rätt. Du kan försöka igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Du kan försöka igen nu.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>First meeting</source>
        <translation>Första mötet</translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation>Inledande kartläggning</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>Accompanied visit to an authority</source>
        <translation>Följeslagning till en myndighet</translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation>Nätverksmöte</translation>
    </message>
    <message>
        <source>Prison meeting</source>
        <translation>Möte i fängelset</translation>
    </message>
    <message>
        <source>Activity-based meeting</source>
        <translation>Aktivitetsbaserat möte</translation>
    </message>
    <message>
        <source>Phone or remote</source>
        <translation>Telefon eller distans</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Work with close ones</source>
        <translation>Arbete med närstående</translation>
    </message>
    <message>
        <source>Acute situation</source>
        <translation>Akut situation</translation>
    </message>
    <message>
        <source>Final meeting</source>
        <translation>Avslutande möte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Båda</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Yrkesperson</translation>
    </message>
    <message>
        <source>Expert by experience</source>
        <translation>Erfarenhetsexpert</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <source>Threat of homelessness</source>
        <translation>Hot om bostadslöshet</translation>
    </message>
    <message>
        <source>Money and debts</source>
        <translation>Ekonomi och skulder</translation>
    </message>
    <message>
        <source>Sobriety</source>
        <translation>Drogfrihet</translation>
    </message>
    <message>
        <source>Gambling addiction</source>
        <translation>Spelberoende</translation>
    </message>
    <message>
        <source>Crime-free life</source>
        <translation>Ett liv utan brott</translation>
    </message>
    <message>
        <source>Dealing with authorities</source>
        <translation>Ärenden hos myndigheter</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psykisk hälsa</translation>
    </message>
    <message>
        <source>Managing daily life</source>
        <translation>Att klara vardagen</translation>
    </message>
    <message>
        <source>Study and work</source>
        <translation>Studier och arbete</translation>
    </message>
    <message>
        <source>Close ones</source>
        <translation>Närstående</translation>
    </message>
    <message>
        <source>Release from prison</source>
        <translation>Frigivning</translation>
    </message>
    <message>
        <source>Housing at risk</source>
        <translation>Boendet hotat</translation>
    </message>
    <message>
        <source>New debts (also street debts)</source>
        <translation>Nya skulder (också gatuskulder)</translation>
    </message>
    <message>
        <source>Pressure or threats</source>
        <translation>Påtryckningar eller hot</translation>
    </message>
    <message>
        <source>Back with the old crowd</source>
        <translation>Tillbaka i det gamla gänget</translation>
    </message>
    <message>
        <source>Signs of substance use</source>
        <translation>Tecken på rusmedelsbruk</translation>
    </message>
    <message>
        <source>Missing meetings</source>
        <translation>Uteblir från möten</translation>
    </message>
    <message>
        <source>Neglected obligations</source>
        <translation>Försummade skyldigheter</translation>
    </message>
    <message>
        <source>Low mood or self-harm</source>
        <translation>Nedstämdhet eller självdestruktivitet</translation>
    </message>
    <message>
        <source>Threat of violence (also towards workers)</source>
        <translation>Hot om våld (också mot arbetstagare)</translation>
    </message>
    <message>
        <source>Break in income</source>
        <translation>Avbrott i försörjningen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Delvis</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Lite</translation>
    </message>
    <message>
        <source>Clearly</source>
        <translation>Tydligt</translation>
    </message>
    <message>
        <source>Ethics</source>
        <translation>Etik</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Gränser</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Coping</source>
        <translation>Ork</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Inte delad</translation>
    </message>
    <message>
        <source>Topics only</source>
        <translation>Bara frågor</translation>
    </message>
    <message>
        <source>Topics and reflection</source>
        <translation>Frågor och reflektion</translation>
    </message>
    <message>
        <source>Quick debrief</source>
        <translation>Snabbgenomgång</translation>
    </message>
    <message>
        <source>Full debrief</source>
        <translation>Fullständig genomgång</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Tillsammans</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>Tidigare medlem</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Työparipäiväkirja</source>
        <translation>Välkommen till Työparipäiväkirja</translation>
    </message>
    <message>
        <source>A shared journal for a work pair: debriefs after client visits, your own check-ins on how you are coping, the agreed role split, and summaries for work supervision. Everything stays on this computer, encrypted with a passphrase only you know.</source>
        <translation>En gemensam dagbok för ett arbetspar: genomgångar efter klientbesök, egna avstämningar om hur ni orkar, den överenskomna rollfördelningen och sammanfattningar för handledningen. Allt stannar på den här datorn, krypterat med en lösenfras som bara ni känner till.</translation>
    </message>
    <message>
        <source>Create a new journal</source>
        <translation>Skapa en ny dagbok</translation>
    </message>
    <message>
        <source>Open an existing journal…</source>
        <translation>Öppna en befintlig dagbok…</translation>
    </message>
    <message>
        <source>Open an existing journal</source>
        <translation>Öppna en befintlig dagbok</translation>
    </message>
</context>
<context>
    <name>Wellbeing</name>
    <message>
        <source>with my work partner</source>
        <translation>med min arbetspartner</translation>
    </message>
    <message>
        <source>in work supervision</source>
        <translation>i handledningen</translation>
    </message>
    <message>
        <source>with my manager</source>
        <translation>med min chef</translation>
    </message>
    <message>
        <source>in occupational health care</source>
        <translation>i företagshälsovården</translation>
    </message>
    <message>
        <source>not now</source>
        <translation>inte nu</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>stigande</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>sjunkande</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>jämn</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 mån.</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 mån.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>In recent weeks your strain has looked high. Would you like to bring it up with your work partner or raise it in work supervision? This is not an assessment of your health – getting support is part of this work.</source>
        <translation>Under de senaste veckorna har din belastning sett hög ut. Vill du ta upp det med din arbetspartner eller i handledningen? Det här är ingen bedömning av din hälsa – att få stöd hör till det här arbetet.</translation>
    </message>
    <message>
        <source>In recent weeks your strain has looked higher than usual for you. Would you like to bring it up with your work partner or raise it in work supervision? This is not an assessment of your health – getting support is part of this work.</source>
        <translation>Under de senaste veckorna har din belastning sett högre ut än vanligt för dig. Vill du ta upp det med din arbetspartner eller i handledningen? Det här är ingen bedömning av din hälsa – att få stöd hör till det här arbetet.</translation>
    </message>
    <message>
        <source>occupational health care</source>
        <translation>företagshälsovården</translation>
    </message>
    <message>
        <source>MIELI Mental Health Finland&apos;s Crisis Helpline 09 2525 0111</source>
        <translation>MIELI Psykisk Hälsa Finlands kristelefon 09 2525 0111 (på finska)</translation>
    </message>
    <message>
        <source>emergency number 112</source>
        <translation>nödnummer 112</translation>
    </message>
    <message>
        <source>In your latest check-in you said you would like to talk about this: %1. Would you like to bring it to your next debrief with your partner or to the work supervision agenda?</source>
        <translation>I din senaste avstämning sa du att du vill prata om det här: %1. Vill du ta upp det i nästa genomgång med din arbetspartner eller på handledningens agenda?</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>v. %1</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
</context>
</TS>
