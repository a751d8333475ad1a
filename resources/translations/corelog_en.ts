<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Common</name>
    <message numerus="yes">
        <source>(sources: {documents})</source>
        <translation>
            <numerusform>(source: {documents})</numerusform>
            <numerusform>(sources: {documents})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message numerus="yes">
        <source>Exported %Ln entries to {file}.</source>
        <translation>
            <numerusform>Exported %Ln entry to {file}.</numerusform>
            <numerusform>Exported %Ln entries to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln runs to {file}.</source>
        <translation>
            <numerusform>Exported %Ln run to {file}.</numerusform>
            <numerusform>Exported %Ln runs to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message numerus="yes">
        <source>%Ln more open entries on the Recovery page…</source>
        <translation>
            <numerusform>%Ln more open entry on the Recovery page…</numerusform>
            <numerusform>%Ln more open entries on the Recovery page…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Soreness: %Ln open entries</source>
        <translation>
            <numerusform>Soreness: %Ln open entry</numerusform>
            <numerusform>Soreness: %Ln open entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more core sessions reach this week&apos;s target of {low}–{high}.</source>
        <translation>
            <numerusform>%Ln more core session reaches this week&apos;s target of {low}–{high}.</numerusform>
            <numerusform>%Ln more core sessions reach this week&apos;s target of {low}–{high}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln runs</source>
        <translation>
            <numerusform>%Ln run</numerusform>
            <numerusform>%Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln core sessions</source>
        <translation>
            <numerusform>%Ln core session</numerusform>
            <numerusform>%Ln core sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>runs</source>
        <comment>caption under the number of runs</comment>
        <translation>
            <numerusform>run</numerusform>
            <numerusform>runs</numerusform>
        </translation>
    </message>
</context>
</TS>
