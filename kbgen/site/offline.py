"""The offline copy (``kbgen build --offline``): a site that works opened from disk, and a zip.

Browsers opened on ``file://`` do not turn a folder link (``services/vpn/``) into its
``index.html``, and refuse ``fetch()``. So, after rendering, an offline build:

- points every relative link of every HTML file at ``index.html`` (:func:`offline_links`);
  links the site's scripts create later are fixed the same way by ``assets/kbgen-offline.js``;
- writes beside every JSON file the site's scripts fetch a small script that registers its
  bytes (:func:`data_script`): ``kbgen-offline.js`` answers the scripts' same-site ``fetch()``
  from them, so any script that fetches JSON works from disk without being changed;
- is packed into a zip with fixed timestamps, so the same input and ``--now`` give the same zip.

The file layout is the same as an online build's, so short links, aliases and search data
keep their paths. Nothing here imports MkDocs.
"""
from __future__ import annotations

import base64
import datetime as dt
import json
import re
import zipfile
from pathlib import Path

#: ``href``, ``action`` (forms) and ``src`` attributes, and the URL of a meta refresh (redirect
#: pages): the places a page names another page. One linear pattern over kbgen's own output.
_URL_ATTRIBUTE = re.compile(r'(\s(?:href|action)=")([^"]*)(")|(content="\d+;\s*url=)([^"]*)(")')
#: A URL with a scheme (``https:``, ``mailto:``, ``tel:``) or an absolute path is left alone.
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
#: Files the site's scripts fetch; each gets a registering script beside it.
DATA_SUFFIXES = (".json",)


def offline_url(url: str) -> str:
    """A relative link to a folder pointed at its ``index.html`` (``../services/`` ->
    ``../services/index.html``, ``..`` -> ``../index.html``); anything else unchanged."""
    if not url or url.startswith(("#", "/", "?")) or _SCHEME.match(url):
        return url
    cut = min((i for i in (url.find("?"), url.find("#")) if i >= 0), default=len(url))
    path, rest = url[:cut], url[cut:]
    if path.endswith("/"):
        return f"{path}index.html{rest}"
    if path.rsplit("/", 1)[-1] in (".", ".."):
        return f"{path}/index.html{rest}"
    return url


def offline_links(html: str) -> str:
    """Every relative folder link of an HTML document pointed at its ``index.html``."""
    def replace(match: re.Match) -> str:
        if match.group(1) is not None:
            return match.group(1) + offline_url(match.group(2)) + match.group(3)
        return match.group(4) + offline_url(match.group(5)) + match.group(6)
    return _URL_ATTRIBUTE.sub(replace, html)


def data_script(site_path: str, content: bytes) -> str:
    """The script that registers a data file's bytes for ``kbgen-offline.js``."""
    encoded = base64.b64encode(content).decode("ascii")
    return f"kbgenOffline.register({json.dumps(site_path)}, {json.dumps(encoded)});\n"


def offline_bytes(site_path: str, content: bytes) -> bytes:
    """A file of the site as an offline copy holds it: an HTML document with its folder links
    pointed at ``index.html`` (:func:`offline_links`); any other file unchanged."""
    if site_path.endswith(".html"):
        return offline_links(content.decode("utf-8")).encode("utf-8")
    return content


def data_files(site_path: str, content: bytes) -> dict[str, bytes]:
    """The registering script an offline copy has beside a data file (:func:`data_script`),
    site path -> bytes; none beside other files."""
    if not site_path.endswith(DATA_SUFFIXES):
        return {}
    return {site_path + ".js": data_script(site_path, content).encode("utf-8")}


def make_offline(site: Path) -> None:
    """Turn a rendered site folder into an offline copy, in place."""
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        name = path.relative_to(site).as_posix()
        content = path.read_bytes()
        changed = offline_bytes(name, content)
        if changed != content:
            path.write_bytes(changed)
        for extra, data in data_files(name, content).items():
            (site / extra).write_bytes(data)


def write_zip(site: Path, target: Path, moment: dt.datetime, folder: str) -> None:
    """Pack ``site`` into ``target`` under ``folder/``: sorted entries, every timestamp
    ``moment`` (so the zip is reproducible); written beside and renamed into place."""
    stamp = moment.astimezone(dt.timezone.utc).timetuple()[:6]
    stamp = min(max(stamp, (1980, 1, 1, 0, 0, 0)), (2107, 12, 31, 23, 59, 58))  # what a zip can hold (DOS time)
    partial = target.with_name(f".{target.name}.partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in site.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{folder}/{path.relative_to(site).as_posix()}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    partial.replace(target)
