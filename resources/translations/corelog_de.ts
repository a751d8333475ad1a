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
    <name>Common</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
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
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM HH:mm</source>
        <translation>ddd, d. MMM, HH:mm</translation>
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