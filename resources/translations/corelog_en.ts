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
    <message numerus="yes">
        <source>%Ln runs</source>
        <comment>added by an import</comment>
        <translation>
            <numerusform>%Ln run</numerusform>
            <numerusform>%Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln core sessions</source>
        <comment>added by an import</comment>
        <translation>
            <numerusform>%Ln core session</numerusform>
            <numerusform>%Ln core sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln soreness entries</source>
        <comment>added by an import</comment>
        <translation>
            <numerusform>%Ln soreness entry</numerusform>
            <numerusform>%Ln soreness entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln soreness follow-ups</source>
        <comment>added by an import</comment>
        <translation>
            <numerusform>%Ln soreness follow-up</numerusform>
            <numerusform>%Ln soreness follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pairs of shoes</source>
        <comment>added by an import</comment>
        <translation>
            <numerusform>%Ln pair of shoes</numerusform>
            <numerusform>%Ln pairs of shoes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exercises</source>
        <comment>added by an import</comment>
        <translation>
            <numerusform>%Ln exercise</numerusform>
            <numerusform>%Ln exercises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln timer presets</source>
        <comment>added by an import</comment>
        <translation>
            <numerusform>%Ln timer preset</numerusform>
            <numerusform>%Ln timer presets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recordings of runs</source>
        <comment>added by an import</comment>
        <translation>
            <numerusform>%Ln recording of a run</numerusform>
            <numerusform>%Ln recordings of runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <source>{distance} in %Ln runs ({time} of running)</source>
        <translation>
            <numerusform>{distance} in %Ln run ({time} of running)</numerusform>
            <numerusform>{distance} in %Ln runs ({time} of running)</numerusform>
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
        <source>on %Ln days of training</source>
        <translation>
            <numerusform>on %Ln day of training</numerusform>
            <numerusform>on %Ln days of training</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Core target (two or more sessions a week) met %Ln weeks in a row, this week included.</source>
        <translation>
            <numerusform>Core target (two or more sessions a week) met %Ln week in a row, this week included.</numerusform>
            <numerusform>Core target (two or more sessions a week) met %Ln weeks in a row, this week included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Core target (two or more sessions a week) met %Ln weeks in a row, up to last week.</source>
        <translation>
            <numerusform>Core target (two or more sessions a week) met %Ln week in a row, up to last week.</numerusform>
            <numerusform>Core target (two or more sessions a week) met %Ln weeks in a row, up to last week.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest streak on the core target in {range}: %Ln weeks in a row ({weeks}).</source>
        <translation>
            <numerusform>Longest streak on the core target in {range}: %Ln week in a row ({weeks}).</numerusform>
            <numerusform>Longest streak on the core target in {range}: %Ln weeks in a row ({weeks}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have trained %Ln days in a row, up to today.</source>
        <translation>
            <numerusform>You have trained %Ln day in a row, up to today.</numerusform>
            <numerusform>You have trained %Ln days in a row, up to today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have trained %Ln days in a row, up to yesterday.</source>
        <translation>
            <numerusform>You have trained %Ln day in a row, up to yesterday.</numerusform>
            <numerusform>You have trained %Ln days in a row, up to yesterday.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest streak of training days in {range}: %Ln days in a row ({days}).</source>
        <translation>
            <numerusform>Longest streak of training days in {range}: %Ln day in a row ({days}).</numerusform>
            <numerusform>Longest streak of training days in {range}: %Ln days in a row ({days}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln weeks rose more than 10 percent in distance over the week before: {weeks}. {advice}</source>
        <translation>
            <numerusform>%Ln week rose more than 10 percent in distance over the week before: {weeks}. {advice}</numerusform>
            <numerusform>%Ln weeks rose more than 10 percent in distance over the week before: {weeks}. {advice}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{below} of %Ln finished weeks had fewer than {target} core sessions (the latest: {weeks}). {advice}</source>
        <translation>
            <numerusform>{below} of %Ln finished week had fewer than {target} core sessions (the latest: {weeks}). {advice}</numerusform>
            <numerusform>{below} of %Ln finished weeks had fewer than {target} core sessions (the latest: {weeks}). {advice}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{region} on %Ln days, latest {day}</source>
        <translation>
            <numerusform>{region} on %Ln day, latest {day}</numerusform>
            <numerusform>{region} on %Ln days, latest {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{region} on %Ln days</source>
        <translation>
            <numerusform>{region} on %Ln day</numerusform>
            <numerusform>{region} on %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln more</numerusform>
            <numerusform>%Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{distance} in %Ln runs</source>
        <translation>
            <numerusform>{distance} in %Ln run</numerusform>
            <numerusform>{distance} in %Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sore on %Ln days</source>
        <translation>
            <numerusform>sore on %Ln day</numerusform>
            <numerusform>sore on %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries. Enter or a double-click opens one to edit it.</source>
        <translation>
            <numerusform>%Ln entry. Enter or a double-click opens one to edit it.</numerusform>
            <numerusform>%Ln entries. Enter or a double-click opens one to edit it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{distance} (%Ln runs)</source>
        <translation>
            <numerusform>{distance} (%Ln run)</numerusform>
            <numerusform>{distance} (%Ln runs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries since {day}</source>
        <translation>
            <numerusform>%Ln entry since {day}</numerusform>
            <numerusform>%Ln entries since {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln entries</source>
        <translation>
            <numerusform>{shown} of %Ln entry</numerusform>
            <numerusform>{shown} of %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each bar is a week. ▲ and orange mark the %Ln weeks that rose more than 10 percent over the week before (the latest: week of {day}, +{percent}%); the documents advise raising weekly distance by no more than that {citation}.</source>
        <translation>
            <numerusform>Each bar is a week. ▲ and orange mark the %Ln week that rose more than 10 percent over the week before (the latest: week of {day}, +{percent}%); the documents advise raising weekly distance by no more than that {citation}.</numerusform>
            <numerusform>Each bar is a week. ▲ and orange mark the %Ln weeks that rose more than 10 percent over the week before (the latest: week of {day}, +{percent}%); the documents advise raising weekly distance by no more than that {citation}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{week}: {distance} in %Ln runs</source>
        <translation>
            <numerusform>{week}: {distance} in %Ln run</numerusform>
            <numerusform>{week}: {distance} in %Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{week}: %Ln core sessions; before your log began or as it began, so not judged.</source>
        <translation>
            <numerusform>{week}: %Ln core session; before your log began or as it began, so not judged.</numerusform>
            <numerusform>{week}: %Ln core sessions; before your log began or as it began, so not judged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{week}: %Ln core sessions, {status}.</source>
        <translation>
            <numerusform>{week}: %Ln core session, {status}.</numerusform>
            <numerusform>{week}: %Ln core sessions, {status}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{region}, week of {day}: sore on %Ln days.</source>
        <translation>
            <numerusform>{region}, week of {day}: sore on %Ln day.</numerusform>
            <numerusform>{region}, week of {day}: sore on %Ln days.</numerusform>
        </translation>
    </message>
</context>
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
