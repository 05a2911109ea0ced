/**
 * Checks an uploaded Excel file before exceljs reads it, with the ZIP checks of the Word import
 * (lib/drafts/import/docx-guard.ts): size, a real .xlsx, no macros (.xlsm, vbaProject.bin), no
 * embedded objects, no ZIP bomb, nothing Excel would fetch from elsewhere.
 */
import { ValidationError } from "@/lib/errors";
import { checkOoxmlPackage, sniff } from "@/lib/drafts/import/docx-guard";

/** A 5,000-row sheet is about 300 KB: 5 MB leaves room and stays under the proxy's 10 MB cut. */
export const XLSX_MAX_BYTES = 5 * 1024 * 1024;

const refuse = (message: string) => new ValidationError({ file: message }, message);

export async function assertSafeXlsx(fileName: string, bytes: Buffer): Promise<Buffer> {
  if (bytes.length === 0) throw refuse("文件是空的");
  if (bytes.length > XLSX_MAX_BYTES) throw refuse(`文件超过${XLSX_MAX_BYTES / 1024 / 1024}MB，不能导入`);
  const ext = fileName.toLowerCase().split(".").pop();
  const kind = sniff(bytes);
  if (ext === "xlsm" || ext === "xltm" || ext === "xlsb") throw refuse("含宏的 Excel 文件（.xlsm）不能导入，请另存为 .xlsx 后再导入");
  if (kind === "ole" || ext === "xls") throw refuse("这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 里“另存为”.xlsx 格式后再导入");
  if (kind !== "zip" || ext !== "xlsx") throw refuse("只能导入 Excel 的 .xlsx 文件（请用下载的模板填写）");
  return checkOoxmlPackage(bytes, {
    requiredParts: ["xl/workbook.xml"],
    corrupt: "文件已损坏或不是有效的 .xlsx 文件",
    macro: "含宏的 Excel 文件不能导入，请另存为不含宏的 .xlsx 后再导入",
  });
}
