/**
 * A title in Chinese quotation marks, with the title's own “” turned into ‘’ as 标点符号用法
 * (GB/T 15834) asks for quotes inside quotes: 点题“青山镇‘党员中心户’…”.
 */
export function quote(text: string): string {
  return `“${text.replace(/“/g, "‘").replace(/”/g, "’")}”`;
}
