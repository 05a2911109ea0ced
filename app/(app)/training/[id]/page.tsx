import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { can, ROLE_LABELS } from "@/lib/authz/permissions";
import { loadOr404 } from "@/lib/load-or-404";
import { getSessionDetail } from "@/lib/training/sessions";
import { traineeChoices } from "@/lib/training/attendance";
import { FORM_LABELS } from "@/lib/training/labels";
import { latestSessionDay } from "@/lib/validation/training";
import { formatChineseDate, formatIsoDate, shanghaiDate } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { SessionForm } from "@/components/training/session-form";
import { AttendancePicker } from "@/components/training/attendance-picker";
import { Materials } from "@/components/training/materials";

export const metadata: Metadata = { title: "培训" };

const box = "rounded border border-stone-200 bg-white p-4";

/** One session: who attended and its materials; the office ticks attendance, uploads files and edits the session here. */
export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const { session, attendees, materials } = await loadOr404(() => getSessionDetail(user, id));
  const manage = can(user, "training.manage");
  const people = manage ? await traineeChoices(user) : [];
  const day = formatIsoDate(session.heldOn);
  const planned = day > shanghaiDate(new Date());
  return (
    <div className="space-y-4">
      <PageHeader title={session.topic} />
      <Link href="/training" className="text-sm text-party underline">
        ← 返回培训列表
      </Link>
      <section aria-label="培训情况" className={`${box} text-sm`}>
        <p>
          {formatChineseDate(session.heldOn)} · {FORM_LABELS[session.form]}
          {session.trainer && ` · 主讲：${session.trainer}`}
          {planned && <span className="ml-2 rounded bg-sky-100 px-1.5 py-0.5 text-xs text-sky-800">已安排，尚未举办</span>}
        </p>
        {session.notes && <p className="mt-2 whitespace-pre-line text-stone-700">{session.notes}</p>}
      </section>
      <section aria-label="参训人员" className={box}>
        <h2 className="mb-2 font-semibold">参训人员（{attendees.length}人）</h2>
        {manage ? (
          <AttendancePicker
            sessionId={session.id}
            version={session.version}
            people={people}
            attending={attendees.map((a) => a.id)}
            closedReason={planned ? `这次培训安排在${day}，举办以后再登记参训人员。` : undefined}
          />
        ) : attendees.length === 0 ? (
          <p className="text-sm text-stone-500">还没有登记参训人员</p>
        ) : (
          <ul className="grid grid-cols-1 gap-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
            {attendees.map((a) => (
              <li key={a.id}>
                <Link href={`/training/people/${a.id}`} className="text-party hover:underline">
                  {a.name}
                </Link>
                <span className="ml-1 text-xs text-stone-500">
                  {a.unit.name} · {a.roles.map((r) => ROLE_LABELS[r]).join("、")}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label="培训材料" className={box}>
        <h2 className="mb-2 font-semibold">培训材料</h2>
        <Materials sessionId={session.id} materials={materials} manage={manage} />
      </section>
      {manage && (
        <SessionForm
          initial={{ heldOn: day, topic: session.topic, form: session.form, trainer: session.trainer, notes: session.notes }}
          edit={{ id: session.id, version: session.version }}
          maxDay={latestSessionDay()}
        />
      )}
    </div>
  );
}
