<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>History</name>
    <message numerus="yes">
        <source>{distance} in %Ln runs</source>
        <translation>
            <numerusform>{distance} in %Ln run</numerusform>
            <numerusform>{distance} in %Ln runs</numerusform>
        </translation>
    </message>
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
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln more</numerusform>
            <numerusform>%Ln more</numerusform>
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
</TS>
