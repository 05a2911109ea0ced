/** A file to download: one place for the headers every export sends (nosniff comes from lib/http/security-headers). */
export function downloadResponse(body: Uint8Array<ArrayBuffer>, file: { fileName: string; asciiName: string; contentType: string }): Response {
  return new Response(body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(body.byteLength),
      "Content-Disposition": `attachment; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** A short plain-text answer (401, 404) for download routes. */
export const textResponse = (message: string, status: number) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
