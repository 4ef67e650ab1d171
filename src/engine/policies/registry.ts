import BUILT_IN_METAS from "../../../policies/index.json";
import { documentOf } from "../files/document-of";
import type { PolicyDocument, PolicyFile, PolicyMeta, PolicyText } from "../model/policy";

/**
 * Every document the engine knows: the built-in policy files (policies/<id>/policy.json, listed with their
 * metadata in policies/index.json, which `npm run build` writes) and the files an office loads. The
 * metadata is always at hand (to find a document by its id, 文号 or city, and to date it); a built-in's
 * rules and text are loaded when it is first used, so that the functions bundle does not grow with every
 * city added.
 */
export interface PolicyEntry {
  meta: PolicyMeta;
  /** Where a loaded file came from; absent for the built-in documents. */
  origin?: PolicyOrigin;
  load: () => Promise<PolicyDocument>;
  text: () => Promise<PolicyText>;
}

/** A document an office loaded: named in POLICIES() and in every citation it produces. */
export interface PolicyOrigin {
  /** 本单位录入 */
  kind: "user";
  /** The file's name as the user gave it. */
  file: string;
  /** The version the file states (文件信息 → 版本), if any. */
  version?: string;
  /** First 12 hex digits of the SHA-256 of the file's bytes: which file exactly. */
  hash: string;
}

/** How a citation names the file a user's document came from. */
export function originText(origin: PolicyOrigin): string {
  return `本单位录入：${origin.file}${origin.version ? ` ${origin.version}` : ""}，${origin.hash}`;
}

/** A built-in file, read through the same schema and checks as a user's (both load with the first document). */
async function loadFile(id: string): Promise<{ doc: PolicyDocument; text: PolicyText }> {
  const [json, reader] = await Promise.all([
    import(/* webpackChunkName: "policy-[request]" */ `../../../policies/${id}/policy.json`) as Promise<{ default: unknown }>,
    import(/* webpackChunkName: "policy-reader" */ "../files/policy-file"),
  ]);
  const read = reader.readPolicyFile(json.default);
  const errors = reader.errorsOf(read.problems);
  // A built-in file that does not read is a defect of this release, not of the user's input.
  if (!read.file || errors.length > 0) throw new Error(`policies/${id}/policy.json:\n${reader.formatProblems(errors)}`);
  return documentOf(read.file);
}

function builtIn(meta: PolicyMeta): PolicyEntry {
  let file: Promise<{ doc: PolicyDocument; text: PolicyText }> | undefined;
  const once = () => (file ??= loadFile(meta.id));
  return { meta, load: () => once().then((f) => f.doc), text: () => once().then((f) => f.text) };
}

/**
 * The built-in documents, in the order they are listed. The index is written from the files by the build
 * and each file is validated when loaded; the metadata is not validated again here, to keep the schema out
 * of the functions bundle.
 */
export const REGISTRY: readonly PolicyEntry[] = (BUILT_IN_METAS as PolicyMeta[]).map(builtIn);

const userEntries: PolicyEntry[] = [];
const listeners: (() => void)[] = [];

/** Built-in documents, then those loaded from files. */
export function policyEntries(): readonly PolicyEntry[] {
  return userEntries.length === 0 ? REGISTRY : [...REGISTRY, ...userEntries];
}

/** Called whenever a loaded document is added or removed (the word index follows). */
export function onRegistryChange(listener: () => void): void {
  listeners.push(listener);
}

/**
 * Adds a checked policy file to the documents the engine knows. The caller has read it with
 * readPolicyFile (against `policyEntries()` metas) and refused it on errors; a file whose id is a
 * built-in's is refused here too. Loading a file again under the same id replaces the earlier one.
 */
export function registerPolicyFile(file: PolicyFile, origin: PolicyOrigin): PolicyEntry {
  if (REGISTRY.some((e) => e.meta.id === file.meta.id)) {
    throw new Error(`文件标识“${file.meta.id}”是内置文件的标识，不能用于本单位录入的文件`);
  }
  const { doc, text } = documentOf(file);
  const entry: PolicyEntry = { meta: doc.meta, origin, load: () => Promise.resolve(doc), text: () => Promise.resolve(text) };
  const at = userEntries.findIndex((e) => e.meta.id === file.meta.id);
  if (at >= 0) userEntries.splice(at, 1, entry);
  else userEntries.push(entry);
  for (const l of listeners) l();
  return entry;
}

/** Removes every document loaded from a file (the pane, when a workbook's files are reloaded). */
export function clearPolicyFiles(): void {
  if (userEntries.length === 0) return;
  userEntries.length = 0;
  for (const l of listeners) l();
}
