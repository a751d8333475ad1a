"""Every XML file is read here first, through defusedxml, with DTDs and entities refused.

A document type declaration is where entity bombs ("billion laughs") and external
entities (a file or web address read into the document) live; GPX and TCX files never
need one. So any DTD is refused before a single element is built, and the reason names
what the declaration tried to do.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from corelog.activities.errors import Reason, Refused
from corelog.domain.i18n import QT_TRANSLATE_NOOP

_DECLARED_ENCODING = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
_BOM = b"\xef\xbb\xbf"
_PROLOG_LIMIT = 64 * 1024  # where a DOCTYPE would be


def _doctype_reason(data: bytes) -> str:
    head = data[:_PROLOG_LIMIT]
    if re.search(rb"<!ENTITY[^>]*\b(SYSTEM|PUBLIC)\b", head):
        return QT_TRANSLATE_NOOP(
            "Activities",
            "it refers to an external entity (another file or a web address to be read into "
            "it); CoreLog reads nothing from outside the file",
        )
    if b"<!ENTITY" in head:
        return QT_TRANSLATE_NOOP(
            "Activities",
            "it declares XML entities, which can swell into gigabytes as they are read (an "
            "“entity bomb”); CoreLog refuses XML with entities",
        )
    return QT_TRANSLATE_NOOP(
        "Activities",
        "it carries a document type declaration (DTD), which activity files never need; "
        "CoreLog refuses XML with one",
    )


def parse_xml(data: bytes) -> Element:
    """The root element of ``data``; raises Refused for unsafe or broken XML."""
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise Refused(Reason(_doctype_reason(data))) from exc
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise Refused(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Activities",
                    "it is not well-formed XML (the text breaks off or is damaged at line "
                    "{line}, column {column})",
                ),
                line=str(line),
                column=str(column + 1),
            )
        ) from exc


def xml_text(data: bytes) -> str:
    """``data`` as text in its declared encoding (UTF-8 unless it says otherwise)."""
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    found = _DECLARED_ENCODING.match(data)
    encoding = found.group(1).decode("ascii") if found else "utf-8"
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError) as exc:
        raise Refused(
            Reason(
                QT_TRANSLATE_NOOP("Activities", "its text is not valid {encoding} as it says"),
                encoding=encoding,
            )
        ) from exc


def local_name(tag: str) -> str:
    """An element's name without its namespace: ``{ns}Trackpoint`` -> ``Trackpoint``."""
    return tag.rsplit("}", 1)[-1]
