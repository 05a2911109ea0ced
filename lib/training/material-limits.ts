/** Training material limits and messages, shared by the form (said at once) and the server (checked). */
export const MATERIAL_MAX_MB = 20;
export const MATERIAL_MAX_BYTES = MATERIAL_MAX_MB * 1024 * 1024;

/** What the file picker offers; the server decides by the file's bytes. */
export const MATERIAL_ACCEPT = "application/pdf,.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg,image/webp,image/gif";

export const MATERIAL_MESSAGES = {
  tooBig: `培训材料每个不能超过${MATERIAL_MAX_MB}MB，请压缩后再上传`,
  wrongType: "培训材料只能是 PDF、Word（.docx）或图片（JPG、PNG、WEBP、GIF），请重新选择",
  oldWord: "这是旧版 Word（.doc）文件，请在 Word 或 WPS 里“另存为”.docx 后再上传",
  empty: "所选文件是空的，请重新选择",
  missing: "请选择要上传的文件",
};
