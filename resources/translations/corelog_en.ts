<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Activities</name>
    <message numerus="yes">
        <source>%Ln runs</source>
        <translation>
            <numerusform>%Ln run</numerusform>
            <numerusform>%Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln treadmill runs</source>
        <translation>
            <numerusform>%Ln treadmill run</numerusform>
            <numerusform>%Ln treadmill runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln walks</source>
        <translation>
            <numerusform>%Ln walk</numerusform>
            <numerusform>%Ln walks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rides</source>
        <translation>
            <numerusform>%Ln ride</numerusform>
            <numerusform>%Ln rides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln swims</source>
        <translation>
            <numerusform>%Ln swim</numerusform>
            <numerusform>%Ln swims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files that are not activities</source>
        <translation>
            <numerusform>%Ln file that is not an activity</numerusform>
            <numerusform>%Ln files that are not activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other activities</source>
        <translation>
            <numerusform>%Ln other activity</numerusform>
            <numerusform>%Ln other activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln runs</source>
        <translation>
            <numerusform>Added %Ln run</numerusform>
            <numerusform>Added %Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged %Ln with runs you typed</source>
        <translation>
            <numerusform>merged %Ln with runs you typed</numerusform>
            <numerusform>merged %Ln with runs you typed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in your log</source>
        <translation>
            <numerusform>%Ln already in your log</numerusform>
            <numerusform>%Ln already in your log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln wait for your answer</source>
        <translation>
            <numerusform>%Ln waits for your answer</numerusform>
            <numerusform>%Ln wait for your answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept %Ln runs you typed instead</source>
        <translation>
            <numerusform>kept %Ln run you typed instead</numerusform>
            <numerusform>kept %Ln runs you typed instead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more not imported</source>
        <translation>
            <numerusform>%Ln more not imported</numerusform>
            <numerusform>%Ln more not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files could not be read</source>
        <translation>
            <numerusform>%Ln file could not be read</numerusform>
            <numerusform>%Ln files could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other files in the folders and archives (photos, CSV, ...) were left alone.</source>
        <translation>
            <numerusform>%Ln other file in the folders and archives (photos, CSV, ...) were left alone.</numerusform>
            <numerusform>%Ln other files in the folders and archives (photos, CSV, ...) were left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln samples whose time went backwards</source>
        <translation>
            <numerusform>%Ln sample whose time went backwards</numerusform>
            <numerusform>%Ln samples whose time went backwards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln impossibly fast samples (a GPS glitch)</source>
        <translation>
            <numerusform>%Ln impossibly fast sample (a GPS glitch)</numerusform>
            <numerusform>%Ln impossibly fast samples (a GPS glitch)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; left out of the figures: %Ln samples whose time went backwards</source>
        <translation>
            <numerusform>; left out of the figures: %Ln sample whose time went backwards</numerusform>
            <numerusform>; left out of the figures: %Ln samples whose time went backwards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; left out of the figures: %Ln impossibly fast samples (a GPS glitch)</source>
        <translation>
            <numerusform>; left out of the figures: %Ln impossibly fast sample (a GPS glitch)</numerusform>
            <numerusform>; left out of the figures: %Ln impossibly fast samples (a GPS glitch)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files recorded a walk or a treadmill run; they were skipped. Treadmill distances come from a foot pod or the belt and may be rough.</source>
        <translation>
            <numerusform>%Ln file recorded a walk or a treadmill run; they were skipped. Treadmill distances come from a foot pod or the belt and may be rough.</numerusform>
            <numerusform>%Ln files recorded a walk or a treadmill run; they were skipped. Treadmill distances come from a foot pod or the belt and may be rough.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import these %Ln as runs</source>
        <translation>
            <numerusform>Import these %Ln as runs</numerusform>
            <numerusform>Import these %Ln as runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: {distance}, but the file has no times (%Ln more after it). Say when the run started and how long it took, or skip it.</source>
        <translation>
            <numerusform>{file}: {distance}, but the file has no times (%Ln more after it). Say when the run started and how long it took, or skip it.</numerusform>
            <numerusform>{file}: {distance}, but the file has no times (%Ln more after it). Say when the run started and how long it took, or skip it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln runs from the files start within {minutes} minutes of a run you typed, with a similar distance. Choose for each: merge, keep both, or skip the file.</source>
        <translation>
            <numerusform>%Ln run from the files starts within {minutes} minutes of a run you typed, with a similar distance. Choose for each: merge, keep both, or skip the file.</numerusform>
            <numerusform>%Ln runs from the files start within {minutes} minutes of a run you typed, with a similar distance. Choose for each: merge, keep both, or skip the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln files read</source>
        <translation>
            <numerusform>{done} of %Ln file read</numerusform>
            <numerusform>{done} of %Ln files read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files read.</source>
        <translation>
            <numerusform>%Ln file read.</numerusform>
            <numerusform>%Ln files read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln walks and treadmill runs</source>
        <translation>
            <numerusform>Import %Ln walks and treadmill runs</numerusform>
            <numerusform>Import %Ln walks and treadmill runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln runs</source>
        <translation>
            <numerusform>Import %Ln run</numerusform>
            <numerusform>Import %Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad samples left out of the figures</source>
        <translation>
            <numerusform>%Ln bad samples left out of the figures</numerusform>
            <numerusform>%Ln bad samples left out of the figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No soreness logged in the %Ln hours after this run. If something hurts, log it on the Recovery page for guidance.</source>
        <translation>
            <numerusform>No soreness logged in the %Ln hours after this run. If something hurts, log it on the Recovery page for guidance.</numerusform>
            <numerusform>No soreness logged in the %Ln hours after this run. If something hurts, log it on the Recovery page for guidance.</numerusform>
        </translation>
    </message>
</context>
</TS>
