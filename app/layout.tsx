import type { Metadata } from "next";
import "./globals.css";
import { KeepEarlyInput } from "@/components/ui/keep-early-input";
import { SoftNavigation } from "@/components/layout/soft-navigation";

export const metadata: Metadata = {
  title: { default: "组工信息报送编发平台", template: "%s - 组工信息报送编发平台" },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen font-sans">
        {children}
        {/* After the page, so that its forms have set themselves up before the early input is handed to them. */}
        <KeepEarlyInput />
        <SoftNavigation />
      </body>
    </html>
  );
}
