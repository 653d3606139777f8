"""Accounts named by where they stand, not by a cue word: inside paths, URLs and command lines.

Operating systems and tools put a person's account in fixed places, whatever language the ticket is
written in:

* home and profile folders: ``C:\\Users\\<account>\\``, ``/home/<account>/``, ``/Users/<account>/``,
  ``\\\\server\\profiles$\\<account>``, ``\\\\server\\home\\<account>`` (a share named home, homes,
  profile(s) or users, with or without the hidden ``$``);
* web addresses: a tilde folder (``/~<account>/``) and a query parameter naming a user, a login, an
  account or a uid (``?login=<account>``);
* command lines: the user option of database, file-share and privilege tools (``mysql -u``,
  ``psql -U``, ``sudo -u``, ``smbclient -U``, ``curl -u``, ``sqlcmd -U``), ``su - <account>``,
  ``runas /user:DOMAIN\\<account>``, ``chown <account>:group``, ``kinit <account>``, ``passwd
  <account>``, the ActiveDirectory cmdlets' identity (``Get-ADUser <account>``), and the user before
  ``@host`` of ``ssh``, ``scp``, ``sftp`` and ``rsync``.

The built-in and service accounts every system has (root, Administrator, Public, Default, guest...)
are no person's and stay. Every pattern is linear: one alternation of fixed openings, each followed
by one bounded token.
"""
from __future__ import annotations

import re

from .pii_patterns import _USER_STOP

# One account token: a letter, digit or underscore first, then letters, digits, dots, dashes (at most
# 40); it stops at a path separator, a colon, "%" (smbclient's user%password), "@", quotes, "&".
_ACCOUNT = r"([\w][\w.$-]{0,39}?)(?=$|[\s\\/:%@&#\"',;)\]>]|\.(?:\s|$))"
_COMMAND_USER_OPTION = (r"(?:mysql|mysqldump|mariadb|psql|pg_dump|sudo|runuser|smbclient|rpcclient|curl|sqlcmd|mongo|"
                        r"mongosh|crontab|pkill|ftp|lftp|ldapsearch)\b[^\n]{0,60}?[ ](?:-u|-U|--user(?:name)?[= ])[ ]?")
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
_AT_COMMAND = r"(?:(?<=^)|(?<=\n)|(?<=[$#>] )|(?<=`))[ ]*"
_OPENINGS = [
    r"(?<=/)~",
    r"[?&](?i:user|username|user_id|userid|login|uid|account|acct|samaccountname)=",
    _COMMAND_USER_OPTION,
    _AT_COMMAND + r"su[ ]+-l?[ ]+",
    r"(?i:runas)[ ]+/(?i:user):(?:[\w.-]{1,30}\\)?",
    r"(?<![\w-])(?:chown|chgrp)[ ]+(?:-[A-Za-z]+[ ]+){0,2}",
    _AT_COMMAND + r"(?:kinit|passwd|klist[ ]+-p)[ ]+",
    r"(?i:(?:get|set|unlock|enable|disable)-ad(?:user|account))[ ]+(?i:-identity[ ]+)?",
    r"(?<![\w-])(?:ssh|scp|sftp|rsync|mosh)\b[^\n@]{0,80}?(?<![\w.-])",
]
_PATTERN = re.compile("|".join([f"(?:{opening}){_FOLDER_ACCOUNT}" for opening in _FOLDERS] + [
    f"(?:{opening}){_ACCOUNT}" + ("(?=@)" if opening.startswith("(?<![\\w-])(?:ssh") else "") for opening in _OPENINGS]))
_HINT = re.compile(r"[\\/](?:users|home|documents and settings)[\\/]|\\\\|/~|[?&]\w+=|(?<![\w-])(?:-[uU]|--user|su|runas|chown|chgrp|kinit|passwd|klist|ssh|scp|sftp|"
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
sapadm splunk
build builder ci reporting report reports readonly monitor monitoring test tester scanner share""".split())
# Service and application accounts by their naming convention (svc_backup, app_reader, sa-...).
_SERVICE_PREFIX = re.compile(r"(?i:svc|srv|app|sa|sys)[_-]\w")


def _replace(match: re.Match) -> str:
    value = next(g for g in reversed(match.groups()) if g is not None)
    start = match.start() + len(match.group(0)) - len(value)
    if value.lower().strip(".$").replace(" ", ".") in _BUILT_IN or value.startswith("[") or \
            value.lower() in _USER_STOP or _SERVICE_PREFIX.match(value) or _same_group(match.string, match.end(), value):
        return match.group(0)
    return match.group(0)[:start - match.start()] + "[username]"


def _same_group(text: str, end: int, value: str) -> bool:
    """``chown x:x``: an account owning files with a group of its own name is a service's (nginx:nginx)."""
    return text.startswith(":" + value, end) and not text[end + 1 + len(value):end + 2 + len(value)].isalnum()


def redact_account_paths(text: str) -> str:
    """Accounts inside paths, URLs and command lines (see the module docstring) become ``[username]``,
    and the password a command line carries beside them (``-U account%secret``, ``curl -u
    account:secret``, ``mysql -psecret``) ``[password]``."""
    if not _HINT.search(text):
        return text
    text = _PATTERN.sub(_replace, text)
    return _COMMAND_SECRET.sub(r"\1[password]", text) if "[username]" in text else text


# A secret glued to its account ("[username]%secret" of smbclient, "curl -u [username]:secret") or to
# mysql's -p option, on a command line whose account was found above.
_COMMAND_SECRET = re.compile(r"(\[username\]%|(?<![\w-])curl\b[^\n]{0,60}?\[username\]:|"
                             r"(?<![\w-])(?:mysql|mysqldump|mariadb)\b[^\n]{0,80}?[ ]-p)([^\s\[][^\s]{0,63})")
