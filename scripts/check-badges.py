#!/usr/bin/env python3
"""Checks the site's badges (badges/R6.svg) as an embedding page would receive them, with lxml rather than the
code that wrote them: well-formed XML with no DOCTYPE or entity; the root an <svg> in the SVG namespace with a
width, a height, role="img" and an aria-label; <title> its first child, holding the same text as the label; every
element an SVG one and none that runs or fetches anything (script, foreignObject, image, use, a, style); no event
attribute; no reference outside the file (href, url(...)).

usage: check-badges.py FILE...   prints "ok FILE" or "FAIL FILE: why" for each, then "N passed, N failed";
exits 1 when any failed.
"""
import re
import sys

from lxml import etree

SVG = "http://www.w3.org/2000/svg"
FORBIDDEN = {"script", "foreignObject", "image", "use", "a", "style", "iframe", "object", "embed", "feImage"}


def problems(path):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        tree = etree.parse(path, parser)
    except (etree.XMLSyntaxError, OSError) as error:
        return [f"not well-formed XML: {error}"]
    found = []
    if tree.docinfo.doctype:
        found.append(f"has a DOCTYPE ({tree.docinfo.doctype})")
    root = tree.getroot()
    if root.tag != f"{{{SVG}}}svg":
        return found + [f"the root is {root.tag}, not svg in the SVG namespace"]
    for attribute in ("width", "height"):
        if not re.fullmatch(r"\d+(\.\d+)?", root.get(attribute, "")):
            found.append(f"the root's {attribute} is not a number of pixels: {root.get(attribute)!r}")
    if root.get("role") != "img":
        found.append(f"the root's role is {root.get('role')!r}, not 'img'")
    label = " ".join((root.get("aria-label") or "").split())
    if not label:
        found.append("the root has no aria-label")
    first = next(iter(root), None)
    if first is None or first.tag != f"{{{SVG}}}title":
        found.append(f"the first child is {getattr(first, 'tag', None)!r}, not title")
    else:
        title = " ".join("".join(first.itertext()).split())
        if not title:
            found.append("the title is empty")
        elif title != label:
            found.append(f"the title {title!r} differs from the aria-label {label!r}")
    for element in root.iter():
        if not isinstance(element.tag, str):
            found.append(f"line {element.sourceline}: holds a comment or processing instruction")
            continue
        name = etree.QName(element)
        if name.namespace != SVG:
            found.append(f"line {element.sourceline}: element {element.tag} is outside the SVG namespace")
        if name.localname in FORBIDDEN:
            found.append(f"line {element.sourceline}: element {name.localname} is not allowed in a badge")
        for key, value in element.attrib.items():
            local = etree.QName(key).localname
            if local.lower().startswith("on"):
                found.append(f"line {element.sourceline}: event attribute {local}")
            if local == "href" and not value.startswith("#"):
                found.append(f"line {element.sourceline}: {local} refers outside the file: {value}")
            for reference in re.findall(r"url\(\s*['\"]?([^'\")]*)", value):
                if not reference.startswith("#"):
                    found.append(f"line {element.sourceline}: {local} refers outside the file: url({reference})")
    if not any("".join(text.itertext()).strip() for text in root.iter(f"{{{SVG}}}text")):
        found.append("no visible text")
    return found


def main(paths):
    if not paths:
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 64
    failed = 0
    for path in paths:
        found = problems(path)
        if found:
            failed += 1
            print(f"FAIL {path}: " + "; ".join(found))
        else:
            print(f"ok {path}")
    print(f"{len(paths) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
