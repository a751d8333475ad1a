<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Dates</name>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>No sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move between days, Page Up and Page Down change the month, Enter lists the day in the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sore: {regions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: nothing logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {entries}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the list of months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distance run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soreness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries of the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen entry on its page (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;in timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the day in the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List this day&apos;s entries in the timeline (Alt+I; Enter on the calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move between days; Enter or a double-click on a day lists it in the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}: nothing logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{distance} in %Ln runs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln core sessions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sore on %Ln days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{month}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries. Enter or a double-click opens one to edit it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing logged on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {distance} in {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core session ({duration})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{session}: {sets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness: {soreness}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{distance} (%Ln runs)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core ×{count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sore ×{count}: {regions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sore: {regions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry, newest first, with filters (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month at a time (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly charts and what they say (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries since {day}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That entry is no longer in your log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{deleted} — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet. Runs, core sessions and soreness you log show up here, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which kind of entries to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which dates to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only runs of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any run type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only core sessions with this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only soreness in this part of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the entries whose notes hold every word typed (Ctrl+F; Esc clears)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes…  (Ctrl+F; Esc clears)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clea&amp;r filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every entry again (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen entry (Delete; Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen run&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s figures, pace, heart rate and elevation, splits and recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens an entry to edit it; Delete removes it (Ctrl+Z brings it back). Click a column title to sort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline of all entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core session deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness entry deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete core session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete soreness entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild</source>
        <comment>soreness</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>soreness</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <comment>soreness</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{severity}/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{severity}/10, {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <comment>soreness</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of CoreLog&apos;s windows, from its next start</source>
        <translation>Die Sprache der Fenster von CoreLog, ab dem nächsten Start</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>CoreLog speaks the language you choose from its next start.</source>
        <translation>CoreLog spricht die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
</context>
</TS>
