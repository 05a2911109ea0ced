/**
 * The typefaces a bulletin prints in, and where to find them on the server. Fonts are read
 * from local files only (never fetched). The official faces (仿宋_GB2312, 方正小标宋 …) are
 * commercial; the PDF uses free stand-ins with the same 1-em CJK advance, and the HTML print
 * view names the official faces first so a machine that has them uses them.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { DomainError } from "@/lib/errors";

/** song 宋体 · title 小标宋 · fang 仿宋 · hei 黑体 · kai 楷体. */
export type Face = "song" | "title" | "fang" | "hei" | "kai";

export const FACES: readonly Face[] = ["song", "title", "fang", "hei", "kai"];

/** A font file; `postscriptName` picks the face inside a .ttc collection (null for .ttf/.otf). */
export type FontFile = { path: string; postscriptName: string | null };

/** CSS font-family stacks for the HTML print view: official names first, then the free stand-ins. */
export const FONT_STACKS: Record<Face, string> = {
  song: `"宋体","SimSun","Noto Serif CJK SC","Noto Serif SC",serif`,
  title: `"方正小标宋简体","FZXiaoBiaoSong-B05S","Noto Serif CJK SC","Noto Serif SC",serif`,
  fang: `"FangSong_GB2312","仿宋_GB2312","FangSong","仿宋","FandolFang","Noto Serif CJK SC","Noto Serif SC",serif`,
  hei: `"黑体","SimHei","Noto Sans CJK SC","Noto Sans SC",sans-serif`,
  kai: `"楷体_GB2312","KaiTi_GB2312","楷体","KaiTi","LXGW WenKai","Noto Serif CJK SC",serif`,
};

/** CSS font-weight per face: 小标宋 is drawn by a bold serif when the real face is missing. */
export const FONT_WEIGHTS: Record<Face, number> = { song: 400, title: 700, fang: 400, hei: 400, kai: 400 };

type Candidate = { file: string; postscriptName: string | null };

const SERIF_REGULAR: Candidate[] = [
  { file: "NotoSerifCJK-Regular.ttc", postscriptName: "NotoSerifCJKsc-Regular" },
  { file: "NotoSerifCJKsc-Regular.otf", postscriptName: null },
  { file: "NotoSerifSC-Regular.otf", postscriptName: null },
];

/** Candidates per face, best first. Faces with a fallback never fail on their own. */
const CANDIDATES: Record<Face, Candidate[]> = {
  song: SERIF_REGULAR,
  title: [
    { file: "NotoSerifCJK-Black.ttc", postscriptName: "NotoSerifCJKsc-Black" },
    { file: "NotoSerifCJKsc-Black.otf", postscriptName: null },
    { file: "NotoSerifCJK-Bold.ttc", postscriptName: "NotoSerifCJKsc-Bold" },
    { file: "NotoSerifCJKsc-Bold.otf", postscriptName: null },
    { file: "NotoSerifSC-Bold.otf", postscriptName: null },
  ],
  fang: [{ file: "FandolFang-Regular.otf", postscriptName: null }, ...SERIF_REGULAR],
  hei: [
    { file: "NotoSansCJK-Medium.ttc", postscriptName: "NotoSansCJKsc-Medium" },
    { file: "NotoSansCJK-Regular.ttc", postscriptName: "NotoSansCJKsc-Regular" },
    { file: "NotoSansCJKsc-Regular.otf", postscriptName: null },
    { file: "NotoSansSC-Regular.otf", postscriptName: null },
    { file: "NotoSansCJK-Bold.ttc", postscriptName: "NotoSansCJKsc-Bold" },
  ],
  kai: [
    { file: "LXGWWenKai-Regular.ttf", postscriptName: null },
    { file: "FandolKai-Regular.otf", postscriptName: null },
    ...SERIF_REGULAR,
  ],
};

/** Where Debian/Ubuntu, Fedora, Arch and TeX Live put these fonts. */
const SYSTEM_DIRS = [
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
  return own ? [own, ...SYSTEM_DIRS] : SYSTEM_DIRS;
}

function find(candidates: Candidate[], dirs: string[]): FontFile | null {
  for (const c of candidates) {
    for (const dir of dirs) {
      const path = join(dir, c.file);
      if (existsSync(path)) return { path, postscriptName: c.postscriptName };
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

  const found = {} as Record<Face, FontFile>;
  const missing: Face[] = [];
  for (const face of FACES) {
    const file = find(CANDIDATES[face], dirs);
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

const FACE_NAMES: Record<Face, string> = { song: "宋体", title: "小标宋", fang: "仿宋", hei: "黑体", kai: "楷体" };
