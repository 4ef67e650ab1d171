import { call } from "../golden";

/** 平顶山市高层次专业技术人才引育工程实施方案（试行）, 平人社〔2018〕156号 (policies/003_894d23ba3374fe11.txt); its cases are in policies/pingdingshan-2018/cases.json. */
const P = "pingdingshan-2018";

describe("what an officer reads out", () => {
  test("平顶山 A类 benefits name the green card and where its amounts are", () => {
    const rows = call("BENEFITS", [P, "A类"]) as unknown[][];
    expect(rows.some((r) => r[0] === "“鹰城英才”绿卡" && String(r[4]).includes("平发〔2018〕12号"))).toBe(true);
  });
});
