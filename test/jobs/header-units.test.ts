import { headerCore, headerUnit } from "../../src/jobs/columns";
// Header units as ledgers write them (cases a new user built: 已发金额/万元, 已发金额 万元, [万元], 【万元】, 千元)
test("a unit at the end of a header scales the column and is not part of its name", () => {
  const cases: [string, number | undefined, string][] = [
    ["已发金额（万元）", 10000, "已发金额"], ["已发金额(万元)", 10000, "已发金额"], ["已发金额/万元", 10000, "已发金额"],
    ["已发金额 万元", 10000, "已发金额"], ["已发金额[万元]", 10000, "已发金额"], ["已发金额【万元】", 10000, "已发金额"],
    ["已发金额万元", 10000, "已发金额"], ["已发金额（千元）", 1000, "已发金额"], ["已发金额（单位：万元）", 10000, "已发金额"],
    ["应退金额（元）", 1, "应退金额"], ["补贴金额", undefined, "补贴金额"], ["已发金额", undefined, "已发金额"], ["已发金额（万）", 10000, "已发金额"],
  ];
  for (const [h, f, core] of cases) { expect([h, headerUnit(h)?.factor, headerCore(h)]).toEqual([h, f, core]); }
});
