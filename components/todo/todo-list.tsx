"use client";
/** The to-do rows, as a client component for the reason components/drafts/draft-table.tsx gives. */
import Link from "@/components/ui/link";
import type { TodoItem } from "@/lib/todo/types";
import { formatDateTime } from "@/lib/time";

function Due({ item }: { item: TodoItem }) {
  if (!item.due) return null;
  return (
    <span className={`ml-auto shrink-0 text-xs md:ml-0 ${item.overdue ? "font-semibold text-red-700" : "text-stone-500"}`}>
      {item.overdue ? "已逾期 · " : "截止 "}
      {formatDateTime(item.due)}
    </span>
  );
}

export function TodoList({ rows }: { rows: TodoItem[] }) {
  return (
    <ul className="divide-y divide-stone-100 rounded border border-stone-200 bg-white" data-testid="todo-list">
      {rows.map((item) => (
        <li key={item.key} className={item.overdue ? "todo-row bg-red-50" : "todo-row"}>
          <span className="todo-group">{item.group}</span>
          <div className="todo-main">
            <Link href={item.href}>{item.title}</Link>
            {item.detail && <p>{item.detail}</p>}
          </div>
          <Due item={item} />
        </li>
      ))}
    </ul>
  );
}
