import type { FormHTMLAttributes } from "react";

/**
 * A form whose onSubmit calls a server action. Until the page's scripts have run, a tap on its
 * button would make the browser submit it itself: a GET of the same page with the fields in the
 * address (a password too), which reloads the page empty and loses what was typed. As a dialog
 * form outside a dialog it goes nowhere: the text stays, and once the page is alive the next tap
 * saves it (KeepEarlyInput has handed it to the form by then).
 */
type Props = Omit<FormHTMLAttributes<HTMLFormElement>, "method" | "action"> & Required<Pick<FormHTMLAttributes<HTMLFormElement>, "onSubmit">>;

export function ClientForm(props: Props) {
  return <form {...props} method="dialog" />;
}
