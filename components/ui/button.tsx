type Variant = "primary" | "secondary" | "danger";

const STYLES: Record<Variant, string> = {
  primary: "bg-party text-white hover:bg-party-dark",
  secondary: "border border-stone-300 bg-white text-stone-800 hover:bg-stone-50",
  danger: "border border-red-300 bg-white text-red-700 hover:bg-red-50",
};

export function buttonClass(variant: Variant = "primary") {
  return `inline-flex min-h-11 items-center justify-center whitespace-nowrap rounded px-4 py-2 text-sm font-medium md:min-h-0 disabled:cursor-not-allowed disabled:opacity-60 ${STYLES[variant]}`;
}

export function Button({
  variant = "primary",
  className = "",
  ...props
}: React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button {...props} className={`${buttonClass(variant)} ${className}`} />;
}
