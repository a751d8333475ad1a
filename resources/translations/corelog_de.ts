<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Enter the reps as a whole number, like 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps can&apos;t be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least 1 rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {most} reps in one set? Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how long you held it. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hold can&apos;t be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold must be longer than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hold of more than 30 minutes? Check the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exercise measured in reps or by a hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the left or the right side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when the session started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the exercise a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the name to {most} characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an exercise called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether it is done for reps or held for a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how long the session took, like 20, 20m or 25:30, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the preset a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a rest like 30, 30s or 1:00, or leave it empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a prep countdown like 5 or 10s, or leave it empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of sets, from {least} to {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the target hold. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target must be at least 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest can&apos;t be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prep countdown can&apos;t be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest can be at most 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prep countdown can be at most 60 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the exercise to time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That exercise is no longer in the library; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise} is done for reps; choose a held exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a countdown to the target or a hold to failure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message numerus="yes">
        <source>%Ln reps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>L</source>
        <comment>left side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <comment>right side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {count} × {amount} each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core sessions this week: {sessions} of {least}-{most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That exercise is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“{name}” is used by %Ln sets, so it can&apos;t be deleted. Hide it instead: it leaves the lists and its sets stay.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is part of CoreLog&apos;s exercise library and can&apos;t be deleted. Hide it instead to take it out of the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is still used by a deleted session that Undo can bring back, so it can&apos;t be deleted yet. Hide it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is used by plank timer workouts, so it can&apos;t be deleted. Hide it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is being timed on the Plank timer page, so it can&apos;t be deleted while that workout is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for a time, on each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done for reps, on each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done for reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({library_name} in CoreLog&apos;s library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of your own exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from an earlier library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoreLog&apos;s documents say nothing about this exercise, so there is no advice to show. The general dose for core work is 2-3 sets with short rests {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its job while you run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it is weak or tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises that train it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn the core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your core keeps your trunk steady on every stride. These are its five main muscles, what each one does while you run, what happens when it is weak or tired, and the exercises in your library that train it. Choose an exercise to see how to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The core muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises that train the {muscle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage your core while running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exercise in the table above to see what it trains, how to keep good form, and the dose the documents give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log your sessions on the Log page (Ctrl+K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Learn the core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>where an exercise comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoreLog&apos;s exercises come from its source documents; add your own below. Hidden exercises leave the lists you pick from, and the sets you logged stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exercise to see what it trains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the chosen exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the chosen exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new name for the chosen exercise; Enter renames it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide from lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Superman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the exercise library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how in lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own exercises that no set uses can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this exercise (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is hidden from the lists — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is back in the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise “{name}” deleted — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exercise “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” added to your exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The core session you were editing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The plank timer added %Ln sets to this session; the form shows it as it is now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This session was changed elsewhere; the form shows it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The plank timer added %Ln sets to this session while you were editing it; they are in the form now, after yours.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sets were added to this session while you were editing it; they are in the form now, after yours.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This session was changed elsewhere since you opened it (by Undo, Redo or the plank timer). Reload it to see it as it is now; the changes typed here are dropped then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session as it is stored now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to repeat yet: this will be your first session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets copied from your session of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New core session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the session as it was (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit core session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core session changed — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log core session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Core session saved (%Ln sets).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Editing cancelled; the session is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the form with the sets of your latest session (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the session as it is stored now; the changes typed here are dropped (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the session started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort from 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How hard it felt, 1 (very easy) to 10 (all out); leave at – if you&apos;d rather not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the session took, like 20 (minutes), 20m or 25:30; optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps, or a hold like 45, 45s or 1:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went, what to change next time (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <comment>how long a session took</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 45 or 1:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s hold</source>
        <comment>unit after a hold in seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {number} exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {number} reps or hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {number} left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {number} right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove set {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold time: 45, 45s or 1:30 (a bare number is seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of reps, like 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a set like the one above (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core sessions tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercise library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each exercise trains; add, rename or hide exercises (Alt+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn the c&amp;ore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The core muscles, what they do while you run, and how to train them (Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core session form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent core sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No core sessions yet. Log your first one on the left: two or three short sessions a week are enough to steady your stride.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to edit a session; Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen session (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen session (Delete; Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest {shown} of {total} sessions; History shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete core session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core session of {when} deleted — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than the target this week; fine, as long as you recover well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On target for this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more sessions reach the target.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This week: {first} to {last}.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
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
<context>
    <name>Timer</name>
    <message>
        <source>Time a first workout to get suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a target time to get suggestions for holding longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every set held at {time} twice running, the top of the range. Keep the time and make it harder, for example with light resistance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every set held at {time} twice running: try {longer} next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every set held at {time}. Do it once more and CoreLog will suggest a longer hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay at {time} until every set is held to the end in two workouts running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to failure (goal {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hold} each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (each side) (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (each side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{least}-{most} sets on each side with short rests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{least}-{most} sets with short rests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point from the documents: {low}-{high} s holds, {dose} {cited}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point: the documents give no hold time for the {exercise}, so CoreLog uses the plank&apos;s {low}-{high} s; {dose} {cited}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point: the plank&apos;s dose from the documents, {low}-{high} s holds, {dose} {cited}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As your last workout of it, on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower</source>
        <comment>a text continuing a sentence: &apos;lower&apos; its first letter or &apos;keep&apos; it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set {number} of {sets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set {number} of {sets}, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set {number} of {sets}, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold {time}, {which}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold to failure (goal {time}), {which}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold to failure, {which}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prep {time}, then {hold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest {time}, then {which}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is unavailable on this computer: the timer runs silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output found: the timer runs silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken cues are unavailable: no text-to-speech voice found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>spoken as a hold begins</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <comment>spoken as a rest begins</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Get ready: {time}. Then hold, {which}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold to failure, {which}. Press Space to end the hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold: {time}, {which}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest: {time}. {done}. Next: {which}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: {done}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {done}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused in the get ready, {where}. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused in the hold, {where}. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused in the rest, {where}. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going on: get ready, {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going on: hold, {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going on: rest, {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space start · + / − rest ±5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space pause · Esc stop · S skip rest · + / − rest ±5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space end the hold · Esc stop · S skip rest · + / − rest ±5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space go on · Esc stop and save · S skip rest · + / − rest ±5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the workout (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now and save the holds done (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next hold now (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five seconds less rest (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five seconds less rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five seconds more rest (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five seconds more rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plank timer: start, pause, go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plank timer: stop and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plank timer: skip the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plank timer: 5 s more rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plank timer: 5 s less rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on where the workout was paused (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this hold and record the time held (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the workout (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: press Space to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plank timer display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase} · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hold is marked interrupted: the computer slept during it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer slept: the workout is paused and this hold is marked interrupted. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer slept: the workout is paused. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plank timer running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plank timer is running: click to go back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set {number}/{sets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase} {time} · paused · {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase} {time} · {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plank timer: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plank timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workout setup: it cannot start as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace timer preset “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save timer preset “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset “{name}” replaced — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset “{name}” saved — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete timer preset “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset “{name}” deleted — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workout is under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plank timer is running. Stop it and save the holds done so far?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout setup and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggested target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the suggested target into the setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exercise to see your personal best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet for {exercise}; your first timed hold sets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal best:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hold} (left side), {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hold} (right side), {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hold}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggested target of {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose: {dose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing saved: the hold ran longer than {limit}, more than CoreLog records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout stopped before any hold: nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out: %Ln holds longer than {limit}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taken out of the core session again (Edit &gt; Redo puts the %Ln holds back).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %Ln holds in today&apos;s core session.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save %Ln holds from the plank timer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The workout was not saved. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln holds to today&apos;s core session</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln holds saved to today&apos;s core session — Ctrl+Z to undo</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No preset: set up below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No presets yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No held exercise to time: show one in the exercise library (Log page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the preset “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go&amp;al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;arget hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 1:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 45 or 1:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> each side</source>
        <comment>after a number of sets</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved workout: choosing one fills the setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen preset (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise to time (held exercises only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like 45, 45s or 1:30 (minutes:seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many holds (for side planks: on each side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like 30 or 1:00; 0 or empty for none. + and - change it by 5 s, also during a rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prep countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to get into position before the first hold; the default is in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds or m:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count &amp;down to target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count down to a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each hold ends by itself when the target is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold to fail&amp;ure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold to failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count up: each hold lasts until you press Space, and the time held is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this setup; leave empty to use the one shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this setup under the name given; the same name replaces that preset (Alt+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln holds done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Set {number} of {sets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {number}, left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {number}, right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: the computer slept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held to failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short of {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln seconds held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln seconds left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{phase}, paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hold done yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
