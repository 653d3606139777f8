"""The ``tickets:`` section of site_config.yml: how ``kbgen suggest`` reads the project's exports."""
from __future__ import annotations

from typing import Any

from .. import schema as s


def column_map(value: Any) -> dict[str, str]:
    """``FIELD: COLUMN`` pairs (``a+b`` joins columns), the same as ``--map FIELD=COLUMN,...``.

    Raises:
        schema.Invalid: naming every key that is not a ticket field and every empty column.
    """
    # imported here: every command reads the config's sections, and the importers (~0.04 s of
    # imports) are needed only when a project's config has a ``tickets: columns:`` map
    from .importers.formats import mapping_problems

    if not isinstance(value, dict):
        raise s.Invalid("expected a mapping of ticket field: export column, e.g. {title: Subject, body: Details}")
    problems, columns = [], {}
    for name, column in value.items():
        try:
            columns[str(name)] = s.text()(column)
        except s.Invalid as exc:
            problems.append(((name,), exc.message))
    problems += [((name,), message) for name, message in mapping_problems(columns)]
    if problems:
        raise s.Invalid.every(problems)
    return columns


TICKETS_SCHEMA = s.Schema("tickets", {
    "columns": s.Field(column_map, default=dict,
                       doc="Columns of the project's ticket exports, `{title: Subject, body: Details, "
                           "opened: Created}`; used when `kbgen suggest` gets no `--map`."),
})
