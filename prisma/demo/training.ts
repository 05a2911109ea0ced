/**
 * The demo county's training, through the same use cases as the pages: a 专题培训 and a
 * 以会代训 already held (with attendance and a handout), the next session planned, a 传帮带
 * pair, and one 改稿说明 on a draft the office polished. Relative to today.
 */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/permissions";
import { createSession } from "@/lib/training/sessions";
import { setAttendance } from "@/lib/training/attendance";
import { addMaterial } from "@/lib/training/materials";
import { addPair } from "@/lib/training/pairs";
import { sendTeachingNote } from "@/lib/training/teaching-notes";
import { shanghaiDate } from "@/lib/time";

const DAY = 86_400_000;
const day = (offset: number) => shanghaiDate(new Date(Date.now() + offset * DAY));

/** A one-page PDF saying what the handout is (the real one would be the trainer's slides). */
function handout(): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    "<< /Length 60 >>\nstream\nBT /F1 18 Tf 72 760 Td (Demo handout: writing briefings) Tj ET\nendstream",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets = objects.map((o, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

export async function seedDemoTraining(p: Map<string, Actor>) {
  if ((await db.trainingSession.count()) > 0) return;
  const editor = p.get("editor")!;
  const who = (...names: string[]) => names.map((n) => p.get(n)!.id);

  const basics = await createSession(editor, { heldOn: day(-60), topic: "组工信息写作基础：标题、导语和结构", form: "LECTURE", trainer: "王编辑", notes: "结合今年采用的稿件，讲标题怎么点出做法和成效、导语怎么写、层次怎么排。" });
  await setAttendance(editor, { sessionId: basics.id, userIds: who("qingshan_xxy", "qingshan_zwy", "dongcheng_xxy", "xicheng_xxy", "jiaoyu_xxy"), version: basics.version });
  await addMaterial(editor, basics.id, { fileName: "组工信息写作基础讲稿.pdf", bytes: handout() });

  const meeting = await createSession(editor, { heldOn: day(-15), topic: "季度组工信息工作例会暨稿件讲评", form: "MEETING", trainer: "孙编辑", notes: "通报各单位报送采用情况，逐篇讲评退回和未采用的稿件。" });
  await setAttendance(editor, { sessionId: meeting.id, userIds: who("qingshan_xxy", "dongcheng_xxy", "dongcheng_zwy", "weijian_xxy"), version: meeting.version });

  await createSession(editor, { heldOn: day(10), topic: "经验类信息怎么写出新意", form: "LECTURE", trainer: "王编辑", notes: "" });

  await addPair(editor, { mentorId: p.get("dongcheng_xxy")!.id, menteeId: p.get("shiqiao_xxy")!.id, startedOn: day(-20), note: "每月一起改两篇稿" });

  // The office polished the demo drafts it adopted: one of them goes back to its author as a lesson.
  const polished = await db.draft.findFirst({ where: { authorId: p.get("qingshan_xxy")!.id, versions: { some: { reason: "COUNTY_EDIT" } } }, orderBy: { createdAt: "asc" } });
  if (polished) await sendTeachingNote(editor, { draftId: polished.id, note: "开头一句改得更紧凑：“坚持”前加“始终”，数字表述统一用“均突破”。写经验类信息，开头一句就要把做法和成效说清。" });
}
