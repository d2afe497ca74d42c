# empty_rows.py BOOK.xlsx - the "Geen rijen: ..." / "No rows: ..." lines of
# a goedwerk workbook, one per sheet that has one, in sheet order.
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
strings = re.findall(r"<t[^>]*>([^<]*)</t>", z.read("xl/sharedStrings.xml").decode()) \
    if "xl/sharedStrings.xml" in z.namelist() else []
names = re.findall(r'<sheet name="([^"]+)"', z.read("xl/workbook.xml").decode())
for k, name in enumerate(names, 1):
    xml = z.read("xl/worksheets/sheet%d.xml" % k).decode()
    cells = [strings[int(i)] for i in re.findall(r'<c r="A2"[^>]*t="s"[^>]*><v>(\d+)</v>', xml)]
    cells += re.findall(r'<c r="A2"[^>]*t="inlineStr"[^>]*><is><t>([^<]*)</t>', xml)
    for c in cells:
        if c.startswith(("Geen rijen:", "No rows:")):
            print(name + ": " + c)
