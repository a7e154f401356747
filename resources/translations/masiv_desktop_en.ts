<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
