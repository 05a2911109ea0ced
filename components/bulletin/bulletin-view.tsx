import { formatChineseDate } from "@/lib/time";
import { DraftBody } from "./draft-body";

/** A published issue on screen: red masthead, number line, red rule, the items in order. */
export function BulletinView(props: {
  seriesName: string;
  issuingBody: string;
  year: number;
  number: number;
  totalNumber: number;
  publishedAt: Date;
  voided: boolean;
  items: Array<{ id: string; title: string; body: string; unit: string }>;
}) {
  return (
    <article className="bulletin relative mx-auto max-w-[210mm] bg-white px-[26mm] py-[20mm] shadow">
      {props.voided && <p className="absolute right-8 top-8 rotate-12 border-4 border-red-600 px-3 text-3xl font-bold text-red-600">作废</p>}
      <header className="text-center">
        <h1 className="font-serif text-5xl font-bold tracking-[0.3em] text-party">{props.seriesName}</h1>
        <p className="mt-5 text-lg">
          {props.year}年第{props.number}期（总第{props.totalNumber}期）
        </p>
        <div className="mt-5 flex justify-between text-lg">
          <span>{props.issuingBody}编</span>
          <span>{formatChineseDate(props.publishedAt)}</span>
        </div>
        <hr className="mt-2 border-t-2 border-party" />
      </header>
      {props.items.length > 1 && (
        <nav className="mt-6">
          <p className="h1 text-lg font-bold">本期要目</p>
          <ol className="mt-2 list-inside list-decimal text-[17px] leading-8">
            {props.items.map((i) => (
              <li key={i.id}>{i.title}</li>
            ))}
          </ol>
        </nav>
      )}
      {props.items.map((item) => (
        <section key={item.id} className="mt-10 text-[17px]">
          <h2 className="text-center text-2xl font-bold leading-10">{item.title}</h2>
          <div className="mt-4">
            <DraftBody body={item.body} />
          </div>
          <p className="mt-2 text-right text-stone-600">（{item.unit}）</p>
        </section>
      ))}
    </article>
  );
}
