<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CampaignDeleter</name>
    <message numerus="yes">
        <source>The campaign “%1” and its delivery report will be deleted: its %Ln recipient(s) and the status of every message. This cannot be undone; export the report first if you need it. The exclusion list is kept.</source>
        <translation>
            <numerusform>The campaign “%1” and its delivery report will be deleted: its %Ln recipient and the status of every message. This cannot be undone; export the report first if you need it. The exclusion list is kept.</numerusform>
            <numerusform>The campaign “%1” and its delivery report will be deleted: its %Ln recipients and the status of every message. This cannot be undone; export the report first if you need it. The exclusion list is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) accepted by the gateway are still waiting to be delivered. It can be deleted once they are delivered or have failed.</source>
        <translation>
            <numerusform>%Ln message accepted by the gateway is still waiting to be delivered. It can be deleted once it is delivered or has failed.</numerusform>
            <numerusform>%Ln messages accepted by the gateway are still waiting to be delivered. It can be deleted once they are delivered or have failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignHeader</name>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SMS part(s)</source>
        <translation>
            <numerusform>%Ln SMS part</numerusform>
            <numerusform>%Ln SMS parts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignQuestions</name>
    <message numerus="yes">
        <source>The %Ln recipient(s) not sent yet will not be sent. This cannot be undone.</source>
        <translation>
            <numerusform>The recipient not sent yet will not be sent. This cannot be undone.</numerusform>
            <numerusform>The %Ln recipients not sent yet will not be sent. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) already handed to the gateway wait there until %1 and cannot be cancelled: the gateway has no way to recall them, so they will still be delivered at their times.</source>
        <translation>
            <numerusform>%Ln message already handed to the gateway waits there until %1 and cannot be cancelled: the gateway has no way to recall it, so it will still be delivered at its time.</numerusform>
            <numerusform>%Ln messages already handed to the gateway wait there until %1 and cannot be cancelled: the gateway has no way to recall them, so they will still be delivered at their times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send again to the %Ln uncertain recipient(s)?</source>
        <translation>
            <numerusform>Send again to the %Ln uncertain recipient?</numerusform>
            <numerusform>Send again to the %Ln uncertain recipients?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message numerus="yes">
        <source>%1 of %Ln recipient(s)</source>
        <translation>
            <numerusform>%1 of %Ln recipient</numerusform>
            <numerusform>%1 of %Ln recipients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureWords</name>
    <message numerus="yes">
        <source>%Ln part(s)</source>
        <translation>
            <numerusform>%Ln part</numerusform>
            <numerusform>%Ln parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln septet(s)</source>
        <translation>
            <numerusform>%Ln septet</numerusform>
            <numerusform>%Ln septets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln UTF-16 unit(s)</source>
        <translation>
            <numerusform>%Ln UTF-16 unit</numerusform>
            <numerusform>%Ln UTF-16 units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left in this part</source>
        <translation>
            <numerusform>%Ln left in this part</numerusform>
            <numerusform>%Ln left in this part</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixesBar</name>
    <message numerus="yes">
        <source>(%1 → %Ln part(s))</source>
        <translation>
            <numerusform>(%1 → %Ln part)</numerusform>
            <numerusform>(%1 → %Ln parts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saves %Ln part(s).</source>
        <translation>
            <numerusform>Saves %Ln part.</numerusform>
            <numerusform>Saves %Ln parts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message numerus="yes">
        <source>%1 saves %Ln part(s): %2 → %3.</source>
        <translation>
            <numerusform>%1 saves %Ln part: %2 → %3.</numerusform>
            <numerusform>%1 saves %Ln parts: %2 → %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message numerus="yes">
        <source>%1 of %Ln sent</source>
        <translation>
            <numerusform>%1 of %Ln sent</numerusform>
            <numerusform>%1 of %Ln sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln cancelled</source>
        <translation>
            <numerusform>%1 · %Ln cancelled</numerusform>
            <numerusform>%1 · %Ln cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message part(s) waiting for a final status</source>
        <translation>
            <numerusform>%Ln message part waiting for a final status</numerusform>
            <numerusform>%Ln message parts waiting for a final status</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message numerus="yes">
        <source>%Ln recipient(s) were being sent when the program stopped: they are marked uncertain (they may have received the message) and are not sent again unless you choose to.</source>
        <translation>
            <numerusform>%Ln recipient was being sent when the program stopped: it is marked uncertain (it may have received the message) and is not sent again unless you choose to.</numerusform>
            <numerusform>%Ln recipients were being sent when the program stopped: they are marked uncertain (they may have received the message) and are not sent again unless you choose to.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln part(s) of the message were accepted.</source>
        <translation>
            <numerusform>Only %Ln part of the message was accepted.</numerusform>
            <numerusform>Only %Ln parts of the message were accepted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusalWords</name>
    <message numerus="yes">
        <source>%Ln more number(s) in other places</source>
        <translation>
            <numerusform>%Ln more number in another place</numerusform>
            <numerusform>%Ln more numbers in other places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) in %1: there it would be %2 on %3, %4</source>
        <translation>
            <numerusform>%Ln number in %1: there it would be %2 on %3, %4</numerusform>
            <numerusform>%Ln numbers in %1: there it would be %2 on %3, %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesDialog</name>
    <message numerus="yes">
        <source>%Ln reply(ies)</source>
        <translation>
            <numerusform>%Ln reply</numerusform>
            <numerusform>%Ln replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(ies) written to %1.</source>
        <translation>
            <numerusform>%Ln reply written to %1.</numerusform>
            <numerusform>%Ln replies written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(ies) kept</source>
        <translation>
            <numerusform>%Ln reply kept</numerusform>
            <numerusform>%Ln replies kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln asked to stop</source>
        <translation>
            <numerusform>%Ln asked to stop</numerusform>
            <numerusform>%Ln asked to stop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) added to the suppression list</source>
        <translation>
            <numerusform>%Ln number added to the suppression list</numerusform>
            <numerusform>%Ln numbers added to the suppression list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already imported</source>
        <translation>
            <numerusform>%Ln already imported</numerusform>
            <numerusform>%Ln already imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) without a phone number</source>
        <translation>
            <numerusform>%Ln row without a phone number</numerusform>
            <numerusform>%Ln rows without a phone number</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message numerus="yes">
        <source>%1 of %Ln recipient(s) got the message (on the phone or in the operator&apos;s network).</source>
        <translation>
            <numerusform>%1 of %Ln recipient got the message (on the phone or in the operator&apos;s network).</numerusform>
            <numerusform>%1 of %Ln recipients got the message (on the phone or in the operator&apos;s network).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCounts</name>
    <message numerus="yes">
        <source>At the expected speed the campaign needs about %1; the allowed hours end at %2, so about %3 of %Ln message(s) will wait for the next allowed period (sending resumes by itself while the program runs).</source>
        <translation>
            <numerusform>At the expected speed the campaign needs about %1; the allowed hours end at %2, so about %3 of %Ln message will wait for the next allowed period (sending resumes by itself while the program runs).</numerusform>
            <numerusform>At the expected speed the campaign needs about %1; the allowed hours end at %2, so about %3 of %Ln messages will wait for the next allowed period (sending resumes by itself while the program runs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) from %1 to %2</source>
        <translation>
            <numerusform>%Ln message from %1 to %2</numerusform>
            <numerusform>%Ln messages from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent as Unicode</source>
        <translation>
            <numerusform>%Ln sent as Unicode</numerusform>
            <numerusform>%Ln sent as Unicode</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The RNE list was last imported on %1, %Ln day(s) ago; import the CRC&apos;s current file (“Import the RNE list…”, or the menu Campaign › Suppression list).</source>
        <translation>
            <numerusform>The RNE list was last imported on %1, %Ln day ago; import the CRC&apos;s current file (“Import the RNE list…”, or the menu Campaign › Suppression list).</numerusform>
            <numerusform>The RNE list was last imported on %1, %Ln days ago; import the CRC&apos;s current file (“Import the RNE list…”, or the menu Campaign › Suppression list).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%1 of %Ln row(s) (%2 not sent)</source>
        <translation>
            <numerusform>%1 of %Ln row (%2 not sent)</numerusform>
            <numerusform>%1 of %Ln rows (%2 not sent)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SMS part(s)</source>
        <translation>
            <numerusform>%Ln SMS part</numerusform>
            <numerusform>%Ln SMS parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) over one part, and long messages are off in the settings: the gateway will refuse them (error 1160).</source>
        <translation>
            <numerusform>%Ln message is over one part, and long messages are off in the settings: the gateway will refuse it (error 1160).</numerusform>
            <numerusform>%Ln messages are over one part, and long messages are off in the settings: the gateway will refuse them (error 1160).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowTimesTexts</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commercial message(s) outside the allowed hours (Ley 2300) move earlier, to the end of the allowed period before their time.</source>
        <translation>
            <numerusform>%Ln commercial message outside the allowed hours (Ley 2300) moves earlier, to the end of the allowed period before its time.</numerusform>
            <numerusform>%Ln commercial messages outside the allowed hours (Ley 2300) move earlier, to the end of the allowed period before their time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln commercial message(s) outside the allowed hours move later, to the next opening: the period before has already passed.</source>
        <translation>
            <numerusform>%Ln commercial message outside the allowed hours moves later, to the next opening: the period before has already passed.</numerusform>
            <numerusform>%Ln commercial messages outside the allowed hours move later, to the next opening: the period before has already passed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have an empty, unreadable or past send time and are not sent (they are listed among the rows not sent).</source>
        <translation>
            <numerusform>%Ln row has an empty, unreadable or past send time and is not sent (it is listed among the rows not sent).</numerusform>
            <numerusform>%Ln rows have an empty, unreadable or past send time and are not sent (they are listed among the rows not sent).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message numerus="yes">
        <source>Leave out these %Ln number(s)</source>
        <translation>
            <numerusform>Leave out this number</numerusform>
            <numerusform>Leave out these %Ln numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SMS part(s)</source>
        <translation>
            <numerusform>%Ln SMS part</numerusform>
            <numerusform>%Ln SMS parts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingProblem</name>
    <message numerus="yes">
        <source>must be at most %Ln character(s) (it has %1)</source>
        <translation>
            <numerusform>must be at most %Ln character (it has %1)</numerusform>
            <numerusform>must be at most %Ln characters (it has %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be at most %Ln character(s) (SMPP 3.4); it has %1</source>
        <translation>
            <numerusform>must be at most %Ln character (SMPP 3.4); it has %1</numerusform>
            <numerusform>must be at most %Ln characters (SMPP 3.4); it has %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message numerus="yes">
        <source>%1 — about %Ln row(s)</source>
        <translation>
            <numerusform>%1 — about %Ln row</numerusform>
            <numerusform>%1 — about %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuppressionDialog</name>
    <message numerus="yes">
        <source>%1 of %Ln number(s) match</source>
        <translation>
            <numerusform>%1 of %Ln number match</numerusform>
            <numerusform>%1 of %Ln numbers match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) on the list</source>
        <translation>
            <numerusform>%Ln number on the list</numerusform>
            <numerusform>%Ln numbers on the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %1: %Ln row(s) read…</source>
        <translation>
            <numerusform>Importing %1: %Ln row read…</numerusform>
            <numerusform>Importing %1: %Ln rows read…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) added</source>
        <translation>
            <numerusform>%Ln number added</numerusform>
            <numerusform>%Ln numbers added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already on the list</source>
        <translation>
            <numerusform>%Ln already on the list</numerusform>
            <numerusform>%Ln already on the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) without a phone number</source>
        <translation>
            <numerusform>%Ln row without a phone number</numerusform>
            <numerusform>%Ln rows without a phone number</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TotalsWords</name>
    <message numerus="yes">
        <source>%Ln SMS part(s)</source>
        <translation>
            <numerusform>%Ln SMS part</numerusform>
            <numerusform>%Ln SMS parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %Ln parts per message</source>
        <translation>
            <numerusform>%1 to %Ln part per message</numerusform>
            <numerusform>%1 to %Ln parts per message</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) need more parts than most</source>
        <translation>
            <numerusform>%Ln message needs more parts than most</numerusform>
            <numerusform>%Ln messages need more parts than most</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) sent as Unicode</source>
        <translation>
            <numerusform>%Ln message is sent as Unicode</numerusform>
            <numerusform>%Ln messages are sent as Unicode</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) too long for one part, and long messages are off</source>
        <translation>
            <numerusform>%Ln message is too long for one part, and long messages are off</numerusform>
            <numerusform>%Ln messages are too long for one part, and long messages are off</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message numerus="yes">
        <source>Checked %Ln row(s) of %1…</source>
        <translation>
            <numerusform>Checked %Ln row of %1…</numerusform>
            <numerusform>Checked %Ln rows of %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will receive the message</source>
        <translation>
            <numerusform>%Ln will receive the message</numerusform>
            <numerusform>%Ln will receive the message</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln row(s), phone column “%1”</source>
        <translation>
            <numerusform>of %Ln row, phone column “%1”</numerusform>
            <numerusform>of %Ln rows, phone column “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also send to the %Ln number(s) that look like fixed lines</source>
        <translation>
            <numerusform>Also send to the %Ln number that looks like a fixed line</numerusform>
            <numerusform>Also send to the %Ln numbers that look like fixed lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also send to the %Ln person(s) already sent a commercial message today (Ley 2300 allows one contact a day)</source>
        <translation>
            <numerusform>Also send to the %Ln person already sent a commercial message today (Ley 2300 allows one contact a day)</numerusform>
            <numerusform>Also send to the %Ln people already sent a commercial message today (Ley 2300 allows one contact a day)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardQuestions</name>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SMS part(s)</source>
        <translation>
            <numerusform>%Ln SMS part</numerusform>
            <numerusform>%Ln SMS parts</numerusform>
        </translation>
    </message>
</context>
</TS>
