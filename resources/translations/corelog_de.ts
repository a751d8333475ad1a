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
        <source>d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
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
    <message>
        <source>the last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the week of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since your log began ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs or core sessions in {range}: the runs and core sessions you log add up here, week by week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{distance} in %Ln runs ({time} of running)</source>
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
        <source>on %Ln days of training</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>In {range} ({span}): {running} and {core}, {days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest run in {range}: {distance} on {day} ({duration}), your longest ever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest run in {range}: {distance} on {day} ({duration}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest races: {races}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 5K, 10K, half marathon or marathon races in {range}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest holds: {holds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest hold: {holds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{race} {time} ({day}, best ever)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{race} {time} ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise} {hold} ({day}, best ever)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise} {hold} ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core target (two or more sessions a week) met this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core target (two or more sessions a week) met last week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Core target (two or more sessions a week) met %Ln weeks in a row, this week included.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Core target (two or more sessions a week) met %Ln weeks in a row, up to last week.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No week in {range} reached two core sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {range} the core target was never met two weeks in a row; the latest week on target was {weeks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Longest streak on the core target in {range}: %Ln weeks in a row ({weeks}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have trained %Ln days in a row, up to today.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have trained %Ln days in a row, up to yesterday.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>In {range} you never trained two days in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Longest streak of training days in {range}: %Ln days in a row ({days}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The 10 percent rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No week {range} rose more than 10 percent in distance over the week before. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{week} (+{percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln weeks rose more than 10 percent in distance over the week before: {weeks}. {advice}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No runs or core sessions logged yet. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No full week since your log began ({day}) is over yet. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every finished week {range} had at least {target} core sessions. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{below} of %Ln finished weeks had fewer than {target} core sessions (the latest: {weeks}). {advice}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No soreness logged in {range}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions that keep getting sore: {regions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sore now and then, never on three days in one place: {regions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the last three weeks: {regions}. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{region} on %Ln days, latest {day}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{region} on %Ln days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Training load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs or core sessions in the last four weeks, so there is no training load to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acute:chronic ratio {ratio} on {day}: {band}. The last 7 days come to {acute} (effort × minutes) against {chronic} in an average week of the last 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your log does not reach four weeks back yet, so the ratio reads higher than it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in the spike band in {range}: {days}.</source>
        <translation type="unfinished"></translation>
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
        <source>no runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a week without running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ more than 10 percent up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not judged: the log began the week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ below the {low}-{high} target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week, still going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the target of {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per week with a timed hold: the longest hold of each exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days sore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per week and region with soreness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy pace (min/{unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per week with easy runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days (effort × min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average week of the last 28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per day with load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days (TRIMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per day with heart-rate load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{band}; fewer than 4 weeks logged before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per day with a ratio.</source>
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
    <message>
        <source>5K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half marathon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marathon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low (below 0.8): lighter than usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steady (0.8 to 1.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rising (1.3 to 1.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a spike (above 1.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at the chart for exact values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table}: columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table}: rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {chart} as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{chart}: show the numbers as a table (Space); again for the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the chart&apos;s numbers in a table in place of the chart, and back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{chart}: table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {chart} as a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;bles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every chart as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every chart&apos;s numbers as a table (Alt+B); again for the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts and insights for 12 weeks (Alt+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts and insights for 6 months (Alt+6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts and insights for 1 year (Alt+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts and insights for all (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GOOD</source>
        <comment>insight tone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WATCH</source>
        <comment>insight tone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your history says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resting {rest}, maximum {max} beats a minute, Banister&apos;s men&apos;s weighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resting {rest}, maximum {max} beats a minute, Banister&apos;s women&apos;s weighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart-rate load (TRIMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banister&apos;s TRIMP: minutes × how much of your heart-rate reserve a run used, weighted. The last 7 days (solid) against an average week of the last 28 (dashed). Only runs whose file recorded heart rate count; core sessions and typed runs are in the effort load above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs with heart rate in this range. Import runs from a watch or app (File &gt; Import Activities…) and their heart-rate load shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{explanation} Heart rates from Settings: {profile}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: heart-rate load (TRIMP) of the last 7 days {acute}, an average week of the last 4: {chronic}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy run pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dot is an easy run; the line is each week&apos;s pace. Faster is higher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No easy runs in this range yet: their pace shows here as it improves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is each week&apos;s easy-run pace. Faster is higher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{week}: easy pace {pace}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{week}: no easy runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}. Run of {day}: {pace} over {distance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}.</source>
        <comment>end of a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training load (session effort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort × minutes of runs and core sessions: the last 7 days (solid) against an average week of the last 28 (dashed). Heart rate plays no part in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs or core sessions in this range yet: their load shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effort × min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: the last 7 days {acute}, an average week of the last 4: {chronic} (effort × minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acute:chronic load ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 7 days&apos; load over an average week of the last 28. About 0.8 to 1.3 is steady (the green band); above 1.5 is a spike (the red band). A grey dotted line: fewer than 4 weeks logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs or core sessions in this range yet: the load ratio needs some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steady</source>
        <comment>load band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spike</source>
        <comment>load band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio</source>
        <comment>axis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: no training in the 4 weeks before, so no ratio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: ratio {ratio}, {band}; fewer than 4 weeks logged before it, so it reads high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: ratio {ratio}, {band}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bar is a week. Bars marked ▲ rose more than 10 percent over the week before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs in this range yet: the distance you run shows here, week by week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Each bar is a week. ▲ and orange mark the %Ln weeks that rose more than 10 percent over the week before (the latest: week of {day}, +{percent}%); the documents advise raising weekly distance by no more than that {citation}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Each bar is a week. No week rose more than 10 percent over the week before, as the documents advise {citation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{week}: {distance} in %Ln runs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{text}, up {percent}% on the week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}, down {percent}% on the week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (your log began that week before, so it is not judged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} — more than the 10 percent rule allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}, after a week without running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core sessions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The band is the target of {low} to {high} sessions a week {citation}. Bars below it, marked ▼, are weeks that fell short; this week&apos;s bar is still filling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No core sessions in this range yet: two or three a week is the target {citation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <comment>axis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{week}: %Ln core sessions; before your log began or as it began, so not judged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>below the {low}-{high} target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the target (more than the documents ask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{week}: %Ln core sessions, {status}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Best hold per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest hold of each week, per exercise (holds stopped early left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timed holds in this range yet: plank holds you log or time show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>axis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise} {hold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{week}: no timed holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{week}: best {holds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dot is a week with soreness in that region; the bigger, the more days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No soreness logged in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}, week of {day}: not sore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{region}, week of {day}: sore on %Ln days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
