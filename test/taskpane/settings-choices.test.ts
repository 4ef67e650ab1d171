import { DEFAULT_OPTIONS, OPTION_INFO, parseOptions } from "../../src/engine";
import { CHOICES, INPUTS } from "../../src/taskpane/settings-tab";

/** 设置 offers every reading of the register as a choice in words (or a date or a count), all of them valid. */
describe("the choices of 设置", () => {
  test("every option has a choice list or a date/count input", () => {
    const missing = OPTION_INFO.map((o) => o.key).filter((k) => !CHOICES[k] && !INPUTS[k]);
    expect(missing).toEqual([]);
  });

  test("every choice is a value the engine accepts, and each list holds the default", () => {
    for (const [key, list] of Object.entries(CHOICES)) {
      for (const [value, zh] of list!) {
        // the engine takes it, and reads it as that very value (true/false as booleans)
        expect(String(parseOptions({ [key]: value })[key as keyof typeof DEFAULT_OPTIONS])).toBe(value);
        expect(zh).toMatch(/[\u4e00-\u9fff]/);
        expect(zh).not.toMatch(/[a-z]{3,}/);
      }
      expect(list!.map(([v]) => v)).toContain(String(DEFAULT_OPTIONS[key as keyof typeof DEFAULT_OPTIONS]));
    }
  });
});
