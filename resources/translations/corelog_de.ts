<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Checks</name>
    <message>
        <source>The run this was linked to has been deleted. Pick another one, or none.</source>
        <translation>Der verknüpfte Lauf wurde gelöscht. Wähle einen anderen oder keinen.</translation>
    </message>
    <message>
        <source>The core session this was linked to has been deleted. Pick another one, or none.</source>
        <translation>Die verknüpfte Core-Einheit wurde gelöscht. Wähle eine andere oder keine.</translation>
    </message>
    <message>
        <source>That was after the time you noted the soreness; pick what came before.</source>
        <translation>Das war nach dem Zeitpunkt, den du für die Beschwerden angegeben hast; wähle, was davor war.</translation>
    </message>
    <message>
        <source>That is before the entry was logged; check the date and time.</source>
        <translation>Das liegt vor dem Eintrag; prüf Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>Severity is a whole number from {low} to {high}.</source>
        <translation>Die Stärke ist eine ganze Zahl von {low} bis {high}.</translation>
    </message>
    <message>
        <source>Enter the number of whole days it has lasted, like 2.</source>
        <translation>Gib die Zahl der ganzen Tage an, die es schon anhält, zum Beispiel 2.</translation>
    </message>
    <message>
        <source>Choose how bad it is, from {low} to {high}.</source>
        <translation>Wähle, wie stark es ist, von {low} bis {high}.</translation>
    </message>
    <message>
        <source>Days can&apos;t be negative.</source>
        <translation>Tage können nicht negativ sein.</translation>
    </message>
    <message>
        <source>More than a year? Check the number of days.</source>
        <translation>Mehr als ein Jahr? Prüf die Zahl der Tage.</translation>
    </message>
    <message>
        <source>Choose where it is sore, on the body map or from the list.</source>
        <translation>Wähle, wo es schmerzt, auf der Körperkarte oder in der Liste.</translation>
    </message>
    <message>
        <source>Choose a body region from the map or the list.</source>
        <translation>Wähle eine Körperregion auf der Karte oder in der Liste.</translation>
    </message>
    <message>
        <source>Enter when you noticed it.</source>
        <translation>Gib an, wann du es bemerkt hast.</translation>
    </message>
    <message>
        <source>Choose how it feels: dull or sharp.</source>
        <translation>Wähle, wie es sich anfühlt: dumpf oder stechend.</translation>
    </message>
    <message>
        <source>Choose when it began.</source>
        <translation>Wähle, wann es begann.</translation>
    </message>
    <message>
        <source>Choose how it is changing.</source>
        <translation>Wähle, wie es sich verändert.</translation>
    </message>
    <message>
        <source>Enter when this was.</source>
        <translation>Gib an, wann das war.</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Esc</source>
        <comment>key</comment>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>key</comment>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>(CoreLog&apos;s own words)</source>
        <translation>(CoreLogs eigene Worte)</translation>
    </message>
    <message>
        <source>(source: {documents})</source>
        <translation>(Quelle: {documents})</translation>
    </message>
    <message>
        <source>(sources: {documents})</source>
        <translation>(Quellen: {documents})</translation>
    </message>
    <message>
        <source>(CoreLog&apos;s reading; rule from {documents})</source>
        <translation>(CoreLogs Einschätzung; Regel aus {documents})</translation>
    </message>
    <message>
        <source>(CoreLog&apos;s reading; rules from {documents})</source>
        <translation>(CoreLogs Einschätzung; Regeln aus {documents})</translation>
    </message>
</context>
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
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>upper-ab</source>
        <translation>obere Bauchmuskeln</translation>
    </message>
    <message>
        <source>lower-ab</source>
        <translation>untere Bauchmuskeln</translation>
    </message>
    <message>
        <source>left oblique</source>
        <translation>linke schräge Bauchmuskeln</translation>
    </message>
    <message>
        <source>right oblique</source>
        <translation>rechte schräge Bauchmuskeln</translation>
    </message>
    <message>
        <source>hip-flexor</source>
        <translation>Hüftbeuger</translation>
    </message>
    <message>
        <source>lower-back</source>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <source>glute</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>quad</source>
        <translation>Oberschenkelvorderseite</translation>
    </message>
    <message>
        <source>hamstring</source>
        <translation>Oberschenkelrückseite</translation>
    </message>
    <message>
        <source>calf</source>
        <translation>Wade</translation>
    </message>
    <message>
        <source>shin</source>
        <translation>Schienbein</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>side and rib</source>
        <translation>Flanke und Rippen</translation>
    </message>
    <message>
        <source>shoulder and arm</source>
        <translation>Schulter und Arm</translation>
    </message>
    <message>
        <source>easy run</source>
        <translation>lockerer Lauf</translation>
    </message>
    <message>
        <source>long run</source>
        <translation>langer Lauf</translation>
    </message>
    <message>
        <source>tempo run</source>
        <translation>Tempolauf</translation>
    </message>
    <message>
        <source>interval session</source>
        <translation>Intervalltraining</translation>
    </message>
    <message>
        <source>hill session</source>
        <translation>Bergtraining</translation>
    </message>
    <message>
        <source>sprint session</source>
        <translation>Sprinttraining</translation>
    </message>
    <message>
        <source>race</source>
        <translation>Wettkampf</translation>
    </message>
    <message>
        <source>5K race</source>
        <translation>5-km-Wettkampf</translation>
    </message>
    <message>
        <source>10K race</source>
        <translation>10-km-Wettkampf</translation>
    </message>
    <message>
        <source>half marathon</source>
        <translation>Halbmarathon</translation>
    </message>
    <message>
        <source>marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>no</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>one</source>
        <translation>eine</translation>
    </message>
    <message>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <source>three</source>
        <translation>drei</translation>
    </message>
    <message>
        <source>four</source>
        <translation>vier</translation>
    </message>
    <message>
        <source>five</source>
        <translation>fünf</translation>
    </message>
    <message>
        <source>six</source>
        <translation>sechs</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>sieben</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>acht</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>neun</translation>
    </message>
    <message>
        <source>ten</source>
        <translation>zehn</translation>
    </message>
    <message>
        <source>zeroth</source>
        <translation>nullte</translation>
    </message>
    <message>
        <source>first</source>
        <translation>erste</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweite</translation>
    </message>
    <message>
        <source>third</source>
        <translation>dritte</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierte</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>fünfte</translation>
    </message>
    <message>
        <source>sixth</source>
        <translation>sechste</translation>
    </message>
    <message>
        <source>seventh</source>
        <translation>siebte</translation>
    </message>
    <message>
        <source>eighth</source>
        <translation>achte</translation>
    </message>
    <message>
        <source>ninth</source>
        <translation>neunte</translation>
    </message>
    <message>
        <source>tenth</source>
        <translation>zehnte</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
    <message>
        <source>{number}th</source>
        <translation>{number}.</translation>
    </message>
    <message>
        <source>{number}st</source>
        <translation>{number}.</translation>
    </message>
    <message>
        <source>{number}nd</source>
        <translation>{number}.</translation>
    </message>
    <message>
        <source>{number}rd</source>
        <translation>{number}.</translation>
    </message>
    <message>
        <source>General information, not medical advice</source>
        <translation>Allgemeine Information, kein medizinischer Rat</translation>
    </message>
    <message>
        <source>CoreLog&apos;s reading</source>
        <translation>CoreLogs Einschätzung</translation>
    </message>
    <message>
        <source>CoreLog&apos;s guidance is general information drawn from running articles, not medical advice. If pain is severe, keeps getting worse or does not settle, see a physiotherapist or a doctor.</source>
        <translation>Die Empfehlungen von CoreLog sind allgemeine Informationen aus Artikeln über das Laufen, kein medizinischer Rat. Wenn der Schmerz stark ist, immer schlimmer wird oder nicht abklingt, geh zu einer Physiotherapeutin, einem Physiotherapeuten oder in ärztliche Behandlung.</translation>
    </message>
    <message>
        <source>You said {sign}</source>
        <translation>Du hast angegeben: {sign}</translation>
    </message>
    <message>
        <source>What loads the {region}</source>
        <translation>Was die Region belastet: {region}</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Core session</source>
        <translation>Core-Einheit</translation>
    </message>
    <message>
        <source>Upper abs</source>
        <translation>Obere Bauchmuskeln</translation>
    </message>
    <message>
        <source>Lower abs</source>
        <translation>Untere Bauchmuskeln</translation>
    </message>
    <message>
        <source>Obliques (left side)</source>
        <translation>Schräge Bauchmuskeln (links)</translation>
    </message>
    <message>
        <source>Obliques (right side)</source>
        <translation>Schräge Bauchmuskeln (rechts)</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>Hüftbeuger</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>Quads (front of thighs)</source>
        <translation>Oberschenkelvorderseite</translation>
    </message>
    <message>
        <source>Hamstrings (back of thighs)</source>
        <translation>Oberschenkelrückseite</translation>
    </message>
    <message>
        <source>Calves</source>
        <translation>Waden</translation>
    </message>
    <message>
        <source>Shins</source>
        <translation>Schienbeine</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <source>Sides and ribs</source>
        <translation>Flanken und Rippen</translation>
    </message>
    <message>
        <source>Shoulders and arms</source>
        <translation>Schultern und Arme</translation>
    </message>
    <message>
        <source>upper abs</source>
        <translation>Obere Bauchmuskeln</translation>
    </message>
    <message>
        <source>lower abs</source>
        <translation>Untere Bauchmuskeln</translation>
    </message>
    <message>
        <source>obliques (left side)</source>
        <translation>Schräge Bauchmuskeln (links)</translation>
    </message>
    <message>
        <source>obliques (right side)</source>
        <translation>Schräge Bauchmuskeln (rechts)</translation>
    </message>
    <message>
        <source>hip flexors</source>
        <translation>Hüftbeuger</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>glutes</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>quads (front of thighs)</source>
        <translation>Oberschenkelvorderseite</translation>
    </message>
    <message>
        <source>hamstrings (back of thighs)</source>
        <translation>Oberschenkelrückseite</translation>
    </message>
    <message>
        <source>calves</source>
        <translation>Waden</translation>
    </message>
    <message>
        <source>shins</source>
        <translation>Schienbeine</translation>
    </message>
    <message>
        <source>feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <source>sides and ribs</source>
        <translation>Flanken und Rippen</translation>
    </message>
    <message>
        <source>shoulders and arms</source>
        <translation>Schultern und Arme</translation>
    </message>
    <message>
        <source>The run this entry was linked to has been deleted, so it is left out.</source>
        <translation>Der Lauf, mit dem dieser Eintrag verknüpft war, wurde gelöscht und bleibt deshalb unberücksichtigt.</translation>
    </message>
    <message>
        <source>The core session this entry was linked to has been deleted, so it is left out.</source>
        <translation>Die Core-Einheit, mit der dieser Eintrag verknüpft war, wurde gelöscht und bleibt deshalb unberücksichtigt.</translation>
    </message>
    <message>
        <source>The rule behind it</source>
        <translation>Die Regel dahinter</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no region</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Open soreness (outlined): {regions}.</source>
        <translation>Offene Beschwerden (umrandet): {regions}.</translation>
    </message>
    <message>
        <source>Front and back of a body; chosen region: {region}.</source>
        <translation>Vorder- und Rückseite eines Körpers; gewählte Region: {region}.</translation>
    </message>
    <message>
        <source>Arrow keys move between regions; Enter goes on to the form.</source>
        <translation>Mit den Pfeiltasten wechselst du die Region, mit Enter geht es weiter zum Formular.</translation>
    </message>
    <message>
        <source>{table}: columns</source>
        <translation>{table}: Spalten</translation>
    </message>
    <message>
        <source>Where is it sore?</source>
        <translation>Wo schmerzt es?</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Body regions</source>
        <translation>Körperregionen</translation>
    </message>
    <message>
        <source>The front view faces you: R and L are your right and left.</source>
        <translation>Die Vorderansicht schaut dich an: R und L sind deine rechte und linke Seite.</translation>
    </message>
    <message>
        <source>Soreness entries</source>
        <translation>Beschwerde-Einträge</translation>
    </message>
    <message>
        <source>Open soreness entries</source>
        <translation>Offene Beschwerde-Einträge</translation>
    </message>
    <message>
        <source>No open soreness. Log it here when something hurts.</source>
        <translation>Keine offenen Beschwerden. Trag sie hier ein, wenn etwas schmerzt.</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a tab</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Past episodes of the region</source>
        <translation>Frühere Episoden der Region</translation>
    </message>
    <message>
        <source>Pick a region to see its past episodes.</source>
        <translation>Wähle eine Region, um ihre früheren Episoden zu sehen.</translation>
    </message>
    <message>
        <source>Region history</source>
        <translation>Verlauf der Region</translation>
    </message>
    <message>
        <source>1. Click where it is sore on the body map, or pick it from the list.&lt;br&gt;2. Say how bad it is, how it feels, when it began and which way it is going.&lt;br&gt;3. Save: CoreLog says what it most likely is, what to do today, what relieves it and how to keep it away, each tip with the document sentences it rests on (“From the documents”).</source>
        <translation>1. Klick auf der Körperkarte die Stelle an, die schmerzt, oder wähle sie in der Liste.&lt;br&gt;2. Gib an, wie stark es ist, wie es sich anfühlt, wann es begann und wohin es sich entwickelt.&lt;br&gt;3. Speichern: CoreLog sagt, was es am ehesten ist, was du heute tun solltest, was es lindert und wie du es künftig vermeidest, jeder Tipp mit den Sätzen der Dokumente, auf denen er beruht („Aus den Dokumenten“).</translation>
    </message>
    <message>
        <source>Log soreness, get guidance</source>
        <translation>Beschwerden eintragen, Empfehlungen erhalten</translation>
    </message>
    <message>
        <source>Telling soreness apart</source>
        <translation>Beschwerden unterscheiden</translation>
    </message>
    <message>
        <source>The soreness entry you are editing was changed meanwhile: the form shows it as it is now, with what you changed kept.</source>
        <translation>Der Beschwerde-Eintrag, den du bearbeitest, wurde inzwischen geändert: Das Formular zeigt ihn im aktuellen Stand, deine Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The soreness entry you were editing was deleted.</source>
        <translation>Der Beschwerde-Eintrag, den du bearbeitet hast, wurde gelöscht.</translation>
    </message>
    <message>
        <source>Soreness logged — Ctrl+Z to undo</source>
        <translation>Beschwerden eingetragen – Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Edit soreness entry</source>
        <translation>Beschwerde-Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Soreness entry saved — Ctrl+Z to undo</source>
        <translation>Beschwerde-Eintrag gespeichert – Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Log soreness</source>
        <translation>Beschwerden eintragen</translation>
    </message>
    <message>
        <source>Record how it is today</source>
        <translation>Heutigen Stand festhalten</translation>
    </message>
    <message>
        <source>Noted: {severity}/10, {trend} — Ctrl+Z to undo</source>
        <translation>Notiert: {severity}/10, {trend} – Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Mark soreness resolved</source>
        <translation>Beschwerden als abgeklungen markieren</translation>
    </message>
    <message>
        <source>Marked resolved — Ctrl+Z to undo</source>
        <translation>Als abgeklungen markiert – Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Reopen soreness entry</source>
        <translation>Beschwerde-Eintrag wieder öffnen</translation>
    </message>
    <message>
        <source>Reopened — Ctrl+Z to undo</source>
        <translation>Wieder geöffnet – Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Delete soreness entry</source>
        <translation>Beschwerde-Eintrag löschen</translation>
    </message>
    <message>
        <source>Soreness entry deleted — Ctrl+Z to undo</source>
        <translation>Beschwerde-Eintrag gelöscht – Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>How Is It Today?</source>
        <translation>Wie geht es heute?</translation>
    </message>
    <message>
        <source>Mark Soreness Resolved</source>
        <translation>Beschwerden als abgeklungen markieren</translation>
    </message>
    <message>
        <source>Edit Soreness Entry</source>
        <translation>Beschwerde-Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Delete Soreness Entry</source>
        <translation>Beschwerde-Eintrag löschen</translation>
    </message>
    <message>
        <source>{action}. {reason}</source>
        <translation>{action}. {reason}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>an entry</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Abgeklungen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>How bad now</source>
        <translation>Stärke jetzt</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>what to do today</comment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Eingetragen</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No open soreness entries.</source>
        <translation>Keine offenen Beschwerde-Einträge.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln offen</numerusform>
            <numerusform>%Ln offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open}, %Ln with warning signs</source>
        <translation>
            <numerusform>{open}, %Ln mit Warnzeichen</numerusform>
            <numerusform>{open}, %Ln mit Warnzeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>How is it today?</source>
        <translation>Wie geht es heute?</translation>
    </message>
    <message>
        <source>How bad now:</source>
        <translation>Stärke jetzt:</translation>
    </message>
    <message>
        <source>Severity now, from 0 to 10</source>
        <translation>Stärke jetzt, von 0 bis 10</translation>
    </message>
    <message>
        <source>Swelling, or tenderness that gets worse when I move</source>
        <translation>Schwellung oder Druckschmerz, der bei Bewegung zunimmt</translation>
    </message>
    <message>
        <source>Swelling or tenderness now</source>
        <translation>Jetzt Schwellung oder Druckschmerz</translation>
    </message>
    <message>
        <source>Follow-up notes</source>
        <translation>Notizen zur Nachfrage</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Notizen (optional)</translation>
    </message>
    <message>
        <source>Compared with last time, it is:</source>
        <translation>Im Vergleich zum letzten Mal ist es:</translation>
    </message>
    <message>
        <source>&amp;Better</source>
        <translation>&amp;Besser</translation>
    </message>
    <message>
        <source>Record: better</source>
        <translation>Festhalten: besser</translation>
    </message>
    <message>
        <source>About the &amp;same</source>
        <translation>Etwa &amp;gleich</translation>
    </message>
    <message>
        <source>Record: about the same</source>
        <translation>Festhalten: etwa gleich</translation>
    </message>
    <message>
        <source>&amp;Worse</source>
        <translation>&amp;Schlechter</translation>
    </message>
    <message>
        <source>Record: worse</source>
        <translation>Festhalten: schlechter</translation>
    </message>
    <message>
        <source>Cancel the follow-up</source>
        <translation>Nachfrage abbrechen</translation>
    </message>
    <message>
        <source>Soreness form</source>
        <translation>Beschwerde-Formular</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Wo:</translation>
    </message>
    <message>
        <source>When you noticed it</source>
        <translation>Wann du es bemerkt hast</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>How bad:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>Feel</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>How it feels:</source>
        <translation>Gefühl:</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Began:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>which way it is going</comment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Swelling or tenderness</source>
        <translation>Schwellung oder Druckschmerz</translation>
    </message>
    <message>
        <source>Days it has lasted</source>
        <translation>Tage, die es schon anhält</translation>
    </message>
    <message>
        <source>days (0 if it began today)</source>
        <translation>Tage (0, wenn es heute begann)</translation>
    </message>
    <message>
        <source>Lasted:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Before it:</source>
        <translation>Davor:</translation>
    </message>
    <message>
        <source>Anything else worth remembering (optional)</source>
        <translation>Was du dir sonst merken willst (optional)</translation>
    </message>
    <message>
        <source>Save soreness entry</source>
        <translation>Beschwerde-Eintrag speichern</translation>
    </message>
    <message>
        <source>Pick it on the body map or in the list of regions.</source>
        <translation>Wähle sie auf der Körperkarte oder in der Liste der Regionen.</translation>
    </message>
    <message>
        <source>{what}: {choice}</source>
        <translation>{what}: {choice}</translation>
    </message>
    <message>
        <source>Severity: {band} ({low}-{high} of 10)</source>
        <translation>Stärke: {band} ({low}–{high} von 10)</translation>
    </message>
    <message>
        <source>{band}: {low}-{high} on the 0-10 scale</source>
        <translation>{band}: {low}–{high} auf der Skala von 0 bis 10</translation>
    </message>
    <message>
        <source>Severity from 0 to 10</source>
        <translation>Stärke von 0 bis 10</translation>
    </message>
    <message>
        <source>0 no pain left, 1-3 mild, 4-6 moderate, 7-10 severe</source>
        <translation>0 kein Schmerz mehr, 1–3 leicht, 4–6 mäßig, 7–10 stark</translation>
    </message>
    <message>
        <source>Warning signs: these come first</source>
        <translation>Warnzeichen: Sie gehen vor</translation>
    </message>
    <message>
        <source>Warning sign: these come first</source>
        <translation>Warnzeichen: Es geht vor</translation>
    </message>
    <message>
        <source>What CoreLog advised while it lasted</source>
        <translation>Was CoreLog empfahl, solange es anhielt</translation>
    </message>
    <message>
        <source>What to do today</source>
        <translation>Was du heute tun solltest</translation>
    </message>
    <message>
        <source>{heading}: {action}</source>
        <translation>{heading}: {action}</translation>
    </message>
    <message>
        <source>What it most likely is</source>
        <translation>Was es am ehesten ist</translation>
    </message>
    <message>
        <source>What relieves it</source>
        <translation>Was es lindert</translation>
    </message>
    <message>
        <source>Part of today&apos;s plan</source>
        <translation>Teil des heutigen Plans</translation>
    </message>
    <message>
        <source>Can also help</source>
        <translation>Kann auch helfen</translation>
    </message>
    <message>
        <source>What can help</source>
        <translation>Was helfen kann</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not yet&lt;/b&gt; ({methods})</source>
        <translation>&lt;b&gt;Noch nicht&lt;/b&gt; ({methods})</translation>
    </message>
    <message>
        <source>What may have caused it</source>
        <translation>Was es ausgelöst haben kann</translation>
    </message>
    <message>
        <source>Nothing in your recent training stands out as a cause.</source>
        <translation>In deinem letzten Training fällt nichts als Ursache auf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Other common reasons&lt;/b&gt; (CoreLog cannot see these in your log)</source>
        <translation>&lt;b&gt;Andere häufige Gründe&lt;/b&gt; (CoreLog kann sie in deinem Log nicht sehen)</translation>
    </message>
    <message>
        <source>When it has settled: keep it away</source>
        <translation>Wenn es abgeklungen ist: vorbeugen</translation>
    </message>
    <message>
        <source>Exercises that strengthen this area</source>
        <translation>Übungen, die diesen Bereich kräftigen</translation>
    </message>
    <message>
        <source>Habits</source>
        <translation>Gewohnheiten</translation>
    </message>
    <message>
        <source>About this region</source>
        <translation>Über diese Region</translation>
    </message>
    <message>
        <source>How it has gone</source>
        <translation>Wie es sich entwickelt hat</translation>
    </message>
    <message>
        <source>{when}: {severity}, {trend} (logged)</source>
        <translation>{when}: {severity}, {trend} (eingetragen)</translation>
    </message>
    <message>
        <source>{when}: {severity}, {trend}, swelling or tenderness</source>
        <translation>{when}: {severity}, {trend}, Schwellung oder Druckschmerz</translation>
    </message>
    <message>
        <source>{when}: {severity}, {trend}</source>
        <translation>{when}: {severity}, {trend}</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Record how it feels now (Ctrl+Shift+H)</source>
        <translation>Festhalten, wie es sich jetzt anfühlt (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>button</comment>
        <translation>Abgeklungen</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Als abgeklungen markieren</translation>
    </message>
    <message>
        <source>The soreness has gone: close this entry</source>
        <translation>Die Beschwerden sind weg: Eintrag schließen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>It is back: open this entry again</source>
        <translation>Es ist zurück: Eintrag wieder öffnen</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>{region}: {severity}</source>
        <translation>{region}: {severity}</translation>
    </message>
    <message>
        <source>Logged {when} · open, {lasted}</source>
        <translation>Eingetragen {when} · offen, {lasted}</translation>
    </message>
    <message>
        <source>Logged {when} · resolved {day} after {lasted}</source>
        <translation>Eingetragen {when} · abgeklungen {day}, Dauer: {lasted}</translation>
    </message>
    <message>
        <source>After: {what}</source>
        <translation>Nach: {what}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups</source>
        <translation>
            <numerusform>%Ln Nachfrage</numerusform>
            <numerusform>%Ln Nachfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in particular</source>
        <translation>Nichts Bestimmtes</translation>
    </message>
    <message>
        <source>The run or core session before it</source>
        <translation>Der Lauf oder die Core-Einheit davor</translation>
    </message>
    <message>
        <source>No run or core session in the 72 hours before this.</source>
        <translation>Kein Lauf und keine Core-Einheit in den 72 Stunden davor.</translation>
    </message>
    <message>
        <source>CoreLog proposes your latest run or core session of the past 72 hours.</source>
        <translation>CoreLog schlägt deinen letzten Lauf oder deine letzte Core-Einheit der vergangenen 72 Stunden vor.</translation>
    </message>
    <message>
        <source>How to log soreness</source>
        <translation>So trägst du Beschwerden ein</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <source>Log soreness…</source>
        <translation>Beschwerden eintragen…</translation>
    </message>
    <message>
        <source>Log where it is sore and get guidance (Ctrl+Shift+S)</source>
        <translation>Eintragen, wo es schmerzt, und Empfehlungen erhalten (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Recovery page</source>
        <translation>Seite Erholung</translation>
    </message>
    <message>
        <source>Open ({count})</source>
        <translation>Offen ({count})</translation>
    </message>
    <message>
        <source>{region}: no episodes logged yet.</source>
        <translation>{region}: noch keine Episoden eingetragen.</translation>
    </message>
    <message numerus="yes">
        <source>{region}: %Ln episodes, newest first.</source>
        <translation>
            <numerusform>{region}: %Ln Episode, neueste zuerst.</numerusform>
            <numerusform>{region}: %Ln Episoden, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the documents</source>
        <translation>Aus den Dokumenten</translation>
    </message>
    <message>
        <source>from the documents, in English</source>
        <translation>aus den Dokumenten, auf Englisch</translation>
    </message>
    <message>
        <source>Resting on the document&apos;s rule:</source>
        <translation>Beruht auf der Regel des Dokuments:</translation>
    </message>
    <message>
        <source>CoreLog&apos;s reading, resting on the document&apos;s rule:</source>
        <translation>CoreLogs Einschätzung, beruht auf der Regel des Dokuments:</translation>
    </message>
    <message>
        <source>CoreLog&apos;s own words, not a document&apos;s.</source>
        <translation>CoreLogs eigene Worte, nicht die eines Dokuments.</translation>
    </message>
    <message>
        <source>From the documents: {card}</source>
        <translation>Aus den Dokumenten: {card}</translation>
    </message>
    <message>
        <source>Show the sentences of the documents these lines rest on</source>
        <translation>Die Sätze der Dokumente zeigen, auf denen diese Zeilen beruhen</translation>
    </message>
    <message>
        <source>there is swelling or tenderness that gets worse with movement, {days} days in</source>
        <translation>es gibt eine Schwellung oder einen Druckschmerz, der bei Bewegung zunimmt, seit {days} Tagen</translation>
    </message>
    <message>
        <source>there is swelling or tenderness that gets worse with movement</source>
        <translation>es gibt eine Schwellung oder einen Druckschmerz, der bei Bewegung zunimmt</translation>
    </message>
    <message>
        <source>the pain is sharp or localised</source>
        <translation>der Schmerz ist stechend oder punktuell</translation>
    </message>
    <message>
        <source>it is getting worse</source>
        <translation>es wird schlimmer</translation>
    </message>
    <message>
        <source>it has lasted {days} days ({lasting} or more)</source>
        <translation>es hält seit {days} Tagen an ({lasting} oder mehr)</translation>
    </message>
    <message>
        <source>sharp, localised pain points to a possible strain</source>
        <translation>stechender, punktueller Schmerz deutet auf eine mögliche Zerrung hin</translation>
    </message>
    <message>
        <source>swelling or tenderness that grows with movement points to a possible strain</source>
        <translation>eine Schwellung oder ein Druckschmerz, der bei Bewegung zunimmt, deutet auf eine mögliche Zerrung hin</translation>
    </message>
    <message>
        <source>soreness that gets worse instead of easing may be a strain</source>
        <translation>Beschwerden, die schlimmer werden statt nachzulassen, können eine Zerrung sein</translation>
    </message>
    <message>
        <source>pain that started mid-run and is not easing may be a mild strain</source>
        <translation>Schmerz, der mitten im Lauf begann und nicht nachlässt, kann eine leichte Zerrung sein</translation>
    </message>
    <message>
        <source>back for the {ordinal} time in three weeks, this looks like overuse soreness, which builds up over frequent runs</source>
        <translation>schon die {ordinal} Episode in drei Wochen: Das sieht nach Überlastungsbeschwerden aus, die sich über häufige Läufe aufbauen</translation>
    </message>
    <message>
        <source>after {days} days, longer than normal soreness lasts, this looks like overuse soreness</source>
        <translation>nach {days} Tagen, länger als normale Beschwerden anhalten, sieht das nach Überlastungsbeschwerden aus</translation>
    </message>
    <message>
        <source>this looks like normal delayed soreness (DOMS)</source>
        <translation>das sieht nach normalem verzögertem Muskelkater (DOMS) aus</translation>
    </message>
    <message>
        <source>this looks like normal post-run soreness</source>
        <translation>das sieht nach normalem Muskelkater nach dem Laufen aus</translation>
    </message>
    <message>
        <source>Warning signs come first: {signs}. Soreness that lasts or gets worse is worth having checked; do not train through it.</source>
        <translation>Warnzeichen gehen vor: {signs}. Beschwerden, die anhalten oder schlimmer werden, solltest du abklären lassen; trainier nicht trotzdem weiter.</translation>
    </message>
    <message>
        <source>Warning signs come first: {signs}. Swelling that has not settled after the days of rest is worth having checked; do not train through it.</source>
        <translation>Warnzeichen gehen vor: {signs}. Eine Schwellung, die nach den Ruhetagen nicht abgeklungen ist, solltest du abklären lassen; trainier nicht trotzdem weiter.</translation>
    </message>
    <message>
        <source>Warning signs come first: {signs}. This is not soreness to train through.</source>
        <translation>Warnzeichen gehen vor: {signs}. Mit diesen Beschwerden solltest du nicht weitertrainieren.</translation>
    </message>
    <message>
        <source>No pain left and no warning signs: ease back in with an easy run before any hard session.</source>
        <translation>Kein Schmerz mehr und keine Warnzeichen: Steig mit einem lockeren Lauf wieder ein, bevor du hart trainierst.</translation>
    </message>
    <message>
        <source>Severe soreness ({severity}/10): rest for 48-72 hours and train again once the pain has faded.</source>
        <translation>Starke Beschwerden ({severity}/10): Ruh dich 48–72 Stunden aus und trainier wieder, wenn der Schmerz abgeklungen ist.</translation>
    </message>
    <message>
        <source>Moderate soreness ({severity}/10): make today an active recovery day rather than a run.</source>
        <translation>Mäßige Beschwerden ({severity}/10): Mach heute einen aktiven Erholungstag statt eines Laufs.</translation>
    </message>
    <message>
        <source>Only mild ({severity}/10), but it may be a strain: do not run through it; make today an active recovery day.</source>
        <translation>Nur leicht ({severity}/10), aber es kann eine Zerrung sein: Lauf nicht trotzdem; mach heute einen aktiven Erholungstag.</translation>
    </message>
    <message>
        <source>Only mild ({severity}/10), but it keeps coming back: give it an active recovery day instead of another run.</source>
        <translation>Nur leicht ({severity}/10), aber es kommt immer wieder: Gönn dir einen aktiven Erholungstag statt eines weiteren Laufs.</translation>
    </message>
    <message>
        <source>Mild soreness ({severity}/10) and no warning signs: an easy run is fine, or cycle or swim instead.</source>
        <translation>Leichte Beschwerden ({severity}/10) und keine Warnzeichen: Ein lockerer Lauf ist in Ordnung, oder fahr Rad oder schwimm stattdessen.</translation>
    </message>
    <message>
        <source>Dull or tight</source>
        <translation>Dumpf oder verspannt</translation>
    </message>
    <message>
        <source>Sharp or localised</source>
        <translation>Stechend oder punktuell</translation>
    </message>
    <message>
        <source>easing as you move</source>
        <translation>lässt bei Bewegung nach</translation>
    </message>
    <message>
        <source>not changing</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>began during your {run}</source>
        <translation>begann während deines Trainings ({run})</translation>
    </message>
    <message>
        <source>began within hours of your {run}</source>
        <translation>begann wenige Stunden nach deinem Training ({run})</translation>
    </message>
    <message>
        <source>began a day or two after your {run}</source>
        <translation>begann ein, zwei Tage nach deinem Training ({run})</translation>
    </message>
    <message>
        <source>began during your core session</source>
        <translation>begann während deiner Core-Einheit</translation>
    </message>
    <message>
        <source>began within hours of your core session</source>
        <translation>begann wenige Stunden nach deiner Core-Einheit</translation>
    </message>
    <message>
        <source>began a day or two after your core session</source>
        <translation>begann ein, zwei Tage nach deiner Core-Einheit</translation>
    </message>
    <message>
        <source>began while training</source>
        <translation>begann beim Training</translation>
    </message>
    <message>
        <source>began within hours of training</source>
        <translation>begann wenige Stunden nach dem Training</translation>
    </message>
    <message>
        <source>began a day or two after training</source>
        <translation>begann ein, zwei Tage nach dem Training</translation>
    </message>
    <message>
        <source>{feel}, {onset}, {trend}, with swelling or tenderness: {conclusion}.</source>
        <translation>{feel}, {onset}, {trend}, mit Schwellung oder Druckschmerz: {conclusion}.</translation>
    </message>
    <message>
        <source>{feel}, {onset}, {trend}: {conclusion}.</source>
        <translation>{feel}, {onset}, {trend}: {conclusion}.</translation>
    </message>
    <message>
        <source>During the run</source>
        <translation>Beim Laufen</translation>
    </message>
    <message>
        <source>Within hours</source>
        <translation>Nach wenigen Stunden</translation>
    </message>
    <message>
        <source>24–48 h later</source>
        <translation>24–48 h später</translation>
    </message>
    <message>
        <source>Easing as I move</source>
        <translation>Lässt bei Bewegung nach</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Getting worse</source>
        <translation>Wird schlimmer</translation>
    </message>
    <message>
        <source>easing</source>
        <translation>lässt nach</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>getting worse</source>
        <translation>wird schlimmer</translation>
    </message>
    <message>
        <source>No pain left</source>
        <translation>Kein Schmerz mehr</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>no pain left</source>
        <translation>kein Schmerz mehr</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>GO EASY</source>
        <translation>LOCKER</translation>
    </message>
    <message>
        <source>RECOVER</source>
        <translation>ERHOLEN</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>RUHE</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOPP</translation>
    </message>
    <message>
        <source>PHYSIO</source>
        <translation>PHYSIO</translation>
    </message>
    <message>
        <source>{severity}/10, {band}</source>
        <translation>{severity}/10, {band}</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>began today</source>
        <translation>seit heute</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted run ({when})</source>
        <translation>Gelöschter Lauf ({when})</translation>
    </message>
    <message>
        <source>Deleted core session ({when})</source>
        <translation>Gelöschte Core-Einheit ({when})</translation>
    </message>
    <message>
        <source>{when} · {what} · {distance}</source>
        <translation>{when} · {what} · {distance}</translation>
    </message>
    <message>
        <source>{when} · Core session</source>
        <translation>{when} · Core-Einheit</translation>
    </message>
    <message numerus="yes">
        <source>{when} · Core session · %Ln sets</source>
        <translation>
            <numerusform>{when} · Core-Einheit · %Ln Satz</numerusform>
            <numerusform>{when} · Core-Einheit · %Ln Sätze</numerusform>
        </translation>
    </message>
    <message>
        <source>You ran {percent} percent more distance in the last 7 days than in the 7 days before, past the {rule} percent rule.</source>
        <translation>Du bist in den letzten 7 Tagen {percent} Prozent mehr Distanz gelaufen als in den 7 Tagen davor, mehr als die {rule}-Prozent-Regel erlaubt.</translation>
    </message>
    <message>
        <source>Your recent {run} was the first in at least six weeks; the extra demand on stability is new to your body.</source>
        <translation>Dein letztes Training ({run}) war das erste seiner Art seit mindestens sechs Wochen; die zusätzliche Anforderung an die Stabilität ist neu für deinen Körper.</translation>
    </message>
    <message>
        <source>Your {run} in the 72 hours before this kept your core working for a long time.</source>
        <translation>Dein Training ({run}) in den 72 Stunden davor hat deinen Rumpf lange arbeiten lassen.</translation>
    </message>
    <message>
        <source>Your recent {run} was {percent} percent longer than your usual run over the past six weeks.</source>
        <translation>Dein letztes Training ({run}) war {percent} Prozent länger als dein üblicher Lauf der vergangenen sechs Wochen.</translation>
    </message>
    <message>
        <source>No core session is logged yet.</source>
        <translation>Es ist noch keine Core-Einheit eingetragen.</translation>
    </message>
    <message>
        <source>Your last core session was {days} days ago; a weak or untrained core tires sooner.</source>
        <translation>Deine letzte Core-Einheit war vor {days} Tagen; ein schwacher oder untrainierter Rumpf ermüdet schneller.</translation>
    </message>
    <message>
        <source>This is the {ordinal} episode of {region} soreness in three weeks.</source>
        <translation>Das ist die {ordinal} Episode mit Beschwerden ({region}) in drei Wochen.</translation>
    </message>
    <message>
        <source>Your last {count} episodes of {region} soreness each followed an {run}, and so did this one.</source>
        <translation>Deine letzten {count} Episoden mit Beschwerden ({region}) folgten jeweils auf ein Training ({run}), und diese auch.</translation>
    </message>
    <message>
        <source>Your last {count} episodes of {region} soreness each followed an {run}.</source>
        <translation>Deine letzten {count} Episoden mit Beschwerden ({region}) folgten jeweils auf ein Training ({run}).</translation>
    </message>
    <message>
        <source>Your last {count} episodes of {region} soreness each followed a {run}, and so did this one.</source>
        <translation>Deine letzten {count} Episoden mit Beschwerden ({region}) folgten jeweils auf ein Training ({run}), und diese auch.</translation>
    </message>
    <message>
        <source>Your last {count} episodes of {region} soreness each followed a {run}.</source>
        <translation>Deine letzten {count} Episoden mit Beschwerden ({region}) folgten jeweils auf ein Training ({run}).</translation>
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
