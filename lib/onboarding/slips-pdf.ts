/**
 * 账号通知单: one slip per person, three to an A4 page, each unit starting on a new page so
 * the slips can be handed out unit by unit at the kick-off meeting. Drawn with pdfkit in the
 * bulletin's faces (lib/bulletins/print/fonts.ts): title 小标宋, text 仿宋, login and
 * password 黑体, the note 楷体.
 */
import { blankPdf, registerBulletinFonts } from "@/lib/bulletins/print/pages";
import { formatDateTime } from "@/lib/time";

export type Slip = { unit: string; name: string; username: string; password: string };

const MM = 72 / 25.4;
const PAGE = { width: 210 * MM, height: 297 * MM };
const MARGIN_X = 22 * MM;
const MARGIN_TOP = 14 * MM;
const SLIP_HEIGHT = (PAGE.height - 2 * MARGIN_TOP) / 3;
const PER_PAGE = 3;

function groupByUnit(slips: Slip[]): Slip[][] {
  const groups: Slip[][] = [];
  for (const s of slips) {
    const last = groups.at(-1);
    if (last && last[0].unit === s.unit) last.push(s);
    else groups.push([s]);
  }
  return groups;
}

function drawSlip(pdf: PDFKit.PDFDocument, s: Slip, top: number, ctx: { loginUrl: string; minLength: number; issuedAt: string }) {
  const width = PAGE.width - 2 * MARGIN_X;
  pdf.fillColor("#000000");
  pdf.font("title").fontSize(20).text("账号通知单", MARGIN_X, top + 9 * MM, { width, align: "center", lineBreak: false });
  const line = (label: string, value: string, y: number, face: "fang" | "hei" = "fang", size = 15) => {
    pdf.font("fang").fontSize(15).text(label, MARGIN_X + 8 * MM, y, { lineBreak: false });
    pdf.font(face).fontSize(size).text(value, MARGIN_X + 38 * MM, y - (size - 15) / 2, { lineBreak: false });
  };
  let y = top + 23 * MM;
  line("单　　位：", s.unit, y);
  line("姓　　名：", s.name, (y += 9 * MM));
  line("登 录 名：", s.username, (y += 9 * MM), "hei", 16);
  line("初始密码：", s.password, (y += 9 * MM), "hei", 18);
  line("登录地址：", ctx.loginUrl, (y += 9 * MM), "hei", 13);
  pdf
    .font("kai")
    .fontSize(11)
    .text(
      `首次登录后须先改成自己的密码（至少${ctx.minLength}位，含字母和数字，不能包含登录名）。初始密码只印在本单上，请本人妥善保管，不要转告他人；遗失请找系统管理员重新生成。${ctx.issuedAt} 生成`,
      MARGIN_X + 8 * MM,
      (y += 10 * MM),
      { width: width - 16 * MM, lineGap: 2 },
    );
}

function drawCutLine(pdf: PDFKit.PDFDocument, y: number) {
  pdf.save().moveTo(10 * MM, y).lineTo(PAGE.width - 10 * MM, y).dash(4, { space: 4 }).lineWidth(0.5).strokeColor("#888888").stroke().restore();
}

export async function renderSlipsPdf(slips: Slip[], ctx: { loginUrl: string; minLength: number; now: Date }): Promise<Buffer> {
  const pdf = blankPdf({ size: "A4", margin: 0, lang: "zh-CN", displayTitle: true, info: { Title: "账号通知单" } });
  registerBulletinFonts(pdf);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  const draw = { loginUrl: ctx.loginUrl, minLength: ctx.minLength, issuedAt: formatDateTime(ctx.now) };
  for (const group of groupByUnit(slips)) {
    for (let i = 0; i < group.length; i += PER_PAGE) {
      pdf.addPage({ size: "A4", margin: 0 });
      const page = group.slice(i, i + PER_PAGE);
      pdf.font("song").fontSize(9).fillColor("#555555").text(`${group[0].unit}　第 ${i / PER_PAGE + 1} 页（共 ${group.length} 人）`, MARGIN_X, 7 * MM, { lineBreak: false });
      page.forEach((s, k) => {
        const top = MARGIN_TOP + k * SLIP_HEIGHT;
        drawSlip(pdf, s, top, draw);
        if (k < page.length - 1) drawCutLine(pdf, top + SLIP_HEIGHT);
      });
    }
  }
  if (slips.length === 0) pdf.addPage({ size: "A4", margin: 0 });
  pdf.end();
  return done;
}
