"use client";

/** The .xlsx picker of both onboarding imports: its label, the accepted type, large tap target on a phone. */
export function XlsxFileField({ id, onPick }: { id: string; onPick: (file: File | null) => void }) {
  return (
    <div className="min-w-0 flex-1">
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-stone-700">
        填好的 Excel 文件（.xlsx，不超过 5MB）
      </label>
      <input
        id={id}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => onPick(e.target.files?.[0] ?? null)}
        className="block w-full min-w-0 text-sm file:mr-3 file:min-h-11 file:rounded file:border file:border-stone-300 file:bg-white file:px-3 md:file:min-h-0 md:file:py-1.5"
      />
    </div>
  );
}
