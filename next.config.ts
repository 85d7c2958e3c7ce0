import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Plain files in out/ that any static host or CDN can serve.
  output: 'export',
  // /after-effects/ is written as after-effects/index.html, which every static host
  // resolves without rewrite rules, so staff links keep one form that always works.
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
