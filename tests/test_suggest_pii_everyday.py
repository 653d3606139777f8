"""Everyday IT lines that hold no personal data must come through redaction unchanged: glued product
names, keyboard shortcuts, exclamations, wildcards and tags, quantities and amounts behind words that
also label ids, codecs, releases, device and error codes near "code", and monitoring alert lines that
report no sign-in. Each line is invented for this test; a rule that changes one over-redacts."""
from __future__ import annotations

import pytest

from kbgen.suggest.model import Ticket
from kbgen.suggest.redact import redact_text, redact_tickets

EVERYDAY = [
    'Teams+Outlook both hang after the update',
    'the Word+Excel add-in crashes on start',
    'our Java+Spring service fails its health check',
    'Salesforce+Slack integration stopped posting',
    'press Ctrl+Alt+Del and pick Task Manager',
    'Win+PrtScn saves nothing to the Pictures folder',
    'Fn+F5 does not dim the screen',
    'use Cmd+Option+Esc to force quit',
    'Shift+F10 opens a prompt during setup',
    'great!thanks for the quick fix',
    'Help!Outlook froze again',
    'the sharepoint folder Finance*Reports is gone',
    'SSID Guest#Net drops every hour',
    'posted in #helpdesk#outage on the intranet',
    'the C++ runtime and the C# client both need repair',
    'upgrade win10 machines before the deadline',
    'code page win1252 shows wrong accents',
    'C:\\temp\\foo+bar.txt cannot be deleted',
    'the /secrets/ folder and C:\\temp\\a+b.log are read-only',
    'Notepad++ will not open large files',
    'Sales&Marketing shared mailbox is full',
    'about 120 users affected by the outage',
    'Staff: 130 000 users notified of the change',
    'Payroll: 480.000 EUR over budget this quarter',
    'emp: 200.000 rows imported overnight',
    'worker: 256 000 MB heap reserved',
    'process id 447 091 hung on the terminal server',
    'Transaction ID 310 000 was refunded twice',
    'the laptop has 1024/16 GB RAM and SSD',
    'monitor runs at 2560/144 Hz after the driver',
    'code utf8mb4 collation breaks the import',
    'the source code of h3x9 chart is on the wiki',
    'printer code D7C2 EE1 blinking on the panel',
    'device code J4K9 shown after the reboot',
    'set code page 850 on the till',
    'sku_code=tvbnrk in the stock sheet',
    'I ran this:\nchkdsk\nand it hung at 12%',
    'code W11P 24H2 rollout starts Monday',
    'code RSTMGR crashed again overnight',
    'codec av1x2 playback stutters',
    'zip code 40217 area has no coverage',
    'error code 0x80070643 when installing',
    'stop code 0xc000021a after patching',
    'http status code 503 from the portal',
    '[ERROR] web3 - job failed for nightly-sync',
    '[WARN] mx4 - quota exceeded for team-inbox',
    '[WARN] vpn3 - tunnel down for site-b',
    '[ERROR] k8s2 - pod evicted for node-pressure',
    '[ERROR] db3 - replication failed for crm_main',
    '[WARN] fs1 - file locked by sync_agent',
    '[ALERT] fw2 - traffic blocked by geo-ip',
    '[WARN] sw2 - link down for 10 min',
    '[ERROR] nas-9 - backup failed for vol-12',
    '[WARN] web7 - cert expires for sso.corp.example',
    'version 2.4.1-beta+build5 installed on all kiosks',
    'Office365 price rose 15% to $12.50 per user',
]


@pytest.mark.parametrize("line", EVERYDAY)
def test_an_everyday_it_line_survives_redaction_unchanged(line):
    assert redact_text(line) == line


def test_everyday_lines_survive_inside_an_export_too():
    """The same lines as ticket descriptions among others: what the export learns (its everyday
    words, its labels) must not turn them into values either."""
    tickets = [Ticket(f"INC{n:05d}", "issue", line, caller=f"Pat Doe{n}") for n, line in enumerate(EVERYDAY * 2)]
    out = redact_tickets(tickets)
    changed = [t.description for t, o in zip(tickets, out) if o.description != t.description]
    assert changed == []
