"""One file's bytes in, its activities (or the reason there are none) out.

The format is recognised from the content, not the name: a file named ``.fit`` that
holds GPX is refused with that reason rather than misread. Nothing here raises: every
problem becomes the file's reason, so one bad file never stops an import.
"""

from __future__ import annotations

import hashlib
import re

from corelog.activities.clean import finish
from corelog.activities.errors import NotAnActivity, Reason, Refused, reason_of
from corelog.activities.fitcheck import looks_like_fit
from corelog.activities.model import FileResult, RawActivity
from corelog.domain.i18n import QT_TRANSLATE_NOOP

FORMAT_WORDS = {"fit": "FIT", "gpx": "GPX", "tcx": "TCX"}
_XML_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(gpx|TrainingCenterDatabase)[\s>/]")


def sniff(data: bytes) -> str | None:
    """The format the content shows: "fit", "gpx", "tcx", "xml" (other XML) or None."""
    if looks_like_fit(data):
        return "fit"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        found = _XML_ROOT.search(data[:65536])
        if found:
            return "gpx" if found.group(1) == b"gpx" else "tcx"
        return "xml"
    return None


def _what_it_is(found: str | None) -> Reason:
    if found in FORMAT_WORDS:
        return Reason(QT_TRANSLATE_NOOP("Activities", "{format} data"), format=FORMAT_WORDS[found])
    if found == "xml":
        return Reason(QT_TRANSLATE_NOOP("Activities", "XML that is neither GPX nor TCX"))
    return Reason(QT_TRANSLATE_NOOP("Activities", "something else (not FIT, GPX or TCX)"))


def _parse(fmt: str, data: bytes) -> list[RawActivity]:
    if fmt == "fit":
        from corelog.activities.fitfile import read_fit

        return read_fit(data)
    if fmt == "gpx":
        from corelog.activities.gpxfile import read_gpx

        return read_gpx(data)
    from corelog.activities.tcxfile import read_tcx

    return read_tcx(data)


def read_activity_file(name: str, data: bytes, named_fmt: str | None) -> FileResult:
    """Read one file; ``named_fmt`` is the format its name says (None for no known one)."""
    result = FileResult(name=name, fmt=named_fmt, sha256=hashlib.sha256(data).hexdigest())
    if not data:
        result.refused = Reason(QT_TRANSLATE_NOOP("Activities", "the file is empty (0 bytes)"))
        return result
    found = sniff(data)
    if named_fmt is None:
        result.refused = Reason(
            QT_TRANSLATE_NOOP("Activities", "not an activity file CoreLog reads (FIT, GPX or TCX)")
        )
        return result
    if found != named_fmt and not (named_fmt == "fit" and found is None):
        # (A .fit file that is no other format goes on: its header is checked below.)
        word = FORMAT_WORDS[named_fmt]
        what = _what_it_is(found)
        result.refused = (
            Reason(
                QT_TRANSLATE_NOOP(
                    "Activities",
                    "it is named as a {format} file but holds {what}; rename it to .{suffix} to "
                    "import it",
                ),
                format=word,
                what=what,
                suffix=found,
            )
            if found in FORMAT_WORDS
            else Reason(
                QT_TRANSLATE_NOOP("Activities", "it is named as a {format} file but holds {what}"),
                format=word,
                what=what,
            )
        )
        return result
    try:
        raws = _parse(named_fmt, data)
        result.activities = [finish(raw) for raw in raws]
    except Refused as exc:
        result.refused = reason_of(exc)
    except NotAnActivity as exc:
        result.not_activity = reason_of(exc)
    except Exception as exc:  # a parser's own bug must not stop the import
        result.refused = Reason(
            QT_TRANSLATE_NOOP("Activities", "it could not be read ({problem})"),
            problem=f"{type(exc).__name__}: {exc}",
        )
    return result
