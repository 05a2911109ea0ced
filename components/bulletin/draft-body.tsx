import { parseBody } from "@/lib/drafts/body";

/** A body as read: headings by level, paragraphs indented two characters as in print. */
export function DraftBody({ body }: { body: string }) {
  return (
    <div className="space-y-2 leading-8">
      {parseBody(body).map((block, i) =>
        block.type === "p" ? (
          <p key={i} className="indent-8">
            {block.text}
          </p>
        ) : (
          <p key={i} className={`indent-8 ${block.type === "h1" ? "h1 font-bold" : block.type === "h2" ? "h2 font-semibold" : "font-semibold"}`}>
            {block.text}
          </p>
        ),
      )}
    </div>
  );
}
