/**
 * The typefaces a bulletin prints in, and where to find them on the server. Fonts are read
 * from local files only (never fetched). The official faces (仿宋_GB2312, 方正小标宋 …) are
 * commercial: the county's licensed copies win when they are in BULLETIN_FONT_DIR or the system
 * fonts. Otherwise free stand-ins with the same 1-em CJK advance are used, and the issue page
 * says which: FandolFang (GPL with the font exception, shipped in assets/fonts/fandol because no
 * Debian font package carries a 仿宋) for the body, Noto CJK and LXGW WenKai for the rest.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { DomainError } from "@/lib/errors";

/** song 宋体 · title 小标宋 · fang 仿宋 · hei 黑体 · kai 楷体. */
export type Face = "song" | "title" | "fang" | "hei" | "kai";

export const FACES: readonly Face[] = ["song", "title", "fang", "hei", "kai"];

/** A font file; `postscriptName` picks the face inside a .ttc collection (null for .ttf/.otf). */
export type FontFile = { path: string; postscriptName: string | null; name: string; standIn: boolean };

/**
 * CSS font-family stacks for the HTML print view: official names first, then the free stand-ins.
 * "Bulletin Fang" is the server's own 仿宋 (@font-face in sheet-css.ts), for desktops without one.
 */
export const FONT_STACKS: Record<Face, string> = {
  song: `"宋体","SimSun","Noto Serif CJK SC","Noto Serif SC",serif`,
  title: `"方正小标宋简体","FZXiaoBiaoSong-B05S","Noto Serif CJK SC","Noto Serif SC",serif`,
  fang: `"FangSong_GB2312","仿宋_GB2312","FangSong","仿宋","FandolFang","Bulletin Fang","Noto Serif CJK SC","Noto Serif SC",serif`,
  hei: `"黑体","SimHei","Noto Sans CJK SC","Noto Sans SC",sans-serif`,
  kai: `"楷体_GB2312","KaiTi_GB2312","楷体","KaiTi","LXGW WenKai","Noto Serif CJK SC",serif`,
};

/** CSS font-weight per face: 小标宋 is drawn by a bold serif when the real face is missing. */
export const FONT_WEIGHTS: Record<Face, number> = { song: 400, title: 700, fang: 400, hei: 400, kai: 400 };

/** A file name (matched without regard to case) and the face's name as the office knows it. */
type Candidate = { file: string; postscriptName: string | null; name: string; standIn: boolean };

const official = (file: string, name: string, postscriptName: string | null = null): Candidate => ({ file, name, postscriptName, standIn: false });
const standIn = (file: string, name: string, postscriptName: string | null = null): Candidate => ({ file, name, postscriptName, standIn: true });

const SERIF_REGULAR: Candidate[] = [
  standIn("NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC", "NotoSerifCJKsc-Regular"),
  standIn("NotoSerifCJKsc-Regular.otf", "Noto Serif CJK SC"),
  standIn("NotoSerifSC-Regular.otf", "Noto Serif SC"),
];

/**
 * Candidates per face, best first: the licensed official faces (as Windows and 方正 name their
 * files), then the free stand-ins. Faces with a fallback never fail on their own.
 */
const CANDIDATES: Record<Face, Candidate[]> = {
  song: [official("simsun.ttc", "宋体", "SimSun"), official("宋体.ttf", "宋体"), ...SERIF_REGULAR],
  title: [
    official("方正小标宋简体.ttf", "方正小标宋简体"),
    official("FZXBSJW.ttf", "方正小标宋简体"),
    official("方正小标宋_GBK.ttf", "方正小标宋_GBK"),
    official("FZXBSK.ttf", "方正小标宋_GBK"),
    standIn("NotoSerifCJK-Black.ttc", "Noto Serif CJK SC Black", "NotoSerifCJKsc-Black"),
    standIn("NotoSerifCJKsc-Black.otf", "Noto Serif CJK SC Black"),
    standIn("NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC Bold", "NotoSerifCJKsc-Bold"),
    standIn("NotoSerifCJKsc-Bold.otf", "Noto Serif CJK SC Bold"),
    standIn("NotoSerifSC-Bold.otf", "Noto Serif SC Bold"),
  ],
  fang: [
    official("仿宋_GB2312.ttf", "仿宋_GB2312"),
    official("FangSong_GB2312.ttf", "仿宋_GB2312"),
    official("simfang.ttf", "仿宋"),
    official("方正仿宋_GBK.ttf", "方正仿宋_GBK"),
    official("FZFSK.ttf", "方正仿宋_GBK"),
    official("FZFSJW.ttf", "方正仿宋简体"),
    standIn("FandolFang-Regular.otf", "FandolFang"),
    ...SERIF_REGULAR,
  ],
  hei: [
    official("simhei.ttf", "黑体"),
    official("黑体.ttf", "黑体"),
    standIn("NotoSansCJK-Medium.ttc", "Noto Sans CJK SC Medium", "NotoSansCJKsc-Medium"),
    standIn("NotoSansCJK-Regular.ttc", "Noto Sans CJK SC", "NotoSansCJKsc-Regular"),
    standIn("NotoSansCJKsc-Regular.otf", "Noto Sans CJK SC"),
    standIn("NotoSansSC-Regular.otf", "Noto Sans SC"),
    standIn("NotoSansCJK-Bold.ttc", "Noto Sans CJK SC Bold", "NotoSansCJKsc-Bold"),
  ],
  kai: [
    official("楷体_GB2312.ttf", "楷体_GB2312"),
    official("KaiTi_GB2312.ttf", "楷体_GB2312"),
    official("simkai.ttf", "楷体"),
    official("楷体.ttf", "楷体"),
    standIn("LXGWWenKai-Regular.ttf", "霞鹜文楷 LXGW WenKai"),
    standIn("FandolKai-Regular.otf", "FandolKai"),
    ...SERIF_REGULAR,
  ],
};

/** What each face is for, as the issue page and the PDF's properties name it. */
export const FACE_ROLES: Record<Face, string> = {
  title: "稿件标题（小标宋）",
  fang: "正文（仿宋）",
  hei: "一级标题、要目（黑体）",
  kai: "二级标题、编者按（楷体）",
  song: "页码（宋体）",
};

/** The 仿宋 the project ships, used when no official 仿宋 is installed. */
export const BUNDLED_DIR = join(process.cwd(), "assets", "fonts", "fandol");

/** Where Windows copies, Debian/Ubuntu, Fedora, Arch and TeX Live put these fonts. */
const SYSTEM_DIRS = [
  "/usr/share/fonts/truetype/windows",
  "/usr/share/fonts/windows",
  "/usr/share/fonts/truetype/msttcorefonts",
  "/usr/share/fonts/opentype/noto",
  "/usr/share/fonts/opentype/noto-cjk",
  "/usr/share/fonts/noto-cjk",
  "/usr/share/fonts/google-noto-cjk",
  "/usr/share/fonts/google-noto-serif-cjk-fonts",
  "/usr/share/fonts/google-noto-sans-cjk-fonts",
  "/usr/share/fonts/truetype/noto",
  "/usr/share/fonts/truetype/lxgw-wenkai",
  "/usr/share/fonts/lxgw-wenkai",
  "/usr/share/fonts/opentype/fandol",
  "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol",
  "/usr/share/texmf/fonts/opentype/public/fandol",
  "/usr/local/share/fonts",
  "/usr/share/fonts",
];

function searchDirs(): string[] {
  const own = process.env.BULLETIN_FONT_DIR?.trim();
  return [...(own ? [own] : []), ...SYSTEM_DIRS, BUNDLED_DIR];
}

/** Each directory's files by lower-case name: Windows copies come as SIMFANG.TTF or simfang.ttf. */
function listing(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  try {
    for (const name of readdirSync(dir)) files.set(name.toLowerCase(), join(dir, name));
  } catch {
    // An unreadable directory holds no fonts for us.
  }
  return files;
}

function find(candidates: Candidate[], dirs: Map<string, string>[]): FontFile | null {
  for (const c of candidates) {
    for (const files of dirs) {
      const path = files.get(c.file.toLowerCase());
      if (path) return { path, postscriptName: c.postscriptName, name: c.name, standIn: c.standIn };
    }
  }
  return null;
}

let cached: { key: string; fonts: Record<Face, FontFile> } | null = null;

/**
 * The font file for every face. Throws a DomainError naming the packages to install when
 * the Noto CJK fonts (宋体 and 黑体 stand-ins, which the other faces fall back to) are missing.
 */
export function resolveFontFiles(): Record<Face, FontFile> {
  const dirs = searchDirs();
  const key = dirs.join("\n");
  if (cached?.key === key) return cached.fonts;

  const listings = dirs.map(listing);
  const found = {} as Record<Face, FontFile>;
  const missing: Face[] = [];
  for (const face of FACES) {
    const file = find(CANDIDATES[face], listings);
    if (file) found[face] = file;
    else missing.push(face);
  }
  if (missing.length > 0) {
    throw new DomainError(
      `服务器缺少生成《组工信息》所需的中文字体（${missing.map((f) => FACE_NAMES[f]).join("、")}），无法排版打印。` +
        `请管理员在服务器上安装字体包 fonts-noto-cjk（楷体建议再装 fonts-lxgw-wenkai），` +
        `或把字体文件放入一个目录并用环境变量 BULLETIN_FONT_DIR 指向它，然后重启服务。`,
    );
  }
  cached = { key, fonts: found };
  return found;
}

export const FACE_NAMES: Record<Face, string> = { song: "宋体", title: "小标宋", fang: "仿宋", hei: "黑体", kai: "楷体" };

/** Whether a face's font is really of its kind: Noto Serif standing in for 仿宋 is not a 仿宋. */
export function sameKind(face: Face, file: FontFile): boolean {
  if (face !== "fang" && face !== "kai") return true;
  return !file.name.startsWith("Noto");
}

/** One face's font as the office reads it: which face, for what, and whether it is a stand-in. */
export type FaceReport = { face: Face; role: string; name: string; standIn: boolean; sameKind: boolean };

/** The faces in use, or null when the server has none (the PDF then refuses, saying why). */
export function fontReport(): FaceReport[] | null {
  try {
    const files = resolveFontFiles();
    return (["fang", "title", "hei", "kai", "song"] as const).map((face) => ({
      face,
      role: FACE_ROLES[face],
      name: files[face].name,
      standIn: files[face].standIn,
      sameKind: sameKind(face, files[face]),
    }));
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/** The faces in one line, for the PDF's document properties: "正文（仿宋）：FandolFang（替代字体）；…". */
export function fontSummary(report: FaceReport[]): string {
  return report.map((r) => `${r.role}：${r.name}${r.standIn ? "（替代字体）" : ""}`).join("；");
}
