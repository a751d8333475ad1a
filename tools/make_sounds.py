"""Make the plank timer's sound cues: small WAV files of CoreLog's own tones.

    python tools/make_sounds.py            # writes resources/sounds/*.wav
    python tools/make_sounds.py --out DIR  # somewhere else

Standard library only (``wave``, ``math``); the output is the same, byte for byte, on every
run, so the committed files can be checked against this script.

The cues, each easy to tell from the others with eyes on the floor:

* ``hold.wav``: "hold now", a bright rising two-note call;
* ``tick_3.wav``, ``tick_2.wav``, ``tick_1.wav``: the last three seconds of a phase, short
  pips rising in pitch as the end nears;
* ``rest.wav``: "rest", a soft falling two-note call;
* ``done.wav``: "workout done", three rising notes.
"""

from __future__ import annotations

import argparse
import math
import struct
import wave
from collections.abc import Sequence
from pathlib import Path

RATE = 44_100
"""Samples per second."""
PEAK = 0.6
"""Loudest sample, as a fraction of full scale: clear without clipping on any device."""

Note = tuple[float, float]
"""A frequency in hertz (0 for silence) and a length in seconds."""

CUES: dict[str, Sequence[Note]] = {
    "hold": [(659.3, 0.12), (987.8, 0.26)],
    "tick_3": [(880.0, 0.08)],
    "tick_2": [(987.8, 0.08)],
    "tick_1": [(1174.7, 0.08)],
    "rest": [(784.0, 0.16), (523.3, 0.30)],
    "done": [(1046.5, 0.14), (1318.5, 0.14), (1568.0, 0.40)],
}


def note_samples(frequency: float, seconds: float) -> list[float]:
    """One note: a sine with a little of its octave for brightness, a 5 ms attack and an
    exponential fade, so it starts and ends without a click."""
    count = round(RATE * seconds)
    attack = round(RATE * 0.005)
    samples = []
    for i in range(count):
        t = i / RATE
        if frequency <= 0:
            samples.append(0.0)
            continue
        tone = math.sin(2 * math.pi * frequency * t) + 0.25 * math.sin(4 * math.pi * frequency * t)
        rise = min(1.0, i / attack) if attack else 1.0
        fade = math.exp(-4.0 * i / count) * (1 - i / count) ** 0.5
        samples.append(tone / 1.25 * rise * fade)
    return samples


def cue_samples(notes: Sequence[Note]) -> list[float]:
    samples: list[float] = []
    for frequency, seconds in notes:
        samples += note_samples(frequency, seconds)
    return samples


def write_wav(path: Path, samples: Sequence[float]) -> None:
    """16-bit mono PCM."""
    frames = b"".join(
        struct.pack("<h", round(max(-1.0, min(1.0, s)) * PEAK * 32767)) for s in samples
    )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def make_sounds(out_dir: Path) -> list[Path]:
    """Write every cue into ``out_dir``; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, notes in CUES.items():
        path = out_dir / f"{name}.wav"
        write_wav(path, cue_samples(notes))
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Make CoreLog's timer sound cues.")
    default = Path(__file__).resolve().parent.parent / "resources" / "sounds"
    parser.add_argument("--out", type=Path, default=default, help=f"folder (default {default})")
    args = parser.parse_args(argv)
    for path in make_sounds(args.out):
        print(f"{path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
