"use client";

/** 保密审查: the officer's confirmation at submission, recorded with the submission. */
export function SecrecyConfirm({ checked, onChange, error }: { checked: boolean; onChange: (v: boolean) => void; error?: string }) {
  return (
    <div>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-invalid={!!error} />
        <span>
          <span className="font-medium">保密审查：</span>我已对本稿件进行保密审查，确认稿件不涉及国家秘密和工作秘密，可以报送。
        </span>
      </label>
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
