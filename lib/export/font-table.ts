/**
 * word/fontTable.xml for the department's Word files. The docx library writes it empty, so a
 * reader without 仿宋_GB2312 had nothing to go on. Each entry gives the alternative name, the
 * GB2312 charset (86), the family and the PANOSE class, which Word, WPS and LibreOffice use to
 * pick the nearest installed face: 仿宋_GB2312 → 仿宋 → FangSong, and so on.
 */
type FontEntry = { name: string; altName: string; panose: string; family: "roman" | "swiss" | "modern"; pitch: "fixed" | "variable" };

const FONTS: FontEntry[] = [
  { name: "仿宋_GB2312", altName: "仿宋", panose: "02010609030101010101", family: "modern", pitch: "fixed" },
  { name: "仿宋", altName: "FangSong", panose: "02010609060101010101", family: "modern", pitch: "fixed" },
  { name: "方正小标宋简体", altName: "FZXiaoBiaoSong-B05S", panose: "02000000000000000000", family: "roman", pitch: "variable" },
  { name: "黑体", altName: "SimHei", panose: "02010609060101010101", family: "swiss", pitch: "fixed" },
  { name: "楷体_GB2312", altName: "楷体", panose: "02010609030101010101", family: "modern", pitch: "fixed" },
  { name: "楷体", altName: "KaiTi", panose: "02010609060101010101", family: "modern", pitch: "fixed" },
  { name: "宋体", altName: "SimSun", panose: "02010600030101010101", family: "roman", pitch: "variable" },
];

const NS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;

/** The part as a Packer override. */
export function fontTableOverride(): { path: string; data: string } {
  const fonts = FONTS.map(
    (f) =>
      `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:panose1 w:val="${f.panose}"/>` +
      `<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join("");
  return { path: "word/fontTable.xml", data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts ${NS}>${fonts}</w:fonts>` };
}
