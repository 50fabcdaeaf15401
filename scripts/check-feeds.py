#!/usr/bin/env python3
"""Checks the Atom feeds of a site written by `rectrack report` with tools that are not rectrack's own.

usage: check-feeds.py [--site-url URL] [--control] SITE_FOLDER

Each feed (feed.xml and recommendations/*.xml) must:
  - be valid against the RELAX NG schema of RFC 4287, Appendix B (Tests/Fixtures/atom/rfc4287.rnc, converted with
    rnc2rng and validated with lxml), and keep the two schematron rules of that appendix, which RELAX NG ignores;
  - parse with feedparser, as a feed reader would, without its 'bozo' flag;
and then what neither can say: every entry id is unique in its feed and a urn:uuid of RFC 9562's version 8; entries are
newest first; every date is RFC 3339; every link, resolved against xml:base and the feed's own place (or under
--site-url when the site was written with one), names a file of the site; every page links the site's feed, and each
recommendation's page its own; and each recommendation's entries are in feed.xml too, word for word.

With --control, the site's feed.xml is also broken in one way at a time in a scratch folder, and each broken copy
must be refused: a check that cannot fail proves nothing.

Prints one line per feed, then 'N passed, N failed'; exits 1 when any check failed.
Needs the packages of scripts/python-tools.txt: run it with "$(scripts/ensure-python-tools.sh)/python".
"""
import argparse
import copy
import datetime
import os
import re
import shutil
import sys
import tempfile
import urllib.parse
import uuid

import feedparser
import lxml.etree as etree
import rnc2rng

ATOM = "{http://www.w3.org/2005/Atom}"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures", "atom", "rfc4287.rnc")
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def relax_ng():
    """RFC 4287's schema as lxml's RelaxNG. rnc2rng writes `namespace local = ""` as xmlns:local="", which XML
    namespaces forbid; nothing in the converted grammar uses the prefix (local:* becomes ns=""), so it is dropped."""
    rng = rnc2rng.dumps(rnc2rng.load(SCHEMA)).replace(' xmlns:local=""', "").replace('\n         xmlns:local=""', "")
    return etree.RelaxNG(etree.fromstring(rng.encode("utf-8")))


def feeds_in(site):
    """The site's feeds, relative to its folder: feed.xml first."""
    found = ["feed.xml"] if os.path.isfile(os.path.join(site, "feed.xml")) else []
    folder = os.path.join(site, "recommendations")
    if os.path.isdir(folder):
        found += sorted("recommendations/" + name for name in os.listdir(folder) if name.endswith(".xml"))
    return found


# Relative links are resolved as a reader would, against the feed's (or page's) own address inside the site.
INSIDE = "http://site.invalid/"


def resolve(site, site_url, base, href):
    """The file of the site that `href` names from `base` (an address under INSIDE), or an error in words."""
    if site_url is not None and href.startswith(site_url):
        target = INSIDE + href[len(site_url):]
    elif urllib.parse.urlparse(href).scheme:
        return None, "links outside the site: %s" % href
    else:
        target = urllib.parse.urljoin(base, href)
    if not target.startswith(INSIDE):
        return None, "links outside the site's folder: %s" % href
    relative = urllib.parse.unquote(target[len(INSIDE):].split("#")[0])
    path = os.path.normpath(os.path.join(site, relative))
    if not path.startswith(os.path.normpath(site) + os.sep) or not os.path.isfile(path):
        return None, "links to %s, which is not a file of the site" % href
    return relative, None


def check_feed(site, name, schema, site_url):
    """Every problem of one feed, in words."""
    problems = []
    path = os.path.join(site, name)
    try:
        document = etree.parse(path)
    except etree.XMLSyntaxError as error:
        return ["is not well-formed XML: %s" % error]
    if not schema.validate(document):
        problems += ["RFC 4287 schema, line %d: %s" % (e.line, e.message) for e in schema.error_log]
    root = document.getroot()
    entries = root.findall(ATOM + "entry")
    # The two schematron rules of RFC 4287's Appendix B.
    if root.find(ATOM + "author") is None and any(e.find(ATOM + "author") is None for e in entries):
        problems.append("the feed has no author and an entry has none either")
    for entry in entries:
        links = [l for l in entry.findall(ATOM + "link") if l.get("rel", "alternate") == "alternate"]
        if not links and entry.find(ATOM + "content") is None:
            problems.append("an entry has neither an alternate link nor content")

    parsed = feedparser.parse(path)
    if parsed.bozo:
        problems.append("feedparser: %s" % parsed.bozo_exception)
    if len(parsed.entries) != len(entries):
        problems.append("feedparser reads %d entries, the XML has %d" % (len(parsed.entries), len(entries)))

    ids = [e.findtext(ATOM + "id") for e in entries]
    for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append("entry id %s is used more than once" % duplicate)
    for value in ids + [root.findtext(ATOM + "id")]:
        try:
            parsed_id = uuid.UUID((value or "").removeprefix("urn:uuid:"))
            if not (value or "").startswith("urn:uuid:") or parsed_id.version != 8 or parsed_id.variant != uuid.RFC_4122:
                raise ValueError
        except ValueError:
            problems.append("id %r is not a urn:uuid of version 8" % value)

    dates = []
    for element in root.iter(ATOM + "updated", ATOM + "published"):
        text = element.text or ""
        try:
            if not RFC3339.match(text):
                raise ValueError
            dates.append((element, datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))))
        except ValueError:
            problems.append("date %r is not RFC 3339" % text)
    entry_dates = [d for element, d in dates if element.getparent().tag == ATOM + "entry" and element.tag == ATOM + "updated"]
    if entry_dates != sorted(entry_dates, reverse=True):
        problems.append("entries are not newest first")
    feed_updated = [d for element, d in dates if element.getparent() is root]
    if feed_updated and entry_dates and max(entry_dates) > feed_updated[0]:
        problems.append("an entry is newer than the feed's updated date")

    for link in root.iter(ATOM + "link"):
        base = INSIDE + name
        # xml:base of the feed element, then of any element between it and the link, each relative to the one before.
        for holder in list(link.iterancestors())[::-1]:
            if holder.get(XML_BASE) is not None:
                base = urllib.parse.urljoin(base, holder.get(XML_BASE))
        _, problem = resolve(site, site_url, base, link.get("href", ""))
        if problem:
            problems.append(problem)
    return problems


def check_pages(site):
    """Every page links the site's feed, and a recommendation's page its own."""
    problems = []
    for folder, _, names in os.walk(site):
        for page in sorted(n for n in names if n.endswith(".html")):
            relative = os.path.relpath(os.path.join(folder, page), site)
            text = open(os.path.join(site, relative), encoding="utf-8").read()
            hrefs = re.findall(r'<link rel="alternate" type="application/atom\+xml" title="[^"]*" href="([^"]+)">', text)
            targets = [resolve(site, None, INSIDE + relative, href) for href in hrefs]
            problems += ["%s: %s" % (relative, problem) for _, problem in targets if problem]
            wanted = {"feed.xml"} | ({relative[:-5] + ".xml"} if relative.startswith("recommendations/") else set())
            missing = wanted - {target for target, _ in targets}
            problems += ["%s does not link its feed %s" % (relative, m) for m in sorted(missing)]
    return problems


def check_entries_in_site_feed(site):
    """Each recommendation's entries are in feed.xml, word for word."""
    whole = etree.tostring(etree.parse(os.path.join(site, "feed.xml")).getroot())
    problems = []
    for name in feeds_in(site)[1:]:
        for entry in etree.parse(os.path.join(site, name)).getroot().findall(ATOM + "entry"):
            text = etree.tostring(entry)
            # The link differs only by xml:base, which each feed sets for itself.
            if entry.findtext(ATOM + "id").encode() not in whole:
                problems.append("%s: entry %s is not in feed.xml" % (name, entry.findtext(ATOM + "id")))
            elif text.split(b"<content")[1] not in whole:
                problems.append("%s: entry %s differs from feed.xml's" % (name, entry.findtext(ATOM + "id")))
    return problems


def check_site(site, schema, site_url):
    """Prints a line per feed and per site-wide check, and returns (passed, failed)."""
    names = feeds_in(site)
    if "feed.xml" not in names:
        print("FAIL %s: there is no feed.xml" % site)
        return 0, 1
    checks = [(name, check_feed(site, name, schema, site_url)) for name in names]
    checks += [("pages link their feeds", check_pages(site)),
               ("each recommendation's entries are in feed.xml", check_entries_in_site_feed(site))]
    for label, problems in checks:
        print("%s %s" % ("FAIL" if problems else "ok  ", label))
        for problem in problems:
            print("  %s" % problem)
    failed = sum(1 for _, problems in checks if problems)
    return len(checks) - failed, failed


def broken_copies(site):
    """Ways to break feed.xml, each (what, the problem it must be refused with, a function from the good text to a broken
    one). Each needs entries of two quarters."""
    def entries(text):
        return re.findall(r"  <entry>\n.*?  </entry>\n", text, flags=re.S)

    def swap(text):
        found = entries(text)
        first, last = found[0], found[-1]
        return text.replace(first, "\0").replace(last, first).replace("\0", last)

    def same_id(text):
        ids = re.findall(r"<id>(urn:uuid:[^<]+)</id>", text)
        return text.replace(ids[2], ids[1])

    return [
        ("an entry without an id", "RFC 4287 schema", lambda t: re.sub(r"\n    <id>[^<]*</id>", "", t, count=1)),
        ("an entry whose content is not in the XHTML namespace", "RFC 4287 schema", lambda t: t.replace('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">', '<content type="xhtml"><div>', 1)),
        ("text that is not XML", "not well-formed", lambda t: t.replace("</feed>", "</feed")),
        ("two entries with one id", "used more than once", same_id),
        ("entries oldest first", "not newest first", swap),
        ("a date that is not RFC 3339", "dateTime", lambda t: re.sub(r"<updated>(\d{4}-\d{2}-\d{2})T[^<]*</updated>", r"<updated>\1</updated>", t, count=1)),
        ("a link to no file", "not a file of the site", lambda t: t.replace('.html"/>\n    <content', '-gone.html"/>\n    <content', 1)),
    ]


def control(site, schema, site_url):
    """Breaks feed.xml one way at a time and counts how many broken copies were refused."""
    with open(os.path.join(site, "feed.xml"), encoding="utf-8") as handle:
        good = handle.read()
    if good.count("<entry>") < 2:
        print("FAIL control: feed.xml needs entries of two quarters to be broken in every way")
        return 0, 1
    refused = 0
    cases = broken_copies(site)
    with tempfile.TemporaryDirectory() as scratch:
        copy_site = os.path.join(scratch, "site")
        shutil.copytree(site, copy_site)
        for what, expected, breaking in cases:
            broken = breaking(good)
            if broken == good:
                print("FAIL control: could not break feed.xml with %s" % what)
                continue
            with open(os.path.join(copy_site, "feed.xml"), "w", encoding="utf-8") as handle:
                handle.write(broken)
            problems = [p for p in check_feed(copy_site, "feed.xml", schema, site_url) if expected in p]
            if problems:
                refused += 1
                print("ok   control: %s is refused (%s)" % (what, problems[0]))
            else:
                print("FAIL control: %s was not refused for '%s'" % (what, expected))
    print("control: %d of %d broken feeds refused" % (refused, len(cases)))
    return (1, 0) if refused == len(cases) else (0, 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site-url", help="the address the site was written for (report --site-url)")
    parser.add_argument("--control", action="store_true", help="also check that broken copies of feed.xml are refused")
    parser.add_argument("site")
    arguments = parser.parse_args()
    site_url = arguments.site_url
    if site_url is not None and not site_url.endswith("/"):
        site_url += "/"
    schema = relax_ng()
    passed, failed = check_site(arguments.site, schema, site_url)
    if arguments.control:
        more_passed, more_failed = control(arguments.site, schema, site_url)
        passed, failed = passed + more_passed, failed + more_failed
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
