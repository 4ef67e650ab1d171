"""Fills the blank template (template.xlsx from `policy template`) with a made-up city's document, 青禾市,
the way an office would: openpyxl, row by row. Articles are in ARTICLES below; every expected value in the
test-case sheet is worked by hand from them (see README.md).

Usage: /usr/bin/python3 qinghe.py OUT.xlsx [variant ...]
Variants change one thing each (see VARIANTS at the bottom) to build the odd-but-valid / broken inputs.
By default comments are stripped before saving (finding F1: with openpyxl's comments the product reads
nothing); variant keepcomments keeps them."""
import sys, datetime, openpyxl

ARTICLES = [
    ("1", "第一条 为吸引高层次人才来青禾市工作，制定本办法。"),
    ("5", "第五条 本办法所称人才分为三类："),
    ("5.1", "（一）第一类：博士研究生，或具有正高级专业技术职称的人员；"),
    ("5.2", "（二）第二类：硕士研究生，或具有副高级专业技术职称的人员；"),
    ("5.3", "（三）第三类：“双一流”建设高校全日制本科毕业生，所学专业属于急需紧缺专业的。"),
    ("8", "第八条 全职引进的人才给予安家费："),
    ("8.1", "（一）第一类人才30万元，分三年发放，每年10万元；"),
    ("8.2", "（二）第二类人才15万元，分三年发放，第一年7万元，第二年5万元，第三年3万元；"),
    ("8.3", "（三）第三类人才6万元，一次性发放。"),
    ("9", "第九条 全职引进的人才在本市首次购房的，给予购房补贴：第一类20万元，第二类10万元，第三类5万元。"),
    ("10", "第十条 全职引进的人才给予生活补贴，按月发放，连续发放36个月：第一类每月3000元，第二类每月2000元，第三类每月1000元。"),
    ("12", "第十二条 引进人才须与用人单位签订不少于五年的服务协议。服务未满五年离职的，按未服务年限比例退还已发放的安家费和购房补贴，应退金额=已发放金额-已发放金额÷5×实际服务年限。"),
    ("15", "第十五条 本办法自2025年3月1日起施行，有效期五年。"),
]

META = {
    "编号": "qinghe-2025", "文件类型": "政策", "标题": "青禾市引进高层次人才办法",
    "英文标题": "Qinghe Measures for Introducing High-Level Talent", "城市": "青禾", "城市别名": "青禾市",
    "发文机关": "青禾市人民政府", "文号": "青政发〔2025〕7号", "印发日期": "2025-02-20",
    "施行日期": "2025-03-01", "失效日期": "2030-02-28", "有效期说明": "自2025年3月1日起施行，有效期五年",
    "试行": "否", "来源文件": "青禾市引进高层次人才办法.txt", "文件别名": "青禾",
}
META["引进方式分类"] = "全职、柔性"
META_ARTICLE = {"有效期条款": ("15", "第十五条"), "引进方式条款": ("8", "第八条")}
WAYS = [("全职", "全职"), ("刚性", "全职"), ("招聘", "全职"), ("调动", "全职"), ("柔性", "柔性"), ("兼职", "柔性")]

CATS = [
    ("第一类", "一类、1", "5.1", "第五条第（一）项", "博士研究生或正高级职称", "Doctorate or full senior title"),
    ("第二类", "二类、2", "5.2", "第五条第（二）项", "硕士研究生或副高级职称", "Master's or deputy senior title"),
    ("第三类", "三类、3", "5.3", "第五条第（三）项", "双一流本科且急需紧缺专业", "Double First-Class bachelor, urgent major"),
]
# 类别代码, 条件组, 用于, 选项, 选项取值, 学历学位, 职称不低于, 院校类型, 急需紧缺专业, 具有称号, 不具有称号, 引进方式, 条文字样
CONDS = [
    ("第一类", 1, "类别条件", None, None, "博士", None, None, None, None, None, None, "博士研究生"),
    ("第一类", 2, "类别条件", None, None, None, "正高", None, None, None, None, None, "具有正高级专业技术职称"),
    ("第二类", 1, "类别条件", None, None, "硕士", None, None, None, None, None, None, "硕士研究生"),
    ("第二类", 2, "类别条件", None, None, None, "副高", None, None, None, None, None, "具有副高级专业技术职称"),
    ("第三类", 1, "类别条件", None, None, "学士", None, None, None, None, None, None, "全日制本科毕业生"),
    ("第三类", 1, "类别条件", None, None, None, None, "双一流", None, None, None, None, "“双一流”建设高校"),
    ("第三类", 1, "类别条件", None, None, None, None, None, "是", None, None, None, "所学专业属于急需紧缺专业"),
]
# benefit rows: dict of column header -> value
def B(**kw): return kw
COMMON_S = dict(待遇编号="settlement", 待遇名称="安家费", 英文名称="Settlement allowance", 形式="一次性或分期发放",
                用途="安家费", 条文键="8", 条款写法="第八条", 发放条件="全职引进", 适用类别="第一类、第二类、第三类", 适用引进方式="全职")
COMMON_P = dict(待遇编号="purchaseSubsidy", 待遇名称="购房补贴", 英文名称="Home-purchase subsidy", 形式="一次性或分期发放",
                用途="购房补贴", 条文键="9", 条款写法="第九条", 发放条件="全职引进且在本市首次购房", 适用类别="第一类、第二类、第三类", 适用引进方式="全职")
COMMON_L = dict(待遇编号="living", 待遇名称="生活补贴", 英文名称="Living allowance", 形式="按月发放",
                用途="月度津贴", 条文键="10", 条款写法="第十条", 发放条件="全职引进，连续发放36个月", 适用类别="第一类、第二类、第三类", 适用引进方式="全职")
BENEFITS = [
    B(**COMMON_S, 金额类别="第一类", 总额=300000, 分期金额="100000、100000、100000"),
    B(**COMMON_S, 金额类别="第二类", 总额=150000, 分期金额="70000、50000、30000"),
    B(**COMMON_S, 金额类别="第三类", 总额=60000),
    B(**COMMON_P, 金额类别="第一类", 总额=200000),
    B(**COMMON_P, 金额类别="第二类", 总额=100000),
    B(**COMMON_P, 金额类别="第三类", 总额=50000),
    B(**COMMON_L, 金额类别="第一类", 每月金额=3000, 月数=36),
    B(**COMMON_L, 金额类别="第二类", 每月金额=2000, 月数=36),
    B(**COMMON_L, 金额类别="第三类", 每月金额=1000, 月数=36),
]
REFUNDS = [dict(退还方式="按未服务年限比例退还", 条文键="12", 条款写法="第十二条", 涉及待遇编号="settlement、purchaseSubsidy",
                退还项目="安家费、购房补贴", 服务满几年不再退还=5, 计算公式="应退金额=已发放金额-已发放金额÷5×实际服务年限")]
OTHER = [("服务协议", "协议年限", 5, "12", "第十二条")]
# (说明, 函数, [参数...], [预期...], 应引用)  -- every expected value by hand from ARTICLES
CASES = [
    ("5(1) 博士", "CATEGORY", ["qinghe-2025", "博士", "无"], ["第一类"], "第五条第（一）项"),
    ("5(1) 正高 without doctorate", "CATEGORY", ["qinghe-2025", "硕士", "正高级"], ["第一类"], None),
    ("5(2) 硕士", "CATEGORY", ["qinghe-2025", "硕士", "无"], ["第二类"], "第五条第（二）项"),
    ("5(3) 双一流本科急需紧缺", "CATEGORY", ["qinghe-2025", "本科", "无", "双一流", "是"], ["第三类"], None),
    ("5(3) other school: no class", "CATEGORY", ["qinghe-2025", "本科", "无", "其他", "是"], ["#N/A"], None),
    ("8(1) 30万", "SETTLEMENT", ["qinghe-2025", "第一类"], [300000], "第八条"),
    ("8(2) 第2期 5万", "SETTLEMENT", ["qinghe-2025", "第二类", 2], [50000], None),
    ("9 第二类 10万", "HOUSINGSUBSIDY", ["qinghe-2025", "第二类"], [100000], "第九条"),
    ("10 第三类 每月1000", "ALLOWANCE", ["qinghe-2025", "第三类"], [1000], "第十条"),
    ("12 10万 served 2 years: 100000-100000/5*2", "REFUND", ["qinghe-2025", 100000, 2], [60000], "第十二条"),
    ("12 served 5 years: nothing", "REFUND", ["qinghe-2025", 300000, 5], [0], None),
]

def header_index(ws):
    return {c.value: c.column for c in ws[1] if c.value}

def put_rows(ws, rows, start=2):
    h = header_index(ws)
    for i, row in enumerate(rows):
        for k, v in row.items():
            if v is None: continue
            if k not in h: raise KeyError(f"{ws.title}: no column {k}")
            ws.cell(row=start + i, column=h[k], value=v)

def fill(wb, v):
    ws = wb["文件信息"]
    for r in ws.iter_rows(min_row=2):
        f = r[0].value
        if f in META: r[2].value = META[f]
        if f in META_ARTICLE: r[3].value, r[4].value = META_ARTICLE[f]
    ws = wb["条文"]
    for i, (k, t) in enumerate(ARTICLES, start=2):
        ws.cell(row=i, column=1, value=k); ws.cell(row=i, column=2, value=t)
    put_rows(wb["引进方式"], [dict(通用说法=a, 本文件方式=b) for a, b in WAYS])
    put_rows(wb["人才类别"], [dict(zip(["类别代码", "别名", "条文键", "条款写法", "摘要", "英文摘要"], c)) for c in CATS])
    cols = ["类别代码", "条件组", "用于", "选项", "选项取值", "学历学位", "职称不低于", "院校类型", "急需紧缺专业", "具有称号或条件", "不具有称号或条件", "引进方式", "条文字样"]
    put_rows(wb["类别条件"], [dict(zip(cols, c)) for c in CONDS])
    put_rows(wb["待遇"], BENEFITS)
    put_rows(wb["退还"], REFUNDS)
    ws = wb["其他规则"]
    for r in ws.iter_rows(min_row=2):
        for (rule, field, val, key, label) in OTHER:
            if r[0].value == rule and r[1].value == field:
                r[3].value = val
            if r[0].value == rule and r[1].value == "依据条款":
                r[4].value, r[5].value = key, label
    ws = wb["测试案例"]
    h = header_index(ws)
    for i, (why, fn, args, exp, cites) in enumerate(CASES, start=2):
        ws.cell(row=i, column=h["案例编号"], value=i - 1)
        ws.cell(row=i, column=h["说明"], value=why)
        ws.cell(row=i, column=h["函数"], value=fn)
        for j, a in enumerate(args, start=1): ws.cell(row=i, column=h[f"参数{j}"], value=a)
        for j, e in enumerate(exp, start=1): ws.cell(row=i, column=h[f"预期{j}"], value=e)
        if cites: ws.cell(row=i, column=h["应引用"], value=cites)

def find(ws, col_header, value, col=None):
    """row number whose column col_header equals value"""
    h = header_index(ws)
    for r in ws.iter_rows(min_row=2):
        if r[h[col_header] - 1].value == value: return r[0].row
    raise KeyError(value)

if __name__ == "__main__":
    out, variants = sys.argv[1], sys.argv[2:]
    import variants as V
    wb = openpyxl.load_workbook(__import__("os").path.join(__import__("os").path.dirname(__file__), "template.xlsx"))
    for v in variants:
        getattr(V, "pre_" + v, lambda *a: None)(sys.modules[__name__])
    fill(wb, variants)
    for v in variants:
        getattr(V, "post_" + v, lambda *a: None)(wb, sys.modules[__name__])
    if "keepcomments" not in variants and "add_note" not in variants:
        for ws in wb.worksheets:
            for r in ws.iter_rows():
                for c in r:
                    if hasattr(c, "column_letter") and type(c).__name__ == "Cell": c.comment = None
    wb.save(out)
