/**
 * Reads what a .docx's XML parts say about content from outside the file: relationships
 * (`*.rels`) and field codes. The original file is kept and offered to county staff as
 * "Word 原件", so anything Word would fetch or run when it is opened (a remote template,
 * an embedded OLE object, an altChunk, a DDE field) is refused before the file is stored.
 *
 * Regular expressions, not an XML parser: the parts are small (the guard caps them) and only
 * a few element kinds matter. They accept any namespace prefix, quoted `>` inside attribute
 * values, entities, CDATA and comments, and UTF-16 parts, so that spelling a part unusually
 * does not hide it.
 */

/** A collected part: its name in the ZIP and its text. */
export type DocxPart = { name: string; text: string };

/** An XML part's bytes as text: UTF-8, or UTF-16 with or without a byte order mark. */
export function decodePart(bytes: Buffer): string {
  const [a, b] = [bytes[0], bytes[1]];
  if (a === 0xff && b === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (a === 0x3c && b === 0x00) return new TextDecoder("utf-16le").decode(bytes);
  if (a === 0x00 && b === 0x3c) return new TextDecoder("utf-16be").decode(bytes);
  return bytes.toString("utf8");
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== "#") return ENTITIES[name] ?? whole;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Comments dropped and CDATA sections turned into escaped text, so that only real tags look like tags. */
function plainMarkup(xml: string): string {
  return xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, cdata: string | undefined) => (cdata === undefined ? "" : escapeText(cdata)));
}

/** The text between tags, entities decoded. */
const textContent = (inner: string) => decodeEntities(inner.replace(/<[^>]*>/g, ""));

// Attributes, quoted values may hold ">".
const ATTRS = `((?:[^>"']|"[^"]*"|'[^']*')*)`;
const PREFIX = `(?:[\\w.-]+:)?`;

/** Attributes by local name (any prefix dropped), values decoded. */
function attributesOf(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[m[1].split(":").pop()!] = decodeEntities(m[2] ?? m[3] ?? "");
  }
  return out;
}

export type Relationship = { type: string; target: string; external: boolean };

export function relationshipsOf(xml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of plainMarkup(xml).matchAll(new RegExp(`<${PREFIX}Relationship\\b${ATTRS}>`, "g"))) {
    const attrs = attributesOf(m[1]);
    out.push({ type: attrs.Type ?? "", target: attrs.Target ?? "", external: /^\s*external\s*$/i.test(attrs.TargetMode ?? "") });
  }
  return out;
}

/** The last segment of a relationship type, lower case: "hyperlink", "oleObject" → "oleobject". */
export const relationshipKind = (type: string) => (type.trim().split("/").pop() ?? "").toLowerCase();

/**
 * The part a relationship points to, as a ZIP entry name: relative to the folder of the part
 * that owns the `.rels` (word/_rels/document.xml.rels → word/), or from the root if it starts
 * with "/".
 */
export function resolveTarget(relsName: string, target: string): string {
  const owner = relsName.replace(/(^|\/)_rels\/[^/]*$/i, "$1");
  const path = target.startsWith("/") ? target.slice(1) : owner + target;
  const parts: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

const isDde = (code: string) => /^[\s"']*DDE(?:AUTO)?(?![\w])/i.test(code);

/**
 * Whether a WordprocessingML part has a DDE or DDEAUTO field: in a simple field's `instr`, or
 * in a complex field's instruction, which Word joins from all `instrText` runs between the
 * field's begin and separate (so "DD" + "EAUTO" in two runs is caught). A field whose type
 * is itself computed by a nested field (`{ {QUOTE 68 68 69 …} … }`, a known way to hide
 * DDEAUTO) counts as one too.
 */
export function hasDdeField(source: string): boolean {
  const xml = plainMarkup(source);
  for (const m of xml.matchAll(new RegExp(`<${PREFIX}fldSimple\\b${ATTRS}>`, "g"))) {
    if (isDde(attributesOf(m[1]).instr ?? "")) return true;
  }
  type Field = { code: string; computed: boolean; done: boolean };
  const fields: Field[] = [];
  /** True when the field turns out to be DDE; the instruction is complete at its separate or end. */
  const complete = (field: Field) => {
    if (field.done) return false;
    field.done = true;
    return field.computed || isDde(field.code);
  };
  let instrFrom = -1;
  for (const m of xml.matchAll(new RegExp(`<${PREFIX}(fldChar|instrText)\\b${ATTRS}>|</${PREFIX}instrText\\s*>`, "g"))) {
    const top = fields.at(-1);
    if (m[1] === undefined) {
      // </w:instrText>: the run of instruction text since its start tag.
      if (instrFrom < 0) continue;
      const text = textContent(xml.slice(instrFrom, m.index));
      instrFrom = -1;
      if (top && !top.done) top.code += text;
      else if (isDde(text)) return true;
    } else if (m[1] === "instrText") {
      instrFrom = /\/\s*$/.test(m[2]) ? -1 : m.index + m[0].length;
    } else {
      const kind = (attributesOf(m[2]).fldCharType ?? "").toLowerCase();
      if (kind === "begin") {
        if (top && !top.done && top.code.trim() === "") top.computed = true;
        fields.push({ code: "", computed: false, done: false });
      } else if (top && (kind === "separate" || kind === "end")) {
        if (complete(top)) return true;
        if (kind === "end") fields.pop();
      }
    }
  }
  return fields.some(complete);
}
