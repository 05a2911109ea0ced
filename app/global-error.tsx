"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "sans-serif", textAlign: "center", marginTop: 96 }}>
        <h1>系统出错了</h1>
        <p>请刷新页面重试。错误编号：{error.digest ?? "无"}</p>
      </body>
    </html>
  );
}
