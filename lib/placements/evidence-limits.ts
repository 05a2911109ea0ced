/** The evidence limits and messages, shared by the form (said at once) and the server (checked). */
export const EVIDENCE_MAX_MB = 10;
export const EVIDENCE_MAX_BYTES = EVIDENCE_MAX_MB * 1024 * 1024;

export const EVIDENCE_MESSAGES = {
  tooBig: `证明材料不能超过${EVIDENCE_MAX_MB}MB，请压缩图片或只截取刊登的那一版`,
  wrongType: "证明材料只能是 PDF 文件或图片（JPG、PNG、WEBP、GIF），请重新选择",
  empty: "所选文件是空的，请重新选择",
};
