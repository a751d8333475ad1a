<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Core</name>
    <message numerus="yes">
        <source>%Ln reps</source>
        <translation>
            <numerusform>%Ln rep</numerusform>
            <numerusform>%Ln reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is used by %Ln sets, so it can&apos;t be deleted. Hide it instead: it leaves the lists and its sets stay.</source>
        <translation>
            <numerusform>“{name}” is used by %Ln set, so it can&apos;t be deleted. Hide it instead: it leaves the lists and its sets stay.</numerusform>
            <numerusform>“{name}” is used by %Ln sets, so it can&apos;t be deleted. Hide it instead: it leaves the lists and its sets stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plank timer added %Ln sets to this session; the form shows it as it is now.</source>
        <translation>
            <numerusform>The plank timer added %Ln set to this session; the form shows it as it is now.</numerusform>
            <numerusform>The plank timer added %Ln sets to this session; the form shows it as it is now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plank timer added %Ln sets to this session while you were editing it; they are in the form now, after yours.</source>
        <translation>
            <numerusform>The plank timer added %Ln set to this session while you were editing it; it is in the form now, after yours.</numerusform>
            <numerusform>The plank timer added %Ln sets to this session while you were editing it; they are in the form now, after yours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sets were added to this session while you were editing it; they are in the form now, after yours.</source>
        <translation>
            <numerusform>%Ln set was added to this session while you were editing it; it is in the form now, after yours.</numerusform>
            <numerusform>%Ln sets were added to this session while you were editing it; they are in the form now, after yours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Core session saved (%Ln sets).</source>
        <translation>
            <numerusform>Core session saved (%Ln set).</numerusform>
            <numerusform>Core session saved (%Ln sets).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more sessions reach the target.</source>
        <translation>
            <numerusform>%Ln more session reaches the target.</numerusform>
            <numerusform>%Ln more sessions reach the target.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message numerus="yes">
        <source>%Ln seconds</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln holds longer than {limit}.</source>
        <translation>
            <numerusform>Left out: %Ln hold longer than {limit}.</numerusform>
            <numerusform>Left out: %Ln holds longer than {limit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taken out of the core session again (Edit &gt; Redo puts the %Ln holds back).</source>
        <translation>
            <numerusform>Taken out of the core session again (Edit &gt; Redo puts the %Ln hold back).</numerusform>
            <numerusform>Taken out of the core session again (Edit &gt; Redo puts the %Ln holds back).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %Ln holds in today&apos;s core session.</source>
        <translation>
            <numerusform>Saved: %Ln hold in today&apos;s core session.</numerusform>
            <numerusform>Saved: %Ln holds in today&apos;s core session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save %Ln holds from the plank timer</source>
        <translation>
            <numerusform>Save %Ln hold from the plank timer</numerusform>
            <numerusform>Save %Ln holds from the plank timer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln holds to today&apos;s core session</source>
        <translation>
            <numerusform>Saved %Ln hold to today&apos;s core session</numerusform>
            <numerusform>Saved %Ln holds to today&apos;s core session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln holds saved to today&apos;s core session — Ctrl+Z to undo</source>
        <translation>
            <numerusform>%Ln hold saved to today&apos;s core session — Ctrl+Z to undo</numerusform>
            <numerusform>%Ln holds saved to today&apos;s core session — Ctrl+Z to undo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln holds done</source>
        <translation>
            <numerusform>{done} of %Ln hold done</numerusform>
            <numerusform>{done} of %Ln holds done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seconds held</source>
        <translation>
            <numerusform>%Ln second held</numerusform>
            <numerusform>%Ln seconds held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seconds left</source>
        <translation>
            <numerusform>%Ln second left</numerusform>
            <numerusform>%Ln seconds left</numerusform>
        </translation>
    </message>
</context>
</TS>
