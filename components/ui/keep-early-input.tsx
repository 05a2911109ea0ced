"use client";

import { useEffect } from "react";

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The browser's own setter of a field's value or checked state, past the tracker React puts on each field. */
function setNatively(el: Field, property: "value" | "checked", value: string | boolean) {
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), property)!.set!.call(el, value);
}

/**
 * Hands a field's early value to React as if it were typed now: the field is set back to the
 * page's value through React's tracker, then to what the person typed past it, then the
 * browser's own event goes out (input, or a click for a box), and the form's onChange runs.
 */
function replay(el: Field) {
  if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
    if (el.checked === el.defaultChecked || (el.type === "radio" && !el.checked)) return;
    el.checked = el.defaultChecked;
    el.click();
    return;
  }
  if (el instanceof HTMLInputElement && ["file", "hidden", "submit", "button", "reset", "image"].includes(el.type)) return;
  const initial = el instanceof HTMLSelectElement ? ([...el.options].find((o) => o.defaultSelected) ?? el.options[0])?.value ?? "" : el.defaultValue;
  const typed = el.value;
  if (typed === initial) return;
  el.value = initial;
  setNatively(el, "value", typed);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
}

/**
 * On a slow phone a person can type before the page's scripts have run. The text stays in the
 * field, but React (its stable build) does not put it in the form's state: a save would send
 * the empty value and say 请填写标题 under the title the person sees. Once the page has come
 * to life, this replays each field whose value is not the one the page was sent with (typed,
 * or filled in by the browser), so the form holds what the screen shows. React's experimental
 * build does the same during hydration; this stands in for it until that is stable.
 */
export function KeepEarlyInput() {
  useEffect(() => {
    for (const el of document.querySelectorAll<Field>("input, textarea, select")) replay(el);
  }, []);
  return null;
}
