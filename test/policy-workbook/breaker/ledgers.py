"""Writes qinghe-ledger.xlsx (to fill) and qinghe-audit.xlsx (to audit) with openpyxl; expected refunds
by hand from 青禾 第十二条: 应退 = 已发 − 已发 ÷ 5 × 实际服务年限 (whole years served), only 安家费 and 购房补贴."""
import datetime as D, openpyxl
d = lambda s: D.datetime.strptime(s, "%Y-%m-%d")
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "引进人才"
ws.append(["姓名", "城市", "学位", "职称", "毕业院校类型", "是否急需紧缺专业", "引进方式", "引进日期", "离职日期", "补贴项目", "已发金额"])
rows = [
    ["甲", "青禾", "博士", "无", "其他", "否", "全职", d("2025-04-01"), d("2027-05-01"), "安家费", 100000],   # 2 yrs: 60000
    ["乙", "青禾", "硕士", "无", "其他", "否", "全职", d("2025-03-01"), None, "安家费", 150000],              # in post: 0
    ["丙", "青禾市", "学士", "无", "双一流", "是", "全职", d("2025-06-01"), d("2026-06-01"), "购房补贴", 50000],  # 1 yr: 40000
    ["丁", "青禾", "学士", "无", "其他", "是", "全职", d("2025-06-01"), d("2026-01-01"), "购房补贴", 50000],    # no class; 0 yrs: 50000?
    ["戊", "青禾", "博士", "无", "其他", "否", "全职", d("2024-12-01"), d("2026-01-01"), "安家费", 100000],     # before 2025-03-01: refuse
    ["己", "青禾", "硕士", "副高级", "其他", "否", "全职", d("2025-03-01"), d("2026-03-01"), "生活补贴", 24000],  # not refundable: 0
]
for r in rows: ws.append(r)
for r in ws.iter_rows(min_row=2):
    for c in r[7:9]: c.number_format = "yyyy-mm-dd"
wb.save("qinghe-ledger.xlsx")

wb = openpyxl.Workbook(); ws = wb.active; ws.title = "补贴发放台账"
ws.append(["姓名", "适用政策", "人才类别", "补贴项目", "已发金额", "引进日期", "离职日期", "离开原因", "应退金额"])
rows = [
    ["甲", "qinghe-2025", "第一类", "安家费", 200000, d("2025-03-01"), d("2028-03-01"), "个人原因", 80000],   # 3 yrs: 200000-120000=80000 right
    ["乙", "qinghe-2025", "第二类", "购房补贴", 100000, d("2025-03-01"), d("2026-05-01"), "个人原因", 100000],  # 1 yr: 80000; ledger says 100000 (wrong)
    ["丙", "qinghe-2025", "第三类", "生活补贴", 12000, d("2025-03-01"), d("2026-05-01"), "个人原因", 0],       # not refundable: 0 right
    ["丁", "qinghe-2025", "第一类", "安家费", 300000, d("2025-03-01"), d("2030-03-01"), "个人原因", 0],        # 5 yrs: 0 right
]
for r in rows: ws.append(r)
for r in ws.iter_rows(min_row=2):
    for c in r[5:7]: c.number_format = "yyyy-mm-dd"
wb.save("qinghe-audit.xlsx")
