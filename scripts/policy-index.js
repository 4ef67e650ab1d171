#!/usr/bin/env node
"use strict";
/**
 * Writes policies/index.json: the metadata of every built-in policy file (policies/<id>/policy.json), so
 * that the add-in can find, date and list every document without loading its rules. Run by `npm run build`;
 * the order is the order documents are listed in (policies by source file and part, agreements last).
 */
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..", "policies");
const metas = fs
  .readdirSync(root, { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.existsSync(path.join(root, e.name, "policy.json")))
  .map((e) => {
    const meta = JSON.parse(fs.readFileSync(path.join(root, e.name, "policy.json"), "utf8")).meta;
    if (!meta || meta.id !== e.name) throw new Error(`policies/${e.name}/policy.json: meta.id must be "${e.name}"`);
    return meta;
  })
  .sort((a, b) => {
    const key = (m) => [m.kind === "agreement" ? 1 : 0, m.source.file, m.source.part ?? ""];
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
  });
const out = JSON.stringify(metas, null, 2) + "\n";
const file = path.join(root, "index.json");
if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== out) fs.writeFileSync(file, out);
