"""Keyboard shortcuts, which look like secrets joined by "+" ("Ctrl+Alt+Del", "Win+R"): the key
names and the chords they make (split from :mod:`.pii_secrets`)."""
from __future__ import annotations

import re

KEY_NAMES = frozenset("ctrl control alt altgr shift win windows cmd command opt option fn esc del delete ins insert "
                      "tab enter return space home end pgup pgdn pageup pagedown up down left right backspace "
                      "prtsc printscreen super meta".split())
"""Keys of a keyboard shortcut: "Ctrl+Shift+F5" and "Win+R" are chords, not secrets."""


def key_chord(core: str) -> bool:
    """A keyboard shortcut: keys joined by "+" ("Ctrl+Alt+Del", "Win+R", "Shift+F10")."""
    keys = core.split("+")
    return len(keys) > 1 and all(k.lower() in KEY_NAMES or len(k) == 1 or re.fullmatch(r"[Ff]\d{1,2}", k)
                                 for k in keys)


def shortcut(core: str) -> bool:
    """A shortcut: a chord of keys, or one opened by a modifier key ("Win+PrtScn", "Cmd+Space")."""
    return key_chord(core) or core.split("+", 1)[0].lower() in KEY_NAMES and "+" in core
