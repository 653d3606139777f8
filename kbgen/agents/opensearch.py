"""An OpenSearch description (``opensearch.xml``), so a browser can add the site as a search
engine: typing in the address bar then opens ``/search/?q=...``.

OpenSearch needs absolute URLs, so the file is written only when ``site_url`` is set.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Iterator

from markupsafe import escape

from ..site.model import Inputs, PlanContext, Planned, SiteFile, ThemeData
from ..snippets import site_base

PATH = "opensearch.xml"
NAMESPACE = "http://a9.com/-/spec/opensearch/1.1/"
#: The OpenSearch 1.1 limit of ShortName.
SHORT_NAME_CHARS = 16


def description_xml(site_name: str, site_url: str, description: str) -> bytes:
    """The OpenSearch description of a site (its search page takes ``?q=``)."""
    root = ET.Element("OpenSearchDescription", {"xmlns": NAMESPACE})
    ET.SubElement(root, "ShortName").text = site_name[:SHORT_NAME_CHARS]
    ET.SubElement(root, "Description").text = description
    ET.SubElement(root, "InputEncoding").text = "UTF-8"
    ET.SubElement(root, "Url", {"type": "text/html", "method": "get",
                                "template": f"{site_url}search/?q={{searchTerms}}"})
    ET.SubElement(root, "Url", {"type": "application/opensearchdescription+xml", "rel": "self",
                                "template": site_url + PATH})
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def plan_opensearch(ctx: PlanContext) -> Iterator[Planned]:
    """``opensearch.xml`` and the theme's ``<link rel="search">`` (only with a ``site_url``)."""
    config = ctx.corpus.config
    if not config.site_url:
        return
    inputs = Inputs.of(config=["site_name", "site_url", "language"])
    text = ctx.messages.text("opensearch.description", site=config.site_name)
    yield SiteFile(PATH, description_xml(config.site_name, site_base(config), text), inputs)
    # Material prints theme data unescaped: the title is escaped here.
    yield ThemeData("opensearch", {"href": PATH, "title": str(escape(config.site_name))}, inputs)
