/** Workbooks for the onboarding tests, written with exceljs like an administrator's file. */
import ExcelJS from "exceljs";
import { renderOnboardingWorkbook, type PersonRowOut, type UnitRowOut } from "@/lib/onboarding/template";

export const upload = (bytes: Buffer, fileName = "名单.xlsx") => ({ fileName, bytes });

/** The template filled with rows, then changed by `edit` (merges, formulas, odd cells). */
export async function workbook(units: UnitRowOut[], people: PersonRowOut[], edit?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const bytes = await renderOnboardingWorkbook({ units, people });
  if (!edit) return bytes;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const township = (name: string, parent: string, sortOrder = 10): UnitRowOut => ({ name, kind: "TOWNSHIP", group: "TOWNSHIP", parent, sortOrder });
export const person = (username: string, unit: string, roles: string[], extra: Partial<PersonRowOut> = {}): PersonRowOut => ({
  name: `姓名${username.slice(-2)}`,
  username,
  unit,
  roles,
  phone: "",
  fullTime: false,
  ...extra,
});
