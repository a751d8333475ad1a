<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Checks</name>
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
        <source>A 5K race is about {standard}; this run is {distance}. Choose &apos;other&apos; or check the distance.</source>
        <translation>Ein 5-km-Wettkampf ist etwa {standard} lang, dieser Lauf {distance}. Wähle „Andere Distanz“ oder prüfe die Distanz.</translation>
    </message>
    <message>
        <source>A 10K race is about {standard}; this run is {distance}. Choose &apos;other&apos; or check the distance.</source>
        <translation>Ein 10-km-Wettkampf ist etwa {standard} lang, dieser Lauf {distance}. Wähle „Andere Distanz“ oder prüfe die Distanz.</translation>
    </message>
    <message>
        <source>A half marathon is about {standard}; this run is {distance}. Choose &apos;other&apos; or check the distance.</source>
        <translation>Ein Halbmarathon ist etwa {standard} lang, dieser Lauf {distance}. Wähle „Andere Distanz“ oder prüfe die Distanz.</translation>
    </message>
    <message>
        <source>A marathon is about {standard}; this run is {distance}. Choose &apos;other&apos; or check the distance.</source>
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
        <source>The distance can&apos;t be negative.</source>
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
        <source>The time can&apos;t be negative.</source>
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
        <source>Elevation gain can&apos;t be negative.</source>
        <translation>Der Anstieg kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>More than {limit} of climbing in one run? Check the elevation gain.</source>
        <translation>Mehr als {limit} Anstieg in einem Lauf? Prüfe den Anstieg.</translation>
    </message>
    <message>
        <source>The climb can&apos;t be more than the distance run; check the elevation gain.</source>
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
        <source>That is more than a day in the future; check the date and time.</source>
        <translation>Das liegt mehr als einen Tag in der Zukunft; prüfe Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>Effort is a whole number from {low} to {high}, or leave it empty.</source>
        <translation>Die Anstrengung ist eine ganze Zahl von {low} bis {high}, oder lass das Feld leer.</translation>
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
        <source>The distance already on the pair can&apos;t be negative.</source>
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
</context>
<context>
    <name>Common</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
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
        <source>dd MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <translation>ddd, d. MMM, HH:mm</translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message>
        <source>A run is already logged at {time} on {day} ({distance} in {duration}). Is this another run? Check its start time, or save it as it is.</source>
        <translation>Am {day} um {time} ist schon ein Lauf eingetragen ({distance} in {duration}). Ist das ein weiterer Lauf? Prüfe die Startzeit oder speichere ihn so.</translation>
    </message>
    <message numerus="yes">
        <source>This pair can&apos;t be deleted: %Ln runs use it. Retire it instead, so it is no longer offered for new runs.</source>
        <translation>
            <numerusform>Dieses Paar kann nicht gelöscht werden: %Ln Lauf nutzt es. Muster es stattdessen aus, dann wird es für neue Läufe nicht mehr angeboten.</numerusform>
            <numerusform>Dieses Paar kann nicht gelöscht werden: %Ln Läufe nutzen es. Muster es stattdessen aus, dann wird es für neue Läufe nicht mehr angeboten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” can&apos;t be deleted: %Ln runs use it. Retire it instead, so it is no longer offered for new runs.</source>
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
        <source>In CoreLog&apos;s words {sources}</source>
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
        <source>Open the selected run&apos;s page</source>
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
    <message>
        <source>Core sessions</source>
        <translation>Core-Einheiten</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Eintragen</translation>
    </message>
    <message>
        <source>Log sections</source>
        <translation>Bereiche von Eintragen</translation>
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
