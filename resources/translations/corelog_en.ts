<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Recovery</name>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln open</numerusform>
            <numerusform>%Ln open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open}, %Ln with warning signs</source>
        <translation>
            <numerusform>{open}, %Ln with warning signs</numerusform>
            <numerusform>{open}, %Ln with warning signs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups</source>
        <translation>
            <numerusform>%Ln follow-up</numerusform>
            <numerusform>%Ln follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{region}: %Ln episodes, newest first.</source>
        <translation>
            <numerusform>{region}: %Ln episode, newest first.</numerusform>
            <numerusform>{region}: %Ln episodes, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when} · Core session · %Ln sets</source>
        <translation>
            <numerusform>{when} · Core session · %Ln set</numerusform>
            <numerusform>{when} · Core session · %Ln sets</numerusform>
        </translation>
    </message>
</context>
</TS>
