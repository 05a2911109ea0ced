import { ValidationError } from "@/lib/errors";
import { BODY_MAX, TITLE_MAX } from "@/lib/validation/draft";
import { normalizeBody } from "@/lib/drafts/body";
import { assertSafeDocx } from "./docx-guard";
import { readDocx } from "./docx-read";

const refuse = (message: string) => new ValidationError({ file: message }, message);

/**
 * The checks and the parse of an import, without the database: the file's draft (title, body,
 * pictures, tables) or a ValidationError saying why it cannot be imported.
 */
export async function readImportedDocx(fileName: string, bytes: Buffer, today: string) {
  // The text is counted as word/document.xml inflates: a file far over the limit never reaches mammoth.
  // Heading numbers and table labels added later are few; the exact count follows the parse.
  const readable = await assertSafeDocx(fileName, bytes, BODY_MAX + TITLE_MAX);
  const baseName = fileName.replace(/\.docx$/i, "").trim() || "导入的稿件";
  const doc = await readDocx(readable, baseName, today).catch(() => {
    throw refuse("没能读出这个 Word 文件的内容，请确认文件能在 Word 或 WPS 中正常打开");
  });
  const body = normalizeBody(doc.body);
  if (!body) throw refuse("这个 Word 文件里没有正文");
  if (body.length > BODY_MAX) throw refuse(`正文超过${BODY_MAX}字，请删减后再导入`);
  return { doc, body, baseName };
}

