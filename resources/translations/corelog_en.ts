<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Log</name>
    <message numerus="yes">
        <source>This pair can&apos;t be deleted: %Ln runs use it. Retire it instead, so it is no longer offered for new runs.</source>
        <translation>
            <numerusform>This pair can&apos;t be deleted: %Ln run uses it. Retire it instead, so it is no longer offered for new runs.</numerusform>
            <numerusform>This pair can&apos;t be deleted: %Ln runs use it. Retire it instead, so it is no longer offered for new runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” can&apos;t be deleted: %Ln runs use it. Retire it instead, so it is no longer offered for new runs.</source>
        <translation>
            <numerusform>“{name}” can&apos;t be deleted: %Ln run uses it. Retire it instead, so it is no longer offered for new runs.</numerusform>
            <numerusform>“{name}” can&apos;t be deleted: %Ln runs use it. Retire it instead, so it is no longer offered for new runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln runs</source>
        <translation>
            <numerusform>Delete %Ln run</numerusform>
            <numerusform>Delete %Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln runs deleted — Ctrl+Z to undo</source>
        <translation>
            <numerusform>%Ln run deleted — Ctrl+Z to undo</numerusform>
            <numerusform>%Ln runs deleted — Ctrl+Z to undo</numerusform>
        </translation>
    </message>
</context>
</TS>
