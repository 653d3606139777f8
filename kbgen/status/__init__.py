"""Service status: announcements (incidents, maintenance, notices), the status they cause,
the status pages, the banner and the feeds people subscribe to.

Importing this package registers the ``announcements`` content type with the loader and the
``status`` planner with the site plan.
"""
from __future__ import annotations

from ..content import register
from .load import ANNOUNCEMENTS, stale_incidents, timed_diagnostics
from .model import Announcement, StatusSettings, Update

register(ANNOUNCEMENTS)

__all__ = ["ANNOUNCEMENTS", "Announcement", "StatusSettings", "Update", "stale_incidents", "timed_diagnostics"]
