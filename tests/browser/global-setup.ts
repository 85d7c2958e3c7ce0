import type { TestProject } from 'vitest/node';
import { EXPORT_BEFORE_STRIP_DIR } from '@/lib/hosting/build-paths';
import { assertBuilt } from '../built/out-dir';
import { startSiteServer } from '@/harness/site-server';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    /** The same pages as Next exported them, runtime included (see scripts/postbuild.ts). */
    beforeStripUrl: string;
  }
}

/** One server per folder for the whole browser run; each test file launches its own Chromium. */
export default async function setup(project: TestProject) {
  assertBuilt();
  const [site, beforeStrip] = await Promise.all([startSiteServer(), startSiteServer(EXPORT_BEFORE_STRIP_DIR)]);
  project.provide('siteUrl', site.url);
  project.provide('beforeStripUrl', beforeStrip.url);
  return async () => {
    await Promise.all([site.close(), beforeStrip.close()]);
  };
}
