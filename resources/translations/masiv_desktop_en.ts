<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CampaignDeleter</name>
    <message numerus="yes">
        <source>The campaign “%1” and its delivery report will be deleted: its %n recipient(s) and the status of every message. This cannot be undone; export the report first if you need it. The exclusion list is kept.</source>
        <translation>
            <numerusform>The campaign “%1” and its delivery report will be deleted: its %n recipient and the status of every message. This cannot be undone; export the report first if you need it. The exclusion list is kept.</numerusform>
            <numerusform>The campaign “%1” and its delivery report will be deleted: its %n recipients and the status of every message. This cannot be undone; export the report first if you need it. The exclusion list is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) accepted by the gateway are still waiting to be delivered. It can be deleted once they are delivered or have failed.</source>
        <translation>
            <numerusform>%n message accepted by the gateway is still waiting to be delivered. It can be deleted once it is delivered or has failed.</numerusform>
            <numerusform>%n messages accepted by the gateway are still waiting to be delivered. It can be deleted once they are delivered or have failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignQuestions</name>
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
</context>
<context>
    <name>FixesBar</name>
    <message numerus="yes">
        <source>Saves %n part(s).</source>
        <translation>
            <numerusform>Saves %n part.</numerusform>
            <numerusform>Saves %n parts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message numerus="yes">
        <source>%Ln message part(s) waiting for a final status</source>
        <translation>
            <numerusform>%Ln message part waiting for a final status</numerusform>
            <numerusform>%Ln message parts waiting for a final status</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusalWords</name>
    <message numerus="yes">
        <source>%n more number(s) in other places</source>
        <translation>
            <numerusform>%n more number in another place</numerusform>
            <numerusform>%n more numbers in other places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) in %1: there it would be %2 on %3, %4</source>
        <translation>
            <numerusform>%n number in %1: there it would be %2 on %3, %4</numerusform>
            <numerusform>%n numbers in %1: there it would be %2 on %3, %4</numerusform>
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
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%Ln SMS part(s)</source>
        <translation>
            <numerusform>%Ln SMS part</numerusform>
            <numerusform>%Ln SMS parts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message numerus="yes">
        <source>Leave out these %n number(s)</source>
        <translation>
            <numerusform>Leave out this number</numerusform>
            <numerusform>Leave out these %n numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuppressionDialog</name>
    <message numerus="yes">
        <source>%n number(s) on the list</source>
        <translation>
            <numerusform>%n number on the list</numerusform>
            <numerusform>%n numbers on the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) added</source>
        <translation>
            <numerusform>%n number added</numerusform>
            <numerusform>%n numbers added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already on the list</source>
        <translation>
            <numerusform>%n already on the list</numerusform>
            <numerusform>%n already on the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a phone number</source>
        <translation>
            <numerusform>%n row without a phone number</numerusform>
            <numerusform>%n rows without a phone number</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
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
