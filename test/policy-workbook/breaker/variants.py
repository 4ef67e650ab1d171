"""One function per variant; pre_X edits the data before filling, post_X edits the filled workbook."""
import datetime, copy

def _meta(q, k, v): q.META[k] = v
def _setcell(wb, sheet, col_header, match_col, match_val, value, nth=0):
    ws = wb[sheet]; h = {c.value: c.column for c in ws[1] if c.value}
    hits = [r[0].row for r in ws.iter_rows(min_row=2) if r[h[match_col] - 1].value == match_val]
    ws.cell(row=hits[nth], column=h[col_header]).value = value
    return ws.cell(row=hits[nth], column=h[col_header])
def _metacell(wb, field):
    ws = wb["文件信息"]
    for r in ws.iter_rows(min_row=2):
        if r[0].value == field: return r[2]

# --- dates in 文件信息 ---
def post_date_excel(wb, q):
    for f, s in (("印发日期", "2025-02-20"), ("施行日期", "2025-03-01"), ("失效日期", "2030-02-28")):
        c = _metacell(wb, f); c.value = datetime.datetime.strptime(s, "%Y-%m-%d"); c.number_format = "yyyy-mm-dd"
def post_date_excel_cn(wb, q):   # real dates shown with Excel's Chinese built-in format
    for f, s in (("印发日期", "2025-02-20"), ("施行日期", "2025-03-01"), ("失效日期", "2030-02-28")):
        c = _metacell(wb, f); c.value = datetime.datetime.strptime(s, "%Y-%m-%d"); c.number_format = 'yyyy"年"m"月"d"日"'
def post_date_serial(wb, q):     # a real date whose cell lost its date format (General): 45717 = 2025-03-01
    c = _metacell(wb, "施行日期"); c.value = 45717; c.number_format = "General"
def post_date_dots(wb, q):
    _metacell(wb, "施行日期").value = "2025.3.1"; _metacell(wb, "失效日期").value = "2030.2.28"
def post_date_cn(wb, q):
    _metacell(wb, "施行日期").value = "2025年3月1日"; _metacell(wb, "失效日期").value = "2030年2月28日"
def post_date_bad(wb, q):
    _metacell(wb, "施行日期").value = "2025年2月30日"
def post_date_reversed(wb, q):
    _metacell(wb, "失效日期").value = "2024-02-28"
def post_date_2digit(wb, q):
    _metacell(wb, "施行日期").value = "25-3-1"

# --- amounts ---
def post_wan_text(wb, q):        # 总额 written as the article writes it
    _setcell(wb, "待遇", "总额", "金额类别", "第一类", "30万")
def post_num_text(wb, q):        # a number stored as text (green triangle in Excel)
    _setcell(wb, "待遇", "总额", "金额类别", "第一类", "300000")
def post_fullwidth(wb, q):
    _setcell(wb, "待遇", "总额", "金额类别", "第一类", "３０００００")
def post_thousands(wb, q):
    _setcell(wb, "待遇", "总额", "金额类别", "第一类", "300,000")
def post_negative(wb, q):
    _setcell(wb, "待遇", "总额", "金额类别", "第三类", -60000)
def post_subfen(wb, q):
    _setcell(wb, "待遇", "总额", "金额类别", "第三类", 60000.004)
def post_huge_amount(wb, q):
    _setcell(wb, "待遇", "总额", "金额类别", "第三类", 1e20)
def post_months_fraction(wb, q):
    _setcell(wb, "待遇", "月数", "金额类别", "第一类", 36.5, nth=2)
def post_formula(wb, q):         # total as a formula: =100000*3 (no cached value: openpyxl writes none)
    _setcell(wb, "待遇", "总额", "金额类别", "第一类", "=100000*3")
def post_instalments_bad(wb, q): # 7万+5万+2万 ≠ 15万
    _setcell(wb, "待遇", "分期金额", "金额类别", "第二类", "70000、50000、20000")
def post_instalments_comma(wb, q):  # separated by ASCII commas, as people type
    _setcell(wb, "待遇", "分期金额", "金额类别", "第二类", "70000,50000,30000")
def post_instalments_fw_comma(wb, q):
    _setcell(wb, "待遇", "分期金额", "金额类别", "第二类", "70000，50000，30000")
def post_instalments_wan(wb, q):
    _setcell(wb, "待遇", "分期金额", "金额类别", "第二类", "7万、5万、3万")

# --- spaces / names ---
def post_trailing_space(wb, q):
    _metacell(wb, "编号").value = "qinghe-2025 "
    _setcell(wb, "待遇", "金额类别", "金额类别", "第二类", "第二类 ", nth=0)
    _setcell(wb, "类别条件", "类别代码", "类别代码", "第三类", "第三类 ", nth=0)
def post_space_in_code(wb, q):   # same code written with a full-width space inside
    _setcell(wb, "待遇", "金额类别", "金额类别", "第二类", "第二　类", nth=1)
def post_article_key_space(wb, q):
    _setcell(wb, "待遇", "条文键", "待遇编号", "living", "10 ", nth=0)

# --- structure ---
def post_merged(wb, q):          # 待遇编号 … 适用引进方式 merged over the 3 settlement rows, as offices lay it out
    ws = wb["待遇"]
    for col in "ABCDEFGHIJ":
        for r in (3, 4): ws[f"{col}{r}"].value = None
        ws.merge_cells(f"{col}2:{col}4")
def post_extra_sheet(wb, q):
    ws = wb.create_sheet("经办人备忘", 0); ws["A1"] = "2025-03-05 张三录入，待李四复核"
def post_hidden_row(wb, q):      # 第二类 购房补贴 row hidden (someone hid it while reviewing)
    ws = wb["待遇"]; h = {c.value: c.column for c in ws[1]}
    for r in ws.iter_rows(min_row=2):
        if r[h["待遇编号"] - 1].value == "purchaseSubsidy" and r[h["金额类别"] - 1].value == "第二类":
            ws.row_dimensions[r[0].row].hidden = True
def post_hidden_sheet(wb, q):
    wb["待遇"].sheet_state = "hidden"
def post_renamed_sheet(wb, q):
    wb["待遇"].title = "待遇标准"
def post_deleted_sheet(wb, q):
    del wb["退还"]
def post_reorder_rows(wb, q):    # 人才类别 rows sorted differently: 第二类 above 第一类
    ws = wb["人才类别"]
    a = [[c.value for c in ws[2]], [c.value for c in ws[3]]]
    for j, v in enumerate(a[1]): ws.cell(row=2, column=j + 1).value = v
    for j, v in enumerate(a[0]): ws.cell(row=3, column=j + 1).value = v
def post_reorder_cols(wb, q):    # 待遇: 总额 and 待遇名称 columns swapped, headers too (说明 says order may change)
    ws = wb["待遇"]; h = {c.value: c.column for c in ws[1]}
    a, b = h["待遇名称"], h["总额"]
    for r in range(1, ws.max_row + 1):
        x, y = ws.cell(row=r, column=a).value, ws.cell(row=r, column=b).value
        ws.cell(row=r, column=a).value = y; ws.cell(row=r, column=b).value = x
def post_header_renamed(wb, q):  # 总额 → 总额（元）
    ws = wb["待遇"]
    for c in ws[1]:
        if c.value == "总额": c.value = "总额（元）"
def post_blank_rows(wb, q):      # an empty row between the benefit rows
    wb["待遇"].insert_rows(5)
def post_notes_col(wb, q):
    ws = wb["待遇"]; ws.cell(row=1, column=ws.max_column + 1, value="备注（经办人）"); ws.cell(row=2, column=ws.max_column, value="已核对原文")
def post_unknown_col(wb, q):
    ws = wb["待遇"]; ws.cell(row=1, column=ws.max_column + 1, value="审核人"); ws.cell(row=2, column=ws.max_column, value="李四")

# --- rules ---
def post_refund_missing_benefit(wb, q):
    _setcell(wb, "退还", "涉及待遇编号", "退还方式", "按未服务年限比例退还", "settlement、housingSubsidy")
def post_refund_no_benefit(wb, q):   # 退还项目 left, 涉及待遇编号 empty
    _setcell(wb, "退还", "涉及待遇编号", "退还方式", "按未服务年限比例退还", None)
def post_refund_item_mismatch(wb, q):  # 涉及 settlement, purchaseSubsidy but 退还项目 says 安家费、生活补贴
    _setcell(wb, "退还", "退还项目", "退还方式", "按未服务年限比例退还", "安家费、生活补贴")
def post_refund_fullyears_zero(wb, q):
    _setcell(wb, "退还", "服务满几年不再退还", "退还方式", "按未服务年限比例退还", 0)
def post_unknown_category(wb, q):
    _setcell(wb, "待遇", "金额类别", "金额类别", "第三类", "第四类", nth=2)
def post_unreachable(wb, q):     # 第二类 条件组2 changed to 博士: 第二类 now needs 硕士 or 博士 — still reachable; make it unreachable
    ws = wb["类别条件"]; h = {c.value: c.column for c in ws[1]}
    for r in ws.iter_rows(min_row=2):
        if r[0].value == "第二类":
            r[h["学历学位"] - 1].value = "博士"; r[h["职称不低于"] - 1].value = None
def post_dup_category(wb, q):
    ws = wb["人才类别"]; ws.cell(row=3, column=1, value="第一类")
def post_missing_article(wb, q): # 条文键 99 not in 条文
    _setcell(wb, "待遇", "条文键", "待遇编号", "living", "99", nth=0)
    for n in (1, 2): _setcell(wb, "待遇", "条文键", "待遇编号", "living", "99", nth=n)
def post_label_mismatch(wb, q):  # 条文键 9 but 条款写法 第十条
    for n in range(3): _setcell(wb, "待遇", "条款写法", "待遇编号", "purchaseSubsidy", "第十条", nth=n)
def post_no_article(wb, q):      # an amount without an article
    for n in range(3):
        _setcell(wb, "待遇", "条文键", "待遇编号", "purchaseSubsidy", None, nth=n)
        _setcell(wb, "待遇", "条款写法", "待遇编号", "purchaseSubsidy", None, nth=n)
def post_numeric_key(wb, q):     # 条文 has 8.1 and 8.10 typed as numbers (8.10 → 8.1)
    ws = wb["条文"]; r = ws.max_row + 1
    ws.cell(row=r, column=1, value=8.10); ws.cell(row=r, column=2, value="（十）其他人才按一事一议确定。")
def post_numeric_key_ref(wb, q): # 条文键 typed as number 9.0 / 10 (numbers, not text)
    for n in range(3): _setcell(wb, "待遇", "条文键", "待遇编号", "living", 10, nth=n)
def post_wrong_case(wb, q):      # a test case whose expected value is wrong: 100000 served 2 → 60000, written 70000
    ws = wb["测试案例"]; h = {c.value: c.column for c in ws[1]}
    for r in ws.iter_rows(min_row=2):
        if r[h["函数"] - 1].value == "REFUND" and r[h["参数3"] - 1].value == 2: r[h["预期1"] - 1].value = 70000
def post_case_text_number(wb, q):  # expected written as text "60000" and as "6万"
    ws = wb["测试案例"]; h = {c.value: c.column for c in ws[1]}
    for r in ws.iter_rows(min_row=2):
        if r[h["函数"] - 1].value == "REFUND" and r[h["参数3"] - 1].value == 2: r[h["预期1"] - 1].value = "6万"
def post_case_unknown_fn(wb, q):
    ws = wb["测试案例"]; r = ws.max_row + 1
    ws.cell(row=r, column=1, value=99); ws.cell(row=r, column=3, value="typo"); ws.cell(row=r, column=4, value="REFUNDS")
    ws.cell(row=r, column=5, value="qinghe-2025"); ws.cell(row=r, column=15, value=1)
def post_case_other_policy(wb, q):  # a case that calls a built-in, not this file
    ws = wb["测试案例"]; r = ws.max_row + 1
    for j, v in enumerate([99, None, "calls zhangye", "REFUND", "zhangye-2022", 400000, 3], start=1): ws.cell(row=r, column=j, value=v)
    ws.cell(row=r, column=15, value=280000)
def post_id_builtin(wb, q):
    _metacell(wb, "编号").value = "zhangye-2022"
def post_id_builtin_upper(wb, q):
    _metacell(wb, "编号").value = "Zhangye-2022"
def post_city_zhangye(wb, q):    # a file for 张掖 2016-2022 (the repealed document the built-in says is not encoded)
    _metacell(wb, "城市").value = "张掖"; _metacell(wb, "城市别名").value = "张掖市"
    _metacell(wb, "施行日期").value = "2016-06-01"; _metacell(wb, "失效日期").value = "2022-05-06"
    _metacell(wb, "印发日期").value = "2016-06-01"; _metacell(wb, "文件别名").value = None
def post_city_zhangye_overlap(wb, q):
    post_city_zhangye(wb, q); _metacell(wb, "失效日期").value = "2022-12-31"
def post_v2(wb, q):              # a second file, same city, new id, overlapping dates
    _metacell(wb, "编号").value = "qinghe-2026"; _metacell(wb, "施行日期").value = "2026-01-01"
    _metacell(wb, "失效日期").value = None; _metacell(wb, "文号").value = "青政发〔2026〕1号"
    ws = wb["测试案例"]
    for r in ws.iter_rows(min_row=2):
        for c in r:
            if c.value == "qinghe-2025": c.value = "qinghe-2026"
def post_v2_successor(wb, q):    # same, but writes qinghe-2025 as its predecessor ending the day before
    post_v2(wb, q)
    ws = wb["文件信息"]
    for r in ws.iter_rows(min_row=2):
        f = r[0].value
        if f in ("前序文件文号", "前序文件标题", "前序文件适用至", "前序文件说明", "前序文件条款"): r[1].value = 1
        if f == "前序文件文号": r[2].value = "青政发〔2025〕7号"
        if f == "前序文件标题": r[2].value = "青禾市引进高层次人才办法"
        if f == "前序文件适用至": r[2].value = "2025-12-31"
        if f == "前序文件说明": r[2].value = "2026年1月1日前引进的人员适用原办法"
        if f == "前序文件条款": r[3].value, r[4].value = "15", "第十五条"
def post_only_meta(wb, q):       # meta filled, nothing else (a half-filled workbook)
    for name in ("条文", "引进方式", "人才类别", "类别条件", "待遇", "退还", "测试案例"):
        ws = wb[name]
        if ws.max_row > 1: ws.delete_rows(2, ws.max_row)
    for f in ("有效期条款", "引进方式条款"):
        c = _metacell(wb, f); ws = wb["文件信息"]; ws.cell(row=c.row, column=4, value=None); ws.cell(row=c.row, column=5, value=None)
    ws = wb["其他规则"]
    for r in ws.iter_rows(min_row=2):
        r[3].value = None; r[4].value = None; r[5].value = None
def post_keepcomments(wb, q): pass
def post_way_unknown(wb, q):     # 适用引进方式 a word not in 引进方式分类
    for n in range(3): _setcell(wb, "待遇", "适用引进方式", "待遇编号", "living", "全职引进", nth=n)
def post_cat_alias_clash(wb, q): # 第二类's alias "1" clashes with 第一类's alias "1"
    _setcell(wb, "人才类别", "别名", "类别代码", "第二类", "二类、1")
def post_big_articles(wb, q):    # 20000 article rows of 500 characters (a huge file)
    ws = wb["条文"]; base = ws.max_row
    for i in range(20000):
        ws.cell(row=base + 1 + i, column=1, value=f"100.{i+1}"); ws.cell(row=base + 1 + i, column=2, value="附" * 500)
def post_epoch1904(wb, q):       # a Mac-Excel workbook (1904 date system) with real dates
    from openpyxl.utils.datetime import CALENDAR_MAC_1904
    wb.epoch = CALENDAR_MAC_1904
    post_date_excel(wb, q)
def post_add_note(wb, q):        # the office adds one 批注 to a cell (openpyxl writes it; comments stripping skipped)
    from openpyxl.comments import Comment
    wb["待遇"]["T2"].comment = Comment("按第八条第（一）项核对", "李四")
def post_error_value(wb, q):     # a cell holding an Excel error value (pasted from a broken formula)
    _setcell(wb, "待遇", "总额", "金额类别", "第一类", "#REF!")
def post_bool_cell(wb, q):       # 试行 as a real boolean FALSE, 急需紧缺专业 as TRUE
    _metacell(wb, "试行").value = False
    _setcell(wb, "类别条件", "急需紧缺专业", "急需紧缺专业", "是", True)
def post_tick(wb, q):            # 急需紧缺专业 as ✓ / 试行 as N
    _metacell(wb, "试行").value = "N"
def post_no_help_sheets(wb, q):  # the office deletes the 说明 and (hidden) 词表 sheets
    del wb["说明"]; del wb["词表"]
def post_case_date_cell(wb, q):  # a POLICYSTATUS case with a real Excel date as argument
    ws = wb["测试案例"]; r = ws.max_row + 1
    for j, v in enumerate([99, None, "15 in force on the first day", "POLICYSTATUS", "qinghe-2025"], start=1): ws.cell(row=r, column=j, value=v)
    c = ws.cell(row=r, column=6, value=datetime.datetime(2025, 3, 1)); c.number_format = "yyyy-mm-dd"
    ws.cell(row=r, column=15, value="有效")
