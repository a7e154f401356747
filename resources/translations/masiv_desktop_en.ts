<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>Send again to the %n uncertain recipient(s)?</source>
        <translation>
            <numerusform>Send again to the %n uncertain recipient?</numerusform>
            <numerusform>Send again to the %n uncertain recipients?</numerusform>
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
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n septet(s)</source>
        <translation>
            <numerusform>%n septet</numerusform>
            <numerusform>%n septets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n UTF-16 unit(s)</source>
        <translation>
            <numerusform>%n UTF-16 unit</numerusform>
            <numerusform>%n UTF-16 units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left in this part</source>
        <translation>
            <numerusform>%n left in this part</numerusform>
            <numerusform>%n left in this part</numerusform>
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
        <source>%n message part(s) waiting for a final status</source>
        <translation>
            <numerusform>%n message part waiting for a final status</numerusform>
            <numerusform>%n message parts waiting for a final status</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message numerus="yes">
        <source>%n recipient(s) were being sent when the program stopped: they are marked uncertain (they may have received the message) and are not sent again unless you choose to.</source>
        <translation>
            <numerusform>%n recipient was being sent when the program stopped: it is marked uncertain (it may have received the message) and is not sent again unless you choose to.</numerusform>
            <numerusform>%n recipients were being sent when the program stopped: they are marked uncertain (they may have received the message) and are not sent again unless you choose to.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n part(s) of the message were accepted.</source>
        <translation>
            <numerusform>Only %n part of the message was accepted.</numerusform>
            <numerusform>Only %n parts of the message were accepted.</numerusform>
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
        <source>The RNE list was last imported on %1, %Ln day(s) ago; import the CRC&apos;s current file (masiv suppress import FILE --source rne).</source>
        <translation>
            <numerusform>The RNE list was last imported on %1, %Ln day ago; import the CRC&apos;s current file (masiv suppress import FILE --source rne).</numerusform>
            <numerusform>The RNE list was last imported on %1, %Ln days ago; import the CRC&apos;s current file (masiv suppress import FILE --source rne).</numerusform>
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
        <source>%n SMS part(s)</source>
        <translation>
            <numerusform>%n SMS part</numerusform>
            <numerusform>%n SMS parts</numerusform>
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
        <source>%1 to %n parts per message</source>
        <translation>
            <numerusform>%1 to %n part per message</numerusform>
            <numerusform>%1 to %n parts per message</numerusform>
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
        <source>Also send to the %n number(s) that look like fixed lines</source>
        <translation>
            <numerusform>Also send to the %n number that looks like a fixed line</numerusform>
            <numerusform>Also send to the %n numbers that look like fixed lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also send to the %n person(s) already sent a commercial message today (Ley 2300 allows one contact a day)</source>
        <translation>
            <numerusform>Also send to the %n person already sent a commercial message today (Ley 2300 allows one contact a day)</numerusform>
            <numerusform>Also send to the %n people already sent a commercial message today (Ley 2300 allows one contact a day)</numerusform>
        </translation>
    </message>
</context>
</TS>
