import { invoke } from "../src/functions/invoke";
import { specOf } from "../src/functions/registry";
import { formatOutCell } from "../src/functions/excel-errors";

test("smoke", () => {
  const r = invoke(specOf("REFUND"), ["zhangye-2022", 400000, 3]);
  expect(r).toEqual([[280000]]);
  const c = invoke(specOf("CATEGORY"), [[["zhangye-2022"]], [["博士"], ["硕士"], ["本科"]], [["无"], ["副高级"], ["无"]], [["其他"], ["其他"], ["985"]], [["否"], ["否"], ["是"]]]);
  console.log(c.map(r=>r.map(formatOutCell)));
  const e = invoke(specOf("EXPLAIN"), ["zhangye-2022", "REFUND", [[[400000]], [[3.5]], [["实际"]]]]);
  console.log(e);
  try { invoke(specOf("REFUND"), ["zhangye-2022", 400000, -1]); } catch (err) { console.log(formatOutCell(err as never)); }
  console.log(invoke(specOf("SERVICEYEARS"), ["2015-07-01", "2025-06-30"]), invoke(specOf("SERVICEYEARS"), ["2015-07-01", "2025-06-29", "实际"]));
  console.log(invoke(specOf("POLICIES"), []));
});
