/**
 * The row reader: a sheet's rows (the inside of <sheetData>) read with regular expressions, for the element
 * handlers saxes feeds everywhere else (sheet.ts). A row is elements, attributes and text; the reader takes
 * exactly that — start and end tags matched by name, attribute values in either quote, the five named
 * entities and character references, line ends as XML reads them — and gives up on anything else, saying
 * where, so that saxes reads that row and the rest. It never guesses: a row it cannot read whole is
 * undone, and the handlers see it again from saxes.
 *
 * Common cells go through two expressions (`<c …>` and `<v>…</v></c>`); any other cell (a formula, an
 * inline string, pretty-printed whitespace) is read tag by tag.
 */

/** A tag's attributes by name (the row reader gives only those the handlers read). */
export type Attributes = Readonly<Record<string, string | undefined>>;

export interface RowHandlers {
  open(qname: string, attrs: Attributes, selfClosing: boolean, start: number, end: number): void;
  text(text: string): void;
  close(qname: string, selfClosing: boolean, end: number): void;
  /** The same as open, text and close for a cell that holds a value and nothing else. */
  cellWithValue(a: Attributes, start: number, value: string, end: number): void;
  /** "before" a row is read; "undo" when the reader gives it up part-way (the handlers forget it). */
  rollback(phase: "before" | "undo"): void;
}

export interface RowsRead {
  /** Characters of the text read (whole rows and the spaces between them). */
  taken: number;
  /** saxes reads on from `taken`: </sheetData> is next, or something the reader does not take. */
  rest: boolean;
}

/** XML's white space (JavaScript's \s also takes U+00A0, U+3000 and others XML does not). */
const S = "[ \\t\\r\\n]";
/** Names as writers write them: ASCII, with a prefix or without (saxes reads any other). */
const NAME = "[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?";
const PREFIX = "((?:[A-Za-z_][\\w.-]*:)?)";
/** A tag's attributes; no "<" in a value, as XML wants. */
const ATTRS = `((?:${S}+${NAME}${S}*=${S}*(?:"[^"<]*"|'[^'<]*'))*)`;
/** <sheetData …> (or <sheetData/>), any prefix. */
const SHEET_DATA = new RegExp(`<${PREFIX}sheetData${ATTRS}${S}*(/?)>`);
const ROW = new RegExp(`<${PREFIX}row${ATTRS}${S}*(/?)>`, "y");
/** ATTRS without its group, for `test`, which makes no match array: a million rows have twelve million cells. */
const ATTRS_UNCAPTURED = ATTRS.replace(/^\(/, "(?:");
const TAG = new RegExp(`<(/?)(${NAME})${ATTRS}${S}*(/?)>`, "g");
/**
 * What only saxes reads: comments, CDATA, a DOCTYPE, processing instructions (the XML declaration aside),
 * "]]>" (not allowed in text), and characters XML does not allow (a surrogate is looked at on its own: a
 * pair is a character like any other).
 */
const MARKUP = /<!|<\?(?!xml[ \t\r\n])|\]\]>|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/g;

function firstMarkup(text: string): number {
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(text); m; m = MARKUP.exec(text)) {
    const c = text.charCodeAt(m.index);
    if (m[0].length > 1 || c < 0xd800 || c > 0xdfff) return m.index;
    // a high surrogate followed by a low one is a pair; anything else is a lone surrogate
    const next = text.charCodeAt(m.index + 1);
    if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return m.index;
    MARKUP.lastIndex = m.index + 2;
  }
  return Infinity;
}

/** An entity reference other than the five XML defines, or a bare "&". */
const UNKNOWN_ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
const REFERENCE = /&#(?:x([0-9a-fA-F]+)|(\d+));/g;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** A character XML allows (its Char production). */
function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** Where the first character reference to a character XML does not allow is, or Infinity. */
function firstBadReference(text: string): number {
  if (text.indexOf("&#") < 0) return Infinity;
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
    const cp = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    if (!isXmlChar(cp)) return m.index;
  }
  return Infinity;
}

/** The forms of a row's tags in one prefix, made once for each prefix a sheet uses. */
interface PrefixForms {
  /** A cell's open tag. */
  open: RegExp;
  /** The common cell body: a value and the cell's end, nothing else. */
  valueAndEnd: RegExp;
  /** `</row>`, spaces before ">" allowed. */
  rowClose: RegExp;
}
const prefixForms = new Map<string, PrefixForms>();
function formsOf(prefix: string): PrefixForms {
  let f = prefixForms.get(prefix);
  if (!f) {
    const p = prefix.replace(/[.-]/g, "\\$&");
    f = {
      open: new RegExp(`<${p}c(?=[ \t\r\n/>])${ATTRS_UNCAPTURED}${S}*/?>`, "y"),
      valueAndEnd: new RegExp(`<${p}v>[^<]*</${p}v>${S}*</${p}c${S}*>`, "y"),
      rowClose: new RegExp(`</${p}row${S}*>`, "g"),
    };
    prefixForms.set(prefix, f);
  }
  return f;
}

function firstMatch(re: RegExp, text: string): number {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m ? m.index : Infinity;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function skipSpaces(text: string, i: number, to: number): number {
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function decodeEntities(s: string): string {
  return s.replace(ENTITY, (_, named: string | undefined, dec: string | undefined, hex: string | undefined) =>
    named ? NAMED[named]! : String.fromCodePoint(dec ? Number(dec) : parseInt(hex!, 16)),
  );
}

/** Text as XML reads it: line ends as "\n", references replaced. */
export function decodeText(s: string): string {
  if (s.indexOf("&") < 0 && s.indexOf("\r") < 0) return s;
  return decodeEntities(s.replace(/\r\n?/g, "\n"));
}

/** An attribute value as XML reads it: each line end or tab a space, references replaced. */
function decodeAttribute(s: string): string {
  if (!/[&\t\n\r]/.test(s)) return s;
  return decodeEntities(s.replace(/\r\n/g, " ").replace(/[\t\n\r]/g, " "));
}

const ATTRIBUTE = new RegExp(`(${NAME})${S}*=${S}*(?:"([^"<]*)"|'([^'<]*)')`, "g");

/** Where the plain walk keeps the names it has met: start and length, for up to 32 attributes. */
const spans = new Int32Array(64);

function sameName(a: string, s1: number, s2: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (a.charCodeAt(s1 + k) !== a.charCodeAt(s2 + k)) return false;
  return true;
}

/**
 * The values of `names` among a tag's attributes (a[from, to), as the row reader's expressions matched it)
 * go into `found`, in the same order (undefined for those not there); false where an attribute is written
 * twice (saxes then says so). Attributes written as writers write them (` name="value"`, a space apart)
 * are walked character by character; any other form (tabs, line ends, single quotes, spaces around "=")
 * by an expression.
 */
function readAttributes(a: string, from: number, to: number, names: readonly string[], found: (string | undefined)[]): boolean {
  for (let k = 0; k < names.length; k++) found[k] = undefined;
  let n = 0;
  plain: {
    for (let i = from; i < to; ) {
      if (a.charCodeAt(i) !== 32 || n === 32) break plain;
      const start = i + 1;
      let eq = start;
      for (let c = a.charCodeAt(eq); c !== 61; c = a.charCodeAt(++eq)) if (c === 32 || c === 9 || c === 10 || c === 13 || c === 39 || c === 34 || eq >= to) break plain;
      if (a.charCodeAt(eq + 1) !== 34) break plain;
      const close = a.indexOf('"', eq + 2);
      const len = eq - start;
      for (let k = 0; k < n; k++) if (spans[2 * k + 1] === len && sameName(a, spans[2 * k]!, start, len)) return false;
      spans[2 * n] = start;
      spans[2 * n + 1] = len;
      n++;
      const first = a.charCodeAt(start);
      for (let k = 0; k < names.length; k++) {
        const name = names[k]!;
        if (name.length === len && name.charCodeAt(0) === first && (len === 1 || a.startsWith(name, start))) found[k] = decodeAttribute(a.slice(eq + 2, close));
      }
      i = close + 1;
    }
    return true;
  }
  for (let k = 0; k < names.length; k++) found[k] = undefined;
  const seen: string[] = [];
  const text = a.slice(from, to);
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(text); m; m = ATTRIBUTE.exec(text)) {
    if (seen.includes(m[1]!)) return false;
    seen.push(m[1]!);
    const k = names.indexOf(m[1]!);
    if (k >= 0) found[k] = decodeAttribute(m[2] ?? m[3]!);
  }
  return true;
}

/** The attributes the handlers read, for the tags the row reader passes them (the same objects each time). */
const ROW_ATTRIBUTES = ["r", "hidden"] as const;
const CELL_ATTRIBUTES = ["r", "t", "s"] as const;
const found: (string | undefined)[] = [];
const rowAttributes = { r: undefined as string | undefined, hidden: undefined as string | undefined };
const cellAttributes = { r: undefined as string | undefined, t: undefined as string | undefined, s: undefined as string | undefined };

function readRowAttributes(a: string, from: number, to: number): boolean {
  if (!readAttributes(a, from, to, ROW_ATTRIBUTES, found)) return false;
  rowAttributes.r = found[0];
  rowAttributes.hidden = found[1];
  return true;
}

function readCellAttributes(a: string, from: number, to: number): boolean {
  if (!readAttributes(a, from, to, CELL_ATTRIBUTES, found)) return false;
  cellAttributes.r = found[0];
  cellAttributes.t = found[1];
  cellAttributes.s = found[2];
  return true;
}

export class RowReader {
  private markup = false;

  /**
   * Where the head ends: just after <sheetData …>, with whether rows follow for the row reader (not when
   * the sheet is empty, or its head holds anything only saxes reads); undefined while <sheetData> is yet to
   * come.
   */
  sheetDataOpened(text: string): { end: number; rows: boolean } | undefined {
    const m = SHEET_DATA.exec(text);
    const head = m ? text.slice(0, m.index) : text;
    if (firstMarkup(head) !== Infinity) this.markup = true;
    if (!m) return this.markup ? { end: 0, rows: false } : undefined;
    return { end: m.index + m[0].length, rows: !this.markup && m[3] !== "/" };
  }

  /** Reads the whole rows at the start of `text` (which begins at absolute offset `base`). */
  read(text: string, base: number, h: RowHandlers): RowsRead {
    const stop = Math.min(firstMarkup(text), text.indexOf("&") < 0 ? Infinity : firstMatch(UNKNOWN_ENTITY, text), firstBadReference(text));
    let i = 0;
    for (;;) {
      const j = skipSpaces(text, i, text.length);
      if (j >= text.length) return { taken: j, rest: false };
      if (text.charCodeAt(j) !== 60 || text.startsWith("</", j)) return { taken: j, rest: true };
      ROW.lastIndex = j;
      const m = ROW.exec(text);
      if (!m) return { taken: j, rest: text.indexOf(">", j) >= 0 };
      const prefix = m[1]!;
      const qname = `${prefix}row`;
      const openEnd = ROW.lastIndex;
      const selfClosing = m[3] === "/";
      let closeStart = openEnd;
      let end = openEnd;
      if (!selfClosing) {
        const closer = formsOf(prefix).rowClose;
        closer.lastIndex = openEnd;
        const c = closer.exec(text);
        // the rest of the row is still to come (whatever it holds is looked at once it has all come)
        if (!c) return { taken: j, rest: false };
        closeStart = c.index;
        end = c.index + c[0].length;
      }
      if (end > stop || !readRowAttributes(m[2]!, 0, m[2]!.length)) return { taken: j, rest: true };
      h.rollback("before");
      h.open(qname, rowAttributes, selfClosing, base + j, base + openEnd);
      if (selfClosing) h.close(qname, true, base + end);
      else {
        if (!this.cells(text, openEnd, closeStart, base, h, prefix)) {
          h.rollback("undo");
          return { taken: j, rest: true };
        }
        h.close(qname, false, base + end);
      }
      i = end;
    }
  }

  /** A row's inside, text[from, to), its cells in `prefix`: false where it is not what the reader takes. */
  private cells(text: string, from: number, to: number, base: number, h: RowHandlers, prefix: string): boolean {
    const { open, valueAndEnd } = formsOf(prefix);
    const qname = `${prefix}c`;
    let j = from;
    for (;;) {
      j = skipSpaces(text, j, to);
      if (j >= to) return true;
      open.lastIndex = j;
      if (!open.test(text) || open.lastIndex > to) {
        // something else than a cell in this prefix: tag by tag to the end of the row
        const after = tags(text, j, to, base, h, undefined);
        return after === to;
      }
      const openEnd = open.lastIndex;
      const selfClosing = text.charCodeAt(openEnd - 2) === 47;
      let attrsEnd = openEnd - (selfClosing ? 2 : 1);
      while (isSpace(text.charCodeAt(attrsEnd - 1))) attrsEnd--;
      if (!readCellAttributes(text, j + prefix.length + 2, attrsEnd)) return false;
      if (selfClosing) {
        h.open(qname, cellAttributes, true, base + j, base + openEnd);
        h.close(qname, true, base + openEnd);
        j = openEnd;
        continue;
      }
      valueAndEnd.lastIndex = openEnd;
      if (valueAndEnd.test(text) && valueAndEnd.lastIndex <= to) {
        const valueStart = openEnd + prefix.length + 3;
        h.cellWithValue(cellAttributes, base + j, decodeText(text.slice(valueStart, text.indexOf("<", valueStart))), base + valueAndEnd.lastIndex);
        j = valueAndEnd.lastIndex;
        continue;
      }
      h.open(qname, cellAttributes, false, base + j, base + openEnd);
      const after = tags(text, openEnd, to, base, h, qname);
      if (after < 0) return false;
      j = after;
    }
  }
}

/**
 * Tag by tag over text[from, to): with `inside`, from just after that element's open tag to just after its
 * end; without, all of it. Returns where it stopped, or -1 where the text is not elements and text.
 */
function tags(text: string, from: number, to: number, base: number, h: RowHandlers, inside: string | undefined): number {
  const open: string[] = inside ? [inside] : [];
  let p = from;
  while (p < to) {
    TAG.lastIndex = p;
    const m = TAG.exec(text);
    const at = m && m.index < to ? m.index : to;
    if (at > p) {
      const t = text.slice(p, at);
      if (t.indexOf("<") >= 0) return -1;
      h.text(decodeText(t));
    }
    if (!m || m.index >= to) return open.length === 0 ? to : -1;
    const end = TAG.lastIndex;
    if (end > to) return -1;
    const qname = m[2]!;
    if (m[1] === "/") {
      if (m[3] !== "" || m[4] !== "" || open.pop() !== qname) return -1;
      h.close(qname, false, base + end);
      if (inside && open.length === 0) return end;
    } else {
      const selfClosing = m[4] === "/";
      if (!readCellAttributes(m[3]!, 0, m[3]!.length)) return -1;
      h.open(qname, cellAttributes, selfClosing, base + m.index, base + end);
      if (selfClosing) h.close(qname, true, base + end);
      else open.push(qname);
    }
    p = end;
  }
  return open.length === 0 ? p : -1;
}
