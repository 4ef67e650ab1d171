"""Round trip helper: take an exported built-in workbook, change only its id (also in the test cases'
policy arguments) and save with openpyxl. Comments are removed first: with them the product cannot read
an openpyxl-saved workbook at all (finding F1)."""
import sys, openpyxl
src, dst, old, new = sys.argv[1:5]
keep_comments = len(sys.argv) > 5
wb = openpyxl.load_workbook(src)
for ws in wb.worksheets:
    if not keep_comments:
        for r in ws.iter_rows():
            for c in r: c.comment = None
ws = wb['文件信息']
for r in ws.iter_rows(min_row=2):
    if r[0].value == '编号': r[2].value = new
    if r[0].value == '城市' and r[2].value: r[2].value = '测' + r[2].value
    if r[0].value == '城市别名': r[2].value = None
    if r[0].value == '文号' and r[2].value: r[2].value = '测' + r[2].value
    if r[0].value == '文件别名': r[2].value = None
ws = wb['测试案例']
for r in ws.iter_rows(min_row=2):
    for c in r:
        if c.value == old: c.value = new
wb.save(dst)
