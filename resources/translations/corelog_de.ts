<?xml version='1.0' encoding='utf-8'?>
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
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>No sets</source>
        <translation>Keine Sätze</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Arrow keys move between days, Page Up and Page Down change the month, Enter lists the day in the timeline.</source>
        <translation>Pfeiltasten wechseln den Tag, Bild auf und Bild ab den Monat, Enter listet den Tag in der Zeitleiste.</translation>
    </message>
    <message>
        <source>sore: {regions}</source>
        <translation>Beschwerden: {regions}</translation>
    </message>
    <message>
        <source>{day}: nothing logged.</source>
        <translation>{day}: nichts eingetragen.</translation>
    </message>
    <message>
        <source>{day}: {entries}.</source>
        <translation>{day}: {entries}.</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Opens the list of months</source>
        <translation>Öffnet die Liste der Monate</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>distance run</source>
        <translation>gelaufene Distanz</translation>
    </message>
    <message>
        <source>core sessions</source>
        <translation>Core-Einheiten</translation>
    </message>
    <message>
        <source>soreness</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Entries of the chosen day</source>
        <translation>Einträge des gewählten Tages</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open the entry</source>
        <translation>Eintrag öffnen</translation>
    </message>
    <message>
        <source>Edit the chosen entry on its page (Enter or double-click)</source>
        <translation>Den gewählten Eintrag auf seiner Seite bearbeiten (Enter oder Doppelklick)</translation>
    </message>
    <message>
        <source>Show &amp;in timeline</source>
        <translation>In Zeitleiste &amp;anzeigen</translation>
    </message>
    <message>
        <source>Show the day in the timeline</source>
        <translation>Den Tag in der Zeitleiste zeigen</translation>
    </message>
    <message>
        <source>List this day's entries in the timeline (Alt+I; Enter on the calendar)</source>
        <translation>Die Einträge dieses Tages in der Zeitleiste listen (Alt+A; Enter im Kalender)</translation>
    </message>
    <message>
        <source>Arrow keys move between days; Enter or a double-click on a day lists it in the timeline.</source>
        <translation>Pfeiltasten wechseln den Tag; Enter oder ein Doppelklick auf einen Tag listet ihn in der Zeitleiste.</translation>
    </message>
    <message>
        <source>{month}: nothing logged.</source>
        <translation>{month}: nichts eingetragen.</translation>
    </message>
    <message numerus="yes">
        <source>{distance} in %Ln runs</source>
        <translation>
            <numerusform>{distance} in %Ln Lauf</numerusform>
            <numerusform>{distance} in %Ln Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>the last 12 weeks</source>
        <translation>den letzten 12 Wochen</translation>
    </message>
    <message>
        <source>the last 6 months</source>
        <translation>den letzten 6 Monaten</translation>
    </message>
    <message>
        <source>the last year</source>
        <translation>dem letzten Jahr</translation>
    </message>
    <message>
        <source>all your history</source>
        <translation>deinem gesamten Verlauf</translation>
    </message>
    <message>
        <source>the week of {day}</source>
        <translation>die Woche ab {day}</translation>
    </message>
    <message>
        <source>since your log began ({day})</source>
        <translation>seit Beginn deines Logs ({day})</translation>
    </message>
    <message>
        <source>in {range}</source>
        <translation>in {range}</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>No runs or core sessions in {range}: the runs and core sessions you log add up here, week by week.</source>
        <translation>Keine Läufe oder Core-Einheiten in {range}: Was du einträgst, summiert sich hier Woche für Woche.</translation>
    </message>
    <message numerus="yes">
        <source>{distance} in %Ln runs ({time} of running)</source>
        <translation>
            <numerusform>{distance} in %Ln Lauf ({time} Laufzeit)</numerusform>
            <numerusform>{distance} in %Ln Läufen ({time} Laufzeit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln core sessions</source>
        <translation>
            <numerusform>%Ln Core-Einheit</numerusform>
            <numerusform>%Ln Core-Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %Ln days of training</source>
        <translation>
            <numerusform>an %Ln Trainingstag</numerusform>
            <numerusform>an %Ln Trainingstagen</numerusform>
        </translation>
    </message>
    <message>
        <source>In {range} ({span}): {running} and {core}, {days}.</source>
        <translation>In {range} ({span}): {running} und {core}, {days}.</translation>
    </message>
    <message>
        <source>Longest run in {range}: {distance} on {day} ({duration}), your longest ever.</source>
        <translation>Längster Lauf in {range}: {distance} am {day} ({duration}), dein längster überhaupt.</translation>
    </message>
    <message>
        <source>Longest run in {range}: {distance} on {day} ({duration}).</source>
        <translation>Längster Lauf in {range}: {distance} am {day} ({duration}).</translation>
    </message>
    <message>
        <source>Longest run</source>
        <translation>Längster Lauf</translation>
    </message>
    <message>
        <source>Fastest races: {races}.</source>
        <translation>Schnellste Wettkämpfe: {races}.</translation>
    </message>
    <message>
        <source>No 5K, 10K, half marathon or marathon races in {range}.</source>
        <translation>Keine Wettkämpfe über 5 km, 10 km, Halbmarathon oder Marathon in {range}.</translation>
    </message>
    <message>
        <source>Longest holds: {holds}.</source>
        <translation>Längste Haltezeiten: {holds}.</translation>
    </message>
    <message>
        <source>Longest hold: {holds}.</source>
        <translation>Längste Haltezeit: {holds}.</translation>
    </message>
    <message>
        <source>Personal records</source>
        <translation>Persönliche Rekorde</translation>
    </message>
    <message>
        <source>{race} {time} ({day}, best ever)</source>
        <translation>{race} {time} ({day}, Bestzeit)</translation>
    </message>
    <message>
        <source>{race} {time} ({day})</source>
        <translation>{race} {time} ({day})</translation>
    </message>
    <message>
        <source>{exercise} {hold} ({day}, best ever)</source>
        <translation>{exercise} {hold} ({day}, Bestwert)</translation>
    </message>
    <message>
        <source>{exercise} {hold} ({day})</source>
        <translation>{exercise} {hold} ({day})</translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Core target (two or more sessions a week) met this week.</source>
        <translation>Core-Ziel (zwei oder mehr Einheiten pro Woche) diese Woche erreicht.</translation>
    </message>
    <message>
        <source>Core target (two or more sessions a week) met last week.</source>
        <translation>Core-Ziel (zwei oder mehr Einheiten pro Woche) letzte Woche erreicht.</translation>
    </message>
    <message numerus="yes">
        <source>Core target (two or more sessions a week) met %Ln weeks in a row, this week included.</source>
        <translation>
            <numerusform>Core-Ziel (zwei oder mehr Einheiten pro Woche) %Ln Woche in Folge erreicht, diese Woche eingeschlossen.</numerusform>
            <numerusform>Core-Ziel (zwei oder mehr Einheiten pro Woche) %Ln Wochen in Folge erreicht, diese Woche eingeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Core target (two or more sessions a week) met %Ln weeks in a row, up to last week.</source>
        <translation>
            <numerusform>Core-Ziel (zwei oder mehr Einheiten pro Woche) %Ln Woche in Folge erreicht, bis letzte Woche.</numerusform>
            <numerusform>Core-Ziel (zwei oder mehr Einheiten pro Woche) %Ln Wochen in Folge erreicht, bis letzte Woche.</numerusform>
        </translation>
    </message>
    <message>
        <source>No week in {range} reached two core sessions.</source>
        <translation>Keine Woche in {range} kam auf zwei Core-Einheiten.</translation>
    </message>
    <message>
        <source>In {range} the core target was never met two weeks in a row; the latest week on target was {weeks}.</source>
        <translation>In {range} wurde das Core-Ziel nie zwei Wochen in Folge erreicht; zuletzt erreicht in {weeks}.</translation>
    </message>
    <message numerus="yes">
        <source>Longest streak on the core target in {range}: %Ln weeks in a row ({weeks}).</source>
        <translation>
            <numerusform>Längste Serie beim Core-Ziel in {range}: %Ln Woche in Folge ({weeks}).</numerusform>
            <numerusform>Längste Serie beim Core-Ziel in {range}: %Ln Wochen in Folge ({weeks}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have trained %Ln days in a row, up to today.</source>
        <translation>
            <numerusform>Du hast %Ln Tag in Folge trainiert, bis heute.</numerusform>
            <numerusform>Du hast %Ln Tage in Folge trainiert, bis heute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have trained %Ln days in a row, up to yesterday.</source>
        <translation>
            <numerusform>Du hast %Ln Tag in Folge trainiert, bis gestern.</numerusform>
            <numerusform>Du hast %Ln Tage in Folge trainiert, bis gestern.</numerusform>
        </translation>
    </message>
    <message>
        <source>In {range} you never trained two days in a row.</source>
        <translation>In {range} hast du nie an zwei Tagen in Folge trainiert.</translation>
    </message>
    <message numerus="yes">
        <source>Longest streak of training days in {range}: %Ln days in a row ({days}).</source>
        <translation>
            <numerusform>Längste Serie von Trainingstagen in {range}: %Ln Tag in Folge ({days}).</numerusform>
            <numerusform>Längste Serie von Trainingstagen in {range}: %Ln Tage in Folge ({days}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The 10 percent rule</source>
        <translation>Die 10-Prozent-Regel</translation>
    </message>
    <message>
        <source>No week {range} rose more than 10 percent in distance over the week before. {advice}</source>
        <translation>Keine Woche {range} lag in der Distanz mehr als 10 Prozent über der Woche davor. {advice}</translation>
    </message>
    <message>
        <source>{week} (+{percent}%)</source>
        <translation>{week} (+{percent} %)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln weeks rose more than 10 percent in distance over the week before: {weeks}. {advice}</source>
        <translation>
            <numerusform>%Ln Woche lag in der Distanz mehr als 10 Prozent über der Woche davor: {weeks}. {advice}</numerusform>
            <numerusform>%Ln Wochen lagen in der Distanz mehr als 10 Prozent über der Woche davor: {weeks}. {advice}</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs or core sessions logged yet. {advice}</source>
        <translation>Noch keine Läufe oder Core-Einheiten eingetragen. {advice}</translation>
    </message>
    <message>
        <source>No full week since your log began ({day}) is over yet. {advice}</source>
        <translation>Seit Beginn deines Logs ({day}) ist noch keine volle Woche vorbei. {advice}</translation>
    </message>
    <message>
        <source>Every finished week {range} had at least {target} core sessions. {advice}</source>
        <translation>Jede abgeschlossene Woche {range} hatte mindestens {target} Core-Einheiten. {advice}</translation>
    </message>
    <message numerus="yes">
        <source>{below} of %Ln finished weeks had fewer than {target} core sessions (the latest: {weeks}). {advice}</source>
        <translation>
            <numerusform>{below} von %Ln abgeschlossenen Woche hatte weniger als {target} Core-Einheiten (zuletzt: {weeks}). {advice}</numerusform>
            <numerusform>{below} von %Ln abgeschlossenen Wochen hatten weniger als {target} Core-Einheiten (zuletzt: {weeks}). {advice}</numerusform>
        </translation>
    </message>
    <message>
        <source>No soreness logged in {range}.</source>
        <translation>Keine Beschwerden in {range} eingetragen.</translation>
    </message>
    <message>
        <source>Regions that keep getting sore: {regions}.</source>
        <translation>Körperregionen mit wiederkehrenden Beschwerden: {regions}.</translation>
    </message>
    <message>
        <source>Sore now and then, never on three days in one place: {regions}.</source>
        <translation>Ab und zu Beschwerden, nie an drei Tagen an derselben Stelle: {regions}.</translation>
    </message>
    <message>
        <source>In the last three weeks: {regions}. {advice}</source>
        <translation>In den letzten drei Wochen: {regions}. {advice}</translation>
    </message>
    <message numerus="yes">
        <source>{region} on %Ln days, latest {day}</source>
        <translation><numerusform>{region} an %Ln Tag (zuletzt {day})</numerusform><numerusform>{region} an %Ln Tagen (zuletzt {day})</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{region} on %Ln days</source>
        <translation>
            <numerusform>{region} an %Ln Tag</numerusform>
            <numerusform>{region} an %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Training load</source>
        <translation>Trainingsbelastung</translation>
    </message>
    <message>
        <source>No runs or core sessions in the last four weeks, so there is no training load to compare yet.</source>
        <translation>Keine Läufe oder Core-Einheiten in den letzten vier Wochen, daher noch keine Trainingsbelastung zum Vergleichen.</translation>
    </message>
    <message>
        <source>Acute:chronic ratio {ratio} on {day}: {band}. The last 7 days come to {acute} (effort × minutes) against {chronic} in an average week of the last 4.</source>
        <translation>Akut:chronisch-Verhältnis {ratio} am {day}: {band}. Die letzten 7 Tage kommen auf {acute} (Anstrengung × Minuten), gegenüber {chronic} in einer durchschnittlichen Woche der letzten 4.</translation>
    </message>
    <message>
        <source>Your log does not reach four weeks back yet, so the ratio reads higher than it is.</source>
        <translation>Dein Log reicht noch keine vier Wochen zurück, daher wirkt das Verhältnis höher, als es ist.</translation>
    </message>
    <message>
        <source>Days in the spike band in {range}: {days}.</source>
        <translation>Tage im Spitzenbereich in {range}: {days}.</translation>
    </message>
    <message numerus="yes">
        <source>sore on %Ln days</source>
        <translation>
            <numerusform>Beschwerden an %Ln Tag</numerusform>
            <numerusform>Beschwerden an %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{month}: {summary}</source>
        <translation>{month}: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries. Enter or a double-click opens one to edit it.</source>
        <translation>
            <numerusform>%Ln Eintrag. Enter oder ein Doppelklick öffnet ihn zum Bearbeiten.</numerusform>
            <numerusform>%Ln Einträge. Enter oder ein Doppelklick öffnet einen zum Bearbeiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing logged on this day.</source>
        <translation>An diesem Tag nichts eingetragen.</translation>
    </message>
    <message>
        <source>{kind}: {distance} in {duration}</source>
        <translation>{kind}: {distance} in {duration}</translation>
    </message>
    <message>
        <source>Core session</source>
        <translation>Core-Einheit</translation>
    </message>
    <message>
        <source>Core session ({duration})</source>
        <translation>Core-Einheit ({duration})</translation>
    </message>
    <message>
        <source>{session}: {sets}</source>
        <translation>{session}: {sets}</translation>
    </message>
    <message>
        <source>Soreness: {soreness}</source>
        <translation>Beschwerden: {soreness}</translation>
    </message>
    <message>
        <source>Training calendar</source>
        <translation>Trainingskalender</translation>
    </message>
    <message numerus="yes">
        <source>{distance} (%Ln runs)</source>
        <translation>
            <numerusform>{distance} (%Ln Lauf)</numerusform>
            <numerusform>{distance} (%Ln Läufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Core</translation>
    </message>
    <message>
        <source>Core ×{count}</source>
        <translation>Core ×{count}</translation>
    </message>
    <message>
        <source>Sore ×{count}: {regions}</source>
        <translation>Beschwerden ×{count}: {regions}</translation>
    </message>
    <message>
        <source>Sore: {regions}</source>
        <translation>Beschwerden: {regions}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History views</source>
        <translation>Ansichten des Verlaufs</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>Chart&amp;s</source>
        <translation>Diagra&amp;mme</translation>
    </message>
    <message>
        <source>Every entry, newest first, with filters (Alt+M)</source>
        <translation>Alle Einträge, neueste zuerst, mit Filtern (Alt+Z)</translation>
    </message>
    <message>
        <source>A month at a time (Alt+C)</source>
        <translation>Ein Monat auf einen Blick (Alt+K)</translation>
    </message>
    <message>
        <source>Weekly charts and what they say (Alt+S)</source>
        <translation>Wochendiagramme und was sie zeigen (Alt+M)</translation>
    </message>
    <message>
        <source>Search the history notes</source>
        <translation>Notizen im Verlauf durchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries since {day}</source>
        <translation>
            <numerusform>%Ln Eintrag seit {day}</numerusform>
            <numerusform>%Ln Einträge seit {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>That entry is no longer in your log.</source>
        <translation>Dieser Eintrag ist nicht mehr in deinem Log.</translation>
    </message>
    <message>
        <source>{deleted} — Ctrl+Z to undo</source>
        <translation>{deleted} — Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Nothing logged yet. Runs, core sessions and soreness you log show up here, newest first.</source>
        <translation>Noch nichts eingetragen. Läufe, Core-Einheiten und Beschwerden, die du einträgst, erscheinen hier, neueste zuerst.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Which kind of entries to list</source>
        <translation>Welche Art von Einträgen gelistet wird</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Which dates to list</source>
        <translation>Welche Tage gelistet werden</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Run type</source>
        <translation>Lauftyp</translation>
    </message>
    <message>
        <source>List only runs of this type</source>
        <translation>Nur Läufe dieses Typs listen</translation>
    </message>
    <message>
        <source>Any run type</source>
        <translation>Jeder Lauftyp</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>List only core sessions with this exercise</source>
        <translation>Nur Core-Einheiten mit dieser Übung listen</translation>
    </message>
    <message>
        <source>Any exercise</source>
        <translation>Jede Übung</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Körperregion</translation>
    </message>
    <message>
        <source>List only soreness in this part of the body</source>
        <translation>Nur Beschwerden in dieser Körperregion listen</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Jede Körperregion</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Lists the entries whose notes hold every word typed (Ctrl+F; Esc clears)</source>
        <translation>Listet die Einträge, deren Notizen jedes eingegebene Wort enthalten (Strg+F; Esc leert)</translation>
    </message>
    <message>
        <source>Search notes…  (Ctrl+F; Esc clears)</source>
        <translation>Notizen durchsuchen…  (Strg+F; Esc leert)</translation>
    </message>
    <message>
        <source>Clea&amp;r filters</source>
        <translation>Filter zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every entry again (Alt+R)</source>
        <translation>Wieder alle Einträge zeigen (Alt+R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete the chosen entry (Delete; Ctrl+Z brings it back)</source>
        <translation>Den gewählten Eintrag löschen (Entf; Strg+Z holt ihn zurück)</translation>
    </message>
    <message>
        <source>Run &amp;page</source>
        <translation>Lau&amp;fseite</translation>
    </message>
    <message>
        <source>Open the chosen run's page</source>
        <translation>Die Seite des gewählten Laufs öffnen</translation>
    </message>
    <message>
        <source>The run's figures, pace, heart rate and elevation, splits and recovery</source>
        <translation>Die Werte des Laufs, Pace, Herzfrequenz und Höhe, Zwischenzeiten und Erholung</translation>
    </message>
    <message>
        <source>Enter or double-click opens an entry to edit it; Delete removes it (Ctrl+Z brings it back). Click a column title to sort.</source>
        <translation>Enter oder Doppelklick öffnet einen Eintrag zum Bearbeiten; Entf löscht ihn (Strg+Z holt ihn zurück). Zum Sortieren auf einen Spaltentitel klicken.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distanz</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Pace</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>{kind}, {when}</source>
        <translation>{kind}, {when}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Keine Einträge passen zu diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln entries</source>
        <translation>
            <numerusform>{shown} von %Ln Eintrag</numerusform>
            <numerusform>{shown} von %Ln Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline of all entries</source>
        <translation>Zeitleiste aller Einträge</translation>
    </message>
    <message>
        <source>Timeline rows</source>
        <translation>Zeilen der Zeitleiste</translation>
    </message>
    <message>
        <source>Timeline columns</source>
        <translation>Spalten der Zeitleiste</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Soreness</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>no runs</source>
        <translation>keine Läufe</translation>
    </message>
    <message>
        <source>after a week without running</source>
        <translation>nach einer Woche ohne Laufen</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <comment>a signed percentage</comment>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>▲ more than 10 percent up</source>
        <translation>▲ mehr als 10 Prozent mehr</translation>
    </message>
    <message>
        <source>not judged: the log began the week before</source>
        <translation>nicht bewertet: das Log begann in der Woche davor</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Distance ({unit})</source>
        <translation>Distanz ({unit})</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>On the week before</source>
        <translation>Zur Vorwoche</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>One row per week.</source>
        <translation>Eine Zeile pro Woche.</translation>
    </message>
    <message>
        <source>▼ below the {low}-{high} target</source>
        <translation>▼ unter dem Ziel von {low}–{high}</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>im Ziel</translation>
    </message>
    <message>
        <source>above the target</source>
        <translation>über dem Ziel</translation>
    </message>
    <message>
        <source>this week, still going</source>
        <translation>diese Woche, läuft noch</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Core sessions</source>
        <translation>Core-Einheiten</translation>
    </message>
    <message>
        <source>Against the target of {low} to {high}</source>
        <translation>Gegenüber dem Ziel von {low} bis {high}</translation>
    </message>
    <message>
        <source>One row per week with a timed hold: the longest hold of each exercise.</source>
        <translation>Eine Zeile pro Woche mit gemessener Haltezeit: die längste Haltezeit jeder Übung.</translation>
    </message>
    <message>
        <source>Days sore</source>
        <translation>Tage mit Beschwerden</translation>
    </message>
    <message>
        <source>One row per week and region with soreness.</source>
        <translation>Eine Zeile pro Woche und Körperregion mit Beschwerden.</translation>
    </message>
    <message>
        <source>Easy pace (min/{unit})</source>
        <translation>Pace locker (min/{unit})</translation>
    </message>
    <message>
        <source>Easy runs</source>
        <translation>Lockere Läufe</translation>
    </message>
    <message>
        <source>One row per week with easy runs.</source>
        <translation>Eine Zeile pro Woche mit lockeren Läufen.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Last 7 days (effort × min)</source>
        <translation>Letzte 7 Tage (Anstrengung × min)</translation>
    </message>
    <message>
        <source>Average week of the last 28</source>
        <translation>Durchschnittswoche der letzten 28</translation>
    </message>
    <message>
        <source>One row per day with load.</source>
        <translation>Eine Zeile pro Tag mit Belastung.</translation>
    </message>
    <message>
        <source>Last 7 days (TRIMP)</source>
        <translation>Letzte 7 Tage (TRIMP)</translation>
    </message>
    <message>
        <source>One row per day with heart-rate load.</source>
        <translation>Eine Zeile pro Tag mit Herzfrequenz-Belastung.</translation>
    </message>
    <message>
        <source>{band}; fewer than 4 weeks logged before it</source>
        <translation>{band}; weniger als 4 Wochen davor eingetragen</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>One row per day with a ratio.</source>
        <translation>Eine Zeile pro Tag mit einem Verhältnis.</translation>
    </message>
    <message>
        <source>Run deleted</source>
        <translation>Lauf gelöscht</translation>
    </message>
    <message>
        <source>Core session deleted</source>
        <translation>Core-Einheit gelöscht</translation>
    </message>
    <message>
        <source>Soreness entry deleted</source>
        <translation>Beschwerde-Eintrag gelöscht</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <source>Delete core session</source>
        <translation>Core-Einheit löschen</translation>
    </message>
    <message>
        <source>Delete soreness entry</source>
        <translation>Beschwerde-Eintrag löschen</translation>
    </message>
    <message>
        <source>mild</source>
        <comment>soreness</comment>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <comment>soreness</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <source>severe</source>
        <comment>soreness</comment>
        <translation>stark</translation>
    </message>
    <message>
        <source>{severity}/10</source>
        <translation>{severity}/10</translation>
    </message>
    <message>
        <source>{severity}/10, {band}</source>
        <translation>{severity}/10, {band}</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>abgeklungen</translation>
    </message>
    <message>
        <source>open</source>
        <comment>soreness</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>5K</source>
        <translation>5 km</translation>
    </message>
    <message>
        <source>10K</source>
        <translation>10 km</translation>
    </message>
    <message>
        <source>half marathon</source>
        <translation>Halbmarathon</translation>
    </message>
    <message>
        <source>marathon</source>
        <translation>Marathon</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln weiterer</numerusform>
            <numerusform>%Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
    <message>
        <source>low (below 0.8): lighter than usual</source>
        <translation>niedrig (unter 0,8): leichter als üblich</translation>
    </message>
    <message>
        <source>steady (0.8 to 1.3)</source>
        <translation>gleichmäßig (0,8 bis 1,3)</translation>
    </message>
    <message>
        <source>rising (1.3 to 1.5)</source>
        <translation>steigend (1,3 bis 1,5)</translation>
    </message>
    <message>
        <source>a spike (above 1.5)</source>
        <translation>eine Spitze (über 1,5)</translation>
    </message>
    <message>
        <source>Point at the chart for exact values.</source>
        <translation>Zeig auf das Diagramm für genaue Werte.</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Noch nichts zu zeigen.</translation>
    </message>
    <message>
        <source>{title} chart</source>
        <translation>Diagramm {title}</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Woche ab {day}</translation>
    </message>
    <message>
        <source>{table}: columns</source>
        <translation>{table}: Spalten</translation>
    </message>
    <message>
        <source>{table}: rows</source>
        <translation>{table}: Zeilen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show {chart} as a table</source>
        <translation>{chart} als Tabelle zeigen</translation>
    </message>
    <message>
        <source>{chart}: show the numbers as a table (Space); again for the chart</source>
        <translation>{chart}: die Zahlen als Tabelle zeigen (Leertaste); nochmals für das Diagramm</translation>
    </message>
    <message>
        <source>Shows the chart's numbers in a table in place of the chart, and back.</source>
        <translation>Zeigt die Zahlen des Diagramms als Tabelle an seiner Stelle, und zurück.</translation>
    </message>
    <message>
        <source>{chart}: table</source>
        <translation>{chart}: Tabelle</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Show {chart} as a chart</source>
        <translation>{chart} als Diagramm zeigen</translation>
    </message>
    <message>
        <source>Ta&amp;bles</source>
        <translation>Tab&amp;ellen</translation>
    </message>
    <message>
        <source>Show every chart as a table</source>
        <translation>Alle Diagramme als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Every chart's numbers as a table (Alt+B); again for the charts</source>
        <translation>Die Zahlen aller Diagramme als Tabellen (Alt+E); nochmals für die Diagramme</translation>
    </message>
    <message>
        <source>&amp;12 weeks</source>
        <translation>&amp;12 Wochen</translation>
    </message>
    <message>
        <source>Show 12 weeks</source>
        <translation>12 Wochen zeigen</translation>
    </message>
    <message>
        <source>Charts and insights for 12 weeks (Alt+1)</source>
        <translation>Diagramme und Erkenntnisse für 12 Wochen (Alt+1)</translation>
    </message>
    <message>
        <source>&amp;6 months</source>
        <translation>&amp;6 Monate</translation>
    </message>
    <message>
        <source>Show 6 months</source>
        <translation>6 Monate zeigen</translation>
    </message>
    <message>
        <source>Charts and insights for 6 months (Alt+6)</source>
        <translation>Diagramme und Erkenntnisse für 6 Monate (Alt+6)</translation>
    </message>
    <message>
        <source>1 &amp;year</source>
        <translation>1 &amp;Jahr</translation>
    </message>
    <message>
        <source>Show 1 year</source>
        <translation>1 Jahr zeigen</translation>
    </message>
    <message>
        <source>Charts and insights for 1 year (Alt+Y)</source>
        <translation>Diagramme und Erkenntnisse für 1 Jahr (Alt+J)</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alles</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Charts and insights for all (Alt+A)</source>
        <translation>Diagramme und Erkenntnisse für alles (Alt+A)</translation>
    </message>
    <message>
        <source>GOOD</source>
        <comment>insight tone</comment>
        <translation>GUT</translation>
    </message>
    <message>
        <source>WATCH</source>
        <comment>insight tone</comment>
        <translation>ACHTUNG</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>The charts</source>
        <translation>Die Diagramme</translation>
    </message>
    <message>
        <source>What your history says</source>
        <translation>Was dein Verlauf zeigt</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>resting {rest}, maximum {max} beats a minute, Banister's men's weighting</source>
        <translation>Ruhe {rest}, maximal {max} Schläge pro Minute, Banisters Gewichtung für Männer</translation>
    </message>
    <message>
        <source>resting {rest}, maximum {max} beats a minute, Banister's women's weighting</source>
        <translation>Ruhe {rest}, maximal {max} Schläge pro Minute, Banisters Gewichtung für Frauen</translation>
    </message>
    <message>
        <source>Heart-rate load (TRIMP)</source>
        <translation>Herzfrequenz-Belastung (TRIMP)</translation>
    </message>
    <message>
        <source>Banister's TRIMP: minutes × how much of your heart-rate reserve a run used, weighted. The last 7 days (solid) against an average week of the last 28 (dashed). Only runs whose file recorded heart rate count; core sessions and typed runs are in the effort load above.</source>
        <translation>Banisters TRIMP: Minuten × wie viel deiner Herzfrequenzreserve ein Lauf genutzt hat, gewichtet. Die letzten 7 Tage (durchgezogen) gegenüber einer durchschnittlichen Woche der letzten 28 (gestrichelt). Nur Läufe, deren Datei die Herzfrequenz aufgezeichnet hat, zählen; Core-Einheiten und eingetippte Läufe stehen in der Anstrengungs-Belastung oben.</translation>
    </message>
    <message>
        <source>No runs with heart rate in this range. Import runs from a watch or app (File &gt; Import Activities…) and their heart-rate load shows here.</source>
        <translation>Keine Läufe mit Herzfrequenz in diesem Zeitraum. Importiere Läufe von einer Uhr oder App (Datei &gt; Aktivitäten importieren…), dann erscheint hier ihre Herzfrequenz-Belastung.</translation>
    </message>
    <message>
        <source>{explanation} Heart rates from Settings: {profile}.</source>
        <translation>{explanation} Herzfrequenzen aus den Einstellungen: {profile}.</translation>
    </message>
    <message>
        <source>{day}: heart-rate load (TRIMP) of the last 7 days {acute}, an average week of the last 4: {chronic}.</source>
        <translation>{day}: Herzfrequenz-Belastung (TRIMP) der letzten 7 Tage {acute}, eine durchschnittliche Woche der letzten 4: {chronic}.</translation>
    </message>
    <message>
        <source>Easy run pace</source>
        <translation>Pace lockerer Läufe</translation>
    </message>
    <message>
        <source>Each dot is an easy run; the line is each week's pace. Faster is higher.</source>
        <translation>Jeder Punkt ist ein lockerer Lauf; die Linie ist die Pace jeder Woche. Schneller ist höher.</translation>
    </message>
    <message>
        <source>No easy runs in this range yet: their pace shows here as it improves.</source>
        <translation>Noch keine lockeren Läufe in diesem Zeitraum: Hier zeigt sich, wie ihre Pace besser wird.</translation>
    </message>
    <message>
        <source>The line is each week's easy-run pace. Faster is higher.</source>
        <translation>Die Linie ist die Pace der lockeren Läufe jeder Woche. Schneller ist höher.</translation>
    </message>
    <message>
        <source>{week}: easy pace {pace}</source>
        <translation>{week}: Pace locker {pace}</translation>
    </message>
    <message>
        <source>{week}: no easy runs</source>
        <translation>{week}: keine lockeren Läufe</translation>
    </message>
    <message>
        <source>{text}. Run of {day}: {pace} over {distance}</source>
        <translation>{text}. Lauf vom {day}: {pace} über {distance}</translation>
    </message>
    <message>
        <source>{text}.</source>
        <comment>end of a sentence</comment>
        <translation>{text}.</translation>
    </message>
    <message>
        <source>Training load (session effort)</source>
        <translation>Trainingsbelastung (Anstrengung der Einheiten)</translation>
    </message>
    <message>
        <source>Effort × minutes of runs and core sessions: the last 7 days (solid) against an average week of the last 28 (dashed). Heart rate plays no part in it.</source>
        <translation>Anstrengung × Minuten von Läufen und Core-Einheiten: die letzten 7 Tage (durchgezogen) gegenüber einer durchschnittlichen Woche der letzten 28 (gestrichelt). Die Herzfrequenz spielt dabei keine Rolle.</translation>
    </message>
    <message>
        <source>No runs or core sessions in this range yet: their load shows here.</source>
        <translation>Noch keine Läufe oder Core-Einheiten in diesem Zeitraum: Hier erscheint ihre Belastung.</translation>
    </message>
    <message>
        <source>effort × min</source>
        <translation>Anstrengung × min</translation>
    </message>
    <message>
        <source>{day}: the last 7 days {acute}, an average week of the last 4: {chronic} (effort × minutes).</source>
        <translation>{day}: die letzten 7 Tage {acute}, eine durchschnittliche Woche der letzten 4: {chronic} (Anstrengung × Minuten).</translation>
    </message>
    <message>
        <source>Acute:chronic load ratio</source>
        <translation>Belastungsverhältnis akut:chronisch</translation>
    </message>
    <message>
        <source>The last 7 days' load over an average week of the last 28. About 0.8 to 1.3 is steady (the green band); above 1.5 is a spike (the red band). A grey dotted line: fewer than 4 weeks logged.</source>
        <translation>Die Belastung der letzten 7 Tage geteilt durch eine durchschnittliche Woche der letzten 28. Etwa 0,8 bis 1,3 ist gleichmäßig (der grüne Bereich); über 1,5 ist eine Spitze (der rote Bereich). Eine graue gepunktete Linie: weniger als 4 Wochen eingetragen.</translation>
    </message>
    <message>
        <source>No runs or core sessions in this range yet: the load ratio needs some.</source>
        <translation>Noch keine Läufe oder Core-Einheiten in diesem Zeitraum: Das Belastungsverhältnis braucht welche.</translation>
    </message>
    <message>
        <source>steady</source>
        <comment>load band</comment>
        <translation>gleichmäßig</translation>
    </message>
    <message>
        <source>spike</source>
        <comment>load band</comment>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>ratio</source>
        <comment>axis</comment>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>{day}: no training in the 4 weeks before, so no ratio.</source>
        <translation>{day}: kein Training in den 4 Wochen davor, daher kein Verhältnis.</translation>
    </message>
    <message>
        <source>{day}: ratio {ratio}, {band}; fewer than 4 weeks logged before it, so it reads high.</source>
        <translation>{day}: Verhältnis {ratio}, {band}; weniger als 4 Wochen davor eingetragen, daher wirkt es hoch.</translation>
    </message>
    <message>
        <source>{day}: ratio {ratio}, {band}.</source>
        <translation>{day}: Verhältnis {ratio}, {band}.</translation>
    </message>
    <message>
        <source>Weekly distance</source>
        <translation>Wochendistanz</translation>
    </message>
    <message>
        <source>Each bar is a week. Bars marked ▲ rose more than 10 percent over the week before.</source>
        <translation>Jeder Balken ist eine Woche. Mit ▲ markierte Balken lagen mehr als 10 Prozent über der Woche davor.</translation>
    </message>
    <message>
        <source>No runs in this range yet: the distance you run shows here, week by week.</source>
        <translation>Noch keine Läufe in diesem Zeitraum: Hier erscheint deine gelaufene Distanz, Woche für Woche.</translation>
    </message>
    <message numerus="yes">
        <source>Each bar is a week. ▲ and orange mark the %Ln weeks that rose more than 10 percent over the week before (the latest: week of {day}, +{percent}%); the documents advise raising weekly distance by no more than that {citation}.</source>
        <translation><numerusform>Jeder Balken ist eine Woche. ▲ und Orange markieren die %Ln Woche, die mehr als 10 Prozent über der Woche davor lag (zuletzt: Woche ab {day}, +{percent} %); die Dokumente raten, die Wochendistanz um nicht mehr als das zu steigern {citation}.</numerusform><numerusform>Jeder Balken ist eine Woche. ▲ und Orange markieren die %Ln Wochen, die mehr als 10 Prozent über der Woche davor lagen (zuletzt: Woche ab {day}, +{percent} %); die Dokumente raten, die Wochendistanz um nicht mehr als das zu steigern {citation}.</numerusform></translation>
    </message>
    <message>
        <source>Each bar is a week. No week rose more than 10 percent over the week before, as the documents advise {citation}.</source>
        <translation>Jeder Balken ist eine Woche. Keine Woche lag mehr als 10 Prozent über der Woche davor, wie die Dokumente raten {citation}.</translation>
    </message>
    <message numerus="yes">
        <source>{week}: {distance} in %Ln runs</source>
        <translation>
            <numerusform>{week}: {distance} in %Ln Lauf</numerusform>
            <numerusform>{week}: {distance} in %Ln Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>{text}, up {percent}% on the week before</source>
        <translation>{text}, {percent} % mehr als in der Woche davor</translation>
    </message>
    <message>
        <source>{text}, down {percent}% on the week before</source>
        <translation>{text}, {percent} % weniger als in der Woche davor</translation>
    </message>
    <message>
        <source>{text} (your log began that week before, so it is not judged)</source>
        <translation>{text} (dein Log begann in der Woche davor, daher nicht bewertet)</translation>
    </message>
    <message>
        <source>{text} — more than the 10 percent rule allows</source>
        <translation>{text} — mehr, als die 10-Prozent-Regel erlaubt</translation>
    </message>
    <message>
        <source>{text}, after a week without running</source>
        <translation>{text}, nach einer Woche ohne Laufen</translation>
    </message>
    <message>
        <source>Core sessions per week</source>
        <translation>Core-Einheiten pro Woche</translation>
    </message>
    <message>
        <source>The band is the target of {low} to {high} sessions a week {citation}. Bars below it, marked ▼, are weeks that fell short; this week's bar is still filling.</source>
        <translation>Der Bereich ist das Ziel von {low} bis {high} Einheiten pro Woche {citation}. Balken darunter, mit ▼ markiert, sind Wochen, die es verfehlt haben; der Balken dieser Woche füllt sich noch.</translation>
    </message>
    <message>
        <source>No core sessions in this range yet: two or three a week is the target {citation}.</source>
        <translation>Noch keine Core-Einheiten in diesem Zeitraum: Zwei oder drei pro Woche sind das Ziel {citation}.</translation>
    </message>
    <message>
        <source>sessions</source>
        <comment>axis</comment>
        <translation>Einheiten</translation>
    </message>
    <message numerus="yes">
        <source>{week}: %Ln core sessions; before your log began or as it began, so not judged.</source>
        <translation>
            <numerusform>{week}: %Ln Core-Einheit; vor oder zu Beginn deines Logs, daher nicht bewertet.</numerusform>
            <numerusform>{week}: %Ln Core-Einheiten; vor oder zu Beginn deines Logs, daher nicht bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>below the {low}-{high} target</source>
        <translation>unter dem Ziel von {low}–{high}</translation>
    </message>
    <message>
        <source>above the target (more than the documents ask)</source>
        <translation>über dem Ziel (mehr, als die Dokumente verlangen)</translation>
    </message>
    <message numerus="yes">
        <source>{week}: %Ln core sessions, {status}.</source>
        <translation>
            <numerusform>{week}: %Ln Core-Einheit, {status}.</numerusform>
            <numerusform>{week}: %Ln Core-Einheiten, {status}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Best hold per week</source>
        <translation>Beste Haltezeit pro Woche</translation>
    </message>
    <message>
        <source>The longest hold of each week, per exercise (holds stopped early left out).</source>
        <translation>Die längste Haltezeit jeder Woche, pro Übung (vorzeitig beendete Haltezeiten ausgenommen).</translation>
    </message>
    <message>
        <source>No timed holds in this range yet: plank holds you log or time show here.</source>
        <translation>Noch keine gemessenen Haltezeiten in diesem Zeitraum: Plank-Haltezeiten, die du einträgst oder stoppst, erscheinen hier.</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>axis</comment>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>{exercise} {hold}</source>
        <translation>{exercise} {hold}</translation>
    </message>
    <message>
        <source>{week}: no timed holds.</source>
        <translation>{week}: keine gemessenen Haltezeiten.</translation>
    </message>
    <message>
        <source>{week}: best {holds}.</source>
        <translation>{week} – beste Haltezeiten: {holds}.</translation>
    </message>
    <message>
        <source>Soreness by region</source>
        <translation>Beschwerden nach Körperregion</translation>
    </message>
    <message>
        <source>Each dot is a week with soreness in that region; the bigger, the more days.</source>
        <translation>Jeder Punkt ist eine Woche mit Beschwerden in dieser Körperregion; je größer, desto mehr Tage.</translation>
    </message>
    <message>
        <source>No soreness logged in this range.</source>
        <translation>Keine Beschwerden in diesem Zeitraum eingetragen.</translation>
    </message>
    <message>
        <source>{region}, week of {day}: not sore.</source>
        <translation>{region}, Woche ab {day}: keine Beschwerden.</translation>
    </message>
    <message numerus="yes">
        <source>{region}, week of {day}: sore on %Ln days.</source>
        <translation>
            <numerusform>{region}, Woche ab {day}: Beschwerden an %Ln Tag.</numerusform>
            <numerusform>{region}, Woche ab {day}: Beschwerden an %Ln Tagen.</numerusform>
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
        <source>The language of CoreLog's windows, from its next start</source>
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