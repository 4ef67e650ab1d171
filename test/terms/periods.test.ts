import { completedPeriods, fromISO, periodAfter, periodEnd, toExcelSerial, toISO } from "../../src/engine";
import { call, runGolden, type Golden } from "../golden";

/**
 * 《民法典》第二百零二条: 按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日.
 * The introduction (or leave) date is the first day counted (register period-end), so a period ends the day
 * before the ending month's day corresponding to it, or on that month's last day where the month has none.
 * Every expected date below is worked from that sentence and a calendar, not from the product.
 */
const d = (iso: string) => toExcelSerial(fromISO(iso));
const L = "linxia-2021";
const P = "pingdingshan-2018";

const serviceYears: Golden[] = [
  // Issue 13: a year from 2024-02-29 ends on 2025-02-28 (February 2025 has no 29th: its last day ends the year).
  { why: "202: SERVICEYEARS 2024-02-29 2025-02-27 is one day short of a year", call: "SERVICEYEARS", args: ["2024-02-29", "2025-02-27"], expect: 0 },
  { why: "202: 2025-02-28, the month's last day, completes the year", call: "SERVICEYEARS", args: ["2024-02-29", "2025-02-28"], expect: 1 },
  { why: "202: the day after is still one year", call: "SERVICEYEARS", args: ["2024-02-29", "2025-03-01"], expect: 1 },
  { why: "202: four years from 2024-02-29 end on 2028-02-28 (2028-02-29 corresponds, the day before ends it)", call: "SERVICEYEARS", args: ["2024-02-29", "2028-02-27"], expect: 3 },
  { why: "202: … and 2028-02-28 completes four", call: "SERVICEYEARS", args: ["2024-02-29", "2028-02-28"], expect: 4 },
  { why: "202: from 2024-03-01 a year ends 2025-02-28", call: "SERVICEYEARS", args: ["2024-03-01", "2025-02-28"], expect: 1 },
  { why: "202: from 2024-03-01, 2025-02-27 is short", call: "SERVICEYEARS", args: ["2024-03-01", "2025-02-27"], expect: 0 },
  { why: "202: from 2023-03-01 the year ends on the leap day 2024-02-29", call: "SERVICEYEARS", args: ["2023-03-01", "2024-02-29"], expect: 1 },
  { why: "202: from 2023-03-01, 2024-02-28 is short", call: "SERVICEYEARS", args: ["2023-03-01", "2024-02-28"], expect: 0 },
  // 2024-02-29 … 2025-02-28 is 366 days; leaving on 2025-02-27 serves 365 of them.
  { why: "exact: 365 of the 366 days of the year from 2024-02-29", call: "SERVICEYEARS", args: ["2024-02-29", "2025-02-27", "实际"], expect: 365 / 366 },
  { why: "end date not counted: leaving on 2025-03-01 serves through 2025-02-28, a year", call: "SERVICEYEARS", args: ["2024-02-29", "2025-03-01", "整年", false], expect: 1 },
  { why: "end date not counted: leaving on 2025-02-28 serves through 2025-02-27", call: "SERVICEYEARS", args: ["2024-02-29", "2025-02-28", "整年", false], expect: 0 },
];

const leave: Golden[] = [
  // Issue 13: 3 years from 2024-02-29 end in February 2027, which has no 29th: 2027-02-28.
  { why: "202: LEAVEEND linxia-2021 2024-02-29 → 2027-02-28", call: "LEAVEEND", args: [L, "2024-02-29"], expect: d("2027-02-28"), cites: "第1条" },
  { why: "202: the same for Pingdingshan", call: "LEAVEEND", args: [P, "2024-02-29"], expect: d("2027-02-28"), cites: "第四部分第（六）项" },
  { why: "202: a day earlier, 2024-02-28 → 2027-02-27 (the 28th corresponds)", call: "LEAVEEND", args: [L, "2024-02-28"], expect: d("2027-02-27") },
  { why: "202: a day later, 2024-03-01 → 2027-02-28", call: "LEAVEEND", args: [L, "2024-03-01"], expect: d("2027-02-28") },
  { why: "202: 2025-03-01 → 2028-02-29 (2028-03-01 corresponds)", call: "LEAVEEND", args: [L, "2025-03-01"], expect: d("2028-02-29") },
  { why: "1 延长0.5年: LEAVEYEARS gives 3.5", call: "LEAVEYEARS", args: [L, 0.5], expect: 3.5, cites: "第1条" },
  { why: "1 延长0.5年: LEAVEEND agrees — 42 months from 2024-02-29 end 2027-08-28", call: "LEAVEEND", args: [L, "2024-02-29", 0.5], expect: d("2027-08-28") },
  { why: "1 延长0.25年 from 2024-01-31: 39 months, April 2027 has no 31st → 2027-04-30", call: "LEAVEEND", args: [L, "2024-01-31", 0.25], expect: d("2027-04-30") },
  { why: "1 延长不超过3年: 3 years from 2024-02-29, six in all → 2030-02-28", call: "LEAVEEND", args: [L, "2024-02-29", 3], expect: d("2030-02-28") },
  { why: "an extension that is not whole months is refused by LEAVEYEARS …", call: "LEAVEYEARS", args: [L, 0.3], expect: "#VALUE!", cites: "整月" },
  { why: "… and by LEAVEEND alike", call: "LEAVEEND", args: [L, "2024-02-29", 0.3], expect: "#VALUE!", cites: "整月" },
  { why: "over three years is refused by both", call: "LEAVEEND", args: [L, "2024-02-29", 3.5], expect: "#VALUE!", cites: "不得超过3年" },
];

describe("SERVICEYEARS by 《民法典》第二百零二条", () => runGolden(serviceYears));
describe("LEAVEEND and LEAVEYEARS by 第二百零二条, agreeing on extensions", () => runGolden(leave));

describe("the period functions other rules use", () => {
  const end = (first: string, months: number) => toISO(periodEnd(fromISO(first), months));
  test("the day before the corresponding day, or the month's last day where there is none", () => {
    expect(end("2024-01-29", 1)).toBe("2024-02-28");
    expect(end("2024-01-30", 1)).toBe("2024-02-29");
    expect(end("2024-01-31", 1)).toBe("2024-02-29");
    expect(end("2024-03-31", 1)).toBe("2024-04-30");
    expect(end("2024-05-01", 1)).toBe("2024-05-31");
    expect(end("2024-12-15", 1)).toBe("2025-01-14");
    expect(end("2024-02-29", 12)).toBe("2025-02-28");
    expect(end("2024-02-29", 48)).toBe("2028-02-28");
    expect(end("2024-08-31", 13)).toBe("2025-09-30");
    expect(end("2024-09-01", 13)).toBe("2025-09-30");
  });

  test("the next period starts the day after", () => {
    expect(toISO(periodAfter(fromISO("2024-02-29"), 12))).toBe("2025-03-01");
    expect(toISO(periodAfter(fromISO("2024-03-01"), 12))).toBe("2025-03-01");
    expect(toISO(periodAfter(fromISO("2024-02-29"), 0))).toBe("2024-02-29");
  });

  test("completed periods count a period on its last day, not before", () => {
    const n = (a: string, b: string, m: number) => completedPeriods(fromISO(a), fromISO(b), m);
    expect(n("2024-02-29", "2025-02-27", 12)).toBe(0);
    expect(n("2024-02-29", "2025-02-28", 12)).toBe(1);
    expect(n("2024-01-31", "2024-02-28", 1)).toBe(0);
    expect(n("2024-01-31", "2024-02-29", 1)).toBe(1);
    expect(n("2024-01-31", "2024-03-30", 1)).toBe(2); // 2 months end the day before 2024-03-31
    expect(n("2024-01-31", "2024-03-29", 1)).toBe(1);
    expect(n("2024-02-29", "2024-02-28", 12)).toBe(0);
  });

  test("a period is whole months", () => {
    expect(() => periodEnd(fromISO("2024-01-01"), 1.5)).toThrow("整月");
  });

  test("the trace names the article", () => {
    expect(call("EXPLAIN", [L, "LEAVEEND", "2024-02-29"])).toEqual(expect.stringContaining("第二百零二条"));
  });
});
