import * as z from "zod/mini";
import { ArticleRefSchema, CriterionSchema, PolicyFileSchema } from "../engine/model/policy-format";

/**
 * The policy file format's reference, generated from the schema that defines it (never written by hand):
 * docs/policy-format.md for people, docs/policy-format.schema.json for editors that check JSON as it is
 * typed.
 */

type Node = {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  const?: unknown;
  items?: Node;
  properties?: Record<string, Node>;
  required?: string[];
  anyOf?: Node[];
  oneOf?: Node[];
  additionalProperties?: Node | boolean;
  propertyNames?: Node;
  pattern?: string;
  minimum?: number;
  $ref?: string;
  $defs?: Record<string, Node>;
};

/** Shapes used in many places are described once, under their own name. */
const NAMED: [z.ZodMiniType, string][] = [
  [ArticleRefSchema, "条款依据"],
  [CriterionSchema, "类别条件"],
];

export function policyFormatSchema(): object {
  // The descriptions are in zod's global registry (z.describe); the names join them there.
  for (const [schema, id] of NAMED) {
    const meta = z.globalRegistry.get(schema) ?? {};
    if (meta.id === id) continue;
    z.globalRegistry.remove(schema);
    z.globalRegistry.add(schema, { ...meta, id });
  }
  return z.toJSONSchema(PolicyFileSchema, { unrepresentable: "any" });
}

const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

function isObject(n: Node): boolean {
  return n.type === "object" && n.properties !== undefined;
}

/** A short name of a node's type, in Chinese; objects are named by the section that lists their fields. */
function typeOf(n: Node, name: string, sections: Section[]): string {
  if (n.$ref) return `见 ${n.$ref.replace("#/$defs/", "")}`;
  if (n.const !== undefined) return `固定为 \`${JSON.stringify(n.const)}\``;
  if (n.enum) return n.enum.map((v) => `\`${String(v)}\``).join(" / ");
  const alts = n.anyOf ?? n.oneOf;
  if (alts) return alts.map((a, i) => typeOf(a, alts.length > 1 && isObject(a) ? `${name}（${variant(a, i)}）` : name, sections)).join("，或 ");
  if (n.type === "array") return `列表：${n.items ? typeOf(n.items, `${name}[]`, sections) : "任意"}`;
  if (isObject(n)) {
    sections.push({ name, node: n });
    return `见 ${name}`;
  }
  if (n.type === "object") {
    const value = typeof n.additionalProperties === "object" ? typeOf(n.additionalProperties, `${name}{}`, sections) : "任意";
    return `键 → ${value}`;
  }
  const t = Array.isArray(n.type) ? n.type.join("/") : (n.type ?? "任意");
  return { string: "文字", number: "数字", integer: "整数", boolean: "true/false", null: "null" }[t] ?? t;
}

/** A union's alternative by its kind (kind = lumpSum), else by its place. */
function variant(n: Node, i: number): string {
  const kind = n.properties?.kind?.const;
  return kind !== undefined ? `kind = ${String(kind)}` : `写法${i + 1}`;
}

interface Section {
  name: string;
  node: Node;
}

function table(section: Section, sections: Section[]): string {
  const n = section.node;
  const required = new Set(n.required ?? []);
  const rows = Object.entries(n.properties ?? {}).map(([k, v]) => {
    const type = typeOf(v, `${section.name}.${k}`, sections);
    const rule = [v.pattern ? `写法 \`${v.pattern}\`` : "", v.minimum !== undefined ? `≥ ${v.minimum}` : ""].filter(Boolean).join("，");
    return `| \`${k}\` | ${required.has(k) ? "必填" : "可选"} | ${esc(type)} | ${esc([v.description ?? "", rule].filter(Boolean).join("；"))} |`;
  });
  return [`## ${section.name}`, "", n.description ? `${n.description}\n` : "", "| 字段 | | 类型 | 说明 |", "|---|---|---|---|", ...rows, ""].join("\n");
}

export function policyFormatMarkdown(): string {
  const schema = policyFormatSchema() as Node;
  const sections: Section[] = [{ name: "政策文件", node: schema }];
  const out: string[] = [];
  const printed = new Set<string>();
  // Sections are added while tables are written (a field's object type becomes a section of its own).
  const drain = () => {
    for (let i = 0; i < sections.length; i++) {
      const s = sections[i]!;
      if (printed.has(s.name)) continue;
      printed.add(s.name);
      out.push(table(s, sections));
    }
  };
  drain();
  // Shapes described once under their own name (条款依据, 类别条件).
  for (const [name, node] of Object.entries(schema.$defs ?? {})) {
    const alts = node.anyOf ?? node.oneOf;
    if (!alts) {
      sections.push({ name, node });
      continue;
    }
    printed.add(name);
    out.push([`## ${name}`, "", node.description ?? "", "", ...alts.map((a, i) => `- 写法${i + 1}：${esc(typeOf(a, `${name}（写法${i + 1}）`, sections))}`), ""].join("\n"));
  }
  drain();
  return [
    "# 政策文件格式（talent-policy/1）",
    "",
    "本文件由 `npm run docs` 按格式的定义（src/engine/model/policy-format.ts 中的 zod 模式）生成，请勿手改。一个政策文件是一份政策（或协议）的数据：文件信息、条文原文、人才类别及其条件、待遇、退还规则、其他规则、口径与测试案例，每个数都带条款依据。内置的七个文件在 `policies/<标识>/policy.json`；本单位录入请用政策工作簿（`talent-policy policy template`），它与本格式一一对应。机器可读的同一定义：`docs/policy-format.schema.json`（JSON Schema）。",
    "",
    ...out,
  ].join("\n");
}
