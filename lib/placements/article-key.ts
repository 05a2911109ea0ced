/**
 * The same article, however it was typed: title and medium without spaces, punctuation or
 * book-title marks, full-width letters and digits folded (NFKC), lower case; and the date.
 * 《组织人事报》 and 组织人事报 are one medium; “ ” and "" do not make two titles. Pure.
 */
const NOISE = /[\s\p{P}\p{S}]/gu;

export function normalizeText(s: string): string {
  return s.normalize("NFKC").replace(NOISE, "").toLowerCase();
}

export function articleKey(input: { title: string; medium: string; publishedOn: string }): string {
  return `${normalizeText(input.title)}|${normalizeText(input.medium)}|${input.publishedOn}`;
}
