import {
  addMonths,
  addYears,
  ageOn,
  DEGREE_WORDS,
  fenNumber,
  formatYuan,
  fromExcelSerial,
  fromISO,
  money,
  parseDateText,
  parseDegree,
  parseOptions,
  parseSchool,
  parseTitle,
  parseYesNo,
  roundToFen,
  titleLevelOf,
  toExcelSerial,
  toISO,
  HONORS,
} from "../../src/engine";
import { evaluate, type Criterion } from "../../src/engine/model/criteria";

describe("dates", () => {
  test("Excel serials map onto the calendar from 1900-03-01", () => {
    expect(toISO(fromExcelSerial(61))).toBe("1900-03-01");
    expect(toISO(fromExcelSerial(44688))).toBe("2022-05-07");
    expect(toExcelSerial(fromISO("2022-05-07"))).toBe(44688);
    expect(toISO(fromExcelSerial(44688.75))).toBe("2022-05-07"); // a time of day is dropped
  });

  test("serials before 1900-03-01 (Excel's fictitious 1900-02-29) are refused", () => {
    expect(() => fromExcelSerial(60)).toThrow("超出范围");
    expect(() => fromExcelSerial(Number.NaN)).toThrow();
  });

  test("dates as sheets write them", () => {
    for (const t of ["2022-05-07", "2022/5/7", "2022.5.7", "2022年5月7日", "20220507", " 2022 年 5 月 7 日 "]) {
      expect(toISO(parseDateText(t))).toBe("2022-05-07");
    }
    expect(() => parseDateText("五月七日")).toThrow("无法识别的日期");
    expect(() => parseDateText("2023-02-29")).toThrow("不存在的日期");
  });

  test("months and years without a corresponding day end on the month's last day", () => {
    expect(toISO(addMonths(fromISO("2024-01-31"), 1))).toBe("2024-02-29");
    expect(toISO(addMonths(fromISO("2023-01-31"), 1))).toBe("2023-02-28");
    expect(toISO(addYears(fromISO("2020-02-29"), 1))).toBe("2021-02-28");
    expect(toISO(addYears(fromISO("2020-02-29"), 4))).toBe("2024-02-29");
    expect(toISO(addMonths(fromISO("2025-12-15"), 1))).toBe("2026-01-15");
  });

  test("周岁: completed years", () => {
    expect(ageOn(fromISO("1990-06-15"), fromISO("2025-06-14"))).toBe(34);
    expect(ageOn(fromISO("1990-06-15"), fromISO("2025-06-15"))).toBe(35);
    expect(() => ageOn(fromISO("2000-01-01"), fromISO("1999-01-01"))).toThrow();
  });
});

describe("money", () => {
  test("rounded to the fen, half up, once", () => {
    expect(roundToFen(money("0.005")).toString()).toBe("0.01");
    expect(roundToFen(money("0.0049999")).toString()).toBe("0");
    expect(roundToFen(money("2.675")).toString()).toBe("2.68"); // a double would give 2.67
    expect(fenNumber(money(400000).dividedBy(3))).toBe(133333.33);
  });

  test("exact intermediate arithmetic", () => {
    const tenth = money("0.1");
    expect(tenth.plus("0.2").equals("0.3")).toBe(true);
    expect(formatYuan(money(1234.5))).toBe("1234.50");
    expect(formatYuan(money(400000))).toBe("400000");
  });
});

describe("words HR sheets use", () => {
  test("degrees", () => {
    expect(parseDegree("博士研究生")).toBe("博士");
    expect(parseDegree("硕士学位")).toBe("硕士");
    expect(parseDegree("本科")).toBe("学士");
    expect(parseDegree("大学本科学历")).toBe("学士");
    expect(parseDegree(" PhD ")).toBe("博士");
    expect(parseDegree("大专")).toBe("专科");
    expect(() => parseDegree("小学")).toThrow("无法识别的学历学位");
    for (const w of Object.values(DEGREE_WORDS).flat()) expect(() => parseDegree(w)).not.toThrow();
  });

  test("titles, by level or by name", () => {
    expect(parseTitle("正高")).toBe("正高");
    expect(parseTitle("正高级职称")).toBe("正高");
    expect(parseTitle("教授级高级工程师")).toBe("正高");
    expect(parseTitle("副高级")).toBe("副高");
    expect(parseTitle("主治医师")).toBe("中级");
    expect(parseTitle("助理工程师")).toBe("初级");
    expect(parseTitle("未评聘")).toBe("无");
    expect(titleLevelOf("首席科学家")).toBeUndefined();
  });

  test("schools: 985 and 211 are 双一流", () => {
    expect(parseSchool("985")).toBe("双一流");
    expect(parseSchool("２１１")).toBe("双一流"); // full-width digits
    expect(parseSchool("其他")).toBe("其他");
    expect(() => parseSchool("野鸡大学")).toThrow();
  });

  test("yes and no", () => {
    expect(parseYesNo("是", "x")).toBe(true);
    expect(parseYesNo("否", "x")).toBe(false);
    expect(parseYesNo("TRUE", "x")).toBe(true);
    expect(parseYesNo(false, "x")).toBe(false);
    expect(parseYesNo("√", "x")).toBe(true);
    expect(() => parseYesNo("也许", "急需紧缺专业")).toThrow("急需紧缺专业");
  });

  test("lists of honours in one cell", () => {
    expect(HONORS.parseListFrom(["院士、特聘", "国务院特殊津贴专家"])).toEqual(["院士", "特聘", "国务院津贴"]);
    expect(HONORS.parseListFrom(["无"])).toEqual([]);
    expect(() => HONORS.parseListFrom(["劳模"])).toThrow("无法识别的人才称号或条件");
  });
});

describe("conditions with blanks (three-valued)", () => {
  const c: Criterion = {
    any: [
      { degreeIn: ["博士"], label: "博士" },
      { all: [{ degreeIn: ["硕士"], label: "硕士" }, { urgentMajor: true, label: "急需" }] },
    ],
  };
  test("a blank that cannot change the outcome does not block it", () => {
    expect(evaluate(c, { degree: "博士", honors: new Set() }).truth).toBe("yes");
    expect(evaluate(c, { degree: "学士", honors: new Set() }).truth).toBe("no");
  });
  test("a blank that can change it is named", () => {
    const e = evaluate(c, { degree: "硕士", honors: new Set() });
    expect(e.truth).toBe("unknown");
    expect(e.missing.join()).toContain("是否急需紧缺专业");
  });
});

describe("options", () => {
  test("defaults, and values given as text", () => {
    expect(parseOptions({}).basis).toBe("whole");
    const o = parseOptions({ basis: "exact", endDateCounts: "false", horizonYears: "8" });
    expect([o.basis, o.endDateCounts, o.horizonYears]).toEqual(["exact", false, 8]);
  });
  test("unknown keys and bad values are refused in Chinese", () => {
    expect(() => parseOptions({ basis: "monthly" })).toThrow("服务年限计法");
    expect(() => parseOptions({ colour: "red" })).toThrow("未知选项");
    expect(() => parseOptions({ horizonYears: "0" })).toThrow();
  });
});
