"""An office exports a built-in (zhangye-2022.xlsx from `policy export`), gives it a new id and city so it
loads, and changes one amount: 第二类 购房补贴 150000 → 160000. Variant 'keepcaseids' leaves the test cases
as exported (they name zhangye-2022); otherwise the case ids are changed too.
Usage: /usr/bin/python3 modify_export.py SRC.xlsx OUT.xlsx [keepcaseids]"""
import sys, openpyxl
src, out = sys.argv[1], sys.argv[2]; keep = "keepcaseids" in sys.argv[3:]
wb = openpyxl.load_workbook(src)
for ws in wb.worksheets:
    for r in ws.iter_rows():
        for c in r:
            if type(c).__name__ == "Cell": c.comment = None
ws = wb["文件信息"]
for r in ws.iter_rows(min_row=2):
    f = r[0].value
    if f == "编号": r[2].value = "mycity-2022"
    if f == "城市": r[2].value = "某市"
    if f in ("城市别名", "文件别名"): r[2].value = None
    if f == "文号": r[2].value = "某发〔2022〕1号"
ws = wb["待遇"]; h = {c.value: c.column for c in ws[1]}
n = 0
for r in ws.iter_rows(min_row=2):
    if r[h["用途"] - 1].value == "购房补贴" and r[h["金额类别"] - 1].value == "第二类":
        assert r[h["总额"] - 1].value == 150000; r[h["总额"] - 1].value = 160000; n += 1
assert n == 1, n
if not keep:
    for r in wb["测试案例"].iter_rows(min_row=2):
        for c in r:
            if c.value == "zhangye-2022": c.value = "mycity-2022"
wb.save(out)
