"""Writes a policy workbook by hand, as a small program of another vendor might: valid OOXML without
styles or shared strings, text as inline rich strings in two runs, TRUE/FALSE as boolean cells.
Usage: /usr/bin/python3 make-odd-xlsx.py grids.json out.xlsx [--prefix x] [--no-refs] [--part-names s]
  --prefix x        elements written x:worksheet, x:row … (as .NET writers do)
  --no-refs         rows and cells without their r attribute (optional in ECMA-376)
  --part-names s    worksheet parts named s0.xml, s1.xml … (found through the relationships only)"""
import json
import sys
import zipfile
from xml.sax.saxutils import escape

args = sys.argv[3:]
prefix = args[args.index("--prefix") + 1] if "--prefix" in args else ""
no_refs = "--no-refs" in args
stem = args[args.index("--part-names") + 1] if "--part-names" in args else None


def col(i):
    s, n = "", i + 1
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def sheet_xml(rows):
    p = prefix + ":" if prefix else ""
    ns = 'xmlns%s="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' % (":" + prefix if prefix else "")
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<%sworksheet %s><%ssheetData>' % (p, ns, p)]
    for ri, row in enumerate(rows):
        out.append("<%srow>" % p if no_refs else '<%srow r="%d">' % (p, ri + 1))
        for ci, c in enumerate(row):
            if c is None:
                if no_refs:
                    out.append("<%sc/>" % p)
                continue
            ref = "" if no_refs else ' r="%s%d"' % (col(ci), ri + 1)
            if isinstance(c, bool):
                out.append('<%sc%s t="b"><%sv>%d</%sv></%sc>' % (p, ref, p, 1 if c else 0, p, p))
            elif isinstance(c, (int, float)):
                out.append("<%sc%s><%sv>%s</%sv></%sc>" % (p, ref, p, c, p, p))
            else:
                s = str(c)
                a, b = s[: len(s) // 2], s[len(s) // 2 :]
                out.append('<%sc%s t="inlineStr"><%sis><%sr><%st xml:space="preserve">%s</%st></%sr><%sr><%st>%s</%st></%sr></%sis></%sc>'
                           % (p, ref, p, p, p, escape(a), p, p, p, p, escape(b), p, p, p, p))
        out.append("</%srow>" % p)
    out.append("</%ssheetData></%sworksheet>" % (p, p))
    return "".join(out)


grids = json.load(open(sys.argv[1], encoding="utf-8"))
names = list(grids)
part = (lambda i: "%s%d.xml" % (stem, i)) if stem else (lambda i: "sheet%d.xml" % (i + 1))
z = zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED)
z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
           '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
           + "".join('<Override PartName="/xl/worksheets/%s" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % part(i) for i in range(len(names)))
           + "</Types>")
z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
           + "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(n), i + 1, i + 1) for i, n in enumerate(names)) + "</sheets></workbook>")
z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/%s"/>' % (i + 1, part(i)) for i in range(len(names)))
           + "</Relationships>")
for i, n in enumerate(names):
    z.writestr("xl/worksheets/" + part(i), sheet_xml(grids[n]))
z.close()
