"""The user's preferences, declared once, typed, with defaults, stored in QSettings.

Preferences only: the user's training data lives in the database. Every key is in
``SETTINGS`` below (those that travel declared in ``services.preferences``); reading an
unknown or malformed stored value falls back to the default instead of failing.

Each preference the user sets is stored with the moment it was set (``changed_at/<key>``),
so that the ones describing their training (``services.preferences``) travel in export
files and the newer setting wins on import, as entries do.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from corelog.domain import clock
from corelog.services.preferences import TRAINING_PREFERENCES, PreferenceValue, Setting

T = TypeVar("T")

CHANGED_AT = "changed_at/"
"""Prefix of the keys that hold when each preference was last set (ISO 8601, UTC)."""


SETTINGS: dict[str, Setting] = {
    **TRAINING_PREFERENCES,  # units, week start, timer prep, heart rates: they travel
    **{
        s.key: s
        for s in (
            Setting("appearance/theme", "system", choices=("system", "light", "dark")),
            # The language of the interface: the system's, or one CoreLog speaks (ui.i18n).
            Setting("appearance/language", "system", choices=("system", "en", "de")),
            Setting("sound/enabled", True),
            # Spoken cues ("Hold, left side", "Rest") where the system has a voice.
            Setting("sound/speech", False),
        )
    },
}


def value_range(key: str) -> tuple[int, int]:
    """The lowest and highest value a whole-number preference allows (a field's range)."""
    spec = SETTINGS[key]
    assert spec.minimum is not None and spec.maximum is not None, key
    return spec.minimum, spec.maximum


class _Preference(Generic[T]):
    """A preference read as an attribute of the settings: ``settings.unit``."""

    def __init__(self, key: str) -> None:
        self.key = key

    def __get__(self, settings: AppSettings, owner: type | None = None) -> T:
        return settings.get(self.key)

    def __set__(self, settings: AppSettings, value: T) -> None:
        raise AttributeError(f"set {self.key!r} with settings.set(key, value)")


class AppSettings(QObject):
    """Typed access to preferences; emits ``sig_changed`` when one changes."""

    sig_changed = Signal(str)
    """A preference changed; carries its key (e.g. "units/distance")."""

    def __init__(self, qsettings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._qs = qsettings

    @property
    def qsettings(self) -> QSettings:
        return self._qs

    def get(self, key: str) -> Any:
        spec = SETTINGS[key]
        raw = self._qs.value(key, None)
        if raw is None:
            return spec.default
        value = _coerce(raw, spec.kind)
        return value if value is not None and spec.allows(value) else spec.default

    def set(self, key: str, value: Any) -> None:
        spec = SETTINGS[key]
        if spec.choices is not None and value not in spec.choices:
            raise ValueError(f"{value!r} is not a valid value for {key}")
        if self.get(key) == value and self._qs.contains(key):
            return
        self._qs.setValue(key, value)
        self._qs.setValue(CHANGED_AT + key, clock.utc_now().isoformat())
        self._qs.sync()
        self.sig_changed.emit(key)

    # The preferences that travel in export files (services.preferences decides which).
    def training_preferences(self) -> dict[str, PreferenceValue]:
        """The training preferences the user has set, each with when it was set.

        One set before CoreLog recorded the time counts as set now, the first time it is
        asked for (and from then on): the user's choice here wins over older ones.
        """
        out = {}
        for key in TRAINING_PREFERENCES:
            if key not in SETTINGS or not self._qs.contains(key):
                continue
            changed_at = _instant(self._qs.value(CHANGED_AT + key))
            if changed_at is None:
                changed_at = clock.utc_now()
                self._qs.setValue(CHANGED_AT + key, changed_at.isoformat())
                self._qs.sync()
            out[key] = PreferenceValue(self.get(key), changed_at)
        return out

    def apply_training_preferences(self, changes: Mapping[str, PreferenceValue]) -> list[str]:
        """Take preferences from an import, with the time they were set elsewhere.

        Returns the keys whose value changed (each also announced by ``sig_changed``).
        """
        changed = []
        for key, change in changes.items():
            if key not in SETTINGS or key not in TRAINING_PREFERENCES:
                continue
            before = self.get(key)
            self._qs.setValue(key, change.value)
            self._qs.setValue(CHANGED_AT + key, change.changed_at.astimezone(UTC).isoformat())
            if before != change.value:
                changed.append(key)
        self._qs.sync()
        for key in changed:
            self.sig_changed.emit(key)
        return changed

    # Convenience accessors for the preferences most pages read.
    unit = _Preference[str]("units/distance")
    week_start = _Preference[int]("calendar/week_start")
    theme = _Preference[str]("appearance/theme")
    language = _Preference[str]("appearance/language")
    sound_enabled = _Preference[bool]("sound/enabled")
    speech_enabled = _Preference[bool]("sound/speech")
    timer_prep_s = _Preference[int]("timer/prep_s")
    resting_hr = _Preference[int]("heart/resting_bpm")
    max_hr = _Preference[int]("heart/max_bpm")
    hr_weighting = _Preference[str]("heart/weighting")

    # Window state is not a preference the user edits, but it is remembered the same way.
    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_window_geometry(self, geometry: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.sync()

    def value(self, key: str, default: Any = None) -> Any:
        """Free-form UI state (last page, splitter sizes); not for preferences."""
        return self._qs.value(key, default)

    def set_value(self, key: str, value: Any) -> None:
        self._qs.setValue(key, value)


def _coerce(raw: Any, kind: type) -> Any:
    try:
        if kind is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in {"true", "1", "yes", "on"}:
                return True
            if text in {"false", "0", "no", "off"}:
                return False
            return None
        if kind is int:
            return int(raw)
        return kind(raw)
    except (TypeError, ValueError):
        return None


def _instant(raw: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(raw)) if raw is not None else None
    except ValueError:
        return None
    if moment is None or moment.tzinfo is None:
        return None
    return moment
