<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <source>Close CoreLog</source>
        <translation>CoreLog schließen</translation>
    </message>
    <message>
        <source>{app} cannot start</source>
        <translation>{app} kann nicht starten</translation>
    </message>
    <message>
        <source>{app} cannot open {path}: {problem}.</source>
        <translation>{app} kann {path} nicht öffnen: {problem}.</translation>
    </message>
    <message>
        <source>{app} is open on {path}; close it before restoring a backup.</source>
        <translation>{app} ist mit {path} geöffnet; schließe es, bevor du eine Sicherung wiederherstellst.</translation>
    </message>
    <message>
        <source>{app} is already open on {path}; its window was brought to the front.</source>
        <translation>{app} ist mit {path} schon geöffnet; sein Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <source>{app} is already open on {path} (process {pid}); close it first.</source>
        <translation>{app} ist mit {path} schon geöffnet (Prozess {pid}); schließe es zuerst.</translation>
    </message>
    <message>
        <source>{app} is already open on {path}; close it first.</source>
        <translation>{app} ist mit {path} schon geöffnet; schließe es zuerst.</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>Nothing was half-saved: a change is saved whole or not at all, and what you typed is still where you typed it.</source>
        <translation>Nichts wurde halb gespeichert: Eine Änderung wird ganz oder gar nicht gespeichert, und was du eingegeben hast, steht noch da.</translation>
    </message>
    <message>
        <source>Your log is busy</source>
        <translation>Dein Trainingslog ist belegt</translation>
    </message>
    <message>
        <source>CoreLog could not save because the database is busy: an import may still be running, or another program has the file open. Wait a moment and save again.</source>
        <translation>CoreLog konnte nicht speichern, weil die Datenbank belegt ist: Vielleicht läuft noch ein Import, oder ein anderes Programm hat die Datei geöffnet. Warte einen Moment und speichere noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>CoreLog could not save because the disk holding your log is full. Free some space and save again.</source>
        <translation>CoreLog konnte nicht speichern, weil der Datenträger mit deinem Trainingslog voll ist. Schaffe etwas Platz und speichere noch einmal.</translation>
    </message>
    <message>
        <source>Your log could not be written</source>
        <translation>Dein Trainingslog konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>CoreLog could not save because the disk holding your log refused the write (a disk I/O error: it may be full, failing or disconnected). Free some space or check the disk, and save again.</source>
        <translation>CoreLog konnte nicht speichern, weil der Datenträger mit deinem Trainingslog das Schreiben verweigert hat (ein E/A-Fehler: Er ist vielleicht voll, defekt oder getrennt). Schaffe etwas Platz oder prüfe den Datenträger und speichere noch einmal.</translation>
    </message>
    <message>
        <source>Your log cannot be written</source>
        <translation>Dein Trainingslog ist schreibgeschützt</translation>
    </message>
    <message>
        <source>CoreLog could not save because the database file or its folder has become read-only.</source>
        <translation>CoreLog konnte nicht speichern, weil die Datenbankdatei oder ihr Ordner schreibgeschützt ist.</translation>
    </message>
    <message>
        <source>Your log could not be saved</source>
        <translation>Dein Trainingslog konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The database reported: {problem}.</source>
        <translation>Die Datenbank meldet: {problem}.</translation>
    </message>
    <message>
        <source>A file could not be used</source>
        <translation>Eine Datei konnte nicht verwendet werden</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>CoreLog ran into an unexpected problem ({problem}). The details were written to the terminal CoreLog was started from.</source>
        <translation>CoreLog ist auf ein unerwartetes Problem gestoßen ({problem}). Die Einzelheiten stehen im Terminal, aus dem CoreLog gestartet wurde.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Also: in a form, Enter saves and Esc clears it or cancels an edit; in a list, Enter edits the chosen entry and Delete deletes it. Alt with the underlined letter of a menu, field or button goes there.</source>
        <translation>Außerdem: In einem Formular speichert Enter, und Esc leert es oder bricht das Bearbeiten ab; in einer Liste bearbeitet Enter den gewählten Eintrag, und Entf löscht ihn. Alt mit dem unterstrichenen Buchstaben eines Menüs, Felds oder Knopfs springt dorthin.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>&lt;p&gt;A training log for runners who train their core. Private and offline: your data stays on this computer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder:&lt;/b&gt; {folder}&lt;br&gt;&lt;b&gt;Database:&lt;/b&gt; {database}&lt;br&gt;&lt;b&gt;Backups:&lt;/b&gt; {backups}&lt;/p&gt;&lt;p&gt;Qt for Python {version}&lt;/p&gt;&lt;p&gt;CoreLog's advice is general information drawn from its source documents, not medical advice.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Trainingslog für Läuferinnen und Läufer, die ihre Rumpfmuskulatur trainieren. Privat und offline: Deine Daten bleiben auf diesem Computer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datenordner:&lt;/b&gt; {folder}&lt;br&gt;&lt;b&gt;Datenbank:&lt;/b&gt; {database}&lt;br&gt;&lt;b&gt;Sicherungen:&lt;/b&gt; {backups}&lt;/p&gt;&lt;p&gt;Qt for Python {version}&lt;/p&gt;&lt;p&gt;Die Empfehlungen von CoreLog sind allgemeine Informationen aus seinen Quelldokumenten, keine medizinische Beratung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{app} main window</source>
        <translation>{app}-Hauptfenster</translation>
    </message>
    <message>
        <source>{app} — demo history</source>
        <translation>{app} — Demo-Verlauf</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>{page} ({keys})</source>
        <translation>{page} ({keys})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export Runs as &amp;CSV…</source>
        <translation>Läufe als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import &amp;Activities…</source>
        <translation>&amp;Aktivitäten importieren…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <comment>menu</comment>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Go to {page}</source>
        <translation>Gehe zu {page}</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
    </message>
    <message>
        <source>{task} failed: {reason}</source>
        <translation>{task} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <comment>menu</comment>
        <translation>&amp;Eintragen</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <comment>menu</comment>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Log</source>
        <comment>page</comment>
        <translation>Eintragen</translation>
    </message>
    <message>
        <source>Log a &amp;Run…</source>
        <translation>&amp;Lauf eintragen…</translation>
    </message>
    <message>
        <source>Log a &amp;Core Session…</source>
        <translation>&amp;Core-Einheit eintragen…</translation>
    </message>
    <message>
        <source>Plank timer</source>
        <translation>Plank-Timer</translation>
    </message>
    <message>
        <source>Start the Plank &amp;Timer</source>
        <translation>Plank-&amp;Timer starten</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <source>Log &amp;Soreness…</source>
        <translation>&amp;Beschwerden eintragen…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>CoreLog's built-in knowledge is damaged, so it will not give advice: {problem}</source>
        <translation>Das eingebaute Wissen von CoreLog ist beschädigt, daher gibt es keine Empfehlungen: {problem}</translation>
    </message>
    <message>
        <source>Scrolls with the arrow keys, Page Up and Page Down.</source>
        <translation>Scrollt mit den Pfeiltasten, Bild auf und Bild ab.</translation>
    </message>
    <message>
        <source>the file could not be written (is the disk full?)</source>
        <translation>die Datei konnte nicht geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <source>it cannot create its lock file {path}: {reason}</source>
        <translation>es kann seine Sperrdatei {path} nicht anlegen: {reason}</translation>
    </message>
    <message>
        <source>its lock file {path} is in the way, but names no running CoreLog; if CoreLog is not running, delete that file and start it again</source>
        <translation>seine Sperrdatei {path} ist im Weg, nennt aber kein laufendes CoreLog; wenn CoreLog nicht läuft, lösche diese Datei und starte es noch einmal</translation>
    </message>
    <message>
        <source>Save the form (from the notes too)</source>
        <translation>Formular speichern (auch aus den Notizen)</translation>
    </message>
    <message>
        <source>Runs</source>
        <comment>tab of the Log page</comment>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Core sessions</source>
        <comment>tab of the Log page</comment>
        <translation>Core-Einheiten</translation>
    </message>
    <message>
        <source>Log sections</source>
        <translation>Bereiche von Eintragen</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message numerus="yes">
        <source>(sources: {documents})</source>
        <translation>
            <numerusform>(Quelle: {documents})</numerusform>
            <numerusform>(Quellen: {documents})</numerusform>
        </translation>
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
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d</source>
        <translation>ddd, d.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>{app} cannot open your data</source>
        <translation>{app} kann deine Daten nicht öffnen</translation>
    </message>
    <message>
        <source>The newest backup is {file}. Restoring it keeps the damaged file in the backups folder, untouched.</source>
        <translation>Die neueste Sicherung ist {file}. Beim Wiederherstellen bleibt die beschädigte Datei unverändert im Sicherungsordner.</translation>
    </message>
    <message>
        <source>Restore newest backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>Von dieser Datenbank gibt es noch keine Sicherung.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}; the replaced file was kept as {kept}.</source>
        <translation>{backup} in {path} wiederhergestellt; die ersetzte Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}.</source>
        <translation>{backup} in {path} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Taking today's backup…</source>
        <translation>Heutige Sicherung wird erstellt…</translation>
    </message>
    <message>
        <source>Today's backup is saved.</source>
        <translation>Die heutige Sicherung ist gespeichert.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sichern…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Gesichert in {path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>CoreLog backups (*.db);;All files (*)</source>
        <translation>CoreLog-Sicherungen (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace the data CoreLog shows now with the backup “{name}”?

The data you have now is not deleted: it is kept in the backups folder.</source>
        <translation>Die Daten, die CoreLog jetzt zeigt, durch die Sicherung „{name}“ ersetzen?

Deine jetzigen Daten werden nicht gelöscht: Sie bleiben im Sicherungsordner.</translation>
    </message>
    <message>
        <source>Restored {name}. Your previous data was kept as {kept}.</source>
        <translation>{name} wiederhergestellt. Deine bisherigen Daten wurden als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not restore: {reason}</source>
        <translation>Wiederherstellen nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>CoreLog export (*.json);;All files (*)</source>
        <translation>CoreLog-Export (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;All files (*)</source>
        <translation>CSV-Datei (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>An import was cut short when CoreLog last stopped. Everything it had added was taken back: your log is as it was before that import. Import the file again to finish it.</source>
        <translation>Ein Import wurde beim letzten Beenden von CoreLog abgebrochen. Alles, was er hinzugefügt hatte, wurde zurückgenommen: Dein Trainingslog ist wie vor diesem Import. Importiere die Datei noch einmal, um ihn abzuschließen.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Stop the import and take back everything it added; saves you made meanwhile stay.</source>
        <translation>Den Import anhalten und alles zurücknehmen, was er hinzugefügt hat; was du inzwischen gespeichert hast, bleibt.</translation>
    </message>
    <message>
        <source>Export your CoreLog data</source>
        <translation>Deine CoreLog-Daten exportieren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entries to {file}.</source>
        <translation>
            <numerusform>%Ln Eintrag nach {file} exportiert.</numerusform>
            <numerusform>%Ln Einträge nach {file} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export runs as CSV</source>
        <translation>Läufe als CSV exportieren</translation>
    </message>
    <message>
        <source>Exporting runs…</source>
        <translation>Läufe werden exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln runs to {file}.</source>
        <translation>
            <numerusform>%Ln Lauf nach {file} exportiert.</numerusform>
            <numerusform>%Ln Läufe nach {file} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a CoreLog export</source>
        <translation>Einen CoreLog-Export importieren</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported: your data is as it was.</source>
        <translation>Nichts wurde importiert: Deine Daten sind unverändert.</translation>
    </message>
    <message>
        <source>Cancelling the import: taking back what it added…</source>
        <translation>Import wird abgebrochen: Was er hinzugefügt hat, wird zurückgenommen…</translation>
    </message>
    <message>
        <source>{task} {done} of {total}</source>
        <translation>{task} {done} von {total}</translation>
    </message>
    <message>
        <source>{reason} Your log is as it was before the import.</source>
        <translation>{reason} Dein Trainingslog ist wie vor dem Import.</translation>
    </message>
    <message>
        <source>A backup was taken first: {file}</source>
        <translation>Vorher wurde eine Sicherung erstellt: {file}</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Unfinished import taken back</source>
        <translation>Unvollständiger Import zurückgenommen</translation>
    </message>
    <message>
        <source>; restore a backup with --restore.</source>
        <translation>; stelle eine Sicherung mit --restore wieder her.</translation>
    </message>
    <message>
        <source>which cannot be reached</source>
        <translation>das nicht erreichbar ist</translation>
    </message>
    <message>
        <source>which does not exist</source>
        <translation>das nicht existiert</translation>
    </message>
    <message>
        <source>which leads round in a circle of links</source>
        <translation>das im Kreis auf sich selbst verweist</translation>
    </message>
    <message>
        <source>{path} is a link to {target}, {where}; CoreLog created nothing. To start a new database there, create an empty file at the link's target first.</source>
        <translation>{path} ist ein Link auf {target}, {where}; CoreLog hat nichts angelegt. Um dort eine neue Datenbank zu beginnen, lege zuerst eine leere Datei am Ziel des Links an.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cannot create {path}: the folder {folder} does not exist.</source>
        <translation>{path} kann nicht angelegt werden: Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create {path}: the folder {folder} is not writable.</source>
        <translation>{path} kann nicht angelegt werden: Der Ordner {folder} ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>{path} is not a regular file.</source>
        <translation>{path} ist keine normale Datei.</translation>
    </message>
    <message>
        <source>Cannot read {path}: permission denied.</source>
        <translation>{path} kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>{path} is read-only (CoreLog needs to write the file and its folder).</source>
        <translation>{path} ist schreibgeschützt (CoreLog muss die Datei und ihren Ordner beschreiben können).</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database; CoreLog left it untouched.</source>
        <translation>{path} ist keine SQLite-Datenbank; CoreLog hat sie nicht angerührt.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {problem}.</source>
        <translation>{path} kann nicht geöffnet werden: {problem}.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program, not CoreLog's; CoreLog left it untouched.</source>
        <translation>{path} ist die SQLite-Datenbank eines anderen Programms, nicht die von CoreLog; CoreLog hat sie nicht angerührt.</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem})</source>
        <translation>{path} ist beschädigt ({problem})</translation>
    </message>
    <message>
        <source>{path} was written by a newer CoreLog (schema {revision}); update CoreLog to open it. The file was left untouched.</source>
        <translation>{path} wurde von einem neueren CoreLog geschrieben (Schema {revision}); aktualisiere CoreLog, um sie zu öffnen. Die Datei wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>The backup folder {folder} could not be made ({reason}). Your log itself is unchanged.</source>
        <translation>Der Sicherungsordner {folder} konnte nicht angelegt werden ({reason}). Dein Trainingslog selbst ist unverändert.</translation>
    </message>
    <message>
        <source>The backup copy could not be written to {folder} ({reason}). Your log itself is unchanged.</source>
        <translation>Die Sicherungskopie konnte nicht nach {folder} geschrieben werden ({reason}). Dein Trainingslog selbst ist unverändert.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk refused the write: it may be full, failing or disconnected</source>
        <translation>der Datenträger hat das Schreiben verweigert: Er ist vielleicht voll, defekt oder getrennt</translation>
    </message>
    <message>
        <source>{path} holds no CoreLog data.</source>
        <translation>{path} enthält keine CoreLog-Daten.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>theme</comment>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>theme</comment>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Kilometres (km, min/km)</source>
        <translation>Kilometer (km, min/km)</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilometer</translation>
    </message>
    <message>
        <source>Miles (mi, min/mi)</source>
        <translation>Meilen (mi, min/mi)</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Meilen</translation>
    </message>
    <message>
        <source>Changes how distances and paces are shown. What you logged is never changed.</source>
        <translation>Ändert, wie Distanzen und Pace angezeigt werden. Was du eingetragen hast, bleibt immer unverändert.</translation>
    </message>
    <message>
        <source>Calendar and appearance</source>
        <translation>Kalender und Darstellung</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Erster Tag der Woche</translation>
    </message>
    <message>
        <source>First day of the week:</source>
        <translation>Erster Tag der Woche:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
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
    <message>
        <source>Plank timer and sound</source>
        <translation>Plank-Timer und Ton</translation>
    </message>
    <message>
        <source>Prep countdown</source>
        <translation>Vorbereitungs-Countdown</translation>
    </message>
    <message>
        <source>Seconds to get into position before the first hold of a workout</source>
        <translation>Sekunden, um vor dem ersten Halten eines Trainings in Position zu kommen</translation>
    </message>
    <message>
        <source>&amp;Prep countdown before the first hold:</source>
        <translation>&amp;Vorbereitung vor dem ersten Halten:</translation>
    </message>
    <message>
        <source>Play sound cues (plank timer)</source>
        <translation>Tonsignale abspielen (Plank-Timer)</translation>
    </message>
    <message>
        <source>Play sound cues</source>
        <translation>Tonsignale abspielen</translation>
    </message>
    <message>
        <source>Speak the cues too (“Hold, left side”, “Rest”)</source>
        <translation>Signale auch ansagen („Halten, linke Seite“, „Pause“)</translation>
    </message>
    <message>
        <source>Speak the cues</source>
        <translation>Signale ansagen</translation>
    </message>
    <message>
        <source>Needs a text-to-speech voice on this computer; CoreLog says so if there is none</source>
        <translation>Braucht eine Sprachausgabe auf diesem Computer; CoreLog sagt Bescheid, wenn keine da ist</translation>
    </message>
    <message>
        <source>Tones mark “hold now”, the last three seconds, “rest” and “workout done”. Without sound on this computer the timer runs silently and says so once.</source>
        <translation>Töne markieren „jetzt halten“, die letzten drei Sekunden, „Pause“ und „Training beendet“. Ohne Ton auf diesem Computer läuft der Timer stumm und sagt das einmal.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <source>CoreLog keeps everything on this computer. Nothing is ever sent anywhere.</source>
        <translation>CoreLog speichert alles auf diesem Computer. Nichts wird jemals irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Datenbank: {path}</translation>
    </message>
    <message>
        <source>Backups: {path}</source>
        <translation>Sicherungen: {path}</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Settings page</source>
        <translation>Seite Einstellungen</translation>
    </message>
    <message>
        <source>Men's ({factor})</source>
        <translation>Männer ({factor})</translation>
    </message>
    <message>
        <source>Women's ({factor})</source>
        <translation>Frauen ({factor})</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Herzfrequenz</translation>
    </message>
    <message>
        <source>Resting heart rate</source>
        <translation>Ruhepuls</translation>
    </message>
    <message>
        <source>Your heart rate at rest, best taken on waking, lying down</source>
        <translation>Deine Herzfrequenz in Ruhe, am besten nach dem Aufwachen im Liegen gemessen</translation>
    </message>
    <message>
        <source> beats a minute</source>
        <translation> Schläge pro Minute</translation>
    </message>
    <message>
        <source>&amp;Resting heart rate:</source>
        <translation>&amp;Ruhepuls:</translation>
    </message>
    <message>
        <source>Maximum heart rate</source>
        <translation>Maximale Herzfrequenz</translation>
    </message>
    <message>
        <source>The highest heart rate you reach, from a test or a hard race</source>
        <translation>Die höchste Herzfrequenz, die du erreichst, aus einem Test oder einem harten Wettkampf</translation>
    </message>
    <message>
        <source>Ma&amp;ximum heart rate:</source>
        <translation>Ma&amp;ximale Herzfrequenz:</translation>
    </message>
    <message>
        <source>TRIMP weighting</source>
        <translation>TRIMP-Gewichtung</translation>
    </message>
    <message>
        <source>TRIMP &amp;weighting:</source>
        <translation>TRIMP-&amp;Gewichtung:</translation>
    </message>
    <message>
        <source>History's heart-rate load (Banister's TRIMP) uses these for runs imported with heart rate; the session-effort load (effort × minutes) does not need them.</source>
        <translation>Die Herzfrequenz-Belastung im Verlauf (TRIMP nach Banister) nutzt diese Werte für Läufe, die mit Herzfrequenz importiert wurden; die Belastung aus Anstrengung (Anstrengung × Minuten) braucht sie nicht.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Personal bests</source>
        <translation>Persönliche Bestleistungen</translation>
    </message>
    <message>
        <source>Longest run</source>
        <translation>Längster Lauf</translation>
    </message>
    <message>
        <source>Longest hold: {exercise}</source>
        <translation>Längstes Halten: {exercise}</translation>
    </message>
    <message>
        <source>No races yet: log a run as a race (5K, 10K, half or marathon) and the fastest time of each shows here.</source>
        <translation>Noch keine Wettkämpfe: Trage einen Lauf als Wettkampf ein (5 km, 10 km, Halbmarathon oder Marathon), dann erscheint hier jeweils die schnellste Zeit.</translation>
    </message>
    <message>
        <source>No timed holds yet: time a plank (Ctrl+T) and your longest hold shows here.</source>
        <translation>Noch keine gestoppten Haltezeiten: Stoppe eine Plank (Strg+T), dann erscheint hier dein längstes Halten.</translation>
    </message>
    <message>
        <source>Personal bests: {records}</source>
        <translation>Persönliche Bestleistungen: {records}</translation>
    </message>
    <message>
        <source>Personal bests: none yet</source>
        <translation>Persönliche Bestleistungen: noch keine</translation>
    </message>
    <message>
        <source>NEW</source>
        <comment>a record set recently</comment>
        <translation>NEU</translation>
    </message>
    <message>
        <source>Set in the last two weeks</source>
        <translation>In den letzten zwei Wochen aufgestellt</translation>
    </message>
    <message>
        <source>Demo history: made-up training in a temporary database, to look around. Your own data is not touched.</source>
        <translation>Demo-Verlauf: erfundenes Training in einer temporären Datenbank, zum Umschauen. Deine eigenen Daten bleiben unberührt.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today page</source>
        <translation>Seite Heute</translation>
    </message>
    <message>
        <source>Fastest 5K</source>
        <translation>Schnellste 5 km</translation>
    </message>
    <message>
        <source>Fastest 10K</source>
        <translation>Schnellste 10 km</translation>
    </message>
    <message>
        <source>Fastest half marathon</source>
        <translation>Schnellster Halbmarathon</translation>
    </message>
    <message>
        <source>Fastest marathon</source>
        <translation>Schnellster Marathon</translation>
    </message>
    <message>
        <source>Fastest {race}</source>
        <translation>Schnellster Wettkampf: {race}</translation>
    </message>
    <message>
        <source>Log a run</source>
        <translation>Lauf eintragen</translation>
    </message>
    <message>
        <source>Log a core session</source>
        <translation>Core-Einheit eintragen</translation>
    </message>
    <message>
        <source>Start the plank timer</source>
        <translation>Plank-Timer starten</translation>
    </message>
    <message>
        <source>Log soreness</source>
        <translation>Beschwerden eintragen</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Checked today</source>
        <translation>Heute geprüft</translation>
    </message>
    <message>
        <source>Last checked {day}</source>
        <translation>Zuletzt geprüft: {day}</translation>
    </message>
    <message>
        <source>Open the {region} entry on the Recovery page</source>
        <translation>Den Eintrag {region} auf der Seite Erholung öffnen</translation>
    </message>
    <message>
        <source>See the full guidance on the Recovery page</source>
        <translation>Die ganze Empfehlung auf der Seite Erholung ansehen</translation>
    </message>
    <message>
        <source>Today: {advice}</source>
        <translation>Heute: {advice}</translation>
    </message>
    <message>
        <source>Warning signs: open the entry to read them.</source>
        <translation>Warnzeichen: Öffne den Eintrag, um sie zu lesen.</translation>
    </message>
    <message>
        <source>How is it today?</source>
        <translation>Wie ist es heute?</translation>
    </message>
    <message>
        <source>How is the {region} today?</source>
        <translation>Wie geht es heute: {region}?</translation>
    </message>
    <message>
        <source>Record how it feels today; the advice follows</source>
        <translation>Eintragen, wie es sich heute anfühlt; die Empfehlung folgt</translation>
    </message>
    <message>
        <source>{region}: {severity}, {days}. Today: {advice}.</source>
        <translation>{region}: {severity}, {days}. Heute: {advice}.</translation>
    </message>
    <message>
        <source>Soreness</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Nothing sore right now. If something starts to hurt, log it (Ctrl+Shift+S): CoreLog tells you what it most likely is and whether to run, rest or see a physiotherapist.</source>
        <translation>Gerade schmerzt nichts. Wenn etwas anfängt wehzutun, trag es ein (Strg+Umschalt+S): CoreLog sagt dir, was es am wahrscheinlichsten ist und ob du laufen, pausieren oder zur Physiotherapie gehen solltest.</translation>
    </message>
    <message>
        <source>See every open soreness entry</source>
        <translation>Alle offenen Beschwerden ansehen</translation>
    </message>
    <message>
        <source>Open the Recovery page's list of open entries</source>
        <translation>Die Liste der offenen Einträge auf der Seite Erholung öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more open entries on the Recovery page…</source>
        <translation>
            <numerusform>%Ln weiterer offener Eintrag auf der Seite Erholung…</numerusform>
            <numerusform>%Ln weitere offene Einträge auf der Seite Erholung…</numerusform>
        </translation>
    </message>
    <message>
        <source>Soreness: nothing open</source>
        <translation>Beschwerden: nichts offen</translation>
    </message>
    <message numerus="yes">
        <source>Soreness: %Ln open entries</source>
        <translation>
            <numerusform>Beschwerden: %Ln offener Eintrag</numerusform>
            <numerusform>Beschwerden: %Ln offene Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>{start} – {end} · day {day} of 7</source>
        <translation>{start} – {end} · Tag {day} von 7</translation>
    </message>
    <message>
        <source>More core sessions than the {low}–{high} a week the documents suggest: fine, as long as you recover well.</source>
        <translation>Mehr Core-Einheiten als die {low}–{high} pro Woche, die die Dokumente empfehlen: in Ordnung, solange du dich gut erholst.</translation>
    </message>
    <message>
        <source>Core target reached: {low}–{high} sessions this week.</source>
        <translation>Core-Ziel erreicht: {low}–{high} Einheiten diese Woche.</translation>
    </message>
    <message>
        <source>One more core session reaches this week's target of {low}–{high}.</source>
        <translation>Noch eine Core-Einheit bis zum Wochenziel von {low}–{high}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more core sessions reach this week's target of {low}–{high}.</source>
        <translation>
            <numerusform>Noch %Ln Core-Einheit bis zum Wochenziel von {low}–{high}.</numerusform>
            <numerusform>Noch %Ln Core-Einheiten bis zum Wochenziel von {low}–{high}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last week: no runs or core sessions.</source>
        <translation>Letzte Woche: keine Läufe und keine Core-Einheiten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln runs</source>
        <translation>
            <numerusform>%Ln Lauf</numerusform>
            <numerusform>%Ln Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln core sessions</source>
        <translation>
            <numerusform>%Ln Core-Einheit</numerusform>
            <numerusform>%Ln Core-Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Last week: {figures}.</source>
        <translation>Letzte Woche: {figures}.</translation>
    </message>
    <message>
        <source>Already {percent}% more distance than last week's {distance}.</source>
        <translation>Schon {percent} % mehr Distanz als letzte Woche ({distance}).</translation>
    </message>
    <message>
        <source>This week so far</source>
        <translation>Diese Woche bisher</translation>
    </message>
    <message>
        <source>distance</source>
        <translation>Distanz</translation>
    </message>
    <message>
        <source>running time</source>
        <translation>Laufzeit</translation>
    </message>
    <message numerus="yes">
        <source>runs</source>
        <comment>caption under the number of runs</comment>
        <translation>
            <numerusform>Lauf</numerusform>
            <numerusform>Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>core sessions</source>
        <comment>caption under a count</comment>
        <translation>Core-Einheiten</translation>
    </message>
    <message>
        <source>{done} of {low}–{high}</source>
        <translation>{done} von {low}–{high}</translation>
    </message>
    <message>
        <source>This week so far: {distance}, {time} running, {runs}, {core} core sessions</source>
        <translation>Diese Woche bisher: {distance}, {time} gelaufen, {runs}, {core} Core-Einheiten</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing is logged yet. Start with whatever you did today, using the buttons above or their shortcuts:&lt;/p&gt;&lt;ul style='margin-left:-20px'&gt;&lt;li&gt;&lt;b&gt;Log a run&lt;/b&gt;: when, how far, how long and how it felt (Ctrl+R).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Log a core session&lt;/b&gt;, or let the &lt;b&gt;plank timer&lt;/b&gt; count your holds and save them for you (Ctrl+K, Ctrl+T).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Log soreness&lt;/b&gt; when something hurts: CoreLog tells you what it most likely is and whether to run, rest or see a physiotherapist (Ctrl+Shift+S).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;From then on this page shows your week so far, with the core sessions against the target of {low} to {high} a week {sources}, any soreness with today's advice, and your personal bests.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch ist nichts eingetragen. Fang mit dem an, was du heute gemacht hast, über die Knöpfe oben oder ihre Tastenkürzel:&lt;/p&gt;&lt;ul style='margin-left:-20px'&gt;&lt;li&gt;&lt;b&gt;Lauf eintragen&lt;/b&gt;: wann, wie weit, wie lange und wie es sich angefühlt hat (Strg+R).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Core-Einheit eintragen&lt;/b&gt;, oder lass den &lt;b&gt;Plank-Timer&lt;/b&gt; deine Haltezeiten zählen und für dich speichern (Strg+K, Strg+T).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Beschwerden eintragen&lt;/b&gt;, wenn etwas wehtut: CoreLog sagt dir, was es am wahrscheinlichsten ist und ob du laufen, pausieren oder zur Physiotherapie gehen solltest (Strg+Umschalt+S).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Danach zeigt diese Seite deine bisherige Woche mit den Core-Einheiten im Vergleich zum Ziel von {low} bis {high} pro Woche {sources}, offene Beschwerden mit der Empfehlung für heute und deine persönlichen Bestleistungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Want to look around first? Start CoreLog with &lt;code&gt;corelog --demo&lt;/code&gt;: it opens six months of made-up training in a temporary database, so you can try every page. Your own data is not touched.</source>
        <translation>Willst du dich erst umschauen? Starte CoreLog mit &lt;code&gt;corelog --demo&lt;/code&gt;: Es öffnet sechs Monate erfundenes Training in einer temporären Datenbank, damit du jede Seite ausprobieren kannst. Deine eigenen Daten bleiben unberührt.</translation>
    </message>
    <message>
        <source>Welcome to CoreLog</source>
        <translation>Willkommen bei CoreLog</translation>
    </message>
    <message>
        <source>Welcome to CoreLog: what to do first</source>
        <translation>Willkommen bei CoreLog: der erste Schritt</translation>
    </message>
</context>
</TS>