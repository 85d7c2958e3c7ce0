import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Plain files in out/ that any static host or CDN can serve.
  output: 'export',
  // /after-effects/ is written as after-effects/index.html, which every static host
  // resolves without rewrite rules, so staff links keep one form that always works.
  trailingSlash: true,
  experimental: {
    // lib/ reads and renders content once per process; one build worker keeps that once
    // per build. The site has a few dozen pages, so more workers would not be faster.
    cpus: 1,
  },
};

export default nextConfig;
