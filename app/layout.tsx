import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "组工信息报送编发平台", template: "%s - 组工信息报送编发平台" },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
