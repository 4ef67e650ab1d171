"""Writes a policy workbook with openpyxl, as another program than ours would: sheets from a JSON file of
grids (sheet name -> rows of cells). A cell {"formula": "..."} becomes a formula, {"date": "YYYY-MM-DD"} a
real date cell. Usage: /usr/bin/python3 make-xlsx.py grids.json out.xlsx"""
import datetime
import json
import sys

import openpyxl

grids = json.load(open(sys.argv[1], encoding="utf-8"))
wb = openpyxl.Workbook()
wb.remove(wb.active)
for name, rows in grids.items():
    ws = wb.create_sheet(name)
    for r, row in enumerate(rows, start=1):
        for c, cell in enumerate(row, start=1):
            if cell is None:
                continue
            if isinstance(cell, dict) and "formula" in cell:
                ws.cell(row=r, column=c, value="=" + cell["formula"])
            elif isinstance(cell, dict) and "date" in cell:
                ws.cell(row=r, column=c, value=datetime.datetime.strptime(cell["date"], "%Y-%m-%d"))
                ws.cell(row=r, column=c).number_format = "yyyy-mm-dd"
            else:
                ws.cell(row=r, column=c, value=cell)
    ws.freeze_panes = "A2"
wb.save(sys.argv[2])
