import { buttonClass } from "./button";

/**
 * The foot of a form: the message area above, then the primary action and any others. On a
 * phone the buttons take the full width, one under another; labels never wrap; every button
 * is at least 44 px tall (buttonClass).
 */
export function FormFooter({
  submitLabel,
  pendingLabel,
  pending,
  notice,
  children,
  disabled,
  disabledReason,
  onSubmit,
  submitVariant = "primary",
}: {
  submitLabel: string;
  /** "secondary" when a stronger action sits beside it (保存 next to 保存并提交审核). */
  submitVariant?: "primary" | "secondary";
  /** The label while the action runs ("正在保存…"); the button is disabled meanwhile. */
  pendingLabel?: string;
  pending: boolean;
  /** The message area: usually <ActionNotice action={...} />. */
  notice?: React.ReactNode;
  /** Secondary actions (取消, 预览...), placed after the primary one. */
  children?: React.ReactNode;
  disabled?: boolean;
  /** Said beside a disabled submit button, so nobody wonders why. */
  disabledReason?: string;
  /** For a form that is not a <form> (its own buttons inside): the primary button calls this. */
  onSubmit?: () => void;
}) {
  return (
    <div className="space-y-2">
      {notice}
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-center [&>*]:max-sm:w-full">
        <button type={onSubmit ? "button" : "submit"} onClick={onSubmit} disabled={pending || disabled} className={buttonClass(submitVariant)}>
          {pending && pendingLabel ? pendingLabel : submitLabel}
        </button>
        {children}
        {disabled && disabledReason && <span className="text-sm text-stone-500">{disabledReason}</span>}
      </div>
    </div>
  );
}
