"""Reading activity files recorded by watches and phone apps: FIT, GPX and TCX.

Pure Python below the services: nothing here imports Qt, the store or any other part of
CoreLog, so the parsers can run on a worker thread or in a helper process and be tested
on their own. What each module holds:

* ``sources``: walking what the user chose (files, folders, zip archives, nested zips,
  gzip) without unpacking anything to disk, with the size and path limits;
* ``reader``: one file's bytes in, a :class:`~corelog.activities.model.FileResult` out
  (its activities, or the reason it cannot be used);
* ``fitfile``, ``gpxfile``, ``tcxfile``: the three formats (fitdecode, gpxpy, defusedxml;
  docs/activities.md says why these);
* ``xmlsafe``: every XML read goes through defusedxml with DTDs and entities refused;
* ``clean``: samples dropped (time going backwards, impossible speed) and the figures of
  a run (distance, moving time, climb, heart rate, cadence);
* ``splits``: per-kilometre or per-mile splits from a track;
* ``codec``: the compact form a track is stored in.
"""
