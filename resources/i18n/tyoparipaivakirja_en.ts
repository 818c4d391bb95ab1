<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <source>%n own areas</source>
        <translation>
            <numerusform>%n own area</numerusform>
            <numerusform>%n own areas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebriefsPage</name>
    <message numerus="yes">
        <source>%n debriefs</source>
        <translation>
            <numerusform>%n debrief</numerusform>
            <numerusform>%n debriefs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n best matches</source>
        <translation>
            <numerusform>The best match</numerusform>
            <numerusform>The %n best matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished debriefs were kept as drafts. Continue where you left off?</source>
        <translation>
            <numerusform>An unfinished debrief was kept as a draft. Continue where you left off?</numerusform>
            <numerusform>%n unfinished debriefs were kept as drafts. Continue where you left off?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>“%1”: members %2; %n debriefs.</source>
        <translation>
            <numerusform>“%1”: members %2; %n debrief.</numerusform>
            <numerusform>“%1”: members %2; %n debriefs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>The name can be at most %n characters.</source>
        <translation>
            <numerusform>The name can be at most %n character.</numerusform>
            <numerusform>The name can be at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This text is longer than %n characters. Shorten it; nothing was saved yet.</source>
        <translation>
            <numerusform>This text is longer than %n character. Shorten it; nothing was saved yet.</numerusform>
            <numerusform>This text is longer than %n characters. Shorten it; nothing was saved yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The note can be at most %n characters.</source>
        <translation>
            <numerusform>The note can be at most %n character.</numerusform>
            <numerusform>The note can be at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a period with check-ins in at least %n weeks: fewer are not yet a trend.</source>
        <translation>
            <numerusform>Choose a period with check-ins in at least %n week: fewer are not yet a trend.</numerusform>
            <numerusform>Choose a period with check-ins in at least %n weeks: fewer are not yet a trend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A name can be at most %n characters.</source>
        <translation>
            <numerusform>A name can be at most %n character.</numerusform>
            <numerusform>A name can be at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A journal can have at most %n members.</source>
        <translation>
            <numerusform>A journal can have at most %n member.</numerusform>
            <numerusform>A journal can have at most %n members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A role split can have at most %n tasks.</source>
        <translation>
            <numerusform>A role split can have at most %n task.</numerusform>
            <numerusform>A role split can have at most %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A task name can be at most %n characters.</source>
        <translation>
            <numerusform>A task name can be at most %n character.</numerusform>
            <numerusform>A task name can be at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A note can be at most %n characters.</source>
        <translation>
            <numerusform>A note can be at most %n character.</numerusform>
            <numerusform>A note can be at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write at most %n characters.</source>
        <translation>
            <numerusform>Write at most %n character.</numerusform>
            <numerusform>Write at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Work supervision can be every 1 to %n weeks, or not agreed.</source>
        <translation>
            <numerusform>Work supervision can be every week, or not agreed.</numerusform>
            <numerusform>Work supervision can be every 1 to %n weeks, or not agreed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters. Several words in a row are easy to remember.</source>
        <translation>
            <numerusform>The passphrase must be at least %n character. Several words in a row are easy to remember.</numerusform>
            <numerusform>The passphrase must be at least %n characters. Several words in a row are easy to remember.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase can be at most %n characters.</source>
        <translation>
            <numerusform>The passphrase can be at most %n character.</numerusform>
            <numerusform>The passphrase can be at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalAreaPage</name>
    <message numerus="yes">
        <source>Your own area is open on this page only. It closes when you move to another page, after %n minutes without use, or when the journal locks.</source>
        <translation>
            <numerusform>Your own area is open on this page only. It closes when you move to another page, after %n minute without use, or when the journal locks.</numerusform>
            <numerusform>Your own area is open on this page only. It closes when you move to another page, after %n minutes without use, or when the journal locks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own area was closed after %n minutes without use.</source>
        <translation>
            <numerusform>Your own area was closed after a minute without use.</numerusform>
            <numerusform>Your own area was closed after %n minutes without use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleLabels</name>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartNotices</name>
    <message numerus="yes">
        <source>%n follow-ups are past their date.</source>
        <translation>
            <numerusform>%n follow-up is past its date.</numerusform>
            <numerusform>%n follow-ups are past their date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message numerus="yes">
        <source>%n settings</source>
        <translation>
            <numerusform>%n setting</numerusform>
            <numerusform>%n settings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client codes</source>
        <translation>
            <numerusform>%n client code</numerusform>
            <numerusform>%n client codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debriefs</source>
        <translation>
            <numerusform>%n debrief</numerusform>
            <numerusform>%n debriefs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics for supervision</source>
        <translation>
            <numerusform>%n topic for supervision</numerusform>
            <numerusform>%n topics for supervision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debrief edits</source>
        <translation>
            <numerusform>%n debrief edit</numerusform>
            <numerusform>%n debrief edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indexed debriefs</source>
        <translation>
            <numerusform>%n indexed debrief</numerusform>
            <numerusform>%n indexed debriefs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debriefs indexed by base form</source>
        <translation>
            <numerusform>%n debrief indexed by base form</numerusform>
            <numerusform>%n debriefs indexed by base form</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role split versions</source>
        <translation>
            <numerusform>%n role split version</numerusform>
            <numerusform>%n role split versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role split tasks</source>
        <translation>
            <numerusform>%n role split task</numerusform>
            <numerusform>%n role split tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acceptances</source>
        <translation>
            <numerusform>%n acceptance</numerusform>
            <numerusform>%n acceptances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role split reviews</source>
        <translation>
            <numerusform>%n role split review</numerusform>
            <numerusform>%n role split reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared trends</source>
        <translation>
            <numerusform>%n shared trend</numerusform>
            <numerusform>%n shared trends</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared weeks</source>
        <translation>
            <numerusform>%n shared week</numerusform>
            <numerusform>%n shared weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supervision sessions</source>
        <translation>
            <numerusform>%n supervision session</numerusform>
            <numerusform>%n supervision sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda items</source>
        <translation>
            <numerusform>%n agenda item</numerusform>
            <numerusform>%n agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletions</source>
        <translation>
            <numerusform>%n deletion</numerusform>
            <numerusform>%n deletions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n own reflections</source>
        <translation>
            <numerusform>%n own reflection</numerusform>
            <numerusform>%n own reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in answers</source>
        <translation>
            <numerusform>%n check-in answer</numerusform>
            <numerusform>%n check-in answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wishes to talk</source>
        <translation>
            <numerusform>%n wish to talk</numerusform>
            <numerusform>%n wishes to talk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminders seen</source>
        <translation>
            <numerusform>%n reminder seen</numerusform>
            <numerusform>%n reminders seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in settings</source>
        <translation>
            <numerusform>%n check-in setting</numerusform>
            <numerusform>%n check-in settings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message numerus="yes">
        <source>The passphrase is not correct. You can try again in %n seconds.</source>
        <translation>
            <numerusform>The passphrase is not correct. You can try again in %n second.</numerusform>
            <numerusform>The passphrase is not correct. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
