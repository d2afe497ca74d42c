"""xlsxread.py - read an .xlsx with the standard library only (zipfile +
xml.etree), independently of goedwerk's own reader: the tests' second
opinion on what a workbook holds.

sheets(path) -> {sheet name: {"rows": {row: {col: (value, style)}}, "xml": root}}
where value is a str for text, a float for a number, None for a blank cell,
col and row are 1-based.  styles(path) -> list of (numFmt code, has fill)."""
import re
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "p": "http://schemas.openxmlformats.org/package/2006/relationships"}
BUILTIN_FORMATS = {0: "General", 1: "0", 2: "0.00", 9: "0%", 10: "0.00%", 14: "m/d/yyyy", 49: "@"}


def col_number(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def col_letters(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def _text(el):
    return "".join(t.text or "" for t in el.iter("{%s}t" % NS["m"]))


def styles(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("xl/styles.xml"))
    codes = dict(BUILTIN_FORMATS)
    for f in root.iterfind("m:numFmts/m:numFmt", NS):
        codes[int(f.get("numFmtId"))] = f.get("formatCode")
    fills = [f.find("m:patternFill", NS) for f in root.iterfind("m:fills/m:fill", NS)]
    solid = [p is not None and p.get("patternType") == "solid" for p in fills]
    out = []
    for xf in root.iterfind("m:cellXfs/m:xf", NS):
        out.append((codes.get(int(xf.get("numFmtId", "0")), "?"), solid[int(xf.get("fillId", "0"))]))
    return out


def sheets(path):
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        shared = []
        if "xl/sharedStrings.xml" in names:
            shared = [_text(si) for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iterfind("m:si", NS)]
        rels = {r.get("Id"): r.get("Target")
                for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels")).iterfind("p:Relationship", NS)}
        book = ET.fromstring(z.read("xl/workbook.xml"))
        out = {}
        for s in book.iterfind("m:sheets/m:sheet", NS):
            target = rels[s.get("{%s}id" % NS["r"])].lstrip("/")
            target = target if target.startswith("xl/") else "xl/" + target
            root = ET.fromstring(z.read(target))
            rows = {}
            for c in root.iter("{%s}c" % NS["m"]):
                m = re.fullmatch(r"([A-Z]+)([0-9]+)", c.get("r"))
                col, row = col_number(m.group(1)), int(m.group(2))
                t, v = c.get("t", "n"), c.find("m:v", NS)
                if t == "inlineStr":
                    val = _text(c.find("m:is", NS))
                elif t == "s":
                    val = shared[int(v.text)]
                elif t in ("str", "e"):
                    val = v.text or ""
                elif v is None:
                    val = None
                else:
                    val = float(v.text)
                rows.setdefault(row, {})[col] = (val, int(c.get("s", "0")))
            out[s.get("name")] = {"rows": rows, "xml": root}
        return out
