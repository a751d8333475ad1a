<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>Activities</name>
    <message>
        <source> (its part starting at byte {offset})</source>
        <translation> (ihr Teil ab Byte {offset})</translation>
    </message>
    <message>
        <source>it does not start as a FIT file does: its header is damaged, or it is not a FIT file</source>
        <translation>sie beginnt nicht wie eine FIT-Datei: ihr Kopf ist beschädigt, oder sie ist keine FIT-Datei</translation>
    </message>
    <message>
        <source>it has a corrupt header at byte {offset}, after its first part; the file is damaged</source>
        <translation>sie hat bei Byte {offset}, nach ihrem ersten Teil, einen beschädigten Kopf; die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>its FIT header{where} fails its checksum; the file is damaged</source>
        <translation>ihr FIT-Kopf{where} besteht die Prüfsumme nicht; die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>it is cut off before its end{where}: it should hold {expected} bytes but holds {found} (was the copy or download interrupted?)</source>
        <translation>sie ist vor ihrem Ende abgeschnitten{where}: sie sollte {expected} Bytes enthalten, enthält aber {found} (wurde das Kopieren oder Herunterladen unterbrochen?)</translation>
    </message>
    <message>
        <source>its checksum (CRC){where} does not match its content: the file was damaged after the device wrote it</source>
        <translation>ihre Prüfsumme (CRC){where} passt nicht zum Inhalt: die Datei wurde beschädigt, nachdem das Gerät sie geschrieben hat</translation>
    </message>
    <message>
        <source>device information</source>
        <translation>Geräteinformationen</translation>
    </message>
    <message>
        <source>device settings</source>
        <translation>Geräteeinstellungen</translation>
    </message>
    <message>
        <source>sport settings</source>
        <translation>Sporteinstellungen</translation>
    </message>
    <message>
        <source>a planned workout</source>
        <translation>ein geplantes Training</translation>
    </message>
    <message>
        <source>a course (a planned route)</source>
        <translation>eine Strecke (eine geplante Route)</translation>
    </message>
    <message>
        <source>a training schedule</source>
        <translation>ein Trainingsplan</translation>
    </message>
    <message>
        <source>weight readings</source>
        <translation>Gewichtsmessungen</translation>
    </message>
    <message>
        <source>lifetime totals</source>
        <translation>Gesamtwerte</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>blood pressure readings</source>
        <translation>Blutdruckmessungen</translation>
    </message>
    <message>
        <source>daily monitoring (steps and heart rate through the day)</source>
        <translation>Tagesaufzeichnung (Schritte und Herzfrequenz über den Tag)</translation>
    </message>
    <message>
        <source>an activity summary without its recording</source>
        <translation>eine Aktivitätsübersicht ohne ihre Aufzeichnung</translation>
    </message>
    <message>
        <source>a segment (part of a route)</source>
        <translation>ein Segment (Teil einer Route)</translation>
    </message>
    <message>
        <source>a list of segments</source>
        <translation>eine Liste von Segmenten</translation>
    </message>
    <message>
        <source>its content could not be decoded ({problem})</source>
        <translation>ihr Inhalt ließ sich nicht entschlüsseln ({problem})</translation>
    </message>
    <message>
        <source>a FIT “{kind}” file</source>
        <translation>eine FIT-Datei vom Typ „{kind}“</translation>
    </message>
    <message>
        <source>{what}, not a recorded activity</source>
        <translation>{what}, keine aufgezeichnete Aktivität</translation>
    </message>
    <message>
        <source>a FIT file with no recording in it</source>
        <translation>eine FIT-Datei ohne Aufzeichnung</translation>
    </message>
    <message>
        <source>it is XML but not GPX</source>
        <translation>sie ist XML, aber kein GPX</translation>
    </message>
    <message>
        <source>it is not a valid GPX file ({problem})</source>
        <translation>sie ist keine gültige GPX-Datei ({problem})</translation>
    </message>
    <message>
        <source>a route{names}, not a recorded activity: it has no times</source>
        <translation>eine Route{names}, keine aufgezeichnete Aktivität: sie hat keine Zeiten</translation>
    </message>
    <message>
        <source>1 waypoint{names} and no track: not a recorded activity</source>
        <translation>1 Wegpunkt{names} und kein Track: keine aufgezeichnete Aktivität</translation>
    </message>
    <message>
        <source>{count} waypoints{names} and no track: not a recorded activity</source>
        <translation>{count} Wegpunkte{names} und kein Track: keine aufgezeichnete Aktivität</translation>
    </message>
    <message>
        <source>a GPX file with no track in it</source>
        <translation>eine GPX-Datei ohne Track</translation>
    </message>
    <message>
        <source>{format} data</source>
        <translation>{format}-Daten</translation>
    </message>
    <message>
        <source>XML that is neither GPX nor TCX</source>
        <translation>XML, das weder GPX noch TCX ist</translation>
    </message>
    <message>
        <source>something else (not FIT, GPX or TCX)</source>
        <translation>etwas anderes (weder FIT noch GPX noch TCX)</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>die Datei ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>not an activity file CoreLog reads (FIT, GPX or TCX)</source>
        <translation>keine Aktivitätsdatei, die CoreLog liest (FIT, GPX oder TCX)</translation>
    </message>
    <message>
        <source>it is named as a {format} file but holds {what}; rename it to .{suffix} to import it</source>
        <translation>sie heißt wie eine {format}-Datei, enthält aber {what}; benenne sie in .{suffix} um, um sie zu importieren</translation>
    </message>
    <message>
        <source>it is named as a {format} file but holds {what}</source>
        <translation>sie heißt wie eine {format}-Datei, enthält aber {what}</translation>
    </message>
    <message>
        <source>it could not be read ({problem})</source>
        <translation>sie ließ sich nicht lesen ({problem})</translation>
    </message>
    <message>
        <source>it is too large to be an activity file ({size} MB; CoreLog reads files up to {limit} MB), so it was not read</source>
        <translation>sie ist zu groß für eine Aktivitätsdatei ({size} MB; CoreLog liest Dateien bis {limit} MB) und wurde nicht gelesen</translation>
    </message>
    <message>
        <source>it is too large to be an activity file ({size} KB; CoreLog reads files up to {limit} MB), so it was not read</source>
        <translation>sie ist zu groß für eine Aktivitätsdatei ({size} KB; CoreLog liest Dateien bis {limit} MB) und wurde nicht gelesen</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>diese Datei oder diesen Ordner gibt es nicht</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>sie ist keine normale Datei</translation>
    </message>
    <message>
        <source>it is not a zip archive CoreLog can open ({problem})</source>
        <translation>sie ist kein ZIP-Archiv, das CoreLog öffnen kann ({problem})</translation>
    </message>
    <message>
        <source>it holds entries that point outside the archive (“{entry}”), as harmful archives do; nothing was read from it</source>
        <translation>sie enthält Einträge, die aus dem Archiv hinauszeigen („{entry}“), wie schädliche Archive es tun; nichts daraus wurde gelesen</translation>
    </message>
    <message>
        <source>it would unpack to {size} GB, more than the {limit} GB CoreLog reads from one archive; nothing was read from it</source>
        <translation>sie würde entpackt {size} GB groß, mehr als die {limit} GB, die CoreLog aus einem Archiv liest; nichts daraus wurde gelesen</translation>
    </message>
    <message>
        <source>it is an archive nested too deep in other archives</source>
        <translation>sie ist ein Archiv, das zu tief in anderen Archiven steckt</translation>
    </message>
    <message>
        <source>it could not be unpacked ({problem})</source>
        <translation>sie ließ sich nicht entpacken ({problem})</translation>
    </message>
    <message>
        <source>it could not be unpacked from its archive ({problem})</source>
        <translation>sie ließ sich nicht aus ihrem Archiv entpacken ({problem})</translation>
    </message>
    <message>
        <source>its gzip compression is cut off before its end</source>
        <translation>ihre gzip-Komprimierung bricht vor dem Ende ab</translation>
    </message>
    <message>
        <source>it is named .gz but is not valid gzip ({problem})</source>
        <translation>sie endet auf .gz, ist aber kein gültiges gzip ({problem})</translation>
    </message>
    <message>
        <source>it would unpack to more than {limit} MB, too large to be an activity file; it was not unpacked further</source>
        <translation>sie würde entpackt größer als {limit} MB, zu groß für eine Aktivitätsdatei; sie wurde nicht weiter entpackt</translation>
    </message>
    <message>
        <source>it could not be opened ({problem})</source>
        <translation>sie ließ sich nicht öffnen ({problem})</translation>
    </message>
    <message>
        <source>it is XML but not TCX</source>
        <translation>sie ist XML, aber kein TCX</translation>
    </message>
    <message>
        <source>a course (a planned route), not a recorded activity</source>
        <translation>eine Strecke (eine geplante Route), keine aufgezeichnete Aktivität</translation>
    </message>
    <message>
        <source>planned workouts, not a recorded activity</source>
        <translation>geplante Trainings, keine aufgezeichnete Aktivität</translation>
    </message>
    <message>
        <source>a TCX file with no activity in it</source>
        <translation>eine TCX-Datei ohne Aktivität</translation>
    </message>
    <message>
        <source>its activity has no laps, so there is nothing recorded in it</source>
        <translation>ihre Aktivität hat keine Runden, es ist also nichts darin aufgezeichnet</translation>
    </message>
    <message>
        <source>it refers to an external entity (another file or a web address to be read into it); CoreLog reads nothing from outside the file</source>
        <translation>sie verweist auf eine externe Entität (eine andere Datei oder eine Webadresse, die eingelesen werden soll); CoreLog liest nichts von außerhalb der Datei</translation>
    </message>
    <message>
        <source>it declares XML entities, which can swell into gigabytes as they are read (an “entity bomb”); CoreLog refuses XML with entities</source>
        <translation>sie deklariert XML-Entitäten, die beim Lesen auf Gigabytes anschwellen können (eine „Entity-Bombe“); CoreLog lehnt XML mit Entitäten ab</translation>
    </message>
    <message>
        <source>it carries a document type declaration (DTD), which activity files never need; CoreLog refuses XML with one</source>
        <translation>sie enthält eine Dokumenttyp-Deklaration (DTD), die Aktivitätsdateien nie brauchen; CoreLog lehnt XML damit ab</translation>
    </message>
    <message>
        <source>it is not well-formed XML (the text breaks off or is damaged at line {line}, column {column})</source>
        <translation>sie ist kein wohlgeformtes XML (der Text bricht ab oder ist beschädigt in Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>its text is not valid {encoding} as it says</source>
        <translation>ihr Text ist nicht gültiges {encoding}, wie sie angibt</translation>
    </message>
    <message>
        <source>imported before: this file's runs are already here</source>
        <translation>schon einmal importiert: die Läufe dieser Datei sind bereits da</translation>
    </message>
    <message>
        <source>{file} (leg {leg})</source>
        <translation>{file} (Teil {leg})</translation>
    </message>
    <message>
        <source>{activity}: not a run, skipped</source>
        <translation>{activity}: kein Lauf, übersprungen</translation>
    </message>
    <message>
        <source>{activity}, but no times: CoreLog needs its duration</source>
        <translation>{activity}, aber ohne Zeiten: CoreLog braucht die Dauer</translation>
    </message>
    <message>
        <source>{activity}: no distance in it</source>
        <translation>{activity}: keine Distanz darin</translation>
    </message>
    <message>
        <source>{activity}: the same run is already here, from another file</source>
        <translation>{activity}: derselbe Lauf ist schon da, aus einer anderen Datei</translation>
    </message>
    <message>
        <source>{activity}: matches {typed_run}</source>
        <translation>{activity}, passt zu: {typed_run}</translation>
    </message>
    <message>
        <source>the run you typed for {when} ({distance} in {duration})</source>
        <translation>dein eingetippter Lauf vom {when} ({distance} in {duration})</translation>
    </message>
    <message>
        <source>{activity}: matches {typed_run}; that run is kept and this one left out</source>
        <translation>{activity}, passt zu: {typed_run}; jener Lauf bleibt, dieser wird weggelassen</translation>
    </message>
    <message>
        <source>{activity}: added beside {typed_run}</source>
        <translation>{activity}: hinzugefügt, daneben bleibt {typed_run}</translation>
    </message>
    <message>
        <source>{activity} (the typed run it matched is gone)</source>
        <translation>{activity} (der eingetippte Lauf, zu dem er passte, ist weg)</translation>
    </message>
    <message>
        <source>{activity}: merged into {typed_run}; your effort, notes, shoes and surface kept</source>
        <translation>{activity}, zusammengeführt mit: {typed_run}; deine Anstrengung, Notizen, Schuhe und Untergrund bleiben</translation>
    </message>
    <message>
        <source>{activity} (duration as you gave it)</source>
        <translation>{activity} (Dauer wie von dir angegeben)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln runs</source>
        <translation>
            <numerusform>%Ln Lauf</numerusform>
            <numerusform>%Ln Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln treadmill runs</source>
        <translation>
            <numerusform>%Ln Laufbandlauf</numerusform>
            <numerusform>%Ln Laufbandläufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln walks</source>
        <translation>
            <numerusform>%Ln Gehen</numerusform>
            <numerusform>%Ln Gehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rides</source>
        <translation>
            <numerusform>%Ln Radfahrt</numerusform>
            <numerusform>%Ln Radfahrten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln swims</source>
        <translation>
            <numerusform>%Ln Schwimmen</numerusform>
            <numerusform>%Ln Schwimmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files that are not activities</source>
        <translation>
            <numerusform>%Ln Datei, die keine Aktivität ist</numerusform>
            <numerusform>%Ln Dateien, die keine Aktivitäten sind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other activities</source>
        <translation>
            <numerusform>%Ln andere Aktivität</numerusform>
            <numerusform>%Ln andere Aktivitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln runs</source>
        <translation>
            <numerusform>%Ln Lauf hinzugefügt</numerusform>
            <numerusform>%Ln Läufe hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged %Ln with runs you typed</source>
        <translation>
            <numerusform>%Ln mit eingetippten Läufen zusammengeführt</numerusform>
            <numerusform>%Ln mit eingetippten Läufen zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in your log</source>
        <translation>
            <numerusform>%Ln schon in deinem Protokoll</numerusform>
            <numerusform>%Ln schon in deinem Protokoll</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped {activities}</source>
        <translation>{activities} übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln wait for your answer</source>
        <translation>
            <numerusform>%Ln wartet auf deine Antwort</numerusform>
            <numerusform>%Ln warten auf deine Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept %Ln runs you typed instead</source>
        <translation>
            <numerusform>stattdessen %Ln eingetippten Lauf behalten</numerusform>
            <numerusform>stattdessen %Ln eingetippte Läufe behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more not imported</source>
        <translation>
            <numerusform>%Ln weitere nicht importiert</numerusform>
            <numerusform>%Ln weitere nicht importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files could not be read</source>
        <translation>
            <numerusform>%Ln Datei ließ sich nicht lesen</numerusform>
            <numerusform>%Ln Dateien ließen sich nicht lesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the end. {summary}</source>
        <translation>Vor dem Ende angehalten. {summary}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other files in the folders and archives (photos, CSV, ...) were left alone.</source>
        <translation>
            <numerusform>%Ln andere Datei in den Ordnern und Archiven (Fotos, CSV, ...) wurde nicht angerührt.</numerusform>
            <numerusform>%Ln andere Dateien in den Ordnern und Archiven (Fotos, CSV, ...) wurden nicht angerührt.</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
    <message>
        <source>a run</source>
        <translation>ein Lauf</translation>
    </message>
    <message>
        <source>a treadmill run</source>
        <translation>ein Laufbandlauf</translation>
    </message>
    <message>
        <source>a walk</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>a ride</source>
        <translation>eine Radfahrt</translation>
    </message>
    <message>
        <source>a swim</source>
        <translation>Schwimmen</translation>
    </message>
    <message>
        <source>another activity</source>
        <translation>eine andere Aktivität</translation>
    </message>
    <message>
        <source>{activity} ({sport})</source>
        <translation>{activity} ({sport})</translation>
    </message>
    <message>
        <source>{activity} by its speed; the file does not say</source>
        <translation>{activity} (nach der Geschwindigkeit; die Datei sagt es nicht)</translation>
    </message>
    <message>
        <source>{activity}, {distance} in {duration}</source>
        <translation>{activity}, {distance} in {duration}</translation>
    </message>
    <message>
        <source>{activity}, {distance}</source>
        <translation>{activity}, {distance}</translation>
    </message>
    <message>
        <source>leg {leg}: {activity}</source>
        <translation>Teil {leg}: {activity}</translation>
    </message>
    <message>
        <source>; left out of the figures: {backwards} and {fast}</source>
        <translation>; nicht in den Werten: {backwards} und {fast}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln samples whose time went backwards</source>
        <translation>
            <numerusform>%Ln Messpunkt, dessen Zeit rückwärts lief</numerusform>
            <numerusform>%Ln Messpunkte, deren Zeit rückwärts lief</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln impossibly fast samples (a GPS glitch)</source>
        <translation>
            <numerusform>%Ln unmöglich schneller Messpunkt (ein GPS-Fehler)</numerusform>
            <numerusform>%Ln unmöglich schnelle Messpunkte (ein GPS-Fehler)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; left out of the figures: %Ln samples whose time went backwards</source>
        <translation>
            <numerusform>; nicht in den Werten: %Ln Messpunkt, dessen Zeit rückwärts lief</numerusform>
            <numerusform>; nicht in den Werten: %Ln Messpunkte, deren Zeit rückwärts lief</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; left out of the figures: %Ln impossibly fast samples (a GPS glitch)</source>
        <translation>
            <numerusform>; nicht in den Werten: %Ln unmöglich schneller Messpunkt (ein GPS-Fehler)</numerusform>
            <numerusform>; nicht in den Werten: %Ln unmöglich schnelle Messpunkte (ein GPS-Fehler)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge: keep my effort, notes, shoes; take the file's time, distance, heart rate</source>
        <translation>Zusammenführen: meine Anstrengung, Notizen, Schuhe behalten; Zeit, Distanz, Herzfrequenz aus der Datei nehmen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Skip the file</source>
        <translation>Datei überspringen</translation>
    </message>
    <message>
        <source>Runs you typed by hand</source>
        <translation>Von Hand eingetippte Läufe</translation>
    </message>
    <message>
        <source>Runs that match runs you typed</source>
        <translation>Läufe, die zu eingetippten Läufen passen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Passt zu</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <source>Matching runs: columns</source>
        <translation>Passende Läufe: Spalten</translation>
    </message>
    <message>
        <source>Matching runs: rows</source>
        <translation>Passende Läufe: Zeilen</translation>
    </message>
    <message>
        <source>&amp;Apply these choices</source>
        <translation>Diese &amp;Auswahl anwenden</translation>
    </message>
    <message>
        <source>Apply the choices</source>
        <translation>Die Auswahl anwenden</translation>
    </message>
    <message>
        <source>Walks and treadmill runs</source>
        <translation>Gehen und Laufbandläufe</translation>
    </message>
    <message>
        <source>Import them as runs</source>
        <translation>Als Läufe importieren</translation>
    </message>
    <message>
        <source>A file without times</source>
        <translation>Eine Datei ohne Zeiten</translation>
    </message>
    <message>
        <source>When the run started</source>
        <translation>Wann der Lauf begann</translation>
    </message>
    <message>
        <source>How long it took</source>
        <translation>Wie lange er dauerte</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Begonnen:</translation>
    </message>
    <message>
        <source>&amp;Took:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import with this time</source>
        <translation>Mit dieser Zeit importieren</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip this file</source>
        <translation>Diese Datei überspringen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files recorded a walk or a treadmill run; they were skipped. Treadmill distances come from a foot pod or the belt and may be rough.</source>
        <translation>
            <numerusform>%Ln Datei enthält Gehen oder einen Laufbandlauf; sie wurde übersprungen. Laufband-Distanzen stammen von einem Fußsensor oder dem Band und können ungenau sein.</numerusform>
            <numerusform>%Ln Dateien enthalten Gehen oder einen Laufbandlauf; sie wurden übersprungen. Laufband-Distanzen stammen von einem Fußsensor oder dem Band und können ungenau sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import it as a run</source>
        <translation>Als Lauf importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import these %Ln as runs</source>
        <translation>
            <numerusform>Diese %Ln als Lauf importieren</numerusform>
            <numerusform>Diese %Ln als Läufe importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: {distance}, but the file has no times (%Ln more after it). Say when the run started and how long it took, or skip it.</source>
        <translation>
            <numerusform>{file}: {distance}, aber die Datei hat keine Zeiten (danach %Ln weitere). Gib an, wann der Lauf begann und wie lange er dauerte, oder überspringe ihn.</numerusform>
            <numerusform>{file}: {distance}, aber die Datei hat keine Zeiten (danach %Ln weitere). Gib an, wann der Lauf begann und wie lange er dauerte, oder überspringe ihn.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {distance}, but the file has no times. Say when the run started and how long it took, or skip it.</source>
        <translation>{file}: {distance}, aber die Datei hat keine Zeiten. Gib an, wann der Lauf begann und wie lange er dauerte, oder überspringe ihn.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln runs from the files start within {minutes} minutes of a run you typed, with a similar distance. Choose for each: merge, keep both, or skip the file.</source>
        <translation>
            <numerusform>%Ln Lauf aus den Dateien beginnt innerhalb von {minutes} Minuten nach einem eingetippten Lauf, mit ähnlicher Distanz. Wähle für jeden: zusammenführen, beide behalten oder die Datei überspringen.</numerusform>
            <numerusform>%Ln Läufe aus den Dateien beginnen innerhalb von {minutes} Minuten nach einem eingetippten Lauf, mit ähnlicher Distanz. Wähle für jeden: zusammenführen, beide behalten oder die Datei überspringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do with {file}</source>
        <translation>Was mit {file} geschehen soll</translation>
    </message>
    <message>
        <source>Activity files and archives ({patterns});;All files (*)</source>
        <translation>Aktivitätsdateien und Archive ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import activities</source>
        <translation>Aktivitäten importieren</translation>
    </message>
    <message>
        <source>Runs from your watch or phone</source>
        <translation>Läufe von deiner Uhr oder deinem Handy</translation>
    </message>
    <message>
        <source>FIT, GPX and TCX files, folders of them, or a whole export archive (Strava's export_….zip, Garmin's, with files inside zips and .gz). Runs already in your log are recognised and not doubled; rides, swims and other activities are listed and skipped.</source>
        <translation>FIT-, GPX- und TCX-Dateien, Ordner damit oder ein ganzes Export-Archiv (Stravas export_….zip, das von Garmin, mit Dateien in ZIPs und .gz). Läufe, die schon in deinem Protokoll sind, werden erkannt und nicht verdoppelt; Radfahrten, Schwimmen und andere Aktivitäten werden aufgelistet und übersprungen.</translation>
    </message>
    <message>
        <source>Files and folders to import</source>
        <translation>Zu importierende Dateien und Ordner</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Einen Ordner hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen entry</source>
        <translation>Den gewählten Eintrag entfernen</translation>
    </message>
    <message>
        <source>Also import &amp;walks and treadmill runs as runs</source>
        <translation>Auch &amp;Gehen und Laufbandläufe als Läufe importieren</translation>
    </message>
    <message>
        <source>Also import walks and treadmill runs as runs</source>
        <translation>Auch Gehen und Laufbandläufe als Läufe importieren</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Choose files or a folder, then Import.</source>
        <translation>Wähle Dateien oder einen Ordner, dann Importieren.</translation>
    </message>
    <message>
        <source>Why each file was not imported</source>
        <translation>Warum eine Datei nicht importiert wurde</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the summary</source>
        <translation>Die Zusammenfassung kopieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Start the import</source>
        <translation>Den Import starten</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop the import (what is done stays)</source>
        <translation>Den Import stoppen (Erledigtes bleibt)</translation>
    </message>
    <message>
        <source>Choose activity files</source>
        <translation>Aktivitätsdateien wählen</translation>
    </message>
    <message>
        <source>Choose a folder of activity files</source>
        <translation>Einen Ordner mit Aktivitätsdateien wählen</translation>
    </message>
    <message>
        <source>Looking through the files…</source>
        <translation>Die Dateien werden durchgesehen…</translation>
    </message>
    <message>
        <source>{progress} Stopping after this file…</source>
        <translation>{progress} Halte nach dieser Datei an…</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln files read</source>
        <translation>
            <numerusform>{done} von %Ln Datei gelesen</numerusform>
            <numerusform>{done} von %Ln Dateien gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing activities: {done} of {total}</source>
        <translation>Aktivitäten werden importiert: {done} von {total}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files read.</source>
        <translation>
            <numerusform>%Ln Datei gelesen.</numerusform>
            <numerusform>%Ln Dateien gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped: {problem}. Every run written before that is whole and stays.</source>
        <translation>Der Import wurde abgebrochen: {problem}. Jeder zuvor geschriebene Lauf ist vollständig und bleibt.</translation>
    </message>
    <message>
        <source>Merge imported runs</source>
        <translation>Importierte Läufe zusammenführen</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Läufe importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln walks and treadmill runs</source>
        <translation>
            <numerusform>%Ln Gehen oder Laufbandlauf importieren</numerusform>
            <numerusform>%Ln Gehen und Laufbandläufe importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a run without times</source>
        <translation>Einen Lauf ohne Zeiten importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln runs</source>
        <translation>
            <numerusform>%Ln Lauf importieren</numerusform>
            <numerusform>%Ln Läufe importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Distance ({unit})</source>
        <translation>Distanz ({unit})</translation>
    </message>
    <message>
        <source>Pace (min/{unit})</source>
        <translation>Pace (min/{unit})</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Herzfrequenz</translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>One row every {step} {unit}: the values recorded nearest that distance.</source>
        <translation>Eine Zeile alle {step} {unit}: die Werte, die dieser Distanz am nächsten aufgezeichnet wurden.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show the charts as a table</source>
        <translation>Die Diagramme als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Pace, heart rate and elevation every {step} km or mile, as a table (Space); again for the charts</source>
        <translation>Pace, Herzfrequenz und Höhe alle {step} km oder Meilen, als Tabelle (Leertaste); nochmals für die Diagramme</translation>
    </message>
    <message>
        <source>Pace, heart rate and elevation: table</source>
        <translation>Pace, Herzfrequenz und Höhe: Tabelle</translation>
    </message>
    <message>
        <source>Pace, heart rate and elevation against distance</source>
        <translation>Pace, Herzfrequenz und Höhe über die Distanz</translation>
    </message>
    <message>
        <source>Pace, heart rate and elevation charts</source>
        <translation>Diagramme zu Pace, Herzfrequenz und Höhe</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>No track was recorded with this run, so there is nothing to draw.</source>
        <translation>Zu diesem Lauf wurde kein Track aufgezeichnet, es gibt also nichts zu zeichnen.</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Pace</translation>
    </message>
    <message>
        <source>beats/min</source>
        <translation>Schläge/min</translation>
    </message>
    <message>
        <source>distance ({unit})</source>
        <translation>Distanz ({unit})</translation>
    </message>
    <message>
        <source>Against distance: pace, heart rate, elevation.</source>
        <translation>Über die Distanz: Pace, Herzfrequenz, Höhe.</translation>
    </message>
    <message>
        <source>Against distance: pace, heart rate.</source>
        <translation>Über die Distanz: Pace, Herzfrequenz.</translation>
    </message>
    <message>
        <source>Against distance: pace, elevation.</source>
        <translation>Über die Distanz: Pace, Höhe.</translation>
    </message>
    <message>
        <source>Against distance: heart rate, elevation.</source>
        <translation>Über die Distanz: Herzfrequenz, Höhe.</translation>
    </message>
    <message>
        <source>Against distance: pace.</source>
        <translation>Über die Distanz: Pace.</translation>
    </message>
    <message>
        <source>Against distance: heart rate.</source>
        <translation>Über die Distanz: Herzfrequenz.</translation>
    </message>
    <message>
        <source>Against distance: elevation.</source>
        <translation>Über die Distanz: Höhe.</translation>
    </message>
    <message>
        <source>The file has no pace.</source>
        <translation>Die Datei hat keine Pace.</translation>
    </message>
    <message>
        <source>The file has no heart rate.</source>
        <translation>Die Datei hat keine Herzfrequenz.</translation>
    </message>
    <message>
        <source>The file has no elevation.</source>
        <translation>Die Datei hat keine Höhe.</translation>
    </message>
    <message>
        <source>The file has no pace and no heart rate.</source>
        <translation>Die Datei hat keine Pace und keine Herzfrequenz.</translation>
    </message>
    <message>
        <source>The file has no pace and no elevation.</source>
        <translation>Die Datei hat keine Pace und keine Höhe.</translation>
    </message>
    <message>
        <source>The file has no heart rate and no elevation.</source>
        <translation>Die Datei hat keine Herzfrequenz und keine Höhe.</translation>
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
        <source>Climb / descent</source>
        <translation>Anstieg / Abstieg</translation>
    </message>
    <message>
        <source>Run page</source>
        <translation>Laufseite</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>The run</source>
        <translation>Der Lauf</translation>
    </message>
    <message>
        <source>Pace, heart rate and elevation</source>
        <translation>Pace, Herzfrequenz und Höhe</translation>
    </message>
    <message>
        <source>Splits</source>
        <translation>Zwischenzeiten</translation>
    </message>
    <message>
        <source>Splits: columns</source>
        <translation>Zwischenzeiten: Spalten</translation>
    </message>
    <message>
        <source>Splits: rows</source>
        <translation>Zwischenzeiten: Zeilen</translation>
    </message>
    <message>
        <source>Load and recovery</source>
        <translation>Belastung und Erholung</translation>
    </message>
    <message>
        <source>Open &amp;Recovery</source>
        <translation>&amp;Erholung öffnen</translation>
    </message>
    <message>
        <source>Open the Recovery page</source>
        <translation>Die Seite Erholung öffnen</translation>
    </message>
    <message>
        <source>This run was deleted</source>
        <translation>Dieser Lauf wurde gelöscht</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings it back.</source>
        <translation>Bearbeiten &gt; Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <source>{kind} · {day}, {time}</source>
        <translation>{kind} · {day}, {time}</translation>
    </message>
    <message>
        <source>Run of {day}</source>
        <translation>Lauf vom {day}</translation>
    </message>
    <message>
        <source>No track with distances was recorded, so there are no splits.</source>
        <translation>Es wurde kein Track mit Distanzen aufgezeichnet, daher gibt es keine Zwischenzeiten.</translation>
    </message>
    <message>
        <source>Each kilometre's moving time (standing still does not count), climb and heart rate.</source>
        <translation>Bewegungszeit (Stehen zählt nicht), Anstieg und Herzfrequenz je Kilometer.</translation>
    </message>
    <message>
        <source>Each mile's moving time (standing still does not count), climb and heart rate.</source>
        <translation>Bewegungszeit (Stehen zählt nicht), Anstieg und Herzfrequenz je Meile.</translation>
    </message>
    <message>
        <source>For its type: {kind}</source>
        <translation>Für seinen Typ: {kind}</translation>
    </message>
    <message>
        <source>Typed by hand: no file recorded this run, so there is no track to draw.</source>
        <translation>Von Hand eingetippt: keine Datei hat diesen Lauf aufgezeichnet, es gibt also keinen Track zum Zeichnen.</translation>
    </message>
    <message>
        <source>from {file}</source>
        <translation>aus {file}</translation>
    </message>
    <message>
        <source>the file gave no time zone: the time is this computer's</source>
        <translation>die Datei nannte keine Zeitzone: die Zeit ist die dieses Computers</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad samples left out of the figures</source>
        <translation>
            <numerusform>%Ln fehlerhafter Messpunkt nicht in den Werten</numerusform>
            <numerusform>%Ln fehlerhafte Messpunkte nicht in den Werten</numerusform>
        </translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Moving time</source>
        <translation>Bewegungszeit</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>Climb</source>
        <translation>Anstieg</translation>
    </message>
    <message>
        <source>beats a minute</source>
        <translation>Schläge pro Minute</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Kadenz</translation>
    </message>
    <message>
        <source>steps a minute</source>
        <translation>Schritte pro Minute</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>{effort} of 10</source>
        <translation>{effort} von 10</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Untergrund</translation>
    </message>
    <message>
        <source>Shoes</source>
        <translation>Schuhe</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>keine gewählt</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Session-effort load: {load} (effort × minutes).</source>
        <translation>Belastung nach Anstrengung: {load} (Anstrengung × Minuten).</translation>
    </message>
    <message>
        <source>Session-effort load: {load} (effort × minutes; no effort given, counted as 5).</source>
        <translation>Belastung nach Anstrengung: {load} (Anstrengung × Minuten; keine Anstrengung angegeben, als 5 gezählt).</translation>
    </message>
    <message>
        <source>Heart-rate load: {load} TRIMP (Banister, resting {rest} and maximum {maximum} beats a minute from Settings).</source>
        <translation>Herzfrequenz-Belastung: {load} TRIMP (Banister, Ruhepuls {rest} und Maximum {maximum} Schläge pro Minute aus den Einstellungen).</translation>
    </message>
    <message>
        <source>Heart-rate load: none, as no heart rate was recorded.</source>
        <translation>Herzfrequenz-Belastung: keine, da keine Herzfrequenz aufgezeichnet wurde.</translation>
    </message>
    <message>
        <source>Soreness logged after this run:</source>
        <translation>Beschwerden, die nach diesem Lauf eingetragen wurden:</translation>
    </message>
    <message>
        <source>• {region}, {severity} of 10, noted {when} (linked to this run)</source>
        <translation>• {region}, {severity} von 10, eingetragen {when} (mit diesem Lauf verknüpft)</translation>
    </message>
    <message>
        <source>• {region}, {severity} of 10, noted {when}</source>
        <translation>• {region}, {severity} von 10, eingetragen {when}</translation>
    </message>
    <message numerus="yes">
        <source>No soreness logged in the %Ln hours after this run. If something hurts, log it on the Recovery page for guidance.</source>
        <translation>
            <numerusform>In der %Ln Stunde nach diesem Lauf wurden keine Beschwerden eingetragen. Wenn etwas schmerzt, trage es auf der Seite Erholung ein, um Empfehlungen zu bekommen.</numerusform>
            <numerusform>In den %Ln Stunden nach diesem Lauf wurden keine Beschwerden eingetragen. Wenn etwas schmerzt, trage es auf der Seite Erholung ein, um Empfehlungen zu bekommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>+{climb} / −{descent}</source>
        <translation>+{climb} / −{descent}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>{average} {per_minute}</source>
        <translation>{average} {per_minute}</translation>
    </message>
    <message>
        <source>up to {peak} {per_minute}</source>
        <translation>bis zu {peak} {per_minute}</translation>
    </message>
    <message>
        <source>{average} average, {peak} highest ({per_minute})</source>
        <translation>Ø {average}, max. {peak} ({per_minute})</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>CoreLog's built-in knowledge is damaged, so it will not give advice: {problem}</source>
        <translation>Das eingebaute Wissen von CoreLog ist beschädigt, daher gibt es keine Empfehlungen: {problem}</translation>
    </message>
    <message>
        <source>Scrolls with the arrow keys, Page Up and Page Down.</source>
        <translation>Scrollt mit den Pfeiltasten, Bild auf und Bild ab.</translation>
    </message>
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
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
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
        <source>{task} failed: {reason}</source>
        <translation>{task} fehlgeschlagen: {reason}</translation>
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
        <source>Undo</source>
        <translation>Rückgängig</translation>
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
        <source>Reps can't be negative.</source>
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
        <source>A hold can't be negative.</source>
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
        <source>Enter a distance like 5.2 or 5.2 km.</source>
        <translation>Gib eine Distanz wie 5,2 oder 5,2 km ein.</translation>
    </message>
    <message>
        <source>Enter a distance like 3.1 or 3.1 mi.</source>
        <translation>Gib eine Distanz wie 3,1 oder 3,1 mi ein.</translation>
    </message>
    <message>
        <source>Enter a time like 25:30, 1:02:03 or 45m.</source>
        <translation>Gib eine Zeit wie 25:30, 1:02:03 oder 45m ein.</translation>
    </message>
    <message>
        <source>Enter a hold like 45, 45s or 1:30.</source>
        <translation>Gib eine Haltezeit wie 45, 45s oder 1:30 ein.</translation>
    </message>
    <message>
        <source>Enter an elevation gain like 120 or 120 m.</source>
        <translation>Gib einen Anstieg wie 120 oder 120 m ein.</translation>
    </message>
    <message>
        <source>Enter an elevation gain like 400 or 400 ft.</source>
        <translation>Gib einen Anstieg wie 400 oder 400 ft ein.</translation>
    </message>
    <message>
        <source>Enter a whole number, like 12.</source>
        <translation>Gib eine ganze Zahl ein, etwa 12.</translation>
    </message>
    <message>
        <source>Minutes after the hours must be below 60. {hint}</source>
        <translation>Die Minuten nach den Stunden müssen unter 60 liegen. {hint}</translation>
    </message>
    <message>
        <source>Seconds after a colon must be below 60. {hint}</source>
        <translation>Die Sekunden nach einem Doppelpunkt müssen unter 60 liegen. {hint}</translation>
    </message>
    <message>
        <source>Write 25:30 for 25 minutes 30 seconds, or 25.5m for decimal minutes.</source>
        <translation>Schreib 25:30 für 25 Minuten 30 Sekunden oder 25,5m für Dezimalminuten.</translation>
    </message>
    <message>
        <source>Seconds or minutes? Write {number}s for seconds, or {clock} for {number} minutes.</source>
        <translation>Sekunden oder Minuten? Schreib {number}s für Sekunden oder {clock} für {number} Minuten.</translation>
    </message>
    <message>
        <source>Seconds or minutes? Write {number}s for seconds.</source>
        <translation>Sekunden oder Minuten? Schreib {number}s für Sekunden.</translation>
    </message>
    <message>
        <source>A 5K race is about {standard}; this run is {distance}. Choose 'other' or check the distance.</source>
        <translation>Ein 5-km-Wettkampf ist etwa {standard} lang, dieser Lauf {distance}. Wähle „Andere Distanz“ oder prüfe die Distanz.</translation>
    </message>
    <message>
        <source>A 10K race is about {standard}; this run is {distance}. Choose 'other' or check the distance.</source>
        <translation>Ein 10-km-Wettkampf ist etwa {standard} lang, dieser Lauf {distance}. Wähle „Andere Distanz“ oder prüfe die Distanz.</translation>
    </message>
    <message>
        <source>A half marathon is about {standard}; this run is {distance}. Choose 'other' or check the distance.</source>
        <translation>Ein Halbmarathon ist etwa {standard} lang, dieser Lauf {distance}. Wähle „Andere Distanz“ oder prüfe die Distanz.</translation>
    </message>
    <message>
        <source>A marathon is about {standard}; this run is {distance}. Choose 'other' or check the distance.</source>
        <translation>Ein Marathon ist etwa {standard} lang, dieser Lauf {distance}. Wähle „Andere Distanz“ oder prüfe die Distanz.</translation>
    </message>
    <message>
        <source>Enter the distance you ran, like 5.2 or 5.2 km.</source>
        <translation>Gib die gelaufene Distanz ein, etwa 5,2 oder 5,2 km.</translation>
    </message>
    <message>
        <source>Enter the distance you ran, like 3.1 or 3.1 mi.</source>
        <translation>Gib die gelaufene Distanz ein, etwa 3,1 oder 3,1 mi.</translation>
    </message>
    <message>
        <source>The distance can't be negative.</source>
        <translation>Die Distanz kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The distance must be more than zero.</source>
        <translation>Die Distanz muss größer als null sein.</translation>
    </message>
    <message>
        <source>More than {limit} in one run? Check the distance.</source>
        <translation>Mehr als {limit} in einem Lauf? Prüfe die Distanz.</translation>
    </message>
    <message>
        <source>Enter how long the run took, like 25:30 or 45m.</source>
        <translation>Gib ein, wie lange der Lauf gedauert hat, etwa 25:30 oder 45m.</translation>
    </message>
    <message>
        <source>The time can't be negative.</source>
        <translation>Die Zeit kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The time must be more than zero.</source>
        <translation>Die Zeit muss größer als null sein.</translation>
    </message>
    <message>
        <source>More than 48 hours in one run? Check the time.</source>
        <translation>Mehr als 48 Stunden in einem Lauf? Prüfe die Zeit.</translation>
    </message>
    <message>
        <source>Elevation gain can't be negative.</source>
        <translation>Der Anstieg kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>More than {limit} of climbing in one run? Check the elevation gain.</source>
        <translation>Mehr als {limit} Anstieg in einem Lauf? Prüfe den Anstieg.</translation>
    </message>
    <message>
        <source>The climb can't be more than the distance run; check the elevation gain.</source>
        <translation>Der Anstieg kann nicht größer als die gelaufene Distanz sein; prüfe den Anstieg.</translation>
    </message>
    <message>
        <source>That is a pace of {pace}, faster than {limit}. Check the distance and time, or save it as it is.</source>
        <translation>Das ist eine Pace von {pace}, schneller als {limit}. Prüfe Distanz und Zeit oder speichere den Lauf so.</translation>
    </message>
    <message>
        <source>That is a pace of {pace}, slower than {limit}. Check the distance and time, or save it as it is.</source>
        <translation>Das ist eine Pace von {pace}, langsamer als {limit}. Prüfe Distanz und Zeit oder speichere den Lauf so.</translation>
    </message>
    <message>
        <source>Enter when the run started.</source>
        <translation>Gib ein, wann der Lauf begonnen hat.</translation>
    </message>
    <message>
        <source>Choose a run type from the list.</source>
        <translation>Wähle einen Lauftyp aus der Liste.</translation>
    </message>
    <message>
        <source>Choose the race distance: 5K, 10K, half marathon, marathon or other.</source>
        <translation>Wähle die Wettkampfdistanz: 5 km, 10 km, Halbmarathon, Marathon oder andere.</translation>
    </message>
    <message>
        <source>Choose a surface from the list.</source>
        <translation>Wähle einen Untergrund aus der Liste.</translation>
    </message>
    <message>
        <source>The run this was linked to has been deleted. Pick another one, or none.</source>
        <translation>Der verknüpfte Lauf wurde gelöscht. Wähle einen anderen oder keinen.</translation>
    </message>
    <message>
        <source>The core session this was linked to has been deleted. Pick another one, or none.</source>
        <translation>Die verknüpfte Core-Einheit wurde gelöscht. Wähle eine andere oder keine.</translation>
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
        <source>Days can't be negative.</source>
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
    <message>
        <source>That is more than a day in the future; check the date and time.</source>
        <translation>Das liegt mehr als einen Tag in der Zukunft; prüfe Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>Effort is a whole number from {low} to {high}, or leave it empty.</source>
        <translation>Die Anstrengung ist eine ganze Zahl von {low} bis {high}, oder lass das Feld leer.</translation>
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
        <source>That was after the time you noted the soreness; pick what came before.</source>
        <translation>Das war nach dem Zeitpunkt, den du für die Beschwerden angegeben hast; wähle, was davor war.</translation>
    </message>
    <message>
        <source>That is before the entry was logged; check the date and time.</source>
        <translation>Das liegt vor dem Eintrag; prüf Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>That pair is no longer in your list; choose another.</source>
        <translation>Dieses Paar ist nicht mehr in deiner Liste; wähle ein anderes.</translation>
    </message>
    <message>
        <source>That pair is retired; choose another, or bring it back in Shoes.</source>
        <translation>Dieses Paar ist ausgemustert; wähle ein anderes oder hol es unter „Schuhe“ zurück.</translation>
    </message>
    <message>
        <source>Enter a name for the pair, like “Trail shoes” or “Pegasus 41”.</source>
        <translation>Gib dem Paar einen Namen, etwa „Trailschuhe“ oder „Pegasus 41“.</translation>
    </message>
    <message>
        <source>Keep the name to {count} characters or fewer.</source>
        <translation>Der Name darf höchstens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The distance already on the pair can't be negative.</source>
        <translation>Die bisherige Distanz des Paars kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>You already have a pair called “{name}”.</source>
        <translation>Du hast schon ein Paar namens „{name}“.</translation>
    </message>
    <message>
        <source>More than {limit} on one pair? Check the distance already on it.</source>
        <translation>Mehr als {limit} auf einem Paar? Prüfe die bisherige Distanz.</translation>
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
        <source>The rest can't be negative.</source>
        <translation>Die Pause kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The prep countdown can't be negative.</source>
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
        <source>(CoreLog's own words)</source>
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
        <source>(CoreLog's reading; rule from {documents})</source>
        <translation>(CoreLogs Einschätzung; Regel aus {documents})</translation>
    </message>
    <message>
        <source>(CoreLog's reading; rules from {documents})</source>
        <translation>(CoreLogs Einschätzung; Regeln aus {documents})</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Speichern (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
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
        <source>“{name}” is used by %Ln sets, so it can't be deleted. Hide it instead: it leaves the lists and its sets stay.</source>
        <translation>
            <numerusform>„{name}“ wird von %Ln Satz verwendet und kann darum nicht gelöscht werden. Blende sie stattdessen aus: Sie verschwindet aus den Listen, ihre Sätze bleiben.</numerusform>
            <numerusform>„{name}“ wird von %Ln Sätzen verwendet und kann darum nicht gelöscht werden. Blende sie stattdessen aus: Sie verschwindet aus den Listen, ihre Sätze bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is part of CoreLog's exercise library and can't be deleted. Hide it instead to take it out of the lists.</source>
        <translation>„{name}“ gehört zur Übungsbibliothek von CoreLog und kann nicht gelöscht werden. Blende sie stattdessen aus, um sie aus den Listen zu nehmen.</translation>
    </message>
    <message>
        <source>“{name}” is still used by a deleted session that Undo can bring back, so it can't be deleted yet. Hide it instead.</source>
        <translation>„{name}“ wird noch von einer gelöschten Einheit verwendet, die „Rückgängig“ zurückholen kann, und kann darum noch nicht gelöscht werden. Blende sie stattdessen aus.</translation>
    </message>
    <message>
        <source>“{name}” is used by plank timer workouts, so it can't be deleted. Hide it instead.</source>
        <translation>„{name}“ wird von Trainings im Plank-Timer verwendet und kann darum nicht gelöscht werden. Blende sie stattdessen aus.</translation>
    </message>
    <message>
        <source>“{name}” is being timed on the Plank timer page, so it can't be deleted while that workout is under way.</source>
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
        <source>{name} ({library_name} in CoreLog's library)</source>
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
        <source>CoreLog's documents say nothing about this exercise, so there is no advice to show. The general dose for core work is 2-3 sets with short rests {source}.</source>
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
        <source>CoreLog's exercises come from its source documents; add your own below. Hidden exercises leave the lists you pick from, and the sets you logged stay.</source>
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
        <source>How hard it felt, 1 (very easy) to 10 (all out); leave at – if you'd rather not say</source>
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
        <source>yyyy-MM-dd HH:mm</source>
        <translation>dd.MM.yyyy HH:mm</translation>
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
        <source>ddd d MMM HH:mm</source>
        <translation>ddd, d. MMM, HH:mm</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
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
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
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
        <source>Cannot read {file}: {reason}.</source>
        <translation>{file} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{file} is not a CoreLog export: it is not a text file.</source>
        <translation>{file} ist kein CoreLog-Export: Die Datei ist keine Textdatei.</translation>
    </message>
    <message>
        <source>{file} is not a CoreLog export: it is not valid JSON (line {line}, column {column}: {problem}).</source>
        <translation>{file} ist kein CoreLog-Export: Die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column}: {problem}).</translation>
    </message>
    <message>
        <source>{file} is not a CoreLog export: it is nested too deeply.</source>
        <translation>{file} ist kein CoreLog-Export: Die Datei ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>{file} is not a CoreLog export CoreLog can read: it holds a number thousands of digits long.</source>
        <translation>{file} ist kein CoreLog-Export, den CoreLog lesen kann: Die Datei enthält eine Zahl mit Tausenden von Ziffern.</translation>
    </message>
    <message>
        <source>The import was cancelled before it changed anything.</source>
        <translation>Der Import wurde abgebrochen, bevor er etwas geändert hat.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Nichts wurde importiert: {reason}</translation>
    </message>
    <message>
        <source>Import cancelled: everything it had added was taken back.</source>
        <translation>Import abgebrochen: Alles, was er hinzugefügt hatte, wurde zurückgenommen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln runs</source>
        <comment>added by an import</comment>
        <translation>
            <numerusform>%Ln Lauf</numerusform>
            <numerusform>%Ln Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln core sessions</source>
        <comment>added by an import</comment>
        <translation>
            <numerusform>%Ln Core-Einheit</numerusform>
            <numerusform>%Ln Core-Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln soreness entries</source>
        <comment>added by an import</comment>
        <translation>
            <numerusform>%Ln Beschwerde-Eintrag</numerusform>
            <numerusform>%Ln Beschwerde-Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln soreness follow-ups</source>
        <comment>added by an import</comment>
        <translation>
            <numerusform>%Ln Nachfrage zu Beschwerden</numerusform>
            <numerusform>%Ln Nachfragen zu Beschwerden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pairs of shoes</source>
        <comment>added by an import</comment>
        <translation>
            <numerusform>%Ln Paar Schuhe</numerusform>
            <numerusform>%Ln Paar Schuhe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exercises</source>
        <comment>added by an import</comment>
        <translation>
            <numerusform>%Ln Übung</numerusform>
            <numerusform>%Ln Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln timer presets</source>
        <comment>added by an import</comment>
        <translation>
            <numerusform>%Ln Timer-Vorlage</numerusform>
            <numerusform>%Ln Timer-Vorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recordings of runs</source>
        <comment>added by an import</comment>
        <translation>
            <numerusform>%Ln Aufzeichnung eines Laufs</numerusform>
            <numerusform>%Ln Aufzeichnungen von Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Added {added}; updated {updated}; deleted {deleted}; {here} already here.</source>
        <translation>Hinzugefügt: {added}; aktualisiert: {updated}; gelöscht: {deleted}; {here} bereits vorhanden.</translation>
    </message>
    <message>
        <source>Added {added}; updated {updated}; {here} already here.</source>
        <translation>Hinzugefügt: {added}; aktualisiert: {updated}; {here} bereits vorhanden.</translation>
    </message>
    <message>
        <source>Nothing new to add; updated {updated}; deleted {deleted}; {here} already here.</source>
        <translation>Nichts Neues hinzuzufügen; aktualisiert: {updated}; gelöscht: {deleted}; {here} bereits vorhanden.</translation>
    </message>
    <message>
        <source>Nothing new to add; updated {updated}; {here} already here.</source>
        <translation>Nichts Neues hinzuzufügen; aktualisiert: {updated}; {here} bereits vorhanden.</translation>
    </message>
    <message>
        <source>Shoe</source>
        <translation>Schuhpaar</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Built-in exercise</source>
        <translation>Eingebaute Übung</translation>
    </message>
    <message>
        <source>Timer preset</source>
        <translation>Timer-Vorlage</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Core session</source>
        <translation>Core-Einheit</translation>
    </message>
    <message>
        <source>Soreness entry</source>
        <translation>Beschwerde-Eintrag</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>This CoreLog export is incomplete: its “{list}” list is missing or not a list.</source>
        <translation>Dieser CoreLog-Export ist unvollständig: Seine Liste „{list}“ fehlt oder ist keine Liste.</translation>
    </message>
    <message>
        <source>{kind} {number} of {total} is not an entry (an object) but {type}.</source>
        <translation>{kind} {number} von {total} ist kein Eintrag (kein Objekt), sondern {type}.</translation>
    </message>
    <message>
        <source>{kind} {number} of {total} (uuid {uuid}), field “{field}”: {problem}</source>
        <translation>{kind} {number} von {total} (UUID {uuid}), Feld „{field}“: {problem}</translation>
    </message>
    <message>
        <source>{kind} {number} of {total}, field “{field}”: {problem}</source>
        <translation>{kind} {number} von {total}, Feld „{field}“: {problem}</translation>
    </message>
    <message>
        <source>This file is not a CoreLog export (it has no “{mark}” mark).</source>
        <translation>Diese Datei ist kein CoreLog-Export (ihr fehlt die Kennung „{mark}“).</translation>
    </message>
    <message>
        <source>This CoreLog export has no valid format version.</source>
        <translation>Dieser CoreLog-Export hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>This file was exported by a newer CoreLog (export format version {version}; this CoreLog reads up to version {newest}). Update CoreLog to import it.</source>
        <translation>Diese Datei wurde von einem neueren CoreLog exportiert (Exportformat Version {version}; dieses CoreLog liest bis Version {newest}). Aktualisiere CoreLog, um sie zu importieren.</translation>
    </message>
    <message>
        <source>This file was exported by a newer CoreLog (export format a version number far beyond; this CoreLog reads up to version {newest}). Update CoreLog to import it.</source>
        <translation>Diese Datei wurde von einem neueren CoreLog exportiert (Exportformat mit einer weit höheren Versionsnummer; dieses CoreLog liest bis Version {newest}). Aktualisiere CoreLog, um sie zu importieren.</translation>
    </message>
    <message>
        <source>This CoreLog export's “preferences” are not a set of values.</source>
        <translation>Die „preferences“ dieses CoreLog-Exports sind keine Sammlung von Werten.</translation>
    </message>
    <message>
        <source>must be a value with the time it was set.</source>
        <translation>muss ein Wert mit dem Zeitpunkt sein, zu dem er gesetzt wurde.</translation>
    </message>
    <message>
        <source>Preference “{key}”: the value {problem}</source>
        <translation>Einstellung „{key}“: Der Wert {problem}</translation>
    </message>
    <message>
        <source>Preference “{key}”, field “{field}”: {problem}</source>
        <translation>Einstellung „{key}“, Feld „{field}“: {problem}</translation>
    </message>
    <message>
        <source>must be countdown or count_up.</source>
        <translation>muss countdown oder count_up sein.</translation>
    </message>
    <message>
        <source>The pair has no name.</source>
        <translation>Das Paar hat keinen Namen.</translation>
    </message>
    <message>
        <source>“{key}” is not an exercise CoreLog knows.</source>
        <translation>„{key}“ ist keine Übung, die CoreLog kennt.</translation>
    </message>
    <message>
        <source>names an exercise that is not in the file (unknown exercise).</source>
        <translation>verweist auf eine Übung, die nicht in der Datei steht (unbekannte Übung).</translation>
    </message>
    <message>
        <source>is not a plan the plank timer can run ({problem}).</source>
        <translation>ist kein Plan, den der Plank-Timer ausführen kann ({problem}).</translation>
    </message>
    <message>
        <source>names a pair that is not in the file.</source>
        <translation>verweist auf ein Paar, das nicht in der Datei steht.</translation>
    </message>
    <message>
        <source>Enter when the workout started.</source>
        <translation>Gib ein, wann das Training begann.</translation>
    </message>
    <message>
        <source>A set has either reps or a hold time, not both.</source>
        <translation>Ein Satz hat entweder Wiederholungen oder eine Haltezeit, nicht beides.</translation>
    </message>
    <message>
        <source>names a timer workout that is not in this session.</source>
        <translation>verweist auf ein Timer-Training, das nicht in dieser Einheit steht.</translation>
    </message>
    <message>
        <source>names a run that is not in the file.</source>
        <translation>verweist auf einen Lauf, der nicht in der Datei steht.</translation>
    </message>
    <message>
        <source>names a core session that is not in the file.</source>
        <translation>verweist auf eine Core-Einheit, die nicht in der Datei steht.</translation>
    </message>
    <message>
        <source>is an entry of the file too, so it cannot also be deleted.</source>
        <translation>ist auch ein Eintrag der Datei und kann darum nicht zugleich gelöscht sein.</translation>
    </message>
    <message>
        <source>“{kind}” is not a kind of entry CoreLog keeps.</source>
        <translation>„{kind}“ ist keine Art von Eintrag, die CoreLog führt.</translation>
    </message>
    <message>
        <source>must be shoe, exercise or timer_preset.</source>
        <translation>muss shoe, exercise oder timer_preset sein.</translation>
    </message>
    <message>
        <source>names the entry itself.</source>
        <translation>verweist auf den Eintrag selbst.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>fehlt.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>muss Text sein.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>muss true oder false sein.</translation>
    </message>
    <message>
        <source>“{value}”</source>
        <comment>a value of the file, quoted</comment>
        <translation>„{value}“</translation>
    </message>
    <message>
        <source>must be one of {choices}.</source>
        <translation>muss einer dieser Werte sein: {choices}.</translation>
    </message>
    <message>
        <source>is used by another entry in the file too.</source>
        <translation>wird in der Datei auch von einem anderen Eintrag verwendet.</translation>
    </message>
    <message>
        <source>is far too large a number.</source>
        <translation>ist eine viel zu große Zahl.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>must be {low} or more.</source>
        <translation>muss {low} oder mehr sein.</translation>
    </message>
    <message>
        <source>must be a number.</source>
        <translation>muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>is not a date and time in UTC, like {example}.</source>
        <translation>ist kein Datum mit Uhrzeit in UTC wie {example}.</translation>
    </message>
    <message>
        <source>must be an entry's uuid.</source>
        <translation>muss die UUID eines Eintrags sein.</translation>
    </message>
    <message>
        <source>is not a real UTC offset in minutes.</source>
        <translation>ist kein gültiger UTC-Versatz in Minuten.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>muss eine Liste sein.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder}: {reason}.</source>
        <translation>In den Ordner {folder} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}.</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>is not base64 text (the file was changed or cut).</source>
        <translation>ist kein Base64-Text (die Datei wurde verändert oder abgeschnitten).</translation>
    </message>
    <message>
        <source>is not a track CoreLog can read ({problem}).</source>
        <translation>ist kein Track, den CoreLog lesen kann ({problem}).</translation>
    </message>
    <message>
        <source>has another recording in the file too.</source>
        <translation>hat in der Datei noch eine weitere Aufzeichnung.</translation>
    </message>
    <message>
        <source>must be {most} characters or fewer.</source>
        <translation>darf höchstens {most} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>must be the file's SHA-256 (64 hexadecimal digits).</source>
        <translation>muss der SHA-256 der Datei sein (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>must be more than 0.</source>
        <translation>muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>must be from {low} to {high}.</source>
        <translation>muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <source>distances in miles</source>
        <translation>Distanzen in Meilen</translation>
    </message>
    <message>
        <source>distances in kilometres</source>
        <translation>Distanzen in Kilometern</translation>
    </message>
    <message>
        <source>weeks start on {day}</source>
        <translation>Wochen beginnen am {day}</translation>
    </message>
    <message>
        <source>the plank timer starts holds without a countdown</source>
        <translation>der Plank-Timer beginnt das Halten ohne Countdown</translation>
    </message>
    <message>
        <source>the plank timer counts down {seconds} s before the first hold</source>
        <translation>der Plank-Timer zählt vor dem ersten Halten {seconds} s herunter</translation>
    </message>
    <message>
        <source>resting heart rate {bpm} bpm</source>
        <translation>Ruhepuls {bpm} bpm</translation>
    </message>
    <message>
        <source>maximum heart rate {bpm} bpm</source>
        <translation>maximale Herzfrequenz {bpm} bpm</translation>
    </message>
    <message>
        <source>heart-rate load weighted for women</source>
        <translation>Herzfrequenz-Belastung für Frauen gewichtet</translation>
    </message>
    <message>
        <source>heart-rate load weighted for men</source>
        <translation>Herzfrequenz-Belastung für Männer gewichtet</translation>
    </message>
    <message>
        <source>Preferences from the file: {preferences}.</source>
        <translation>Einstellungen aus der Datei: {preferences}.</translation>
    </message>
    <message>
        <source>A reference to an exercise {exercise} points to nothing.</source>
        <translation>Ein Verweis auf die Übung {exercise} zeigt ins Leere.</translation>
    </message>
    <message>
        <source>The built-in exercise “{key}” is not in this CoreLog.</source>
        <translation>Die eingebaute Übung „{key}“ gibt es in diesem CoreLog nicht.</translation>
    </message>
    <message>
        <source>The entries do not fit this database ({problem}).</source>
        <translation>Die Einträge passen nicht zu dieser Datenbank ({problem}).</translation>
    </message>
    <message>
        <source>damaged track ({problem})</source>
        <translation>beschädigter Track ({problem})</translation>
    </message>
    <message>
        <source>not a CoreLog track</source>
        <translation>kein Track von CoreLog</translation>
    </message>
    <message>
        <source>a track of {count} samples is longer than any run</source>
        <translation>ein Track mit {count} Messpunkten ist länger als jeder Lauf</translation>
    </message>
    <message>
        <source>damaged track (its length does not match its samples)</source>
        <translation>beschädigter Track (seine Länge passt nicht zu seinen Messpunkten)</translation>
    </message>
</context>
<context>
    <name>History</name>
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
    <message>
        <source>no runs</source>
        <translation>keine Läufe</translation>
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
        <source>Core sessions</source>
        <translation>Core-Einheiten</translation>
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
        <source>Soreness</source>
        <translation>Beschwerden</translation>
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
        <translation>
            <numerusform>{region} an %Ln Tag (zuletzt {day})</numerusform>
            <numerusform>{region} an %Ln Tagen (zuletzt {day})</numerusform>
        </translation>
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
        <source>Against the target of {low} to {high}</source>
        <translation>Gegenüber dem Ziel von {low} bis {high}</translation>
    </message>
    <message>
        <source>One row per week with a timed hold: the longest hold of each exercise.</source>
        <translation>Eine Zeile pro Woche mit gemessener Haltezeit: die längste Haltezeit jeder Übung.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Körperregion</translation>
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
        <translation>
            <numerusform>Jeder Balken ist eine Woche. ▲ und Orange markieren die %Ln Woche, die mehr als 10 Prozent über der Woche davor lag (zuletzt: Woche ab {day}, +{percent} %); die Dokumente raten, die Wochendistanz um nicht mehr als das zu steigern {citation}.</numerusform>
            <numerusform>Jeder Balken ist eine Woche. ▲ und Orange markieren die %Ln Wochen, die mehr als 10 Prozent über der Woche davor lagen (zuletzt: Woche ab {day}, +{percent} %); die Dokumente raten, die Wochendistanz um nicht mehr als das zu steigern {citation}.</numerusform>
        </translation>
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
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
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
</context>
<context>
    <name>Log</name>
    <message>
        <source>A run is already logged at {time} on {day} ({distance} in {duration}). Is this another run? Check its start time, or save it as it is.</source>
        <translation>Am {day} um {time} ist schon ein Lauf eingetragen ({distance} in {duration}). Ist das ein weiterer Lauf? Prüfe die Startzeit oder speichere ihn so.</translation>
    </message>
    <message numerus="yes">
        <source>This pair can't be deleted: %Ln runs use it. Retire it instead, so it is no longer offered for new runs.</source>
        <translation>
            <numerusform>Dieses Paar kann nicht gelöscht werden: %Ln Lauf nutzt es. Muster es stattdessen aus, dann wird es für neue Läufe nicht mehr angeboten.</numerusform>
            <numerusform>Dieses Paar kann nicht gelöscht werden: %Ln Läufe nutzen es. Muster es stattdessen aus, dann wird es für neue Läufe nicht mehr angeboten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” can't be deleted: %Ln runs use it. Retire it instead, so it is no longer offered for new runs.</source>
        <translation>
            <numerusform>„{name}“ kann nicht gelöscht werden: %Ln Lauf nutzt es. Muster es stattdessen aus, dann wird es für neue Läufe nicht mehr angeboten.</numerusform>
            <numerusform>„{name}“ kann nicht gelöscht werden: %Ln Läufe nutzen es. Muster es stattdessen aus, dann wird es für neue Läufe nicht mehr angeboten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Locker</translation>
    </message>
    <message>
        <source>Long run</source>
        <translation>Langer Lauf</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempolauf</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Hills</source>
        <translation>Hügel</translation>
    </message>
    <message>
        <source>Sprints</source>
        <translation>Sprints</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Wettkampf</translation>
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
        <source>Half marathon</source>
        <translation>Halbmarathon</translation>
    </message>
    <message>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <source>Other distance</source>
        <translation>Andere Distanz</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Trail</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>Treadmill</source>
        <translation>Laufband</translation>
    </message>
    <message>
        <source>Grass</source>
        <translation>Rasen</translation>
    </message>
    <message>
        <source>Very light</source>
        <translation>Sehr leicht</translation>
    </message>
    <message>
        <source>hardly more than a walk</source>
        <translation>kaum mehr als Gehen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>you could keep going for hours</source>
        <translation>du könntest stundenlang weiterlaufen</translation>
    </message>
    <message>
        <source>chatting in full sentences</source>
        <translation>Plaudern in ganzen Sätzen</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Angenehm</translation>
    </message>
    <message>
        <source>still chatting, breathing deeper</source>
        <translation>Plaudern geht noch, Atmung tiefer</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Gleichmäßig</translation>
    </message>
    <message>
        <source>talking in short sentences</source>
        <translation>Reden in kurzen Sätzen</translation>
    </message>
    <message>
        <source>Fairly hard</source>
        <translation>Ziemlich hart</translation>
    </message>
    <message>
        <source>a few words at a time</source>
        <translation>nur ein paar Worte am Stück</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hart</translation>
    </message>
    <message>
        <source>short phrases; you are working</source>
        <translation>kurze Satzfetzen; du arbeitest</translation>
    </message>
    <message>
        <source>Very hard</source>
        <translation>Sehr hart</translation>
    </message>
    <message>
        <source>a word or two, no more</source>
        <translation>ein, zwei Worte, mehr nicht</translation>
    </message>
    <message>
        <source>Near max</source>
        <translation>Fast maximal</translation>
    </message>
    <message>
        <source>no talking, hanging on</source>
        <translation>kein Reden mehr, nur noch durchhalten</translation>
    </message>
    <message>
        <source>All out</source>
        <translation>Alles gegeben</translation>
    </message>
    <message>
        <source>nothing left at the end</source>
        <translation>am Ende nichts mehr übrig</translation>
    </message>
    <message>
        <source>{kind} · {race_distance}</source>
        <translation>{kind} · {race_distance}</translation>
    </message>
    <message>
        <source>{effort} · {name}</source>
        <translation>{effort} · {name}</translation>
    </message>
    <message>
        <source>{effort} · {name}: {feel}</source>
        <translation>{effort} · {name}: {feel}</translation>
    </message>
    <message>
        <source>Muscles worked</source>
        <translation>Beanspruchte Muskeln</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Core:&lt;/b&gt; {text}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rumpf:&lt;/b&gt; {text}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>In CoreLog's words {sources}</source>
        <translation>In CoreLogs Worten {sources}</translation>
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
        <source>Run type</source>
        <translation>Lauftyp</translation>
    </message>
    <message>
        <source>Race distance</source>
        <translation>Wettkampfdistanz</translation>
    </message>
    <message>
        <source>The race distance</source>
        <translation>Die Wettkampfdistanz</translation>
    </message>
    <message>
        <source>Perceived effort</source>
        <translation>Gefühlte Anstrengung</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>How hard the run felt, from 1 (very light) to 10 (all out)</source>
        <translation>Wie hart sich der Lauf anfühlte, von 1 (sehr leicht) bis 10 (alles gegeben)</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Untergrund</translation>
    </message>
    <message>
        <source>e.g. {distance}</source>
        <translation>z. B. {distance}</translation>
    </message>
    <message>
        <source>Edit cancelled; the run is unchanged.</source>
        <translation>Bearbeitung abgebrochen; der Lauf ist unverändert.</translation>
    </message>
    <message>
        <source>The run you were editing was deleted.</source>
        <translation>Der Lauf, den du bearbeitet hast, wurde gelöscht.</translation>
    </message>
    <message>
        <source>The run was not saved. {reason}</source>
        <translation>Der Lauf wurde nicht gespeichert. {reason}</translation>
    </message>
    <message>
        <source>No shoes</source>
        <translation>Keine Schuhe</translation>
    </message>
    <message>
        <source>No shoes yet</source>
        <translation>Noch keine Schuhe</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name} (ausgemustert)</translation>
    </message>
    <message>
        <source>New run</source>
        <translation>Neuer Lauf</translation>
    </message>
    <message>
        <source>Enter saves · Esc clears</source>
        <translation>Enter speichert · Esc leert</translation>
    </message>
    <message>
        <source>Save run</source>
        <translation>Lauf speichern</translation>
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
        <source>Editing: {kind}</source>
        <translation>Bearbeiten: {kind}</translation>
    </message>
    <message>
        <source>{start} · Enter saves · Esc cancels</source>
        <translation>{start} · Enter speichert · Esc bricht ab</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Pace &lt;b&gt;{pace}&lt;/b&gt;</source>
        <translation>Pace &lt;b&gt;{pace}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pace –</source>
        <translation>Pace –</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Startdatum und -uhrzeit</translation>
    </message>
    <message>
        <source>When the run started (local time)</source>
        <translation>Wann der Lauf begann (Ortszeit)</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distanz</translation>
    </message>
    <message>
        <source>In your unit, or name one: 5.2, 5,2 km, 3.1 mi, 800 m</source>
        <translation>In deiner Einheit oder mit Einheit: 5,2, 5.2 km, 3,1 mi, 800 m</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>e.g. 25:30</source>
        <translation>z. B. 25:30</translation>
    </message>
    <message>
        <source>25:30, 1:02:03, 45m, 1h 5m or 90s (a bare number is minutes)</source>
        <translation>25:30, 1:02:03, 45m, 1h 5m oder 90s (eine Zahl allein sind Minuten)</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Pace</translation>
    </message>
    <message>
        <source>Elevation gain</source>
        <translation>Anstieg</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>St&amp;art</translation>
    </message>
    <message>
        <source>&amp;Distance</source>
        <translation>D&amp;istanz</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>&amp;Zeit</translation>
    </message>
    <message>
        <source>Cl&amp;imb</source>
        <translation>An&amp;stieg</translation>
    </message>
    <message>
        <source>Shoes</source>
        <translation>Schuhe</translation>
    </message>
    <message>
        <source>Sh&amp;oes…</source>
        <translation>&amp;Verwalten…</translation>
    </message>
    <message>
        <source>Manage shoes</source>
        <translation>Schuhe verwalten</translation>
    </message>
    <message>
        <source>Add, rename or retire pairs</source>
        <translation>Paare hinzufügen, umbenennen oder ausmustern</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>Effo&amp;rt</source>
        <translation>Anst&amp;rengung</translation>
    </message>
    <message>
        <source>S&amp;urface</source>
        <translation>&amp;Untergrund</translation>
    </message>
    <message>
        <source>&amp;Shoes</source>
        <translation>S&amp;chuhe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>How it went, the route, the weather… (Ctrl+Enter saves)</source>
        <translation>Wie es lief, die Strecke, das Wetter… (Strg+Enter speichert)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Speichern (Enter)</translation>
    </message>
    <message>
        <source>Clear the form (Esc)</source>
        <translation>Formular leeren (Esc)</translation>
    </message>
    <message>
        <source>Log run</source>
        <translation>Lauf eintragen</translation>
    </message>
    <message>
        <source>Run logged: {distance} in {time} ({pace}).</source>
        <translation>Lauf eingetragen: {distance} in {time} ({pace}).</translation>
    </message>
    <message>
        <source>Nothing changed; the run is as it was.</source>
        <translation>Nichts geändert; der Lauf ist unverändert.</translation>
    </message>
    <message>
        <source>Change run</source>
        <translation>Lauf ändern</translation>
    </message>
    <message>
        <source>Run updated — Ctrl+Z to undo.</source>
        <translation>Lauf geändert – Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Check the pace</source>
        <translation>Pace prüfen</translation>
    </message>
    <message>
        <source>Another run at this time</source>
        <translation>Schon ein Lauf zu dieser Zeit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>climb {climb}</source>
        <translation>Anstieg {climb}</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Runs tab</source>
        <translation>Reiter Läufe</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Letzte Läufe</translation>
    </message>
    <message>
        <source>The latest {count}. Enter or double-click edits; Delete removes; Ctrl+Z undoes.</source>
        <translation>Die letzten {count}. Enter oder Doppelklick bearbeitet; Entf löscht; Strg+Z macht rückgängig.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected run</source>
        <translation>Gewählten Lauf bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected runs</source>
        <translation>Gewählte Läufe löschen</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Löschen (Entf)</translation>
    </message>
    <message>
        <source>Run &amp;page</source>
        <translation>Lau&amp;fseite</translation>
    </message>
    <message>
        <source>Open the selected run's page</source>
        <translation>Seite des gewählten Laufs öffnen</translation>
    </message>
    <message>
        <source>Its figures, pace, heart rate and elevation, splits and recovery (Alt+P)</source>
        <translation>Seine Zahlen, Pace, Herzfrequenz und Höhe, Zwischenzeiten und Erholung (Alt+F)</translation>
    </message>
    <message>
        <source>No runs yet. Fill in the form above and press Enter to log your first run; it will show up here.</source>
        <translation>Noch keine Läufe. Füll das Formular oben aus und drück Enter, um deinen ersten Lauf einzutragen; er erscheint dann hier.</translation>
    </message>
    <message>
        <source>The run you are editing was changed meanwhile: the form shows it as it is now, with what you typed kept.</source>
        <translation>Der Lauf, den du bearbeitest, wurde inzwischen geändert: Das Formular zeigt ihn, wie er jetzt ist, und behält, was du getippt hast.</translation>
    </message>
    <message>
        <source>For the run you are editing: {kind}</source>
        <translation>Für den Lauf, den du bearbeitest: {kind}</translation>
    </message>
    <message>
        <source>For this run: {kind}</source>
        <translation>Für diesen Lauf: {kind}</translation>
    </message>
    <message>
        <source>For the selected run: {start}, {kind}</source>
        <translation>Für den gewählten Lauf: {start}, {kind}</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln runs</source>
        <translation>
            <numerusform>%Ln Lauf löschen</numerusform>
            <numerusform>%Ln Läufe löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Run deleted — Ctrl+Z to undo</source>
        <translation>Lauf gelöscht – Strg+Z macht es rückgängig</translation>
    </message>
    <message numerus="yes">
        <source>%Ln runs deleted — Ctrl+Z to undo</source>
        <translation>
            <numerusform>%Ln Lauf gelöscht – Strg+Z macht es rückgängig</numerusform>
            <numerusform>%Ln Läufe gelöscht – Strg+Z macht es rückgängig</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Ausmustern</translation>
    </message>
    <message>
        <source>Bring the pair back into service</source>
        <translation>Das Paar wieder in Gebrauch nehmen</translation>
    </message>
    <message>
        <source>Retire the pair</source>
        <translation>Das Paar ausmustern</translation>
    </message>
    <message>
        <source>Add a pair</source>
        <translation>Paar hinzufügen</translation>
    </message>
    <message>
        <source>Add pair</source>
        <translation>Paar hinzufügen</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>„{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>„{name}“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>Change pair</source>
        <translation>Paar ändern</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Retire pair</source>
        <translation>Paar ausmustern</translation>
    </message>
    <message>
        <source>Bring pair back</source>
        <translation>Paar zurückholen</translation>
    </message>
    <message>
        <source>“{name}” retired: no longer offered for new runs.</source>
        <translation>„{name}“ ausgemustert: wird für neue Läufe nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>“{name}” is back in service.</source>
        <translation>„{name}“ ist wieder in Gebrauch.</translation>
    </message>
    <message>
        <source>Delete pair</source>
        <translation>Paar löschen</translation>
    </message>
    <message>
        <source>“{name}” deleted — Ctrl+Z to undo</source>
        <translation>„{name}“ gelöscht – Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Track the distance on each pair. A retired pair is no longer offered for new runs but stays on the runs you wore it for.</source>
        <translation>Verfolge die Distanz jedes Paars. Ein ausgemustertes Paar wird für neue Läufe nicht mehr angeboten, bleibt aber bei den Läufen, in denen du es getragen hast.</translation>
    </message>
    <message>
        <source>Your shoes</source>
        <translation>Deine Schuhe</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected pair</source>
        <translation>Gewähltes Paar bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the pair</source>
        <translation>Das Paar löschen</translation>
    </message>
    <message>
        <source>Name of the pair</source>
        <translation>Name des Paars</translation>
    </message>
    <message>
        <source>e.g. Pegasus 41</source>
        <translation>z. B. Pegasus 41</translation>
    </message>
    <message>
        <source>Distance already on the pair</source>
        <translation>Bisherige Distanz des Paars</translation>
    </message>
    <message>
        <source>0 for a new pair</source>
        <translation>0 wenn neu</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Already &amp;on it</source>
        <translation>Bisher &amp;gelaufen</translation>
    </message>
    <message>
        <source>For a used pair: the distance it had before you added it</source>
        <translation>Für ein gebrauchtes Paar: die Distanz, die es schon hatte, bevor du es hinzugefügt hast</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>Total distance</source>
        <translation>Gesamtdistanz</translation>
    </message>
    <message>
        <source>{added} when added + {logged} logged</source>
        <translation>{added} beim Hinzufügen + {logged} eingetragen</translation>
    </message>
    <message>
        <source>Start distance</source>
        <translation>Anfangsdistanz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In Gebrauch</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
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
        <source>getting worse</source>
        <translation>wird schlimmer</translation>
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
        <source>CoreLog's reading</source>
        <translation>CoreLogs Einschätzung</translation>
    </message>
    <message>
        <source>CoreLog's guidance is general information drawn from running articles, not medical advice. If pain is severe, keeps getting worse or does not settle, see a physiotherapist or a doctor.</source>
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
        <source>Part of today's plan</source>
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
        <source>Resting on the document's rule:</source>
        <translation>Beruht auf der Regel des Dokuments:</translation>
    </message>
    <message>
        <source>CoreLog's reading, resting on the document's rule:</source>
        <translation>CoreLogs Einschätzung, beruht auf der Regel des Dokuments:</translation>
    </message>
    <message>
        <source>CoreLog's own words, not a document's.</source>
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
        <source>The resting heart rate must be below the maximum: until it is, History leaves out the heart-rate load.</source>
        <translation>Der Ruhepuls muss unter der maximalen Herzfrequenz liegen: bis dahin lässt der Verlauf die Herzfrequenz-Belastung weg.</translation>
    </message>
    <message>
        <source>History's heart-rate load (Banister's TRIMP) uses these for runs imported with heart rate; the session-effort load (effort × minutes) does not need them.</source>
        <translation>Die Herzfrequenz-Belastung im Verlauf (TRIMP nach Banister) nutzt diese Werte für Läufe, die mit Herzfrequenz importiert wurden; die Belastung aus Anstrengung (Anstrengung × Minuten) braucht sie nicht.</translation>
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
        <source>Starting point: the documents give no hold time for the {exercise}, so CoreLog uses the plank's {low}-{high} s; {dose} {cited}.</source>
        <translation>Ausgangspunkt: Die Dokumente nennen keine Haltezeit für „{exercise}“, darum nimmt CoreLog die {low}–{high} s der Plank; {dose} {cited}.</translation>
    </message>
    <message>
        <source>Starting point: the plank's dose from the documents, {low}-{high} s holds, {dose} {cited}.</source>
        <translation>Ausgangspunkt: der Umfang der Plank aus den Dokumenten, {low}–{high} s Haltezeit, {dose} {cited}.</translation>
    </message>
    <message>
        <source>As your last workout of it, on {day}.</source>
        <translation>Wie dein letztes Training damit ({day}).</translation>
    </message>
    <message>
        <source>lower</source>
        <comment>a text continuing a sentence: 'lower' its first letter or 'keep' it</comment>
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
        <source>Saved: %Ln holds in today's core session.</source>
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
        <source>Saved %Ln holds to today's core session</source>
        <translation>
            <numerusform>%Ln Satz in der heutigen Core-Einheit gespeichert</numerusform>
            <numerusform>%Ln Sätze in der heutigen Core-Einheit gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln holds saved to today's core session — Ctrl+Z to undo</source>
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
    <message>
        <source>{name} must be a whole number, not {value}</source>
        <translation>{name} muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>a countdown hold needs a target longer than zero</source>
        <translation>Halten mit Herunterzählen braucht ein Ziel über null</translation>
    </message>
    <message>
        <source>the hold target must be between 0 and {most} ms</source>
        <translation>das Ziel der Haltezeit muss zwischen 0 und {most} ms liegen</translation>
    </message>
    <message>
        <source>the number of sets must be between 1 and {most}</source>
        <translation>die Zahl der Sätze muss zwischen 1 und {most} liegen</translation>
    </message>
    <message>
        <source>the rest must be between 0 and {most} ms</source>
        <translation>die Pause muss zwischen 0 und {most} ms liegen</translation>
    </message>
    <message>
        <source>the prep countdown must be between 0 and {most} ms</source>
        <translation>der Vorbereitungs-Countdown muss zwischen 0 und {most} ms liegen</translation>
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