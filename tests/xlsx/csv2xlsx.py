#!/usr/bin/python3
"""csv2xlsx.py BUNDLE_DIR OUT.xlsx        - the bundle as one workbook
   csv2xlsx.py --files BUNDLE_DIR OUT_DIR - each CSV as STEM.xlsx (sheet "Blad1")

Writes the workbook as Excel would hold the data someone typed in: a sheet
per CSV named by its stem, whole numbers (no leading zero) as number cells,
ISO dates as date serials with a date format, other text as shared strings
(header row) or inline strings (data rows).  Each CSV record goes on the
sheet row of the line it starts on, so that CSV line N is sheet row N and a
message's FILE:LINE:COLUMN maps onto SHEET!CELL.  Standard library only
(zipfile + xml escaping), independent of goedwerk."""
import csv
import datetime
import io
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from xlsxread import col_letters  # noqa: E402

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def read_csv(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    first = text.split("\n", 1)[0]
    delim = max(",;\t", key=first.count) if any(d in first for d in ",;\t") else ","
    rows, lines = [], io.StringIO(text, newline="")
    reader = csv.reader(lines, delimiter=delim)
    end = 0
    for rec in reader:
        start = end + 1
        end = reader.line_num
        if any(f != "" for f in rec):
            rows.append((start, rec))
    return rows


def serial(iso):
    """The Excel serial of an ISO date; None for a date that never was
    (Excel keeps such a typed value as text)."""
    try:
        return (datetime.date.fromisoformat(iso) - datetime.date(1899, 12, 30)).days
    except ValueError:
        return None


def sheet_xml(rows, shared):
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}"><sheetData>']
    for line, rec in rows:
        cells = []
        for j, v in enumerate(rec, start=1):
            if v == "":
                continue
            ref = f"{col_letters(j)}{line}"
            v = v.replace("\r\n", "\n")
            if re.fullmatch(r"-?(0|[1-9][0-9]{0,14})", v):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif re.fullmatch(r"(19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]", v) and serial(v) is not None:
                cells.append(f'<c r="{ref}" s="1"><v>{serial(v)}</v></c>')
            elif line == rows[0][0]:
                if v not in shared:
                    shared[v] = len(shared)
                cells.append(f'<c r="{ref}" t="s"><v>{shared[v]}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(v)}</t></is></c>')
        out.append(f'<row r="{line}">{"".join(cells)}</row>')
    out.append("</sheetData></worksheet>")
    return "".join(out)


def write_book(path, sheets):
    shared = {}
    xmls = [(name, sheet_xml(rows, shared)) for name, rows in sheets]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        over = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                       for i in range(1, len(xmls) + 1))
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                   '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                   + over + "</Types>")
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        sheets_el = "".join(f'<sheet name="{escape(n)}" sheetId="{i}" r:id="rId{i}"/>' for i, (n, _) in enumerate(xmls, start=1))
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>{sheets_el}</sheets></workbook>')
        rels = "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(xmls) + 1))
        k = len(xmls)
        rels += f'<Relationship Id="rId{k + 1}" Type="{REL}/styles" Target="styles.xml"/><Relationship Id="rId{k + 2}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
        # xf 1: the built-in date format 14 (d-m-yyyy in a Dutch Excel)
        z.writestr("xl/styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}"><fonts count="1"><font/></fonts>'
                   '<fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
                   '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>')
        sst = "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in shared)
        z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(shared)}">{sst}</sst>')
        for i, (_, x) in enumerate(xmls, start=1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", x)


def csvs(folder):
    return sorted(f for f in os.listdir(folder) if f.lower().endswith(".csv"))


if __name__ == "__main__":
    if sys.argv[1] == "--files":
        folder, out = sys.argv[2], sys.argv[3]
        os.makedirs(out, exist_ok=True)
        for f in csvs(folder):
            write_book(os.path.join(out, f[:-4] + ".xlsx"), [("Blad1", read_csv(os.path.join(folder, f)))])
    else:
        folder, out = sys.argv[1], sys.argv[2]
        write_book(out, [(f[:-4], read_csv(os.path.join(folder, f))) for f in csvs(folder)])
