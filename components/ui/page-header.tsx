export function PageHeader({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="mb-5 flex items-center justify-between gap-4">
      <h1 className="text-xl font-bold text-stone-900">{title}</h1>
      <div className="flex items-center gap-2">{children}</div>
    </div>
  );
}
