import { fromISO, readDate, toExcelSerial, toISO } from "../../src/engine";
import { ALL_SPECS } from "../../src/functions/registry";
import { DEFAULT_OPTIONS } from "../../src/engine";

/** The one date reader, on every form of the issue, accepted or refused with a reason (register: date-forms, date-month-forms). */
const iso = (v: number | string, need: "day" | "month" = "day") => toISO(readDate(v, "引进日期", need));

describe("accepted", () => {
  test.each([
    ["2022-07-01", "2022-07-01"],
    ["2022/7/1", "2022-07-01"],
    ["2022.7.1", "2022-07-01"],
    ["2022年7月1日", "2022-07-01"],
    ["2022年07月01号", "2022-07-01"],
    ["2022 年 7 月 1 日", "2022-07-01"],
    ["二〇二二年七月一日", "2022-07-01"],
    ["二〇二二年十二月三十一日", "2022-12-31"],
    ["２０２２－０７－０１", "2022-07-01"],
    ["2022-07-01 00:00:00", "2022-07-01"],
    ["2022/7/1 0:00", "2022-07-01"],
    ["2022-07-01T00:00:00", "2022-07-01"],
    ["20220701", "2022-07-01"],
    [" 2022-07-01 ", "2022-07-01"],
    ["7/1/2022", "2022-07-01"], // month first: English-locale exports
    ["31/12/2022", "2022-12-31"], // the first number cannot be a month
  ])("text %s → %s", (text, expected) => {
    expect(iso(text)).toBe(expected);
  });
  test("numbers: a serial (a time of day dropped) and yyyymmdd", () => {
    expect(iso(toExcelSerial(fromISO("2022-07-01")))).toBe("2022-07-01");
    expect(iso(44743.5)).toBe("2022-07-01");
    expect(iso(20220701)).toBe("2022-07-01");
  });
  test("month forms where a month is enough (出生年月): the 1st of the month", () => {
    expect(iso(1988.03, "month")).toBe("1988-03-01");
    expect(iso(1988.12, "month")).toBe("1988-12-01");
    expect(iso(1975.3, "month")).toBe("1975-03-01");
    expect(iso("1988.03", "month")).toBe("1988-03-01");
    expect(iso("1975.3", "month")).toBe("1975-03-01");
    expect(iso("1988年3月", "month")).toBe("1988-03-01");
    expect(iso("1975-03", "month")).toBe("1975-03-01");
    expect(iso("１９８８年３月", "month")).toBe("1988-03-01");
    expect(iso("2022-07-15", "month")).toBe("2022-07-15");
  });
});

describe("refused, each with its reason", () => {
  test.each([
    [2023, /只是年份/],
    ["2023", /只是年份/],
    [1988.1, /可能是 1988年1月，也可能是 1988年10月/],
    [2022.07, /只有年月.*服务期按日计算/],
    ["2022.07", /只有年月/],
    ["2022年7月", /只有年月/],
    ["22.7.1", /年份只有两位/],
    [2022.0701, /无法识别的日期/],
    [119, /不是台账年代的日期（按日期序列号是 1900-04-28）/],
    [1500, /不是台账年代的日期/],
    ["2022-02-30", /不存在的日期/],
    ["明年", /无法识别的日期/],
    [1988.13, /月份 13 不存在/],
  ])("%s", (v, message) => {
    expect(() => readDate(v, "引进日期", "day")).toThrow(message);
  });
  test("the label names the field", () => {
    expect(() => readDate(2023, "离职日期")).toThrow(/^离职日期：/);
  });
});

describe("the functions read dates the same way", () => {
  test("calc TALENT.SERVICEYEARS 2022.07 2025-06-30 is an error, not 119", () => {
    const spec = ALL_SPECS.find((s) => s.id === "SERVICEYEARS")!;
    expect(() => spec.evaluate([2022.07, "2025-06-30"], DEFAULT_OPTIONS)).toThrow(/只有年月/);
    expect(spec.evaluate(["2022年07月01号", "2025-06-30"], DEFAULT_OPTIONS).cells).toBe(3);
  });
});
