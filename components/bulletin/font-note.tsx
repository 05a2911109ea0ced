/**
 * Which face prints each part of the bulletin, and a warning where a free stand-in takes the
 * place of the official face, so the office knows before it sends the PDF out.
 */
import { fontReport } from "@/lib/bulletins/print/fonts";

export function FontNote() {
  const report = fontReport();
  if (!report) {
    return (
      <p className="mb-2 rounded border border-red-200 bg-red-50 p-2 text-sm text-red-800">
        服务器没有安装排版所需的中文字体，预览按字格排列，PDF 暂不能下载。请管理员安装字体包 fonts-noto-cjk，或用 BULLETIN_FONT_DIR 指定字体目录。
      </p>
    );
  }
  const standIns = report.filter((r) => r.standIn);
  const wrongKind = report.filter((r) => !r.sameKind);
  return (
    <div className="mb-2 rounded border border-stone-200 bg-white p-3 text-sm" aria-label="版式字体">
      <p className="mb-1 text-stone-700">
        打印、PDF 与预览所用字体：
        {report.map((r) => (
          <span key={r.face} className="mr-3 inline-block">
            {r.role} <b className="font-medium">{r.name}</b>
            {r.standIn && <span className="text-amber-700">（替代）</span>}
          </span>
        ))}
      </p>
      {wrongKind.length > 0 && (
        <p className="text-red-700">
          注意：{wrongKind.map((r) => r.role).join("、")}没有可用的同类字体，暂用 {wrongKind.map((r) => r.name).join("、")} 代替，字形与公文要求不同，正式印发前请安装正式字体。
        </p>
      )}
      {standIns.length > 0 && (
        <p className="text-amber-800">
          标“替代”的是免费替代字体，字形与正式字体（仿宋_GB2312、方正小标宋简体、黑体、楷体_GB2312）略有差别，行数、字数和分页不变。
          需要与正式公文完全一致时，请管理员把本单位有授权的正式字体文件放到服务器的字体目录（或用 BULLETIN_FONT_DIR 指定）。Word 文件始终写正式字体名，在装有正式字体的电脑上打开即为正式字体。
        </p>
      )}
    </div>
  );
}
