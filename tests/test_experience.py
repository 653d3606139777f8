"""The employee's experience without a browser: the message catalog and its languages, dates,
the home page's lists, image alt text in `kbgen check`, config errors, the offline copy."""
from __future__ import annotations

import datetime as dt
import re
import string
import zipfile

import pytest
from click.testing import CliRunner

from kbgen.build import build_site
from kbgen.cli import main
from kbgen.messages import CATALOGS, CLIENT_KEYS, ENGLISH, THEME_KEYS, Messages
from kbgen.site.offline import data_script, offline_links, offline_url
from conftest import MINIMAL_CONFIG, article

NOW = "2026-03-01T09:00:00+00:00"


def placeholders(message) -> set[str]:
    texts = message if isinstance(message, tuple) else (message,)
    return {name for text in texts for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", sorted(set(CATALOGS) - {"en"}))
def test_every_language_has_every_message_with_the_same_placeholders(language):
    table = CATALOGS[language]
    assert sorted(set(ENGLISH) - set(table)) == []
    assert sorted(set(table) - set(ENGLISH)) == []
    for key, message in ENGLISH.items():
        assert placeholders(table[key]) == placeholders(message), key
        assert isinstance(table[key], tuple) == isinstance(message, tuple), key
    assert set(CLIENT_KEYS) <= set(ENGLISH) and set(THEME_KEYS) <= set(ENGLISH)


def test_dates_come_from_babel_in_the_language_and_never_from_the_system_locale():
    day, moment = dt.date(2026, 3, 3), dt.datetime(2026, 11, 28, 20, 0, tzinfo=dt.timezone.utc)
    english, german = Messages("en"), Messages("de")
    assert english.long_date(day) == "3 March 2026" and german.long_date(day) == "3. März 2026"
    assert english.moment(moment, "Europe/London") == "Sat 28 Nov 2026, 20:00 GMT"
    assert german.moment(moment, "Europe/Berlin") == "Sa., 28. Nov. 2026, 21:00 CET"
    assert german.text("count.articles", count=1) == "1 Artikel"
    assert Messages("fr").text("count.articles", count=0) == "0 articles"  # no French table: English words


def test_status_windows_speak_the_site_language_and_never_tell_the_future():
    from kbgen.status.model import Announcement
    from kbgen.status.text import window_text

    start, end = dt.datetime(2026, 11, 17, 8, 0, tzinfo=dt.timezone.utc), dt.datetime(2026, 11, 17, 11, 0, tzinfo=dt.timezone.utc)
    incident = Announcement(id="INC-1", title="Mail slow", type="incident", start=start, end=end,
                            impact="minor", state="resolved")
    assert window_text(incident, "Europe/London", Messages("en"), end) == "Tue 17 Nov 2026, 08:00 – 11:00 GMT"
    before_the_end = start + dt.timedelta(hours=1)
    assert window_text(incident, "Europe/London", Messages("en"), before_the_end) == "since Tue 17 Nov 2026, 08:00 GMT"
    assert window_text(incident, "Europe/Berlin", Messages("de"), end) == "Di., 17. Nov. 2026, 09:00–12:00 CET"


def test_check_warns_about_images_without_alt_text(make_project):
    body = ("Intro.\n\n![](wifi.png)\n\n![The Wi-Fi menu](menu.png)\n\n```\n![](in-code.png)\n```\n\n"
            "<img src=\"router.png\">\n<img alt=\"\" src=\"line.png\">\n")
    project = make_project({"content/articles/a.md": article(
        "KB0001", "Wi-Fi", body, owner="Desk", reviewed="2026-02-01", summary="s", services="[vpn]")})
    result = CliRunner().invoke(main, ["check", "--project", str(project), "--now", NOW])
    assert result.exit_code == 0
    warning = ("warning[image-alt]: body: image without alt text: say what it shows, ![Wi-Fi settings](wifi.png), "
               "so screen readers can tell (an <img alt=\"\"> marks a decorative one)")
    assert result.output.splitlines() == [f"content/articles/a.md:11:1: {warning}",
                                          f"content/articles/a.md:19:1: {warning}",
                                          "1 article, 0 announcements checked: 0 errors, 2 warnings, 0 infos"]


def test_featured_and_language_errors_name_the_line_and_key(make_project):
    config = MINIMAL_CONFIG + "language: fr\nfeatured:\n  - KB0001\n  - KB0009\n  - KB0002\n"
    project = make_project({"content/articles/a.md": article("KB0001", "A"),
                            "content/articles/b.md": article("KB0002", "B", draft="true")}, config=config)
    result = CliRunner().invoke(main, ["build", "--project", str(project)])
    assert result.exit_code == 1
    assert result.output.splitlines()[:1] == [
        "site_config.yml:18: error: language: 'fr': kbgen has no interface strings in this language; available: en, de"]
    fixed = project / "site_config.yml"
    fixed.write_text(fixed.read_text().replace("language: fr", "language: de"), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--project", str(project)])
    assert result.output.splitlines()[:2] == [
        "site_config.yml:21: error: featured.1: 'KB0009': no article has this id (did you mean \"KB0001\"?)",
        "site_config.yml:22: error: featured.2: 'KB0002': is a draft"]


def home_list(html: str) -> list[str]:
    section = html.split('id="popular"')[1].split("</section>")[0]
    return re.findall(r'class="kbgen-list__title" href="articles/(kb\d+)', section)


def test_home_lists_featured_articles_or_else_the_most_recently_updated(make_project, tmp_path):
    files = {f"content/articles/a{n}.md": article(f"KB000{n}", f"Article {n}", reviewed=f"2026-01-0{n}")
             for n in range(1, 9)}
    files["content/articles/life.md"] = article("KB0009", "How we work", type="explainer", reviewed="2026-02-01")
    project = make_project(files)
    build_site(project, tmp_path / "recent", NOW)
    home = (tmp_path / "recent" / "index.html").read_text()
    assert ">Recently updated</h2>" in home
    assert home_list(home) == ["kb0008", "kb0007", "kb0006", "kb0005", "kb0004", "kb0003"]
    (project / "site_config.yml").write_text(MINIMAL_CONFIG + "featured: [KB0002, KB0005]\n", encoding="utf-8")
    build_site(project, tmp_path / "featured", NOW)
    home = (tmp_path / "featured" / "index.html").read_text()
    assert ">Popular articles</h2>" in home and home_list(home) == ["kb0002", "kb0005"]


def test_offline_links_point_at_index_html_and_leave_the_rest():
    assert offline_url("../services/vpn/") == "../services/vpn/index.html"
    assert offline_url("..") == "../index.html" and offline_url(".") == "./index.html"
    assert offline_url("search/?q=vpn#top") == "search/index.html?q=vpn#top"
    for unchanged in ("#steps", "https://example.com/", "mailto:a@b.example", "tel:+44", "/abs/",
                      "../assets/kbgen.css", "wifi.png"):
        assert offline_url(unchanged) == unchanged
    html = ('<a href="../x/">x</a><form action="./search/"><meta http-equiv="refresh" '
            'content="0; url=../../articles/kb1-a/">')
    assert offline_links(html) == ('<a href="../x/index.html">x</a><form action="./search/index.html">'
                                   '<meta http-equiv="refresh" content="0; url=../../articles/kb1-a/index.html">')
    assert data_script("search/manifest.json", b"{}") == 'kbgenOffline.register("search/manifest.json", "e30=");\n'


def test_offline_build_writes_a_reproducible_zip_beside_the_site(make_project, tmp_path):
    project = make_project({"content/articles/a.md": article("KB0001", "A", services="[vpn]")})
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--out", str(tmp_path / "one" / "site"),
                                       "--now", NOW, "--offline"])
    assert result.exit_code == 0, result.output
    archive = tmp_path / "one" / "site.zip"
    assert f"Offline copy: {archive} (unzip it and open index.html)" in result.output
    names = zipfile.ZipFile(archive).namelist()
    assert "site/index.html" in names and "site/search/manifest.json.js" in names
    assert len(names) == len(set(names))
    build_site(project, tmp_path / "two" / "site", NOW, offline=True)
    assert (tmp_path / "two" / "site.zip").read_bytes() == archive.read_bytes()
    page = (tmp_path / "one" / "site" / "services" / "vpn" / "index.html").read_text()
    assert 'href="../../articles/kb0001-a/index.html"' in page and "kbgen-offline.js" in page
    online = (tmp_path / "online")
    build_site(project, online, NOW)
    assert "kbgen-offline.js" not in (online / "index.html").read_text()
    assert not (online / "search" / "manifest.json.js").exists()


def test_pages_carry_the_language_and_german_words(make_project, tmp_path):
    project = make_project({"content/articles/a.md": article("KB0001", "VPN verbinden", reviewed="2026-03-03",
                                                             services="[vpn]")},
                           config=MINIMAL_CONFIG + "language: de\n")
    build_site(project, tmp_path / "de", NOW)
    page = (tmp_path / "de" / "articles" / "kb0001-a" / "index.html").read_text()
    assert '<html lang="de"' in page
    assert "Zuletzt geprüft am 3. März 2026" in page and "Link kopieren" in page
    assert '"article.copied": "Kopiert"' in page  # the scripts' words, from the catalog
