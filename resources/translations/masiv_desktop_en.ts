<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
