"""The status component: what it declares (see :mod:`kbgen.component`)."""
from __future__ import annotations

from .. import schema as s
from ..component import Command, Component
from .load import ANNOUNCEMENTS, FUTURE_INCIDENT, OPEN_PAST_END, STALE_INCIDENT, STATUS_SCHEMA, timed_diagnostics
from .planner import plan_notes, plan_status

STATUS = Component(
    name="status",
    templates="kbgen.status",
    config={"status": s.Field(s.mapping(STATUS_SCHEMA), default=dict,
                              doc="Status page, banner and feed settings (see Service status).")},
    content=(ANNOUNCEMENTS,),
    notes=plan_notes,
    plan=plan_status,
    checks=timed_diagnostics,
    rules=(STALE_INCIDENT, OPEN_PAST_END, FUTURE_INCIDENT),
    commands=(Command("status", "kbgen.status.command:status"),
              Command("announcement", "kbgen.status.command:new_announcement_command", group="new")),
)
