<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Enter the reps as a whole number, like 12.</source>
        <translation>Gib die Wiederholungen als ganze Zahl ein, z. B. 12.</translation>
    </message>
    <message>
        <source>Enter the number of reps.</source>
        <translation>Gib die Anzahl der Wiederholungen ein.</translation>
    </message>
    <message>
        <source>Reps can&apos;t be negative.</source>
        <translation>Wiederholungen können nicht negativ sein.</translation>
    </message>
    <message>
        <source>Enter at least 1 rep.</source>
        <translation>Gib mindestens 1 Wiederholung ein.</translation>
    </message>
    <message>
        <source>More than {most} reps in one set? Check the number.</source>
        <translation>Mehr als {most} Wiederholungen in einem Satz? Prüf die Zahl.</translation>
    </message>
    <message>
        <source>Enter how long you held it. {hint}</source>
        <translation>Gib ein, wie lange du gehalten hast. {hint}</translation>
    </message>
    <message>
        <source>A hold can&apos;t be negative.</source>
        <translation>Eine Haltezeit kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The hold must be longer than zero.</source>
        <translation>Die Haltezeit muss länger als null sein.</translation>
    </message>
    <message>
        <source>A hold of more than 30 minutes? Check the time.</source>
        <translation>Mehr als 30 Minuten gehalten? Prüf die Zeit.</translation>
    </message>
    <message>
        <source>Choose an exercise.</source>
        <translation>Wähle eine Übung.</translation>
    </message>
    <message>
        <source>Choose an exercise measured in reps or by a hold.</source>
        <translation>Wähle eine Übung mit Wiederholungen oder Haltezeit.</translation>
    </message>
    <message>
        <source>Choose the left or the right side.</source>
        <translation>Wähle die linke oder die rechte Seite.</translation>
    </message>
    <message>
        <source>Enter when the session started.</source>
        <translation>Gib ein, wann die Einheit begann.</translation>
    </message>
    <message>
        <source>Add at least one set.</source>
        <translation>Füge mindestens einen Satz hinzu.</translation>
    </message>
    <message>
        <source>Give the exercise a name.</source>
        <translation>Gib der Übung einen Namen.</translation>
    </message>
    <message>
        <source>Keep the name to {most} characters or fewer.</source>
        <translation>Der Name darf höchstens {most} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>There is already an exercise called “{name}”.</source>
        <translation>Es gibt schon eine Übung namens „{name}“.</translation>
    </message>
    <message>
        <source>Choose whether it is done for reps or held for a time.</source>
        <translation>Wähle, ob sie mit Wiederholungen oder auf Zeit ausgeführt wird.</translation>
    </message>
    <message>
        <source>Enter how long the session took, like 20, 20m or 25:30, or leave it empty.</source>
        <translation>Gib ein, wie lange die Einheit dauerte, z. B. 20, 20m oder 25:30, oder lass das Feld leer.</translation>
    </message>
    <message>
        <source>Give the preset a name.</source>
        <translation>Gib der Vorlage einen Namen.</translation>
    </message>
    <message>
        <source>Enter a rest like 30, 30s or 1:00, or leave it empty for none.</source>
        <translation>Gib eine Pause wie 30, 30s oder 1:00 ein, oder lass das Feld leer für keine.</translation>
    </message>
    <message>
        <source>Enter a prep countdown like 5 or 10s, or leave it empty for none.</source>
        <translation>Gib einen Vorbereitungs-Countdown wie 5 oder 10s ein, oder lass das Feld leer für keinen.</translation>
    </message>
    <message>
        <source>Enter the number of sets, from {least} to {most}.</source>
        <translation>Gib die Anzahl der Sätze ein, von {least} bis {most}.</translation>
    </message>
    <message>
        <source>Enter the target hold. {hint}</source>
        <translation>Gib die Zielzeit ein. {hint}</translation>
    </message>
    <message>
        <source>The target must be at least 1 second.</source>
        <translation>Das Ziel muss mindestens 1 Sekunde sein.</translation>
    </message>
    <message>
        <source>The rest can&apos;t be negative.</source>
        <translation>Die Pause kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The prep countdown can&apos;t be negative.</source>
        <translation>Der Vorbereitungs-Countdown kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The rest can be at most 10 minutes.</source>
        <translation>Die Pause darf höchstens 10 Minuten dauern.</translation>
    </message>
    <message>
        <source>The prep countdown can be at most 60 seconds.</source>
        <translation>Der Vorbereitungs-Countdown darf höchstens 60 Sekunden dauern.</translation>
    </message>
    <message>
        <source>Choose the exercise to time.</source>
        <translation>Wähle die Übung, die gestoppt wird.</translation>
    </message>
    <message>
        <source>That exercise is no longer in the library; choose another.</source>
        <translation>Diese Übung ist nicht mehr in der Bibliothek; wähle eine andere.</translation>
    </message>
    <message>
        <source>{exercise} is done for reps; choose a held exercise.</source>
        <translation>„{exercise}“ wird mit Wiederholungen ausgeführt; wähle eine Halteübung.</translation>
    </message>
    <message>
        <source>Choose a countdown to the target or a hold to failure.</source>
        <translation>Wähle Herunterzählen auf das Ziel oder Halten bis zum Muskelversagen.</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Speichern (Eingabetaste)</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message numerus="yes">
        <source>%Ln reps</source>
        <translation>
            <numerusform>%Ln Wdh.</numerusform>
            <numerusform>%Ln Wdh.</numerusform>
        </translation>
    </message>
    <message>
        <source>L</source>
        <comment>left side</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>R</source>
        <comment>right side</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>{name} {count} × {amount} each side</source>
        <translation>{name} {count} × {amount} pro Seite</translation>
    </message>
    <message>
        <source>Core sessions this week: {sessions} of {least}-{most}</source>
        <translation>Core-Einheiten diese Woche: {sessions} von {least}–{most}</translation>
    </message>
    <message>
        <source>That exercise is no longer in the library.</source>
        <translation>Diese Übung ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is used by %Ln sets, so it can&apos;t be deleted. Hide it instead: it leaves the lists and its sets stay.</source>
        <translation>
            <numerusform>„{name}“ wird von %Ln Satz verwendet und kann darum nicht gelöscht werden. Blende sie stattdessen aus: Sie verschwindet aus den Listen, ihre Sätze bleiben.</numerusform>
            <numerusform>„{name}“ wird von %Ln Sätzen verwendet und kann darum nicht gelöscht werden. Blende sie stattdessen aus: Sie verschwindet aus den Listen, ihre Sätze bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is part of CoreLog&apos;s exercise library and can&apos;t be deleted. Hide it instead to take it out of the lists.</source>
        <translation>„{name}“ gehört zur Übungsbibliothek von CoreLog und kann nicht gelöscht werden. Blende sie stattdessen aus, um sie aus den Listen zu nehmen.</translation>
    </message>
    <message>
        <source>“{name}” is still used by a deleted session that Undo can bring back, so it can&apos;t be deleted yet. Hide it instead.</source>
        <translation>„{name}“ wird noch von einer gelöschten Einheit verwendet, die „Rückgängig“ zurückholen kann, und kann darum noch nicht gelöscht werden. Blende sie stattdessen aus.</translation>
    </message>
    <message>
        <source>“{name}” is used by plank timer workouts, so it can&apos;t be deleted. Hide it instead.</source>
        <translation>„{name}“ wird von Trainings im Plank-Timer verwendet und kann darum nicht gelöscht werden. Blende sie stattdessen aus.</translation>
    </message>
    <message>
        <source>“{name}” is being timed on the Plank timer page, so it can&apos;t be deleted while that workout is under way.</source>
        <translation>„{name}“ läuft gerade im Plank-Timer und kann nicht gelöscht werden, solange das Training läuft.</translation>
    </message>
    <message>
        <source>Held for a time, on each side</source>
        <translation>Auf Zeit gehalten, pro Seite</translation>
    </message>
    <message>
        <source>Held for a time</source>
        <translation>Auf Zeit gehalten</translation>
    </message>
    <message>
        <source>Done for reps, on each side</source>
        <translation>Mit Wiederholungen, pro Seite</translation>
    </message>
    <message>
        <source>Done for reps</source>
        <translation>Mit Wiederholungen</translation>
    </message>
    <message>
        <source>Trains:</source>
        <translation>Trainiert:</translation>
    </message>
    <message>
        <source>Good form:</source>
        <translation>Saubere Ausführung:</translation>
    </message>
    <message>
        <source>Dose:</source>
        <translation>Umfang:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Steigerung:</translation>
    </message>
    <message>
        <source>Timer range:</source>
        <translation>Timer-Bereich:</translation>
    </message>
    <message>
        <source>{name} ({library_name} in CoreLog&apos;s library)</source>
        <translation>{name} ({library_name} in der Bibliothek von CoreLog)</translation>
    </message>
    <message>
        <source>one of your own exercises</source>
        <translation>eine deiner eigenen Übungen</translation>
    </message>
    <message>
        <source>from an earlier library</source>
        <translation>aus einer früheren Bibliothek</translation>
    </message>
    <message>
        <source>CoreLog&apos;s documents say nothing about this exercise, so there is no advice to show. The general dose for core work is 2-3 sets with short rests {source}.</source>
        <translation>Die Dokumente von CoreLog sagen nichts über diese Übung, darum gibt es keine Empfehlung. Der allgemeine Umfang für Core-Training sind 2–3 Sätze mit kurzen Pausen {source}.</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>Its job while you run</source>
        <translation>Seine Aufgabe beim Laufen</translation>
    </message>
    <message>
        <source>When it is weak or tired</source>
        <translation>Wenn er schwach oder müde ist</translation>
    </message>
    <message>
        <source>Exercises that train it</source>
        <translation>Übungen, die ihn trainieren</translation>
    </message>
    <message>
        <source>none in the library</source>
        <translation>keine in der Bibliothek</translation>
    </message>
    <message>
        <source>Learn the core</source>
        <translation>Core verstehen</translation>
    </message>
    <message>
        <source>Your core keeps your trunk steady on every stride. These are its five main muscles, what each one does while you run, what happens when it is weak or tired, and the exercises in your library that train it. Choose an exercise to see how to do it.</source>
        <translation>Dein Core hält deinen Rumpf bei jedem Schritt stabil. Hier sind seine fünf wichtigsten Muskeln: was jeder beim Laufen tut, was passiert, wenn er schwach oder müde ist, und die Übungen deiner Bibliothek, die ihn trainieren. Wähle eine Übung, um zu sehen, wie sie geht.</translation>
    </message>
    <message>
        <source>The core muscles</source>
        <translation>Die Core-Muskeln</translation>
    </message>
    <message>
        <source>Exercises that train the {muscle}</source>
        <translation>Übungen für: {muscle}</translation>
    </message>
    <message>
        <source>Engage your core while running</source>
        <translation>Den Core beim Laufen anspannen</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Choose an exercise in the table above to see what it trains, how to keep good form, and the dose the documents give.</source>
        <translation>Wähle oben in der Tabelle eine Übung, um zu sehen, was sie trainiert, wie die Ausführung sauber bleibt und welchen Umfang die Dokumente nennen.</translation>
    </message>
    <message>
        <source>Log your sessions on the Log page (Ctrl+K).</source>
        <translation>Trage deine Einheiten auf der Seite „Eintragen“ ein (Strg+K).</translation>
    </message>
    <message>
        <source>Close Learn the core</source>
        <translation>„Core verstehen“ schließen</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Each side</source>
        <translation>Pro Seite</translation>
    </message>
    <message>
        <source>From</source>
        <comment>where an exercise comes from</comment>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>In lists</source>
        <translation>In Listen</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Übungsbibliothek</translation>
    </message>
    <message>
        <source>CoreLog&apos;s exercises come from its source documents; add your own below. Hidden exercises leave the lists you pick from, and the sets you logged stay.</source>
        <translation>Die Übungen von CoreLog stammen aus seinen Quelldokumenten; eigene fügst du unten hinzu. Ausgeblendete Übungen verschwinden aus den Auswahllisten, deine eingetragenen Sätze bleiben.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Exercise rows</source>
        <translation>Übungszeilen</translation>
    </message>
    <message>
        <source>Columns of the library</source>
        <translation>Spalten der Bibliothek</translation>
    </message>
    <message>
        <source>Choose an exercise to see what it trains.</source>
        <translation>Wähle eine Übung, um zu sehen, was sie trainiert.</translation>
    </message>
    <message>
        <source>About the chosen exercise</source>
        <translation>Über die gewählte Übung</translation>
    </message>
    <message>
        <source>Name of the chosen exercise</source>
        <translation>Name der gewählten Übung</translation>
    </message>
    <message>
        <source>A new name for the chosen exercise; Enter renames it</source>
        <translation>Ein neuer Name für die gewählte Übung; die Eingabetaste benennt sie um</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename exercise</source>
        <translation>Übung umbenennen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Hide from lists</source>
        <translation>In Listen aus&amp;blenden</translation>
    </message>
    <message>
        <source>Hide exercise</source>
        <translation>Übung ausblenden</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete exercise</source>
        <translation>Übung löschen</translation>
    </message>
    <message>
        <source>Add your own exercise</source>
        <translation>Eigene Übung hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new exercise</source>
        <translation>Name der neuen Übung</translation>
    </message>
    <message>
        <source>e.g. Superman</source>
        <translation>z. B. Superman</translation>
    </message>
    <message>
        <source>On each side</source>
        <translation>Pro Seite</translation>
    </message>
    <message>
        <source>Done on each side</source>
        <translation>Pro Seite ausgeführt</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>Close the exercise library</source>
        <translation>Übungsbibliothek schließen</translation>
    </message>
    <message>
        <source>S&amp;how in lists</source>
        <translation>In Listen ein&amp;blenden</translation>
    </message>
    <message>
        <source>Show exercise</source>
        <translation>Übung einblenden</translation>
    </message>
    <message>
        <source>Only your own exercises that no set uses can be deleted</source>
        <translation>Löschen lassen sich nur eigene Übungen, die kein Satz verwendet</translation>
    </message>
    <message>
        <source>Delete this exercise (Ctrl+Z brings it back)</source>
        <translation>Diese Übung löschen (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>Rename “{name}”</source>
        <translation>„{name}“ umbenennen</translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>„{old}“ in „{new}“ umbenannt.</translation>
    </message>
    <message>
        <source>Hide “{name}”</source>
        <translation>„{name}“ ausblenden</translation>
    </message>
    <message>
        <source>Show “{name}”</source>
        <translation>„{name}“ einblenden</translation>
    </message>
    <message>
        <source>“{name}” is hidden from the lists — Ctrl+Z to undo</source>
        <translation>„{name}“ ist aus den Listen ausgeblendet – Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>“{name}” is back in the lists.</source>
        <translation>„{name}“ ist wieder in den Listen.</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>„{name}“ löschen</translation>
    </message>
    <message>
        <source>Exercise “{name}” deleted — Ctrl+Z to undo</source>
        <translation>Übung „{name}“ gelöscht – Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Add exercise “{name}”</source>
        <translation>Übung „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>“{name}” added to your exercises.</source>
        <translation>„{name}“ zu deinen Übungen hinzugefügt.</translation>
    </message>
    <message>
        <source>The core session you were editing was deleted.</source>
        <translation>Die Core-Einheit, die du bearbeitet hast, wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>The plank timer added %Ln sets to this session; the form shows it as it is now.</source>
        <translation>
            <numerusform>Der Plank-Timer hat dieser Einheit %Ln Satz hinzugefügt; das Formular zeigt sie, wie sie jetzt ist.</numerusform>
            <numerusform>Der Plank-Timer hat dieser Einheit %Ln Sätze hinzugefügt; das Formular zeigt sie, wie sie jetzt ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>This session was changed elsewhere; the form shows it as it is now.</source>
        <translation>Diese Einheit wurde anderswo geändert; das Formular zeigt sie, wie sie jetzt ist.</translation>
    </message>
    <message numerus="yes">
        <source>The plank timer added %Ln sets to this session while you were editing it; they are in the form now, after yours.</source>
        <translation>
            <numerusform>Der Plank-Timer hat dieser Einheit %Ln Satz hinzugefügt, während du sie bearbeitet hast; er steht jetzt im Formular, nach deinen.</numerusform>
            <numerusform>Der Plank-Timer hat dieser Einheit %Ln Sätze hinzugefügt, während du sie bearbeitet hast; sie stehen jetzt im Formular, nach deinen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sets were added to this session while you were editing it; they are in the form now, after yours.</source>
        <translation>
            <numerusform>%Ln Satz wurde dieser Einheit hinzugefügt, während du sie bearbeitet hast; er steht jetzt im Formular, nach deinen.</numerusform>
            <numerusform>%Ln Sätze wurden dieser Einheit hinzugefügt, während du sie bearbeitet hast; sie stehen jetzt im Formular, nach deinen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This session was changed elsewhere since you opened it (by Undo, Redo or the plank timer). Reload it to see it as it is now; the changes typed here are dropped then.</source>
        <translation>Diese Einheit wurde anderswo geändert, seit du sie geöffnet hast (durch Rückgängig, Wiederholen oder den Plank-Timer). Lade sie neu, um sie zu sehen, wie sie jetzt ist; was du hier geändert hast, geht dann verloren.</translation>
    </message>
    <message>
        <source>The session as it is stored now.</source>
        <translation>Die Einheit, wie sie jetzt gespeichert ist.</translation>
    </message>
    <message>
        <source>Nothing to repeat yet: this will be your first session.</source>
        <translation>Noch nichts zu wiederholen: Das wird deine erste Einheit.</translation>
    </message>
    <message>
        <source>Sets copied from your session of {day}.</source>
        <translation>Sätze aus deiner Einheit übernommen ({day}).</translation>
    </message>
    <message>
        <source>New core session</source>
        <translation>Neue Core-Einheit</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Einheit speichern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Formular leeren</translation>
    </message>
    <message>
        <source>Clear the form (Esc)</source>
        <translation>Formular leeren (Esc)</translation>
    </message>
    <message>
        <source>Editing: {when}</source>
        <translation>Bearbeiten: {when}</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Leave the session as it was (Esc)</source>
        <translation>Die Einheit unverändert lassen (Esc)</translation>
    </message>
    <message>
        <source>Edit core session</source>
        <translation>Core-Einheit bearbeiten</translation>
    </message>
    <message>
        <source>Core session changed — Ctrl+Z to undo</source>
        <translation>Core-Einheit geändert – Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Log core session</source>
        <translation>Core-Einheit eintragen</translation>
    </message>
    <message numerus="yes">
        <source>Core session saved (%Ln sets).</source>
        <translation>
            <numerusform>Core-Einheit gespeichert (%Ln Satz).</numerusform>
            <numerusform>Core-Einheit gespeichert (%Ln Sätze).</numerusform>
        </translation>
    </message>
    <message>
        <source>Editing cancelled; the session is unchanged.</source>
        <translation>Bearbeiten abgebrochen; die Einheit ist unverändert.</translation>
    </message>
    <message>
        <source>Re&amp;peat last session</source>
        <translation>Letzte Einheit &amp;wiederholen</translation>
    </message>
    <message>
        <source>Repeat last session</source>
        <translation>Letzte Einheit wiederholen</translation>
    </message>
    <message>
        <source>Fill the form with the sets of your latest session (Alt+P)</source>
        <translation>Das Formular mit den Sätzen deiner letzten Einheit füllen (Alt+W)</translation>
    </message>
    <message>
        <source>Re&amp;load session</source>
        <translation>Einheit neu la&amp;den</translation>
    </message>
    <message>
        <source>Reload session</source>
        <translation>Einheit neu laden</translation>
    </message>
    <message>
        <source>Show the session as it is stored now; the changes typed here are dropped (Alt+L)</source>
        <translation>Die Einheit zeigen, wie sie jetzt gespeichert ist; was du hier geändert hast, geht verloren (Alt+D)</translation>
    </message>
    <message>
        <source>When the session started</source>
        <translation>Wann die Einheit begann</translation>
    </message>
    <message>
        <source>Effort from 1 to 10</source>
        <translation>Anstrengung von 1 bis 10</translation>
    </message>
    <message>
        <source>How hard it felt, 1 (very easy) to 10 (all out); leave at – if you&apos;d rather not say</source>
        <translation>Wie hart es sich anfühlte, 1 (sehr leicht) bis 10 (volle Kraft); lass – stehen, wenn du es nicht angeben willst</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>How long the session took, like 20 (minutes), 20m or 25:30; optional</source>
        <translation>Wie lange die Einheit dauerte, z. B. 20 (Minuten), 20m oder 25:30; optional</translation>
    </message>
    <message>
        <source>optional, e.g. 20</source>
        <translation>optional, z. B. 20</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>reps, or a hold like 45, 45s or 1:30</source>
        <translation>Wiederholungen oder Haltezeit wie 45, 45s oder 1:30</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>How it went, what to change next time (optional)</source>
        <translation>Wie es lief, was du nächstes Mal änderst (optional)</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>how long a session took</comment>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>e.g. 45 or 1:30</source>
        <translation>z. B. 45 oder 1:30</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>z. B. 12</translation>
    </message>
    <message>
        <source>e.g. 30</source>
        <translation>z. B. 30</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>z. B. 10</translation>
    </message>
    <message>
        <source>s hold</source>
        <comment>unit after a hold in seconds</comment>
        <translation>s halten</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>{name} (hidden)</source>
        <translation>{name} (ausgeblendet)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Remove set</source>
        <translation>Satz entfernen</translation>
    </message>
    <message>
        <source>Set {number} exercise</source>
        <translation>Satz {number}: Übung</translation>
    </message>
    <message>
        <source>Set {number} reps or hold</source>
        <translation>Satz {number}: Wiederholungen oder Haltezeit</translation>
    </message>
    <message>
        <source>Set {number} left side</source>
        <translation>Satz {number}: linke Seite</translation>
    </message>
    <message>
        <source>Set {number} right side</source>
        <translation>Satz {number}: rechte Seite</translation>
    </message>
    <message>
        <source>Remove set {number}</source>
        <translation>Satz {number} entfernen</translation>
    </message>
    <message>
        <source>Hold time: 45, 45s or 1:30 (a bare number is seconds)</source>
        <translation>Haltezeit: 45, 45s oder 1:30 (eine Zahl allein sind Sekunden)</translation>
    </message>
    <message>
        <source>Number of reps, like 12</source>
        <translation>Anzahl Wiederholungen, z. B. 12</translation>
    </message>
    <message>
        <source>&amp;Add set</source>
        <translation>Satz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add set</source>
        <translation>Satz hinzufügen</translation>
    </message>
    <message>
        <source>Add a set like the one above (Alt+A)</source>
        <translation>Einen Satz wie den darüber hinzufügen (Alt+H)</translation>
    </message>
    <message>
        <source>Core sessions</source>
        <translation>Core-Einheiten</translation>
    </message>
    <message>
        <source>Core sessions tab</source>
        <translation>Reiter Core-Einheiten</translation>
    </message>
    <message>
        <source>E&amp;xercise library…</source>
        <translation>Übungsbibliothe&amp;k…</translation>
    </message>
    <message>
        <source>What each exercise trains; add, rename or hide exercises (Alt+X)</source>
        <translation>Was jede Übung trainiert; Übungen hinzufügen, umbenennen oder ausblenden (Alt+K)</translation>
    </message>
    <message>
        <source>Learn the c&amp;ore…</source>
        <translation>C&amp;ore verstehen…</translation>
    </message>
    <message>
        <source>The core muscles, what they do while you run, and how to train them (Alt+O)</source>
        <translation>Die Core-Muskeln, was sie beim Laufen tun und wie du sie trainierst (Alt+O)</translation>
    </message>
    <message>
        <source>Core session form</source>
        <translation>Formular für Core-Einheiten</translation>
    </message>
    <message>
        <source>Recent core sessions</source>
        <translation>Letzte Core-Einheiten</translation>
    </message>
    <message>
        <source>Session rows</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Columns of recent sessions</source>
        <translation>Spalten der letzten Einheiten</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Letzte Einheiten</translation>
    </message>
    <message>
        <source>No core sessions yet. Log your first one on the left: two or three short sessions a week are enough to steady your stride.</source>
        <translation>Noch keine Core-Einheiten. Trage links deine erste ein: Zwei oder drei kurze Einheiten pro Woche reichen, um deinen Laufschritt zu stabilisieren.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to edit a session; Delete removes it.</source>
        <translation>Doppelklick oder Eingabetaste bearbeitet eine Einheit, Entf löscht sie.</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>Bearbe&amp;iten</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Einheit bearbeiten</translation>
    </message>
    <message>
        <source>Edit the chosen session (Enter)</source>
        <translation>Die gewählte Einheit bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <source>Delete the chosen session (Delete; Ctrl+Z brings it back)</source>
        <translation>Die gewählte Einheit löschen (Entf; Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>The latest {shown} of {total} sessions; History shows them all.</source>
        <translation>Die neuesten {shown} von {total} Einheiten; der Verlauf zeigt alle.</translation>
    </message>
    <message>
        <source>Delete core session</source>
        <translation>Core-Einheit löschen</translation>
    </message>
    <message>
        <source>Core session of {when} deleted — Ctrl+Z to undo</source>
        <translation>Core-Einheit vom {when} gelöscht – Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>More than the target this week; fine, as long as you recover well.</source>
        <translation>Diese Woche mehr als das Ziel; in Ordnung, solange du dich gut erholst.</translation>
    </message>
    <message>
        <source>On target for this week.</source>
        <translation>Wochenziel erreicht.</translation>
    </message>
    <message>
        <source>One more session reaches the target.</source>
        <translation>Noch eine Einheit bis zum Ziel.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more sessions reach the target.</source>
        <translation>
            <numerusform>Noch %Ln Einheit bis zum Ziel.</numerusform>
            <numerusform>Noch %Ln Einheiten bis zum Ziel.</numerusform>
        </translation>
    </message>
    <message>
        <source>This week: {first} to {last}.</source>
        <translation>Diese Woche: {first} bis {last}.</translation>
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
        <source>ddd d MMM yyyy  HH:mm</source>
        <translation>ddd, d. MMM yyyy  HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <translation>ddd, d. MMM, HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
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
<context>
    <name>Timer</name>
    <message>
        <source>Time a first workout to get suggestions.</source>
        <translation>Stoppe ein erstes Training, um Vorschläge zu bekommen.</translation>
    </message>
    <message>
        <source>Set a target time to get suggestions for holding longer.</source>
        <translation>Setze eine Zielzeit, um Vorschläge für längeres Halten zu bekommen.</translation>
    </message>
    <message>
        <source>Every set held at {time} twice running, the top of the range. Keep the time and make it harder, for example with light resistance.</source>
        <translation>Zweimal in Folge jeden Satz {time} gehalten, das obere Ende des Bereichs. Bleib bei der Zeit und mach die Übung schwerer, zum Beispiel mit leichtem Widerstand.</translation>
    </message>
    <message>
        <source>Every set held at {time} twice running: try {longer} next time.</source>
        <translation>Zweimal in Folge jeden Satz {time} gehalten: Versuch nächstes Mal {longer}.</translation>
    </message>
    <message>
        <source>Every set held at {time}. Do it once more and CoreLog will suggest a longer hold.</source>
        <translation>Jeden Satz {time} gehalten. Schaffst du das noch einmal, schlägt CoreLog eine längere Haltezeit vor.</translation>
    </message>
    <message>
        <source>Stay at {time} until every set is held to the end in two workouts running.</source>
        <translation>Bleib bei {time}, bis du in zwei Trainings in Folge jeden Satz bis zum Ende hältst.</translation>
    </message>
    <message>
        <source>to failure (goal {time})</source>
        <translation>bis zum Muskelversagen (Ziel {time})</translation>
    </message>
    <message>
        <source>to failure</source>
        <translation>bis zum Muskelversagen</translation>
    </message>
    <message>
        <source>{hold} each side</source>
        <translation>{hold} pro Seite</translation>
    </message>
    <message>
        <source>{name} (each side) (hidden)</source>
        <translation>{name} (pro Seite) (ausgeblendet)</translation>
    </message>
    <message>
        <source>{name} (each side)</source>
        <translation>{name} (pro Seite)</translation>
    </message>
    <message>
        <source>{name} (hidden)</source>
        <translation>{name} (ausgeblendet)</translation>
    </message>
    <message>
        <source>{least}-{most} sets on each side with short rests</source>
        <translation>{least}–{most} Sätze pro Seite mit kurzen Pausen</translation>
    </message>
    <message>
        <source>{least}-{most} sets with short rests</source>
        <translation>{least}–{most} Sätze mit kurzen Pausen</translation>
    </message>
    <message>
        <source>Starting point from the documents: {low}-{high} s holds, {dose} {cited}.</source>
        <translation>Ausgangspunkt aus den Dokumenten: {low}–{high} s Haltezeit, {dose} {cited}.</translation>
    </message>
    <message>
        <source>Starting point: the documents give no hold time for the {exercise}, so CoreLog uses the plank&apos;s {low}-{high} s; {dose} {cited}.</source>
        <translation>Ausgangspunkt: Die Dokumente nennen keine Haltezeit für „{exercise}“, darum nimmt CoreLog die {low}–{high} s der Plank; {dose} {cited}.</translation>
    </message>
    <message>
        <source>Starting point: the plank&apos;s dose from the documents, {low}-{high} s holds, {dose} {cited}.</source>
        <translation>Ausgangspunkt: der Umfang der Plank aus den Dokumenten, {low}–{high} s Haltezeit, {dose} {cited}.</translation>
    </message>
    <message>
        <source>As your last workout of it, on {day}.</source>
        <translation>Wie dein letztes Training damit ({day}).</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>a text continuing a sentence: &apos;lower&apos; its first letter or &apos;keep&apos; it</comment>
        <translation>keep</translation>
    </message>
    <message>
        <source>set {number} of {sets}</source>
        <translation>Satz {number} von {sets}</translation>
    </message>
    <message>
        <source>set {number} of {sets}, left side</source>
        <translation>Satz {number} von {sets}, linke Seite</translation>
    </message>
    <message>
        <source>set {number} of {sets}, right side</source>
        <translation>Satz {number} von {sets}, rechte Seite</translation>
    </message>
    <message>
        <source>Hold {time}, {which}</source>
        <translation>{time} halten, {which}</translation>
    </message>
    <message>
        <source>Hold to failure (goal {time}), {which}</source>
        <translation>Halten bis zum Muskelversagen (Ziel {time}), {which}</translation>
    </message>
    <message>
        <source>Hold to failure, {which}</source>
        <translation>Halten bis zum Muskelversagen, {which}</translation>
    </message>
    <message>
        <source>Prep {time}, then {hold}</source>
        <translation>In {time}: {hold}</translation>
    </message>
    <message>
        <source>Workout done</source>
        <translation>Training beendet</translation>
    </message>
    <message>
        <source>Rest {time}, then {which}</source>
        <translation>Pause {time}, dann {which}</translation>
    </message>
    <message>
        <source>Workout stopped</source>
        <translation>Training abgebrochen</translation>
    </message>
    <message>
        <source>Workout complete</source>
        <translation>Training abgeschlossen</translation>
    </message>
    <message>
        <source>Sound is unavailable on this computer: the timer runs silently.</source>
        <translation>Auf diesem Computer gibt es keinen Ton: Der Timer läuft lautlos.</translation>
    </message>
    <message>
        <source>No audio output found: the timer runs silently.</source>
        <translation>Keine Audioausgabe gefunden: Der Timer läuft lautlos.</translation>
    </message>
    <message>
        <source>Spoken cues are unavailable: no text-to-speech voice found.</source>
        <translation>Keine Sprachansagen: Es wurde keine Sprachausgabe-Stimme gefunden.</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>spoken as a hold begins</comment>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Hold, left side</source>
        <translation>Halten, linke Seite</translation>
    </message>
    <message>
        <source>Hold, right side</source>
        <translation>Halten, rechte Seite</translation>
    </message>
    <message>
        <source>Rest</source>
        <comment>spoken as a rest begins</comment>
        <translation>Pause</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seconds</source>
        <translation>
            <numerusform>%Ln Sekunde</numerusform>
            <numerusform>%Ln Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Get ready: {time}. Then hold, {which}.</source>
        <translation>Mach dich bereit: {time}. Dann halten, {which}.</translation>
    </message>
    <message>
        <source>Hold to failure, {which}. Press Space to end the hold.</source>
        <translation>Halten bis zum Muskelversagen, {which}. Drück die Leertaste, um das Halten zu beenden.</translation>
    </message>
    <message>
        <source>Hold: {time}, {which}.</source>
        <translation>Halten: {time}, {which}.</translation>
    </message>
    <message>
        <source>Rest: {time}. {done}. Next: {which}.</source>
        <translation>Pause: {time}. {done}. Als Nächstes: {which}.</translation>
    </message>
    <message>
        <source>Stopped: {done}.</source>
        <translation>Abgebrochen: {done}.</translation>
    </message>
    <message>
        <source>Done: {done}.</source>
        <translation>Fertig: {done}.</translation>
    </message>
    <message>
        <source>{time} held</source>
        <translation>{time} gehalten</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>Paused in the get ready, {where}. Press Space to go on.</source>
        <translation>Pausiert in der Vorbereitung, {where}. Drück die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Paused in the hold, {where}. Press Space to go on.</source>
        <translation>Pausiert beim Halten, {where}. Drück die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Paused in the rest, {where}. Press Space to go on.</source>
        <translation>Pausiert in der Pause, {where}. Drück die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Going on: get ready, {where}.</source>
        <translation>Weiter: Vorbereitung, {where}.</translation>
    </message>
    <message>
        <source>Going on: hold, {where}.</source>
        <translation>Weiter: Halten, {where}.</translation>
    </message>
    <message>
        <source>Going on: rest, {where}.</source>
        <translation>Weiter: Pause, {where}.</translation>
    </message>
    <message>
        <source>Space start · + / − rest ±5 s</source>
        <translation>Leertaste Start · + / − Pause ±5 s</translation>
    </message>
    <message>
        <source>Space pause · Esc stop · S skip rest · + / − rest ±5 s</source>
        <translation>Leertaste Pause · Esc Stopp · S Pause überspringen · + / − Pause ±5 s</translation>
    </message>
    <message>
        <source>Space end the hold · Esc stop · S skip rest · + / − rest ±5 s</source>
        <translation>Leertaste Halten beenden · Esc Stopp · S Pause überspringen · + / − Pause ±5 s</translation>
    </message>
    <message>
        <source>Space go on · Esc stop and save · S skip rest · + / − rest ±5 s</source>
        <translation>Leertaste weiter · Esc Stopp und speichern · S Pause überspringen · + / − Pause ±5 s</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start the workout (Space)</source>
        <translation>Training starten (Leertaste)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop now and save the holds done (Esc)</source>
        <translation>Jetzt beenden und die gehaltenen Sätze speichern (Esc)</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Pause überspringen</translation>
    </message>
    <message>
        <source>Start the next hold now (S)</source>
        <translation>Den nächsten Satz jetzt beginnen (S)</translation>
    </message>
    <message>
        <source>Five seconds less rest (−)</source>
        <translation>Fünf Sekunden weniger Pause (−)</translation>
    </message>
    <message>
        <source>Five seconds less rest</source>
        <translation>Fünf Sekunden weniger Pause</translation>
    </message>
    <message>
        <source>Five seconds more rest (+)</source>
        <translation>Fünf Sekunden mehr Pause (+)</translation>
    </message>
    <message>
        <source>Five seconds more rest</source>
        <translation>Fünf Sekunden mehr Pause</translation>
    </message>
    <message>
        <source>Plank timer: start, pause, go on</source>
        <translation>Plank-Timer: Start, Pause, weiter</translation>
    </message>
    <message>
        <source>Plank timer: stop and save</source>
        <translation>Plank-Timer: beenden und speichern</translation>
    </message>
    <message>
        <source>Plank timer: skip the rest</source>
        <translation>Plank-Timer: Pause überspringen</translation>
    </message>
    <message>
        <source>Plank timer: 5 s more rest</source>
        <translation>Plank-Timer: 5 s mehr Pause</translation>
    </message>
    <message>
        <source>Plank timer: 5 s less rest</source>
        <translation>Plank-Timer: 5 s weniger Pause</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go on where the workout was paused (Space)</source>
        <translation>Das Training dort fortsetzen, wo es pausiert wurde (Leertaste)</translation>
    </message>
    <message>
        <source>End hold</source>
        <translation>Halten beenden</translation>
    </message>
    <message>
        <source>End this hold and record the time held (Space)</source>
        <translation>Dieses Halten beenden und die Haltezeit speichern (Leertaste)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the workout (Space)</source>
        <translation>Training pausieren (Leertaste)</translation>
    </message>
    <message>
        <source>Paused: press Space to go on</source>
        <translation>Pausiert: Leertaste zum Weitermachen</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Leertaste zum Starten</translation>
    </message>
    <message>
        <source>Press Space to start again</source>
        <translation>Leertaste zum erneuten Starten</translation>
    </message>
    <message>
        <source>Plank timer display</source>
        <translation>Anzeige des Plank-Timers</translation>
    </message>
    <message>
        <source>{phase} · paused</source>
        <translation>{phase} · pausiert</translation>
    </message>
    <message>
        <source>holds done</source>
        <translation>Sätze gehalten</translation>
    </message>
    <message>
        <source>Next: {what}</source>
        <translation>Als Nächstes: {what}</translation>
    </message>
    <message>
        <source>This hold is marked interrupted: the computer slept during it.</source>
        <translation>Dieser Satz ist als unterbrochen markiert: Der Computer war währenddessen im Ruhezustand.</translation>
    </message>
    <message>
        <source>The computer slept: the workout is paused and this hold is marked interrupted. Press Space to go on.</source>
        <translation>Der Computer war im Ruhezustand: Das Training ist pausiert und dieser Satz als unterbrochen markiert. Drück die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <source>The computer slept: the workout is paused. Press Space to go on.</source>
        <translation>Der Computer war im Ruhezustand: Das Training ist pausiert. Drück die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Plank timer running</source>
        <translation>Plank-Timer läuft</translation>
    </message>
    <message>
        <source>The plank timer is running: click to go back to it</source>
        <translation>Der Plank-Timer läuft: Klick, um zu ihm zurückzukehren</translation>
    </message>
    <message>
        <source>set {number}/{sets}</source>
        <translation>Satz {number}/{sets}</translation>
    </message>
    <message>
        <source>{phase} {time} · paused · {where}</source>
        <translation>{phase} {time} · pausiert · {where}</translation>
    </message>
    <message>
        <source>{phase} {time} · {where}</source>
        <translation>{phase} {time} · {where}</translation>
    </message>
    <message>
        <source>Plank timer: {state}</source>
        <translation>Plank-Timer: {state}</translation>
    </message>
    <message>
        <source>Plank timer</source>
        <translation>Plank-Timer</translation>
    </message>
    <message>
        <source>Check the workout setup: it cannot start as it is.</source>
        <translation>Prüf die Einstellungen des Trainings: So kann es nicht starten.</translation>
    </message>
    <message>
        <source>Replace timer preset “{name}”</source>
        <translation>Timer-Vorlage „{name}“ ersetzen</translation>
    </message>
    <message>
        <source>Save timer preset “{name}”</source>
        <translation>Timer-Vorlage „{name}“ speichern</translation>
    </message>
    <message>
        <source>Preset “{name}” replaced — Ctrl+Z to undo</source>
        <translation>Vorlage „{name}“ ersetzt – Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Preset “{name}” saved — Ctrl+Z to undo</source>
        <translation>Vorlage „{name}“ gespeichert – Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Delete timer preset “{name}”</source>
        <translation>Timer-Vorlage „{name}“ löschen</translation>
    </message>
    <message>
        <source>Preset “{name}” deleted — Ctrl+Z to undo</source>
        <translation>Vorlage „{name}“ gelöscht – Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>A workout is under way</source>
        <translation>Ein Training läuft</translation>
    </message>
    <message>
        <source>The plank timer is running. Stop it and save the holds done so far?</source>
        <translation>Der Plank-Timer läuft. Beenden und die bisher gehaltenen Sätze speichern?</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Beenden und speichern</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Ohne Speichern beenden</translation>
    </message>
    <message>
        <source>Workout</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Workout setup and progress</source>
        <translation>Trainingseinstellungen und Fortschritt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Use the suggested target</source>
        <translation>Vorgeschlagenes Ziel übernehmen</translation>
    </message>
    <message>
        <source>Put the suggested target into the setup</source>
        <translation>Das vorgeschlagene Ziel in die Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>Choose an exercise to see your personal best.</source>
        <translation>Wähle eine Übung, um deine Bestleistung zu sehen.</translation>
    </message>
    <message>
        <source>none yet for {exercise}; your first timed hold sets it.</source>
        <translation>noch keine für {exercise}; dein erster gestoppter Satz setzt sie.</translation>
    </message>
    <message>
        <source>Personal best:</source>
        <translation>Bestleistung:</translation>
    </message>
    <message>
        <source>{hold} (left side), {day}</source>
        <translation>{hold} (linke Seite), {day}</translation>
    </message>
    <message>
        <source>{hold} (right side), {day}</source>
        <translation>{hold} (rechte Seite), {day}</translation>
    </message>
    <message>
        <source>{hold}, {day}</source>
        <translation>{hold}, {day}</translation>
    </message>
    <message>
        <source>Next time:</source>
        <translation>Nächstes Mal:</translation>
    </message>
    <message>
        <source>Harder variation:</source>
        <translation>Schwierigere Variante:</translation>
    </message>
    <message>
        <source>Use {time}</source>
        <translation>{time} übernehmen</translation>
    </message>
    <message>
        <source>Use the suggested target of {time}</source>
        <translation>Das vorgeschlagene Ziel von {time} übernehmen</translation>
    </message>
    <message>
        <source>Dose: {dose}</source>
        <translation>Umfang: {dose}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing saved: the hold ran longer than {limit}, more than CoreLog records.</source>
        <translation>Nichts gespeichert: Der Satz dauerte länger als {limit}, mehr als CoreLog speichert.</translation>
    </message>
    <message>
        <source>Workout stopped before any hold: nothing to save.</source>
        <translation>Training vor dem ersten Satz beendet: nichts zu speichern.</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln holds longer than {limit}.</source>
        <translation>
            <numerusform>Weggelassen: %Ln Satz länger als {limit}.</numerusform>
            <numerusform>Weggelassen: %Ln Sätze länger als {limit}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taken out of the core session again (Edit &gt; Redo puts the %Ln holds back).</source>
        <translation>
            <numerusform>Wieder aus der Core-Einheit genommen (Bearbeiten &gt; Wiederholen fügt den %Ln Satz wieder ein).</numerusform>
            <numerusform>Wieder aus der Core-Einheit genommen (Bearbeiten &gt; Wiederholen fügt die %Ln Sätze wieder ein).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %Ln holds in today&apos;s core session.</source>
        <translation>
            <numerusform>Gespeichert: %Ln Satz in der heutigen Core-Einheit.</numerusform>
            <numerusform>Gespeichert: %Ln Sätze in der heutigen Core-Einheit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save %Ln holds from the plank timer</source>
        <translation>
            <numerusform>%Ln Satz aus dem Plank-Timer speichern</numerusform>
            <numerusform>%Ln Sätze aus dem Plank-Timer speichern</numerusform>
        </translation>
    </message>
    <message>
        <source>The workout was not saved. {reason}</source>
        <translation>Das Training wurde nicht gespeichert. {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln holds to today&apos;s core session</source>
        <translation>
            <numerusform>%Ln Satz in der heutigen Core-Einheit gespeichert</numerusform>
            <numerusform>%Ln Sätze in der heutigen Core-Einheit gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln holds saved to today&apos;s core session — Ctrl+Z to undo</source>
        <translation>
            <numerusform>%Ln Satz in der heutigen Core-Einheit gespeichert – Strg+Z macht es rückgängig</numerusform>
            <numerusform>%Ln Sätze in der heutigen Core-Einheit gespeichert – Strg+Z macht es rückgängig</numerusform>
        </translation>
    </message>
    <message>
        <source>No preset: set up below</source>
        <translation>Keine Vorlage: unten einstellen</translation>
    </message>
    <message>
        <source>No presets yet</source>
        <translation>Noch keine Vorlagen</translation>
    </message>
    <message>
        <source>No held exercise to time: show one in the exercise library (Log page).</source>
        <translation>Keine Halteübung zum Stoppen: Blende eine in der Übungsbibliothek ein (Seite „Eintragen“).</translation>
    </message>
    <message>
        <source>From the preset “{name}”.</source>
        <translation>Aus der Vorlage „{name}“.</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Go&amp;al</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>T&amp;arget hold</source>
        <translation>&amp;Zielzeit</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target hold</source>
        <translation>Zielzeit</translation>
    </message>
    <message>
        <source>optional, e.g. 1:00</source>
        <translation>optional, z. B. 1:00</translation>
    </message>
    <message>
        <source>e.g. 45 or 1:30</source>
        <translation>z. B. 45 oder 1:30</translation>
    </message>
    <message>
        <source> each side</source>
        <comment>after a number of sets</comment>
        <translation> pro Seite</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>A saved workout: choosing one fills the setup</source>
        <translation>Ein gespeichertes Training: Die Auswahl füllt die Einstellungen</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the chosen preset (Ctrl+Z brings it back)</source>
        <translation>Die gewählte Vorlage löschen (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>The exercise to time (held exercises only)</source>
        <translation>Die Übung, die gestoppt wird (nur Halteübungen)</translation>
    </message>
    <message>
        <source>Like 45, 45s or 1:30 (minutes:seconds)</source>
        <translation>Z. B. 45, 45s oder 1:30 (Minuten:Sekunden)</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>How many holds (for side planks: on each side)</source>
        <translation>Wie viele Sätze (bei Seitstützen: pro Seite)</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>Like 30 or 1:00; 0 or empty for none. + and - change it by 5 s, also during a rest</source>
        <translation>Z. B. 30 oder 1:00; 0 oder leer für keine. + und - ändern sie um 5 s, auch während einer Pause</translation>
    </message>
    <message>
        <source>Prep countdown</source>
        <translation>Vorbereitungs-Countdown</translation>
    </message>
    <message>
        <source>Time to get into position before the first hold; the default is in Settings</source>
        <translation>Zeit, um vor dem ersten Satz in Position zu gehen; die Voreinstellung steht in den Einstellungen</translation>
    </message>
    <message>
        <source>seconds or m:ss</source>
        <translation>Sekunden oder m:ss</translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <translation>Ü&amp;bung</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>&amp;Sets</source>
        <translation>&amp;Sätze</translation>
    </message>
    <message>
        <source>&amp;Rest</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pre&amp;p</source>
        <translation>&amp;Vorbereitung</translation>
    </message>
    <message>
        <source>Count &amp;down to target</source>
        <translation>Auf das Ziel &amp;herunterzählen</translation>
    </message>
    <message>
        <source>Count down to a target</source>
        <translation>Auf ein Ziel herunterzählen</translation>
    </message>
    <message>
        <source>Each hold ends by itself when the target is reached</source>
        <translation>Jeder Satz endet von selbst, wenn das Ziel erreicht ist</translation>
    </message>
    <message>
        <source>Hold to fail&amp;ure</source>
        <translation>Bis zum Mus&amp;kelversagen halten</translation>
    </message>
    <message>
        <source>Hold to failure</source>
        <translation>Bis zum Muskelversagen halten</translation>
    </message>
    <message>
        <source>Count up: each hold lasts until you press Space, and the time held is recorded</source>
        <translation>Hochzählen: Jeder Satz dauert, bis du die Leertaste drückst, und die Haltezeit wird gespeichert</translation>
    </message>
    <message>
        <source>A name for this setup; leave empty to use the one shown</source>
        <translation>Ein Name für diese Einstellungen; leer lassen für den angezeigten</translation>
    </message>
    <message>
        <source>Sa&amp;ve as preset</source>
        <translation>Als Vorlage speiche&amp;rn</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Keep this setup under the name given; the same name replaces that preset (Alt+V)</source>
        <translation>Diese Einstellungen unter dem Namen speichern; derselbe Name ersetzt die Vorlage (Alt+R)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln holds done</source>
        <translation>
            <numerusform>{done} von %Ln Satz gehalten</numerusform>
            <numerusform>{done} von %Ln Sätzen gehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Set {number} of {sets}</source>
        <translation>Satz {number} von {sets}</translation>
    </message>
    <message>
        <source>Next: left side</source>
        <translation>Als Nächstes: linke Seite</translation>
    </message>
    <message>
        <source>Next: right side</source>
        <translation>Als Nächstes: rechte Seite</translation>
    </message>
    <message>
        <source>rest {time}</source>
        <translation>Pause {time}</translation>
    </message>
    <message>
        <source>Set {number}, left</source>
        <translation>Satz {number}, links</translation>
    </message>
    <message>
        <source>Set {number}, right</source>
        <translation>Satz {number}, rechts</translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation>Satz {number}</translation>
    </message>
    <message>
        <source>interrupted: the computer slept</source>
        <translation>unterbrochen: Der Computer war im Ruhezustand</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>held to failure</source>
        <translation>bis zum Muskelversagen gehalten</translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>short of {time}</source>
        <translation>unter {time}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln seconds held</source>
        <translation>
            <numerusform>%Ln Sekunde gehalten</numerusform>
            <numerusform>%Ln Sekunden gehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seconds left</source>
        <translation>
            <numerusform>noch %Ln Sekunde</numerusform>
            <numerusform>noch %Ln Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>{phase}, paused</source>
        <translation>{phase}, pausiert</translation>
    </message>
    <message>
        <source>This workout</source>
        <translation>Dieses Training</translation>
    </message>
    <message>
        <source>No hold done yet.</source>
        <translation>Noch kein Satz gehalten.</translation>
    </message>
</context>
</TS>
