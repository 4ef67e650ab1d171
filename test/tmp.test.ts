import { readFileSync } from "fs";
import { readPolicyFile, formatProblems, REGISTRY } from "../src/engine";
test("x", () => {
  for (const e of REGISTRY) {
    const t = Date.now();
    const r = readPolicyFile(JSON.parse(readFileSync(`policies/${e.meta.id}/policy.json`, "utf8")));
    console.log(e.meta.id, Date.now() - t, "ms\n" + formatProblems(r.problems));
  }
});
