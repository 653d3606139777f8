"""Accounts named by where they stand, not by a cue word: inside paths, URLs and command lines.

Operating systems and tools put a person's account in fixed places, whatever language the ticket is
written in:

* home and profile folders: ``C:\\Users\\<account>\\``, ``/home/<account>/``, ``/Users/<account>/``,
  ``\\\\server\\profiles$\\<account>``, ``\\\\server\\home\\<account>`` (a share named home, homes,
  profile(s) or users, with or without the hidden ``$``);
* a shell's home folder of an account (``~<account>/...``, tilde expansion);
* web addresses: a tilde folder (``/~<account>/``) and a query parameter naming a user, a login, an
  account or a uid (``?login=<account>``);
* web addresses' user part (``ftp://<account>:<secret>@host``);
* command lines: the user option of database, file-share and privilege tools (``mysql -u``,
  ``mysql -u<account>``, ``psql -U``, ``sudo -u``, ``smbclient -U DOMAIN/<account>%<secret>``, ``curl
  -u``, ``sqlcmd -U``, ``ssh -l``), ``su - <account>``, ``su <account>`` (an account's shape, an option
  of su after it, or at a shell prompt),
  ``runas /user:DOMAIN\\<account>``, ``chown <account>:group``, ``kinit <account>``, ``passwd
  <account>``, the ActiveDirectory cmdlets' identity (``Get-ADUser <account>``), and the user before
  ``@host`` of ``ssh``, ``scp``, ``sftp`` and ``rsync``.

The built-in and service accounts every system has (root, Administrator, Public, Default, guest...)
are no person's and stay. Every pattern is linear: one alternation of fixed openings, each followed
by one bounded token.
"""
from __future__ import annotations

import re

from .pii_patterns import USER_STOP, account_shaped

# One account token: a letter, digit or underscore first, then letters, digits, dots, dashes (at most
# 40); it stops at a path separator, a colon, "%" (smbclient's user%password), "@", quotes, a backtick, "&".
_ACCOUNT = r"([\w][\w.$-]{0,39}?)(?=$|[\s\\/:%@&#\"'`,;)\]>]|\.(?:\s|$))"
# At most four ssh options before its login option: a flag or flags ("-v", "-4A") or an option with
# its argument ("-p 2222", "-i ~/.ssh/key", "-o Name=value"), each bounded.
_SSH_OPTIONS = r"(?:[ \t]{1,8}-(?:[46AaCfGgKkMNnqsTtVvXxYy]{1,8}|[BbcDEeFIiJLmOopQRSWw][ \t]{0,8}[^\s-][^\s]{0,80}))" + "{0,4}"
# What a command line holds between a tool and its user option: one word first (a database's name,
# "pg_dump sales -U"), then options, each with its argument ("-h db1", "--port 3306", "-X POST"), and
# tokens no prose writes (holding a sign: a URL, a path, a host "db1.corp", a number "3306"), at most
# eight. Prose goes on with words ("mysql keeps crashing so I ran sort -u <file>"): a second plain word
# ends the command line, and another command's "-u" is not the tool's.
_TOOL_TOKEN = r"[^\s;|&]"
_TOOL_ARGUMENTS = (rf"(?:[ \t]{{1,8}}\w{{1,40}}(?![^\s;|&]))?"
                   rf"(?:[ \t]{{1,8}}(?:-(?![uU][ \t\"'=]|[uU]\Z|-user){_TOOL_TOKEN}{{1,40}}"
                   rf"(?:[ \t]{{1,8}}[^\s;|&-]{_TOOL_TOKEN}{{0,80}})?"
                   rf"|(?=[^\s;|&]{{0,120}}[^\w\s;|&])[^\s;|&-]{_TOOL_TOKEN}{{0,120}})){{0,8}}?")
_COMMAND_USER_OPTION = (r"(?:mysql|mysqldump|mariadb|psql|pg_dump|sudo|runuser|smbclient|rpcclient|curl|sqlcmd|mongo|"
                        r"mongosh|crontab|pkill|ftp|lftp|ldapsearch|psexec|paexec)\b" + _TOOL_ARGUMENTS +
                        r"[ \t]{1,8}(?:-u|-U|--user(?:name)?(?==|[ \t]))"
                        # the option within the tool's own command (a ";", "|" or "&" starts another one);
                        # then spaces, tabs or "=" before its value, which may be quoted
                        r"[= \t]{0,8}[\"']?"
                        # a Windows domain before the account ("-U CORP/x", "-U CORP\\x"): the domain is no one's
                        r"(?:[\w.-]{1,30}[\\/](?=\w))?|"
                        # ssh's login option ("ssh -l x host", "slogin -l x"), after other ssh options only
                        # ("ssh -p 2222 -l x"): a later command's "-l" ("ssh works but ls -l") is no login
                        r"(?<![\w-])(?:ssh|slogin)" + _SSH_OPTIONS + r"[ \t]{1,8}-l[ \t]{0,8}[\"']?")
# A home or profile folder's account runs to the next path separator, spaces included (Windows
# profiles are often named "First Last", at most three words); without a separator right after
# those words, one token as elsewhere (prose goes on after a folder: "/home/x and then /etc").
_FOLDER_ACCOUNT = r"(?:([\w][\w.$'-]{0,30}(?: [\w][\w.$'-]{0,30}){0,2})(?=[\\/])|" + _ACCOUNT + ")"
_FOLDERS = [
    r"(?i:[a-z]:)?[\\/](?i:users|home|documents and settings)[\\/]",
    r"\\\\[\w.-]{1,63}\\(?i:profiles?|homes?|users)\$?\\",
]
# Where a command stands: a line's start, after a shell prompt ("$ ", "# ", "> ") or a backtick.
# Some commands' names are words of prose too ("the passwd file", "the su - command hangs"), so
# their next word is an account only there.
# net use's user switch, up to its account (a Windows domain before the account stays): read by the
# account rule and by the secret rule, which reads the secret after the account
_NET_USE_USER = r"(?<![\w-])(?i:net[ \t]+use)\b[^\n;|&]{0,120}?[ \t]/(?i:user|u):[\"']?(?:[\w.-]{1,30}\\)?"
_AT_COMMAND = r"(?:(?<=^)|(?<=\n)|(?<=[$#>] )|(?<=`))[ ]*"
# A shell's tilde path ("~<account>/..."): tilde expansion reads the word after "~" as an account and
# the path as its home folder. Only with a "/" right after the account: "~5 min", "~half the users" (an
# approximation) have none; "~/" is the writer's own home, no account. An account in small letters, as Unix
# writes them: "~Desktop/" is a folder of the writer's home mistyped. Not a "~" glued to what goes before
# (a word, an abbreviation's dot: LaTeX's unbreakable space "Fig.~ref"), and not a rate: a word, "/" and a
# unit of time or a count ("~once/week", "~zehn/Tag", "~ten/month": "per", in any language the export
# writes; the units of time of English, German, French, Spanish, Italian and Portuguese).
_RATE_UNIT = (r"(?i:s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?|wk|weeks?|months?|mo|y|yrs?|years?|"
              r"std|stunden?|tage?|wochen?|monate?|jahre?|heures?|jours?|semaines?|mois|ans?|années?|"
              r"horas?|d[ií]as?|semanas?|mes(?:es)?|a[nñ]os?|ore|ora|giorn[oi]|settiman[ae]|mes[ei]|ann[oi]|"
              r"seats?|users?|tickets?|calls?|requests?|runs?)(?![\w/-]|\.\w)")  # the unit ends the path: "~<account>/days/log" is a folder
_TILDE_HOME = r"(?<![\w~/.])~(?=[a-z_][\w.-]{0,31}/)(?![a-z_][\w.-]{0,31}/" + _RATE_UNIT + ")"
_OPENINGS = [
    r"(?<=/)~",
    _TILDE_HOME,
    r"[?&](?i:user|username|user_id|userid|login|uid|account|acct|samaccountname)=",
    _COMMAND_USER_OPTION,
    _AT_COMMAND + r"su[ \t]+(?:-l?[ \t]+)?",
    # runas's other switches may come first ("/noprofile", "/env", "/savecred"); the value may be quoted
    r"(?i:runas)(?:[ \t]{1,8}/(?!(?i:user):)[A-Za-z]{2,16}){0,4}[ \t]{1,8}/(?i:user):[\"']?(?:[\w.-]{1,30}\\)?",
    r"(?<![\w-])(?:chown|chgrp)[ \t]+(?:-[A-Za-z]{1,8}[ \t]{1,8}){0,2}",
    _AT_COMMAND + r"(?:kinit|passwd|klist[ \t]+-p)[ \t]+",
    # getent's account lookup, and net use's user switch (a Windows domain before the account stays)
    r"(?<![\w-])getent[ \t]+(?:passwd|shadow|initgroups)[ \t]+",
    _NET_USE_USER,
    r"(?i:(?:get|set|unlock|enable|disable)-ad(?:user|account))[ \t]+(?i:-identity[ \t]+)?[\"']?",
    r"(?<![\w-])(?:ssh|scp|sftp|rsync|mosh)\b[^\n@]{0,80}?(?<![\w.-])",
]
_PATTERN = re.compile("|".join([f"(?:{opening}){_FOLDER_ACCOUNT}" for opening in _FOLDERS] + [
    f"(?:{opening}){_ACCOUNT}" + ("(?=@)" if opening.startswith("(?<![\\w-])(?:ssh") else "") for opening in _OPENINGS]))
_HINT = re.compile(r"[\\/](?:users|home|documents and settings)[\\/]|\\\\|~|[?&]\w+=|(?<![\w-])-[uU]|(?<![\w-])(?:--user|su|runas|chown|chgrp|kinit|passwd|klist|ssh|scp|sftp|getent|/user:|/u:|"
                   r"rsync|mosh)\b|-ad(?:user|account)\b", re.IGNORECASE)
# Accounts that ship with a system, not people: the built-in accounts of Windows and Unix, the default
# login of cloud and distribution images (ubuntu, ec2-user, azureuser, opc...), and the accounts that
# packages of common servers, databases, CI tools and code hosts create for themselves (git, jenkins,
# nginx, oracle, deploy...), and accounts named after their job (build, reporting, readonly). A
# person's account is not named after software or a task.
_BUILT_IN = frozenset("""root admin administrator administrators public default defaultuser0 guest shared all
allusers all.users default.user system localsystem localservice networkservice nobody daemon www-data postgres mysql sa service
user users me self anonymous
ubuntu ec2-user centos debian fedora rocky almalinux alpine azureuser opc bitnami pi vagrant core cloud-user
git gitlab gitlab-runner github jenkins bamboo teamcity buildkite runner deploy deployer ansible puppet
chef docker nginx apache apache2 httpd http www tomcat jetty wildfly oracle grid mssql mongodb mongod redis
elasticsearch kibana logstash rabbitmq kafka zookeeper hadoop hdfs spark postfix dovecot exim mail ftp sshd
backup nagios zabbix prometheus grafana node svn hg bin sys sync operator games news uucp proxy list irc
sapadm splunk apt _apt
build builder ci reporting report reports readonly monitor monitoring test tester scanner share""".split())
# Service and application accounts by their naming convention (svc_backup, app_reader, sa-...).
_SERVICE_PREFIX = re.compile(r"(?i:svc|srv|app|sa|sys)[_-]\w")


def _replace(match: re.Match) -> str:
    value = _value(match)
    start = match.start() + len(match.group(0)) - len(value)
    if built_in_account(value) or value.startswith("[") or \
            value.lower() in USER_STOP or _SERVICE_PREFIX.match(value) or _same_group(match.string, match.end(), value):
        return match.group(0)
    if _PROSE_COMMAND.match(match.group(0)) and not account_shaped(value) and not _command_goes_on(match):
        return match.group(0)  # "kinit returns error", "su hangs after": prose that names the command
    return match.group(0)[:start - match.start()] + "[username]"


def built_in_account(value: str, common: frozenset[str] = frozenset()) -> bool:
    """An account that ships with a system or a service (``_BUILT_IN``), or one a service runs as by the
    naming convention for such accounts (``_SERVICE_ACCOUNT``) and named after a service: no person's.
    ``common``: the export's everyday words, when the caller has them (see ``_service_named``)."""
    return value.lower().strip(".$").replace(" ", ".") in _BUILT_IN or \
        bool(_SERVICE_ACCOUNT.fullmatch(value)) and _service_named(value[4:], common)


# A service's account by the convention directories name them with: "svc" or "srv" and a joiner, then the
# service's name ("svc-backup", "SRV_Print01"). Not "sa-"/"adm-": a person's second, privileged account
# is named so after its owner ("adm-jdoe"); nor "svc-" before a person's name ("svc-jdoe", "srv_anna.berg"):
# an account run for or by that person (see ``_service_named``).
_SERVICE_ACCOUNT = re.compile(r"(?i:svc|srv)[_-][A-Za-z0-9][A-Za-z0-9._-]{0,40}")
_WORD_PARTS = re.compile(r"[A-Za-z]+")


def _service_named(rest: str, common: frozenset[str]) -> bool:
    """Whether what follows a service prefix names a service, not a person: each of its words is a
    system's or a task's (``_BUILT_IN``) or an everyday word of the export (``common``), and none is a
    first name or surname of any of Faker's locales (function words included), whole or after one
    initial glued before or after it ("jdoe", "doej"). A word of neither kind ("svc-mkowalski": a surname
    no list holds, or a service's coined name) is taken for a person's: a leak costs more than a decoy."""
    from .pii_gazetteer import listed_name

    parts = [p.lower() for p in _WORD_PARTS.findall(rest)]
    if not parts:
        return False
    for low in parts:
        if listed_name(low) or len(low) > 3 and (listed_name(low[1:]) or listed_name(low[:-1])):
            return False
        if low not in _BUILT_IN and low.rstrip("s") not in _BUILT_IN and low not in common:
            return False
    return True


# Commands whose names are words of prose too (see ``_AT_COMMAND``): their next word is an account only
# when it has an account's shape or the command line goes on as a command line after it (it ends the
# line, or an option, a realm "@", a redirection, a pipe or a separator follows). A line of prose may
# end on what it says of the command too ("kinit hangs", "passwd fails"), so at the end of a line the
# word must be no common word of the language (``_PROSE_WORDS``); a leak costs more than keeping a name
# of a command: an unknown word there is read as an account ("kinit <account>" on its own line).
_PROSE_COMMAND = re.compile(r"[ ]*(?:su|kinit|passwd|klist)\b")
_COMMAND_GOES_ON = re.compile(r"[ \t]*(?:[-@<>|;&]|[A-Z]{2,}\b)")
# The common words a sentence says of a command with (``USER_STOP``: "works", "fails", "keeps"...), and
# the verbs of a program's behaviour that list leaves out (it hangs, crashes, freezes, stalls, returns
# or asks): words of prose, never an account.
_PROSE_WORDS = USER_STOP | frozenset("""hangs hung hanging crashes crashed freezes froze frozen stalls stalled
returns returned asks asked succeeds succeeded times timed stops stopped stuck runs ran hang crash freeze""".split())
# "su" is also a word of Spanish, Italian and Portuguese prose ("su cuenta", "su impresora -> sin
# papel", "su outlook - errore"): "su <word>" without its dash names an account only when one of su's
# own options follows (-c command, -s shell, -m/-p keep the environment) or, after a shell prompt or
# inside backticks, when the command line ends there ("$ su <account>", "`su <account>`").
_SU_BARE = re.compile(r"[ ]*su[ \t]+(?!-)")
_SU_DASH = re.compile(r"[ ]*su[ \t]+-")
_SU_OPTION = re.compile(r"[ \t]+(?:-[cspm]\b|--(?:command|shell|session-command|preserve-environment)\b)")
_AT_PROMPT = re.compile(r"(?:[$#] |`)$")
_LINE_ENDS = re.compile(r"[ \t]*(?:$|`)", re.M)


def _command_goes_on(match: re.Match) -> bool:
    """Whether the command line goes on as a command line after the word ``match`` ends with (see
    ``_COMMAND_GOES_ON``; for "su" without its dash, see ``_SU_BARE``)."""
    text, end = match.string, match.end()
    if _SU_DASH.match(match.group(0)):
        return True  # "su - <account>", "su -l <account>": no prose writes su's dash
    if _SU_BARE.match(match.group(0)):
        # "su <word>" at a line's end is an account only after a prompt: Romance prose writes "su <word>"
        return bool(_SU_OPTION.match(text, end)) or bool(_LINE_ENDS.match(text, end)) and _after_prompt(match)
    if _COMMAND_GOES_ON.match(text, end):
        return True
    return bool(_LINE_ENDS.match(text, end)) and (_after_prompt(match) or _value(match).lower() not in _PROSE_WORDS)


def _after_prompt(match: re.Match) -> bool:
    """Whether the command of ``match`` stands after a shell prompt or a backtick."""
    return bool(_AT_PROMPT.search(match.string, max(0, match.start() - 2), match.start()))


def _value(match: re.Match) -> str:
    """The account token ``match`` ends with (its last group that matched)."""
    return next(g for g in reversed(match.groups()) if g is not None)


def _same_group(text: str, end: int, value: str) -> bool:
    """``chown x:x``: an account owning files with a group of its own name is a service's (nginx:nginx)."""
    return text.startswith(":" + value, end) and not text[end + 1 + len(value):end + 2 + len(value)].isalnum()


# Accounts where system logs and session listings print them, in the tools' own fixed formats:
# OpenSSH's "Failed password for <account> from", "Accepted publickey for <account> from", "Invalid
# user <account> from", PAM's "session opened for user <account>", sudo's "sudo: <account> : TTY=",
# and the account column of listings: ``ls -l`` (mode, links, owner), ``who``/``last`` (account, then a
# terminal, then when or from where), Windows ``query user`` (account, then a session name and an id
# and its state, or under its header line), Samba's ``smbstatus`` (process id, account, group, machine
# with its "(ipv4:" address, or under its header line). A listing's line is read only with the
# listing's own context on it or above it: a line of prose may start with a number or a word before
# "console" or "tty1" ("Keyboard console broken", "3 printers at <address> offline"). A built-in
# account and a common word (``_PROSE_WORDS``) stay.
_LOG_OPENINGS = [
    r"(?:Failed|Accepted)[ ](?:password|publickey|keyboard-interactive(?:/pam)?|none|hostbased|gssapi-with-mic)"
    r"[ ]for[ ](?:invalid[ ]user[ ])?",
    r"(?<![\w-])[Ii]nvalid[ ]user[ ]",
    r"session[ ](?:opened|closed)[ ]for[ ]user[ ]",
]
_LOG_ACCOUNT = r"([\w][\w.$-]{0,39}?)"
# when a who/last line says the session began ("2031-04-01 09:14", "Mon Apr  1 09:14") or where from "(host)"
_WHO_CONTEXT = r"[^\n]{0,60}?(?:\b\d{1,2}:\d\d\b|\b\d{4}-\d\d-\d\d\b|\([\w:.-]{1,64}\))"
_QUERY_USER_HEADER = re.compile(r"^[ \t>]*USERNAME[ \t]+SESSIONNAME\b", re.M | re.I)
_SMBSTATUS_HEADER = re.compile(r"^[ \t]*PID[ \t]+Username\b", re.M | re.I)
_LOG_PATTERN = re.compile("|".join([f"(?:{'|'.join(_LOG_OPENINGS)}){_LOG_ACCOUNT}(?=[ ]from[ ]|[ ]by[ ]|\\(|(?P<end>[ \t]*$))"] + [
    rf"(?<![\w-])sudo(?:\[\d+\])?:[ \t]+{_LOG_ACCOUNT}(?=[ \t]+:[ \t])",
    rf"^[ \t]*[-dlcbps][rwxsStT-]{{9}}[.+@]?[ \t]+\d+[ \t]+{_LOG_ACCOUNT}(?=[ \t]+\S+[ \t]+\d)",
    rf"^{_LOG_ACCOUNT}(?=[ \t]+(?:pts/\d+|tty\w{{0,8}}|console|:\d+)\b{_WHO_CONTEXT})",
    rf"^[ >]{_LOG_ACCOUNT}(?=[ \t]+(?:rdp-tcp#\d+|console|ica-\S+)[ \t]+\d+[ \t]+(?:Active|Disc)\b)",
    # ``query session`` (qwinsta) writes the session name first, then the account
    rf"^[ >](?:rdp-tcp#\d+|console|ica-\S+)[ \t]+{_LOG_ACCOUNT}(?=[ \t]+\d+[ \t]+(?:Active|Disc)\b)",
    rf"^[ \t]*\d+[ \t]+{_LOG_ACCOUNT}(?=[ \t]+\S+[ \t]+[^\s(]{{1,64}}[ \t]+\(ipv[46]:)",
    rf"^{_LOG_ACCOUNT}(?=:[x*!]:\d+:\d+:)",  # a line of /etc/passwd (getent passwd): account:x:uid:gid:
]), re.M)
# Under a listing's header line, its lines without the columns that say so alone: a ``query user``
# session without a session name (disconnected), an ``smbstatus`` line with a machine's bare address.
_HEADED_LISTINGS = {
    _QUERY_USER_HEADER: re.compile(rf"^[ >]{_LOG_ACCOUNT}(?=[ \t]+\d+[ \t]+(?:Active|Disc)\b)", re.M),
    _SMBSTATUS_HEADER: re.compile(rf"^[ \t]*\d+[ \t]+{_LOG_ACCOUNT}(?=[ \t]+\S+[ \t]+\(?\d{{1,3}}(?:\.\d{{1,3}}){{3}}\b)", re.M),
}
# What every line ``_LOG_PATTERN`` reads holds (its openings' own words, a tool's name, a terminal, a
# listing's column): a text with none of these is not read further.
_LOG_HINT = re.compile(r"Failed |Accepted |d for user|nvalid user|sudo|pts/|tty|console|rdp-tcp|ica-|Disc\b|ipv[46]:|^[ \t]*[-dl][r-][w-]|:x:\d",
                       re.M)
# What a system log's line carries besides its message: a process and its id ("sshd[812]:"), a PAM
# module ("pam_unix(") or a time of day with seconds. A log message ending on its account ("session
# closed for user <account>") is read on such a line only: prose ends sentences the same way.
_LOG_LINE = re.compile(r"\w\[\d+\]:|pam_\w+\(|\b\d{1,2}:\d\d:\d\d\b")


def _log_account(match: re.Match) -> str:
    group = next(g for g in range(1, len(match.groups()) + 1) if match.group(g) is not None)
    value = match.group(group)
    if built_in_account(value) or value.lower() in _PROSE_WORDS or _SERVICE_PREFIX.match(value):
        return match.group(0)
    if "end" in match.re.groupindex and match.group("end") is not None and not _on_log_line(match):
        return match.group(0)
    return match.group(0)[:match.start(group) - match.start()] + "[username]"


def line_around(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """Where the line holding ``text[start:end]`` starts and ends (its newline excluded)."""
    line_end = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def _on_log_line(match: re.Match) -> bool:
    """Whether the line ``match`` stands on carries a system log's marks (``_LOG_LINE``)."""
    return bool(_LOG_LINE.search(match.string, *line_around(match.string, match.start(), match.end())))


def _redact_logs(text: str) -> str:
    """Accounts in system logs and session listings (``_LOG_PATTERN``, ``_HEADED_LISTINGS``)."""
    text = _LOG_PATTERN.sub(_log_account, text)
    for header, pattern in _HEADED_LISTINGS.items():
        if header.search(text):
            text = pattern.sub(_log_account, text)
    return text


def redact_account_paths(text: str) -> str:
    """Accounts inside paths, URLs and command lines (see the module docstring) become ``[username]``,
    and the password a command line carries beside them (``-U account%secret``, ``curl -u
    account:secret``, ``mysql -psecret``) ``[password]``."""
    if "://" in text and "@" in text:
        text = _URL_USER.sub(_url_user, text)
    if _LOG_HINT.search(text) or _QUERY_USER_HEADER.search(text) or _SMBSTATUS_HEADER.search(text):
        text = _redact_logs(text)
    if not _HINT.search(text):
        return text
    text = _PATTERN.sub(_replace, text)
    if "[username]" in text or _SECRET_TOOL.search(text):
        text = _COMMAND_SECRET.sub(_command_secret, text)
    return text


# A secret glued to its account ("[username]%secret" of smbclient, "curl -u [username]:secret") or to
# mysql's -p option, on a command line. The account may be one that was found above or one that stays
# (a built-in account such as root or admin, ``built_in_account``): the secret beside it is a person's
# all the same ("curl -u admin:secret", "mysql -u root -psecret", "smbclient -U administrator%secret").
# The secret ends at whitespace, a closing quote before it staying ("-U \"DOMAIN/[username]%secret\"");
# a quote inside it (one followed by more of the secret) is part of it, and so is every character of
# a long one (one step per character: linear).
_KEPT_ACCOUNT = r"(?:\[username\]|[\w.$-]{1,40})"
# The tools, by the syntax that puts the secret on their command line (one list: ``_SECRET_TOOL`` is
# made of the same names).
_SMB_TOOLS, _MYSQL_TOOLS, _PSEXEC_TOOLS = r"smbclient|rpcclient", r"mysql|mysqldump|mariadb", r"psexec|paexec"
_COMMAND_SECRET = re.compile(r"(\[username\]%|(?<![\w-])(?:" + _SMB_TOOLS + r")\b[^\n;|&]{0,60}?[ \t]-U[ \t]{0,8}[\"']?"
                             r"(?:[\w.-]{1,30}[\\/])?" + _KEPT_ACCOUNT + "%|"
                             # curl's user option within curl's own command line (``_TOOL_ARGUMENTS``): another
                             # command's "-u" after prose ("curl works but git -u x:y") is not curl's
                             r"(?<![\w-])curl\b" + _TOOL_ARGUMENTS + r"[ \t]{1,8}(?:-u|--user)[= \t]{0,8}[\"']?"
                             + _KEPT_ACCOUNT + r":|"
                             r"(?<![\w-])(?:" + _MYSQL_TOOLS + r")\b[^\n]{0,80}?[ \t]-p[\"']?|"
                             # PsExec's secret is its -p option's argument ("psexec \\\\pc -u x -p <secret>"); "*"
                             # asks for it
                             r"(?<![\w-])(?i:" + _PSEXEC_TOOLS + r")\b[^\n;|&]{0,120}?[ \t]-p[ \t]+[\"']?(?!\*)|"
                             # net use's secret after its account ("/user:DOMAIN\\<account> <secret>"); a
                             # switch ("/persistent:no") or "*" (asks for it) is none
                             + _NET_USE_USER + _KEPT_ACCOUNT + r"[\"']?[ \t]+(?![/*]))"
                             r"([^\s\[\"'](?:[^\s\"']|[\"'](?=\S))*)")


def _command_secret(match: re.Match) -> str:
    """``_COMMAND_SECRET``'s secret becomes ``[password]``; a common word of prose is none ("net use ...
    /user:<account> and then it failed")."""
    if match.group(2).lower() in _PROSE_WORDS:
        return match.group(0)
    return match.group(1) + "[password]"


# The tools whose command line carries a secret beside a built-in account (see ``_COMMAND_SECRET``).
_SECRET_TOOL = re.compile(rf"(?<![\w-])(?:{_SMB_TOOLS}|curl|{_MYSQL_TOOLS}|(?i:net[ \t]+use|{_PSEXEC_TOOLS}))\b")


# The user part of a web address ("ftp://<account>:<secret>@host/", "https://<account>@host", a Windows
# domain before it in smb:// addresses: "smb://DOMAIN;<account>:<secret>@host"): the account and the
# secret a client signs in with; the secret ends at the "@" (the host and path after it stay). An
# anonymous or built-in account and the domain stay.
URL_USER_LONGEST = 64
"""The longest user part of a web address read as an account (a longer one is read as a mailbox)."""
_URL_USER = re.compile(r"(?<=://)(?P<domain>[\w.-]{1,30};)?(?P<user>[^\s:;/@\[\]]{1,%d})" % URL_USER_LONGEST +
                       r"(?::(?P<secret>[^\s/@]{1,128}))?(?=@[\w-])")


def _url_user(match: re.Match) -> str:
    user = match.group("user")
    account = user if built_in_account(user) else "[username]"
    return (match.group("domain") or "") + account + (":[password]" if match.group("secret") else "")
