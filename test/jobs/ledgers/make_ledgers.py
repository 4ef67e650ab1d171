"""Ledgers shaped like the ones offices keep, for test/jobs/ledgers.test.ts (expected values there, worked by
hand from the articles). Run with Debian's python3-openpyxl:  /usr/bin/python3 test/jobs/ledgers/make_ledgers.py
Names and people are made up."""
import datetime as dt
import os
import openpyxl
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime


def audit_multi_item():
    """退款审计: one row per item paid, a title row, a two-row header (补贴发放情况 over 首期发放金额 / 已发金额（万元）
    / 应退金额（元）, the other headers merged down), a 合计 row, 在职 / — placeholders, dates in many forms,
    documents on both sides of their validity."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "补贴发放台账"
    ws["A1"] = "2025年引进人才补贴发放及退还台账"
    ws.merge_cells("A1:M1")
    ws["A1"].font = Font(bold=True, size=14)
    top = ["序号", "姓名", "城市", "适用政策", "人才类别", "补贴项目", "引进日期", "离职日期", "离开原因", "补贴发放情况", None, None, "备注"]
    sub = [None] * 9 + ["首期发放金额", "已发金额（万元）", "应退金额（元）", None]
    ws.append([])
    ws.append(top)
    ws.append(sub)
    for col in "ABCDEFGHIM":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("J3:L3")
    rows = [
        # 张掖 第十四条第（三）项: 3 whole years → 400000 − 400000/10×3 = 280000; 租房补贴 not refunded
        [1, "张三", "张掖", None, "第一类", "购房补贴", D(2022, 7, 1), D(2025, 6, 30), "个人原因", 20, 40, 280000, None],
        [2, "张三", "张掖", None, "第一类", "租房补贴", D(2022, 7, 1), D(2025, 6, 30), "个人原因", 1.2, 3.6, 0, None],
        # 2022-07-01 … 2024-12-31: 2 whole years → 150000 − 150000/10×2 = 120000; 生活补贴 recorded 16000 is wrong
        [3, "李四", "张掖", "zhangye-2022", "第二类", "购房补贴", "2022年7月1日", "2024/12/31", "个人原因", 15, 15, 120000, None],
        [4, "李四", "张掖", "zhangye-2022", "第二类", "生活补贴", "2022年7月1日", "2024/12/31", "个人原因", 1, 2, 16000, "按比例退"],
        # 吐鲁番 第十三条: 安家费 15万 back within the 5-year agreement; the 特殊津贴 row is not refunded
        [5, "王五", "吐鲁番", "turpan-2025", "博士或正高", "安家费", "2025.6.1", "二〇二六年五月三十一日", "个人原因", 15, 15, 150000, None],
        [6, "王五", "吐鲁番", "turpan-2025", "博士或正高", "特殊津贴", "2025.6.1", "二〇二六年五月三十一日", "个人原因", 0.3, 3.6, 36000, None],
        # introduced before the document: 张掖 2016 rules, 吐鲁番 原暂行规定, 临夏 after its five years
        [7, "赵六", "张掖", "zhangye-2022", "第二类", "购房补贴", D(2021, 3, 1), D(2024, 2, 28), "个人原因", 15, 15, 0, None],
        [8, "钱七", "吐鲁番", None, "博士或正高", "安家费", "2025-05-04", "2025-12-31", "个人原因", 15, 15, 150000, None],
        # still employed: 0 due; 一致 where 0 is recorded, 不一致 where 5000 is
        [9, "孙八", "张掖", None, "第三类", "购房补贴", 20230301, "在职", None, 5, 5, 0, None],
        [10, "周九", "张掖", None, "第三类", "购房补贴", "2023-03-01", "—", None, 5, 5, 5000, None],
        # 奎屯 第二十七条: 安家费 back, 生活补贴 not listed
        [11, "吴十", "奎屯", None, "硕士或副高", "安家费（第1期）", "２０２５－０３－０１", "2026-02-28 00:00:00", "个人原因", 4, 4, 40000, None],
        [12, "吴十", "奎屯", None, "硕士或副高", "生活补贴", "２０２５－０３－０１", "2026-02-28 00:00:00", "个人原因", 0.1, 1.2, 0, None],
        [13, "郑一", "临夏", None, None, "安家费", D(2026, 7, 1), D(2026, 12, 31), "个人原因", 1, 1, 0, None],
        [14, "陈二", "张掖", None, "第一类", "交通费用报销", D(2022, 7, 1), D(2025, 6, 30), "个人原因", 0.5, 0.5, 0, None],
        [None, "合计", None, None, None, None, None, None, None, None, 120.5, 801000, None],
    ]
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=5, min_col=7, max_col=8):
        for c in row:
            if isinstance(c.value, dt.datetime):
                c.number_format = "yyyy-mm-dd"
    wb.save(os.path.join(HERE, "audit-multi-item.xlsx"))


def fill_roster_traps():
    """填充台账 on a disbursement roster with the header traps: 人员类别, 政策依据 beside 城市, 第一学历 left of 最高学历,
    职称系列 left of 现任专业技术职务, 年龄段, 出生年月 as the number 1988.03, 到岗时间, 约定服务年限, 发放项目, 实发金额（万元）."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "人才台账"
    ws.append(["序号", "姓名", "人员类别", "城市", "政策依据", "第一学历", "最高学历", "学位", "毕业院校类型", "是否急需紧缺专业",
               "职称系列", "现任专业技术职务", "出生年月", "年龄段", "到岗时间", "离职日期", "约定服务年限", "发放项目", "实发金额（万元）"])
    rows = [
        [1, "甲", "事业编制", "张掖", "市委发〔2016〕12号", "大学本科", "博士研究生", "博士", "其他", "是", "工程系列", "无", 1988.03, "35岁以下", D(2023, 7, 1), "在职", 10, "购房补贴", 40],
        [2, "甲", "事业编制", "张掖", "市委发〔2016〕12号", "大学本科", "博士研究生", "博士", "其他", "是", "工程系列", "无", 1988.03, "35岁以下", D(2023, 7, 1), "在职", 10, "租房补贴", 1.2],
        [3, "乙", "企业人员", "张掖", None, "大学本科", "硕士研究生", "硕士", "双一流", "是", "工程系列", "工程师", "1990年5月", "35岁以下", "2022年7月1日", D(2025, 6, 30), 5, "购房补贴", 15],
        [4, "乙", "企业人员", "张掖", None, "大学本科", "硕士研究生", "硕士", "双一流", "是", "工程系列", "工程师", "1990年5月", "35岁以下", "2022年7月1日", D(2025, 6, 30), 5, "生活补贴", 1],
        [5, "丙", "事业编制", "吐鲁番", None, "博士研究生", "博士研究生", "博士", "其他", "是", "卫生系列", "主任医师", "1980-02", "45岁以下", D(2025, 4, 1), None, 5, "安家费", 15],
        [None, "合计", None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, 72.2],
    ]
    for r in rows:
        ws.append(r)
    wb.save(os.path.join(HERE, "fill-roster-traps.xlsx"))


def audit_header_traps():
    """退款审计 with the column traps: 本次发放金额 left of 累计发放金额, 已退还金额 (nothing returned yet) left of 应退金额,
    原单位离职日期 left of 离职时间, 约定服务年限, 到岗时间, 补贴类别, 离职时间 written / and -."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["姓名", "适用政策", "补贴类别", "本次发放金额", "累计发放金额", "已退还金额", "原单位离职日期", "到岗时间", "离职时间", "约定服务年限", "应退金额"])
    rows = [
        # 累计 400000 paid; 3 whole years → 280000 due; nothing returned yet
        ["甲", "zhangye-2022", "购房补贴", 100000, 400000, 0, D(2022, 3, 1), D(2022, 7, 1), D(2025, 6, 30), 10, 280000],
        # still employed, written / and -: 0 due
        ["乙", "zhangye-2022", "购房补贴", 50000, 150000, 0, None, D(2023, 1, 1), "/", 10, 0],
        ["丙", "zhangye-2022", "购房补贴", 50000, 50000, 0, None, D(2023, 1, 1), "-", 10, 0],
    ]
    for r in rows:
        ws.append(r)
    wb.save(os.path.join(HERE, "audit-header-traps.xlsx"))


if __name__ == "__main__":
    audit_multi_item()
    fill_roster_traps()
    audit_header_traps()
