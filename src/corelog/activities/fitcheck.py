"""The FIT file's frame checked before decoding: headers, lengths and CRCs.

A FIT file is one or more parts ("chained" files), each a header (12 or 14 bytes, the
last two a CRC of the first twelve when not zero), data of the length the header
states, and a 2-byte CRC over the header and data. The CRC is CRC-16/ARC, so running it
over a whole part, its CRC included, gives 0. Checking here, over the bytes in memory
in one pass, lets fitdecode decode without its own per-field CRC bookkeeping, which
triples its time (docs/activities.md).
"""

from __future__ import annotations

from corelog.activities.errors import Reason, Refused
from corelog.domain.i18n import QT_TRANSLATE_NOOP

FIT_MAGIC = b".FIT"


def _table() -> list[int]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
        table.append(crc)
    return table


_TABLE = _table()


def crc16(data: bytes | memoryview, crc: int = 0) -> int:
    """The FIT CRC (CRC-16/ARC) of ``data``, continuing from ``crc``."""
    table = _TABLE
    for byte in data:
        crc = (crc >> 8) ^ table[(crc ^ byte) & 0xFF]
    return crc


def looks_like_fit(data: bytes) -> bool:
    return len(data) >= 12 and data[0] in (12, 14) and data[8:12] == FIT_MAGIC


def check_frame(data: bytes) -> int:
    """Check every part's header, length and CRC; returns the number of parts.

    Raises Refused with what is wrong and where: a corrupt header, a file cut off before
    its end, or a CRC that does not match (the bytes were changed after writing).
    """
    view = memoryview(data)
    offset = 0
    parts = 0
    while offset < len(data):
        offset = _check_part(data, view, offset)
        parts += 1
    return parts


def _check_part(data: bytes, view: memoryview, offset: int) -> int:
    """Check the part starting at ``offset``; returns where the next part starts."""
    where = _where(offset)
    head = data[offset : offset + 14]
    _check_header(view, head, offset, where)
    size = head[0]
    data_size = int.from_bytes(head[4:8], "little")
    end = offset + size + data_size + 2
    if end > len(data):
        raise Refused(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Activities",
                    "it is cut off before its end{where}: it should hold {expected} bytes but "
                    "holds {found} (was the copy or download interrupted?)",
                ),
                where=where,
                expected=end - offset,
                found=len(data) - offset,
            )
        )
    if crc16(view[offset:end]) != 0:
        raise Refused(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Activities",
                    "its checksum (CRC){where} does not match its content: the file was "
                    "damaged after the device wrote it",
                ),
                where=where,
            )
        )
    return end


def _where(offset: int) -> str | Reason:
    """Where a part is, for the messages: nothing for the first, its first byte after that."""
    return (
        ""
        if offset == 0
        else Reason(
            QT_TRANSLATE_NOOP("Activities", " (its part starting at byte {offset})"),
            offset=offset,
        )
    )


def _check_header(view: memoryview, head: bytes, offset: int, where: str | Reason) -> None:
    """A part's header: 12 or 14 bytes marked ".FIT", and its own CRC right when it has one."""
    if len(head) < 12 or head[0] not in (12, 14) or head[8:12] != FIT_MAGIC:
        if offset == 0:
            raise Refused(
                Reason(
                    QT_TRANSLATE_NOOP(
                        "Activities",
                        "it does not start as a FIT file does: its header is damaged, or it "
                        "is not a FIT file",
                    )
                )
            )
        raise Refused(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Activities",
                    "it has a corrupt header at byte {offset}, after its first part; the file "
                    "is damaged",
                ),
                offset=offset,
            )
        )
    if head[0] == 14 and len(head) == 14:
        stated = int.from_bytes(head[12:14], "little")
        if stated and crc16(view[offset : offset + 12]) != stated:
            raise Refused(
                Reason(
                    QT_TRANSLATE_NOOP(
                        "Activities",
                        "its FIT header{where} fails its checksum; the file is damaged",
                    ),
                    where=where,
                )
            )
