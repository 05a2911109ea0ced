import { DEPLOYMENT_SETTINGS_NOTE } from "@/lib/admin/deployment";

/**
 * A setting that holds for the whole deployment: its form works at the top 组织部 only. A lower
 * node's administrator sees the same form with every control disabled, and why.
 */
export function DeploymentSettings({ editable, children }: { editable: boolean; children: React.ReactNode }) {
  if (editable) return <>{children}</>;
  return (
    <>
      <p role="note" className="mb-4 max-w-3xl rounded border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
        {DEPLOYMENT_SETTINGS_NOTE}
      </p>
      <fieldset disabled className="min-w-0">
        {children}
      </fieldset>
    </>
  );
}
